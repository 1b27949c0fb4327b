#pragma once
// A throwaway PostgreSQL cluster of a test's own, to stop and restart under a running server.

#include "crm/test/processes.h"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace crm::test {

/// A throwaway PostgreSQL cluster of this test's own (packaging/pg.sh), so stopping it leaves
/// the shared CRM_TEST_PG cluster alone. Stopped and removed on destruction.
class PrivateCluster {
public:
    PrivateCluster() {
        char templ[] = "/tmp/crm-faults-XXXXXX";
        if (!::mkdtemp(templ)) throw std::runtime_error("mkdtemp failed");
        dir_ = templ;
        // A random first port: other clusters (other tests, other checkouts) start from 54320 up
        // at the same time. A few tries, in case one is taken between the check and the bind.
        std::random_device random;
        for (int attempt = 1; conninfo_.empty(); ++attempt) {
            const std::string port = std::to_string(20000 + random() % 30000);
            try {
                conninfo_ = shell("CRM_PG_PORT=" + port + " CRM_PG_FSYNC=off pg_start " + dir_ +
                                  " && printf %s \"$CRM_PG_CONNINFO\"");
            } catch (const std::exception&) {
                if (attempt < 3) continue;
                shell("pg_stop " + dir_);  // the destructor does not run for a throwing constructor
                std::error_code ignored;
                std::filesystem::remove_all(dir_, ignored);
                throw;
            }
        }
    }
    ~PrivateCluster() {
        try {
            stop();
        } catch (...) {
        }
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    const std::string& conninfo() const { return conninfo_; }
    void stop() { shell("pg_stop " + dir_); }
    /// SIGSTOP / SIGCONT to the postmaster and its children: a database whose sockets still
    /// accept bytes (the kernel answers) but that answers nothing.
    void freeze() { signal_all("STOP"); }
    void thaw() { signal_all("CONT"); }
    /// Starts it again on the same port (pg.sh reuses DIR/port), so the server's conninfo holds.
    void start() {
        if (shell("CRM_PG_FSYNC=off pg_start " + dir_ + " && printf %s \"$CRM_PG_CONNINFO\"") != conninfo_)
            throw std::runtime_error("the private cluster came back on another port");
    }

private:
    void signal_all(const std::string& signal) {
        shell("pm=$(head -n1 " + dir_ + "/data/postmaster.pid) && kill -" + signal + " $pm $(pgrep -P $pm)");
    }
    static std::string shell(const std::string& command) {
        const auto r = run_process("/bin/bash", {"-c", ". " CRM_SOURCE_DIR "/packaging/pg.sh && " + command});
        if (r.exit_code != 0) throw std::runtime_error("'" + command + "' failed: " + r.err);
        return r.out;
    }
    std::string dir_;
    std::string conninfo_;
};

}  // namespace crm::test
