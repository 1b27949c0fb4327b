#pragma once
// Small helpers of the operations tests (config, request log, metrics, OpenAPI).

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>

namespace crm::test {

/// Sets an environment variable for the life of the object (children inherit it), then restores it.
class ScopedEnv {
public:
    ScopedEnv(std::string name, const std::string& value) : name_(std::move(name)) {
        if (const char* old = std::getenv(name_.c_str())) old_ = old;
        ::setenv(name_.c_str(), value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (old_) ::setenv(name_.c_str(), old_->c_str(), 1);
        else ::unsetenv(name_.c_str());
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    std::string name_;
    std::optional<std::string> old_;
};

/// A fresh path in /tmp (the file does not exist yet), removed on destruction.
class TempPath {
public:
    explicit TempPath(const std::string& suffix) {
        char pattern[] = "/tmp/crm_ops_XXXXXX";
        const int fd = ::mkstemp(pattern);
        if (fd >= 0) ::close(fd);
        ::unlink(pattern);
        path_ = std::string(pattern) + suffix;
    }
    ~TempPath() { ::unlink(path_.c_str()); }
    TempPath(const TempPath&) = delete;
    TempPath& operator=(const TempPath&) = delete;
    const std::string& path() const { return path_; }
    void write(const std::string& text) const { std::ofstream(path_, std::ios::binary) << text; }
    /// The file's contents ("" when missing).
    std::string read() const {
        std::ifstream in(path_, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
    bool exists() const { return ::access(path_.c_str(), F_OK) == 0; }

private:
    std::string path_;
};

}  // namespace crm::test
