#pragma once
// The real crm-server as a child process that can be SIGKILLed at any instant (from any
// thread) and restarted on the same port, so devices keep their server URL.

#include <atomic>
#include <string>
#include <sys/types.h>

namespace crm::sim {

class SimServer {
public:
    /// Starts crm-server on a free port of 127.0.0.1; its output goes to `log_path`.
    SimServer(std::string conninfo, std::string log_path);
    ~SimServer();
    SimServer(const SimServer&) = delete;
    SimServer& operator=(const SimServer&) = delete;

    unsigned short port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    bool running() const { return pid_.load() > 0 && !killed_.load(); }

    /// SIGKILL, no goodbye. Safe to call from another thread while requests are in flight.
    void kill9();
    /// Reaps a killed process and starts a new one on the same port (waits until it listens).
    void restart();
    /// Makes sure a server is up (restarts after kill9).
    void ensure_running();
    int restarts() const { return restarts_; }
    /// Seconds spent waiting for (re)started servers to listen.
    double start_seconds() const { return start_seconds_; }

private:
    void spawn(unsigned short port);
    void reap();
    std::string conninfo_;
    std::string log_path_;
    std::atomic<pid_t> pid_{-1};
    std::atomic<bool> killed_{false};
    unsigned short port_ = 0;
    int restarts_ = 0;
    double start_seconds_ = 0;
};

}  // namespace crm::sim
