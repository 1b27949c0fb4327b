#pragma once
// A thin libpq wrapper: connection, text-format parameters, results, typed errors.
// libpq-fe.h is included only in pg.cpp.

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace crm::server {

/// What went wrong, from the SQLSTATE (or the connection state). commit_outcome_unknown: the
/// connection broke during COMMIT, so the transaction may or may not have taken effect.
/// statement_timeout: cancelled by the server's statement_timeout / lock_timeout (57014, 55P03).
enum class PgErrorKind {
    unique_violation,
    serialization_failure,
    deadlock,
    connection,
    commit_outcome_unknown,
    statement_timeout,
    other
};

/// A failed statement or connection; retryable() for 40001/40P01.
class PgError : public std::runtime_error {
public:
    PgError(PgErrorKind kind, std::string sqlstate, const std::string& message);
    PgErrorKind kind() const { return kind_; }
    const std::string& sqlstate() const { return sqlstate_; }
    /// True for serialization failures and deadlocks: rerunning the transaction may succeed.
    bool retryable() const;
    /// True when the database (not the statement) failed: unreachable, connection lost, shutting
    /// down, or a COMMIT with unknown outcome. Never retried by the server itself.
    bool database_fault() const;

private:
    PgErrorKind kind_;
    std::string sqlstate_;
};

/// One statement parameter in text format; nullopt is SQL NULL.
using PgParam = std::optional<std::string>;
/// The parameters $1..$n of a statement.
using PgParams = std::vector<PgParam>;

/// One statement with its parameters, for a pipeline.
struct PgStatement {
    std::string sql;
    PgParams params;
    /// Prepared once per connection and reused after (no parsing and planning): for hot statements.
    bool reuse = false;
};

/// The rows of a successful statement, every value in text format.
class PgResult {
public:
    explicit PgResult(pg_result* result);
    int rows() const;
    int columns() const;
    /// Index of a column by name; throws std::out_of_range when absent.
    int column(const std::string& name) const;
    bool is_null(int row, int col) const;
    /// The value as text ("" for NULL).
    std::string text(int row, int col) const;
    /// The value, or nullopt for NULL.
    std::optional<std::string> opt(int row, int col) const;
    /// The value of a named column.
    std::string text(int row, const std::string& name) const { return text(row, column(name)); }
    /// Number of rows a command touched (UPDATE/DELETE/INSERT).
    long affected() const;

private:
    std::shared_ptr<pg_result> result_;
};

/// One open connection to PostgreSQL.
class PgConnection {
public:
    /// Connects; throws PgError{connection} with libpq's message on failure.
    explicit PgConnection(const std::string& conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Runs one statement; throws PgError on failure.
    PgResult exec(const std::string& sql, const PgParams& params = {});
    /// Runs a script of several statements without parameters; throws PgError on failure.
    void exec_script(const std::string& sql);
    /// Sends the statements in one round trip (libpq pipeline mode) and returns their results in
    /// order; throws PgError for the first that failed (those after it do not run).
    std::vector<PgResult> exec_pipeline(const std::vector<PgStatement>& statements);
    /// False once the connection is broken (or stuck in pipeline mode).
    bool healthy() const;
    /// healthy(), after reading what the server sent while the connection sat idle: a server
    /// that restarted or closed it shows up here, before the connection is used. Does not block.
    bool still_connected();
    /// True while inside a transaction block (or a failed one).
    bool in_transaction() const;
    /// > 0: a statement (or pipeline) whose answer has not come after this long gets
    /// PgError{connection} and the connection is broken off. For a database host that still
    /// accepts bytes but whose server does not run (frozen, swapping to death): there the
    /// database's own statement_timeout cannot fire and TCP keepalives see nothing wrong.
    /// 0 (the default): wait as long as it takes.
    void set_reply_timeout(std::chrono::milliseconds timeout) { reply_timeout_ = timeout; }

private:
    struct Pending;
    bool send(const PgStatement& statement, std::vector<Pending>& pending);
    /// The next result, waiting at most until `deadline` for it (none: as long as it takes).
    pg_result* next_result(std::optional<std::chrono::steady_clock::time_point> deadline);
    std::optional<std::chrono::steady_clock::time_point> reply_deadline() const;

    pg_conn* conn_ = nullptr;
    std::chrono::milliseconds reply_timeout_{0};
    std::map<std::string, std::string> prepared_;  ///< SQL -> name of its prepared statement
    std::size_t prepared_names_ = 0;
};

/// RAII transaction: BEGIN in the constructor, ROLLBACK in the destructor unless committed.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& conn, const std::string& begin = "BEGIN");
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    PgResult exec(const std::string& sql, const PgParams& params = {}) { return conn_.exec(sql, params); }
    /// Runs one hot statement prepared once per connection (no parsing and planning after).
    PgResult exec_prepared(const std::string& sql, const PgParams& params = {}) {
        return conn_.exec_pipeline({PgStatement{sql, params, true}}).front();
    }
    /// PgConnection::exec_pipeline inside this transaction.
    std::vector<PgResult> exec_pipeline(const std::vector<PgStatement>& statements) {
        return conn_.exec_pipeline(statements);
    }
    /// Throws PgError{commit_outcome_unknown} when the connection breaks during COMMIT.
    void commit();
    PgConnection& connection() { return conn_; }

private:
    PgConnection& conn_;
    bool done_ = false;
};

/// SQL text for a string literal-free array parameter: {"a","b"} in PostgreSQL array syntax.
std::string pg_text_array(const std::vector<std::string>& items);

}  // namespace crm::server
