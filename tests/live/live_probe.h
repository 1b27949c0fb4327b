#pragma once
// Test helpers for live pokes: a LiveConnection that records what it hears, and a child
// process (crm-sync watch) whose output is read line by line with deadlines.

#include "crm/sync/live_connection.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace crm::test {

using namespace std::chrono_literals;

/// A LiveConnection to 127.0.0.1:port with `token` that records pokes, states and refusals.
class LiveProbe {
public:
    LiveProbe(unsigned short port, const std::string& token, sync::LiveOptions options = {});
    ~LiveProbe();
    /// Waits until connected (true) or the deadline passes (false).
    bool wait_connected(std::chrono::milliseconds timeout = 10s);
    /// Waits for a poke with a cursor >= min_cursor; returns its cursor, or nullopt on timeout.
    std::optional<std::int64_t> wait_poke(std::chrono::milliseconds timeout, std::int64_t min_cursor = 0);
    /// Waits for a refusal; nullopt on timeout.
    std::optional<Error> wait_refused(std::chrono::milliseconds timeout = 10s);
    /// Waits until a disconnect is reported after having been connected; its message or nullopt.
    std::optional<std::string> wait_disconnected(std::chrono::milliseconds timeout);
    /// Pokes received so far (cursors).
    std::vector<std::int64_t> pokes();
    void clear_pokes();
    void stop() { live_.stop(); }

private:
    sync::LiveConnection live_;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool connected_ = false;
    std::vector<std::int64_t> pokes_;
    std::vector<std::string> disconnects_;
    std::optional<Error> refused_;
};

/// A child process whose stdout and stderr go to one pipe, read as lines.
class ChildProcess {
public:
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ~ChildProcess();
    /// Reads until a line contains `text`; false when the deadline passes or the output ends.
    bool wait_for_line(const std::string& text, std::chrono::milliseconds timeout);
    /// Waits for the exit; the exit code, or nullopt on timeout (the process keeps running).
    std::optional<int> wait_exit(std::chrono::milliseconds timeout);
    /// Sends a signal to the process.
    void signal(int sig);
    /// Everything read so far.
    const std::string& output() const { return output_; }

private:
    bool read_some(std::chrono::milliseconds timeout);
    pid_t pid_ = -1;
    int fd_ = -1;
    std::string output_;
    std::size_t scanned_ = 0;
};

}  // namespace crm::test
