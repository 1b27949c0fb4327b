#pragma once
// The real crm-server and crm-admin binaries, run as child processes.

#include <string>
#include <sys/types.h>
#include <vector>

namespace crm::test {

/// Path of the crm-server / crm-admin binary under test (set by CMake).
std::string server_binary();
std::string admin_binary();

/// What a finished process left behind.
struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs `program` with `args`, feeding `input` on stdin; waits for it to finish.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args, const std::string& input = "");

/// Runs crm-admin with `args` (pass "--db", conninfo first) and `input` on stdin.
ProcessResult run_admin(const std::vector<std::string>& args, const std::string& input = "");

/// crm-server on 127.0.0.1 and a free port; stopped (SIGTERM, then SIGKILL) on destruction.
class ServerProcess {
public:
    explicit ServerProcess(const std::string& conninfo, std::vector<std::string> extra_args = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return port_; }
    /// The process id (for memory readings and fault injection).
    pid_t pid() const { return pid_; }
    /// "http://127.0.0.1:PORT" (https:// when started with TLS)
    std::string url() const;
    /// Sends SIGTERM and waits; returns the exit code (or -signal).
    int stop();

private:
    pid_t pid_ = -1;
    unsigned short port_ = 0;
    std::string scheme_ = "http";
};

}  // namespace crm::test
