#include "sim_server.h"

#include "crm/test/processes.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace crm::sim {
namespace {

const std::string kPrefix = "crm-server listening on http://127.0.0.1:";

}  // namespace

SimServer::SimServer(std::string conninfo, std::string log_path)
    : conninfo_(std::move(conninfo)), log_path_(std::move(log_path)) {
    spawn(0);
}

SimServer::~SimServer() {
    const pid_t pid = pid_.load();
    if (pid > 0) {
        ::kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
    }
}

void SimServer::spawn(unsigned short port) {
    const std::string program = test::server_binary();
    const std::vector<std::string> args{program, "--db", conninfo_, "--listen", "127.0.0.1:" + std::to_string(port)};
    const int log_fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (log_fd < 0) throw std::runtime_error("cannot open " + log_path_);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the test
        dup2(log_fd, 1);
        dup2(log_fd, 2);
        close(log_fd);
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(log_fd);
    const auto started = std::chrono::steady_clock::now();
    struct Timer {
        std::chrono::steady_clock::time_point t;
        double& total;
        ~Timer() { total += std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count(); }
    } timer{started, start_seconds_};
    pid_ = pid;
    killed_ = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    // Right after a SIGKILL the port may still be held for a moment: retry a few times.
    while (std::chrono::steady_clock::now() < deadline) {
        std::ifstream in(log_path_);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        if (auto at = text.find(kPrefix); at != std::string::npos) {
            port_ = static_cast<unsigned short>(std::stoi(text.substr(at + kPrefix.size())));
            return;
        }
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            pid_ = -1;
            if (port != 0 && text.find("cannot listen") != std::string::npos) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                spawn(port);
                return;
            }
            throw std::runtime_error("crm-server exited at start: " + text);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
    }
    throw std::runtime_error("crm-server did not start within 20 s");
}

void SimServer::kill9() {
    const pid_t pid = pid_.load();
    if (pid > 0 && !killed_.exchange(true)) ::kill(pid, SIGKILL);
}

void SimServer::reap() {
    const pid_t pid = pid_.load();
    if (pid <= 0) return;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    pid_ = -1;
}

void SimServer::restart() {
    kill9();
    reap();
    ++restarts_;
    spawn(port_);
}

void SimServer::ensure_running() {
    const pid_t pid = pid_.load();
    int status = 0;
    if (pid > 0 && !killed_.load() && waitpid(pid, &status, WNOHANG) == 0) return;
    if (pid > 0 && !killed_.load()) pid_ = -1;  // it died on its own
    restart();
}

}  // namespace crm::sim
