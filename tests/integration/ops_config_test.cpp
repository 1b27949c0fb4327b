// crm-server's configuration: command line > environment > config file > defaults, and one
// clear line (exit 2) for an unknown key or a bad value.
#include "ops_support.h"
#include "scenario.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crm;

namespace {

test::ProcessResult server(const std::vector<std::string>& args) { return test::run_process(test::server_binary(), args); }

/// Exit 2 with exactly one line on stderr containing `words`, nothing on stdout.
void check_refused(const test::ProcessResult& r, const std::string& words) {
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.rfind("crm-server: ", 0) == 0);
    CHECK(r.err.find(words) != std::string::npos);
}

}  // namespace

TEST_CASE("crm-server settings: command line over environment over config file over defaults", "[server][ops]") {
    test::TempPath file(".conf");
    file.write("# a comment\n; another\n\ndb = \"dbname=from_file password=hunter2\"\nlisten = 10.0.0.1:81\n"
               "threads = 3\ncheck-in-radius = 50\ntoken-ttl-days = 30\ndb-statement-timeout = 30\nrequest-timeout = 30\nidle-timeout = 60\nmax-header-bytes = 16384\nmax-requests-per-connection = 1000\nmax-connections = 1024\nmax-connections-per-address = 256\nshutdown-grace = 10\nlog-file = /tmp/from-file.log\n");

    SECTION("defaults only fill what nobody set") {
        auto r = server({"--db", "dbname=x", "--listen", "127.0.0.1:0", "--print-config"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(r.out == "db = dbname=x\nlisten = 127.0.0.1:0\nthreads = 4\ncheck-in-radius = 300\ntoken-ttl-days = 30\ndb-statement-timeout = 30\nrequest-timeout = 30\nidle-timeout = 60\nmax-header-bytes = 16384\nmax-requests-per-connection = 1000\nmax-connections = 1024\nmax-connections-per-address = 256\nshutdown-grace = 10\nlog-file = \n"
                       "tls-cert = \ntls-key = \nallow-plain-http = false\ntrusted-proxies = \n");
    }
    SECTION("file, then environment, then command line") {
        auto from_file = server({"--config", file.path(), "--print-config"});
        INFO(from_file.err);
        REQUIRE(from_file.exit_code == 0);
        // The password is blanked even here.
        CHECK(from_file.out == "db = dbname=from_file password=***\nlisten = 10.0.0.1:81\nthreads = 3\n"
                               "check-in-radius = 50\ntoken-ttl-days = 30\ndb-statement-timeout = 30\nrequest-timeout = 30\nidle-timeout = 60\nmax-header-bytes = 16384\nmax-requests-per-connection = 1000\nmax-connections = 1024\nmax-connections-per-address = 256\nshutdown-grace = 10\nlog-file = /tmp/from-file.log\ntls-cert = \ntls-key = \nallow-plain-http = false\ntrusted-proxies = \n");
        test::ScopedEnv listen("CRM_SERVER_LISTEN", "10.0.0.2:82");
        test::ScopedEnv threads("CRM_SERVER_THREADS", "5");
        auto env = server({"--config", file.path(), "--print-config"});
        CHECK(env.out.find("listen = 10.0.0.2:82\nthreads = 5\ncheck-in-radius = 50\n") != std::string::npos);
        auto cli = server({"--config", file.path(), "--threads", "6", "--print-config"});
        CHECK(cli.out.find("listen = 10.0.0.2:82\nthreads = 6\ncheck-in-radius = 50\n") != std::string::npos);
    }
    SECTION("CRM_SERVER_CONFIG names the file when --config is not given") {
        test::ScopedEnv config("CRM_SERVER_CONFIG", file.path());
        auto r = server({"--print-config"});
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("listen = 10.0.0.1:81\n") != std::string::npos);
    }
}

TEST_CASE("crm-server refuses a bad configuration with one line and exit 2", "[server][ops]") {
    test::TempPath file(".conf");
    SECTION("unknown key in the file, with its line") {
        file.write("db = dbname=x\n\nlisten_address = 1.2.3.4:5\n");
        check_refused(server({"--config", file.path(), "--listen", "127.0.0.1:0"}),
                      file.path() + ":3: unknown key 'listen_address'");
    }
    SECTION("a line that is not key = value") {
        file.write("[server]\n");
        check_refused(server({"--config", file.path()}), ":1: expected 'key = value'");
    }
    SECTION("a key set twice") {
        file.write("threads = 2\nthreads = 3\n");
        check_refused(server({"--config", file.path()}), ":2: 'threads' is set twice");
    }
    SECTION("bad value in the file") {
        file.write("db = dbname=x\nlisten = 127.0.0.1:0\nthreads = many\n");
        check_refused(server({"--config", file.path()}), "'threads' in " + file.path() + " must be a whole number");
    }
    SECTION("bad value in the environment") {
        test::ScopedEnv radius("CRM_SERVER_CHECK_IN_RADIUS", "-5");
        check_refused(server({"--db", "dbname=x", "--listen", "127.0.0.1:0"}),
                      "CRM_SERVER_CHECK_IN_RADIUS must be a number of metres from 1 to 100000, not '-5'");
    }
    SECTION("bad value on the command line") {
        check_refused(server({"--db", "dbname=x", "--listen", "nowhere"}), "--listen must be HOST:PORT, not 'nowhere'");
        check_refused(server({"--db", "dbname=x", "--listen", "127.0.0.1:99999"}), "--listen must be HOST:PORT");
    }
    SECTION("a missing file") {
        check_refused(server({"--config", "/nonexistent/crm.conf"}), "cannot read the config file '/nonexistent/crm.conf'");
    }
    SECTION("no database anywhere") {
        check_refused(server({"--listen", "127.0.0.1:0"}), "no database given");
    }
    SECTION("a log file that cannot be opened") {
        check_refused(server({"--db", "dbname=x", "--listen", "127.0.0.1:0", "--log-file", "/nonexistent/dir/x.log"}),
                      "cannot open the log file");
    }
}

TEST_CASE("a running crm-server takes its settings from file and environment", "[server][ops]") {
    test::TestDatabase db;
    test::TempPath file(".conf"), file_log(".log"), env_log(".log");
    // The file's db and listen lose to the command line (ServerProcess passes both), its log
    // file to the environment's.
    file.write("db = dbname=no_such_database host=/nonexistent\nlisten = 127.0.0.1:1\nlog-file = " + file_log.path() +
               "\n");
    test::ScopedEnv log("CRM_SERVER_LOG_FILE", env_log.path());
    test::ServerProcess server(db.conninfo(), {"--config", file.path()});
    CHECK(test::http_request(server.port(), "GET", "/v1/ready").status == 200);
    server.stop();
    CHECK(env_log.read().find("\"route\":\"/v1/ready\"") != std::string::npos);
    CHECK(!file_log.exists());
}

TEST_CASE("packaging/crm-server.conf.example is a valid config naming every setting", "[server][ops]") {
    const std::string example = std::string(CRM_SOURCE_DIR) + "/packaging/crm-server.conf.example";
    auto r = server({"--config", example, "--print-config"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("listen = 127.0.0.1:8080\n") != std::string::npos);
    // Every setting --print-config knows is mentioned in the example (set or commented out).
    std::ifstream in(example);
    std::stringstream text;
    text << in.rdbuf();
    std::istringstream printed(r.out);
    for (std::string line; std::getline(printed, line);) {
        const std::string key = line.substr(0, line.find(" = "));
        INFO(key);
        const bool mentioned = text.str().find("\n" + key + " = ") != std::string::npos ||
                               text.str().find("# " + key + " = ") != std::string::npos;
        CHECK(mentioned);
    }
}
