#pragma once
// A thin SQLite wrapper: connection, prepared statement, RAII transaction. sqlite3.h stays in the .cpp.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace crm::sync {

/// Any SQLite failure; `code` is SQLite's primary result code.
class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

/// One prepared statement; bind parameters are 1-based, columns 0-based.
class Statement {
public:
    Statement(sqlite3* db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind_null(int index);
    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    /// Makes the statement ready to run again with new bindings.
    void reset();
    std::string text(int column) const;
    std::int64_t integer(int column) const;
    bool is_null(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// One connection.
class SqliteDb {
public:
    /// Opens or creates the file; sets WAL, a busy timeout and foreign keys.
    explicit SqliteDb(const std::string& path);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    void exec(const std::string& sql);
    Statement prepare(const std::string& sql) { return Statement(db_, sql); }
    /// A statement prepared once per connection, for hot paths. The lease resets it when it
    /// goes out of scope, so no half-read statement keeps a read transaction open.
    class Lease {
    public:
        explicit Lease(Statement& st) : st_(st) {}
        ~Lease() { st_.reset(); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Statement* operator->() { return &st_; }
        Statement& operator*() { return st_; }

    private:
        Statement& st_;
    };
    Lease cached(const std::string& sql);
    /// The single text value of a one-row query, or nullopt when it returns no row.
    std::optional<std::string> scalar_text(const std::string& sql, const std::string& param = {});
    /// The raw connection, for registering SQL functions (see customer_search.h).
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

/// Begins an IMMEDIATE transaction; rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(SqliteDb& db);
    ~Transaction();
    void commit();

private:
    SqliteDb& db_;
    bool done_ = false;
};

}  // namespace crm::sync
