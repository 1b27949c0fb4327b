#include "live_probe.h"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace crm::test {

LiveProbe::LiveProbe(unsigned short port, const std::string& token, sync::LiveOptions options)
    : live_(sync::ServerUrl{"127.0.0.1", std::to_string(port)}, token, options) {
    live_.on_poke = [this](std::int64_t cursor) {
        std::lock_guard lock(mutex_);
        pokes_.push_back(cursor);
        changed_.notify_all();
    };
    live_.on_state = [this](bool connected, const std::string& message) {
        std::lock_guard lock(mutex_);
        if (!connected && connected_) disconnects_.push_back(message);
        connected_ = connected;
        changed_.notify_all();
    };
    live_.on_refused = [this](const Error& error) {
        std::lock_guard lock(mutex_);
        refused_ = error;
        changed_.notify_all();
    };
    live_.start();
}

LiveProbe::~LiveProbe() { live_.stop(); }

bool LiveProbe::wait_connected(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [this] { return connected_; });
}

std::optional<std::int64_t> LiveProbe::wait_poke(std::chrono::milliseconds timeout, std::int64_t min_cursor) {
    std::unique_lock lock(mutex_);
    std::optional<std::int64_t> found;
    changed_.wait_for(lock, timeout, [&] {
        for (auto c : pokes_)
            if (c >= min_cursor) found = c;
        return found.has_value();
    });
    return found;
}

std::optional<Error> LiveProbe::wait_refused(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [this] { return refused_.has_value(); });
    return refused_;
}

std::optional<std::string> LiveProbe::wait_disconnected(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!changed_.wait_for(lock, timeout, [this] { return !disconnects_.empty(); })) return std::nullopt;
    return disconnects_.front();
}

std::vector<std::int64_t> LiveProbe::pokes() {
    std::lock_guard lock(mutex_);
    return pokes_;
}

void LiveProbe::clear_pokes() {
    std::lock_guard lock(mutex_);
    pokes_.clear();
}

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(fds[1]);
    fd_ = fds[0];
}

ChildProcess::~ChildProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    if (fd_ >= 0) close(fd_);
}

void ChildProcess::signal(int sig) {
    if (pid_ > 0) kill(pid_, sig);
}

bool ChildProcess::read_some(std::chrono::milliseconds timeout) {
    pollfd pfd{fd_, POLLIN, 0};
    if (poll(&pfd, 1, static_cast<int>(timeout.count())) <= 0) return false;
    char buf[4096];
    const ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) return false;
    output_.append(buf, static_cast<std::size_t>(n));
    return true;
}

bool ChildProcess::wait_for_line(const std::string& text, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto found = output_.find(text, scanned_);
        if (found != std::string::npos) {
            const auto eol = output_.find('\n', found);
            scanned_ = eol == std::string::npos ? output_.size() : eol + 1;
            return true;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !read_some(left)) return false;
    }
}

std::optional<int> ChildProcess::wait_exit(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            while (read_some(std::chrono::milliseconds(100))) {}
            return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        }
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        read_some(std::chrono::milliseconds(50));
    }
}

}  // namespace crm::test
