#pragma once
// Result<T>: a value or an Error, for failures a caller is expected to handle.

#include <string>
#include <utility>
#include <variant>

namespace crm {

/// An expected failure: a stable machine code (snake_case) and a human message.
struct Error {
    std::string code;
    std::string message;
};

/// Either a T or an Error. Accessing the wrong alternative throws std::bad_variant_access.
template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

/// Result of an operation that returns nothing on success.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

}  // namespace crm
