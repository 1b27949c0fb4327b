#include "crm/test/processes.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace crm::test {
namespace {

std::vector<char*> argv_of(const std::string& program, const std::vector<std::string>& args) {
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    return argv;
}

std::string temp_file(const std::string& content) {
    char path[] = "/tmp/crm_test_io_XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    if (!content.empty() && write(fd, content.data(), content.size()) != static_cast<ssize_t>(content.size()))
        throw std::runtime_error("cannot write a temp file");
    close(fd);
    return path;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::remove(path.c_str());
    return ss.str();
}

int exit_code_of(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status); }

}  // namespace

std::string server_binary() { return CRM_SERVER_BIN; }
std::string admin_binary() { return CRM_ADMIN_BIN; }

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args, const std::string& input) {
    const std::string in = temp_file(input), out = temp_file(""), err = temp_file("");
    const auto argv = argv_of(program, args);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        dup2(open(in.c_str(), O_RDONLY), 0);
        dup2(open(out.c_str(), O_WRONLY | O_TRUNC), 1);
        dup2(open(err.c_str(), O_WRONLY | O_TRUNC), 2);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    std::remove(in.c_str());
    return ProcessResult{exit_code_of(status), slurp(out), slurp(err)};
}

ProcessResult run_admin(const std::vector<std::string>& args, const std::string& input) {
    return run_process(admin_binary(), args, input);
}

ServerProcess::ServerProcess(const std::string& conninfo, std::vector<std::string> extra_args) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    std::vector<std::string> args{"--db", conninfo, "--listen", "127.0.0.1:0"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    const std::string program = server_binary();
    const auto argv = argv_of(program, args);
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(fds[1]);
    std::string line;
    char c = 0;
    pollfd pfd{fds[0], POLLIN, 0};
    while (line.find('\n') == std::string::npos && poll(&pfd, 1, 15000) > 0 && read(fds[0], &c, 1) == 1) line += c;
    close(fds[0]);
    const std::string http = "crm-server listening on http://127.0.0.1:";
    const std::string https = "crm-server listening on https://127.0.0.1:";
    scheme_ = line.rfind(https, 0) == 0 ? "https" : "http";
    const std::string prefix = scheme_ == "https" ? https : http;
    if (line.rfind(prefix, 0) != 0) {
        stop();
        throw std::runtime_error("crm-server did not start; its first line was: '" + line + "'");
    }
    port_ = static_cast<unsigned short>(std::stoi(line.substr(prefix.size())));
}

ServerProcess::~ServerProcess() { stop(); }

std::string ServerProcess::url() const { return scheme_ + "://127.0.0.1:" + std::to_string(port_); }

int ServerProcess::stop() {
    if (pid_ <= 0) return 0;
    kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 100; ++i) {
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return exit_code_of(status);
        }
        usleep(50000);
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return exit_code_of(status);
}

}  // namespace crm::test
