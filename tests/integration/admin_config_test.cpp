// crm-admin --config: the database from crm-server's config file (what the systemd unit's
// ExecStartPre and the .deb's postinst run), and its precedence and error cases.
#include "scenario.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace crm;

namespace {

/// A config file in a fresh temporary directory, removed on destruction.
struct ConfigFile {
    std::filesystem::path dir;
    std::filesystem::path path;
    explicit ConfigFile(const std::string& text) {
        char pattern[] = "/tmp/crm-admin-config.XXXXXX";
        dir = mkdtemp(pattern);
        path = dir / "server.conf";
        std::ofstream(path) << text;
    }
    ~ConfigFile() { std::filesystem::remove_all(dir); }
};

void check_fails_with(const test::ProcessResult& r, const std::string& text) {
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.find(text) != std::string::npos);
}

}  // namespace

TEST_CASE("crm-admin --config takes the database from crm-server's config file", "[server][admin]") {
    test::TestDatabase db(false);
    ConfigFile config("# as /etc/crm/server.conf\ndb = \"" + db.conninfo() + "\"\nlisten = 127.0.0.1:8080\nthreads = 2\n");
    auto first = test::run_admin({"--config", config.path.string(), "migrate"});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("applied 0001_") != std::string::npos);
    auto again = test::run_admin({"--config", config.path.string(), "migrate"});
    CHECK(again.exit_code == 0);
    CHECK(again.out == "schema is up to date\n");

    // --db wins over the file: a file naming a database that does not exist is not read then.
    ConfigFile elsewhere("db = \"host=/nonexistent dbname=nowhere\"\n");
    CHECK(test::run_admin({"--db", db.conninfo(), "--config", elsewhere.path.string(), "migrate"}).exit_code == 0);
}

TEST_CASE("crm-admin without a usable database source says what is missing", "[server][admin]") {
    check_fails_with(test::run_admin({"migrate"}), "no database given: set --db, CRM_SERVER_DB or --config FILE");
    check_fails_with(test::run_admin({"--config", "/nonexistent/server.conf", "migrate"}),
                     "cannot read the config file '/nonexistent/server.conf'");
    ConfigFile no_db("listen = 127.0.0.1:8080\n");
    check_fails_with(test::run_admin({"--config", no_db.path.string(), "migrate"}), "no 'db' in the config file");
    ConfigFile bad("db = x\nport 8080\n");
    check_fails_with(test::run_admin({"--config", bad.path.string(), "migrate"}), "server.conf:2: expected 'key = value'");
    ConfigFile unknown("db = x\ncolour = blue\n");
    check_fails_with(test::run_admin({"--config", unknown.path.string(), "migrate"}), "unknown key 'colour'");
}
