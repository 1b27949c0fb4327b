#include "crm/server/db/pg.h"

#include <libpq-fe.h>

#include <cerrno>
#include <cstdlib>

#include <poll.h>
#include <sys/socket.h>

namespace crm::server {
namespace {

PgErrorKind kind_of(const std::string& sqlstate) {
    if (sqlstate == "23505") return PgErrorKind::unique_violation;
    if (sqlstate == "40001") return PgErrorKind::serialization_failure;
    if (sqlstate == "40P01") return PgErrorKind::deadlock;
    // 08: connection exceptions; 57P01..57P03: admin/crash shutdown, cannot connect now (starting up).
    if (sqlstate.rfind("08", 0) == 0 || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03")
        return PgErrorKind::connection;
    if (sqlstate == "57014" || sqlstate == "55P03") return PgErrorKind::statement_timeout;
    return PgErrorKind::other;
}

std::string trimmed(const char* message) {
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

bool succeeded(pg_result* raw) {
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

/// The PgError for a failed result (or, for nullptr, the connection's last error).
PgError error_of(pg_conn* conn, pg_result* raw) {
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state ? state : (PQstatus(conn) == CONNECTION_BAD ? "08006" : "");
    const std::string message = raw ? trimmed(PQresultErrorMessage(raw)) : trimmed(PQerrorMessage(conn));
    return PgError(kind_of(sqlstate), sqlstate, message.empty() ? "database error" : message);
}

std::vector<const char*> param_pointers(const PgParams& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    return values;
}

}  // namespace

PgError::PgError(PgErrorKind kind, std::string sqlstate, const std::string& message)
    : std::runtime_error(message), kind_(kind), sqlstate_(std::move(sqlstate)) {}

bool PgError::retryable() const {
    return kind_ == PgErrorKind::serialization_failure || kind_ == PgErrorKind::deadlock;
}

bool PgError::database_fault() const {
    return kind_ == PgErrorKind::connection || kind_ == PgErrorKind::commit_outcome_unknown ||
           kind_ == PgErrorKind::statement_timeout;
}

PgResult::PgResult(pg_result* result) : result_(result, PQclear) {}
int PgResult::rows() const { return PQntuples(result_.get()); }
int PgResult::columns() const { return PQnfields(result_.get()); }

int PgResult::column(const std::string& name) const {
    const int index = PQfnumber(result_.get(), name.c_str());
    if (index < 0) throw std::out_of_range("no column " + name);
    return index;
}

bool PgResult::is_null(int row, int col) const { return PQgetisnull(result_.get(), row, col) != 0; }

std::string PgResult::text(int row, int col) const {
    return std::string(PQgetvalue(result_.get(), row, col), PQgetlength(result_.get(), row, col));
}

std::optional<std::string> PgResult::opt(int row, int col) const {
    if (is_null(row, col)) return std::nullopt;
    return text(row, col);
}

long PgResult::affected() const {
    const char* n = PQcmdTuples(result_.get());
    return (n && *n) ? std::strtol(n, nullptr, 10) : 0;
}

/// Connects with a default connect_timeout, so an unreachable host (no answer at all) fails in
/// seconds rather than at the OS's TCP timeout, and with TCP keepalives, so a database host
/// that vanishes while a query runs is noticed in about a minute; settings in `conninfo` win.
static pg_conn* connect_with_timeout(const std::string& conninfo) {
    const char* keys[] = {"connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count", "dbname",
                          nullptr};
    const char* values[] = {"5", "30", "10", "3", conninfo.c_str(), nullptr};
    return PQconnectdbParams(keys, values, 1);  // 1: dbname may be a whole conninfo, whose settings win
}

PgConnection::PgConnection(const std::string& conninfo) : conn_(connect_with_timeout(conninfo)) {
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        std::string message = conn_ ? trimmed(PQerrorMessage(conn_)) : "out of memory";
        if (conn_) PQfinish(conn_);
        conn_ = nullptr;
        throw PgError(PgErrorKind::connection, "08001", "cannot connect to the database: " + message);
    }
    PQsetClientEncoding(conn_, "UTF8");
    exec("SET TIME ZONE 'UTC'");
}

PgConnection::~PgConnection() {
    if (conn_) PQfinish(conn_);
}

PgResult PgConnection::exec(const std::string& sql, const PgParams& params) {
    const auto values = param_pointers(params);
    const auto deadline = reply_deadline();
    pg_result* raw = nullptr;
    if (!deadline) {
        raw = PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                           nullptr, 0);
    } else {
        if (PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                              nullptr, 0) != 1)
            throw error_of(conn_, nullptr);
        // As PQexecParams: the last result (a single statement has one).
        while (pg_result* next = next_result(deadline)) {
            if (raw) PQclear(raw);
            raw = next;
        }
    }
    PgResult result(raw);
    if (succeeded(raw)) return result;
    throw error_of(conn_, raw);
}

std::optional<std::chrono::steady_clock::time_point> PgConnection::reply_deadline() const {
    if (reply_timeout_.count() <= 0) return std::nullopt;
    return std::chrono::steady_clock::now() + reply_timeout_;
}

pg_result* PgConnection::next_result(std::optional<std::chrono::steady_clock::time_point> deadline) {
    while (deadline && PQisBusy(conn_)) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now()).count();
        pollfd fd{PQsocket(conn_), POLLIN, 0};
        const int ready = left > 0 ? ::poll(&fd, 1, static_cast<int>(left)) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) {
            // Break the connection off: its answer may still come, and must not be taken for
            // the next statement's. The pool drops it (healthy() is false from here on).
            ::shutdown(PQsocket(conn_), SHUT_RDWR);
            PQconsumeInput(conn_);
            throw PgError(PgErrorKind::connection, "08006",
                          "the database did not answer within " + std::to_string(reply_timeout_.count()) +
                              " ms; the connection was dropped");
        }
        if (ready < 0 || PQconsumeInput(conn_) != 1) break;  // broken: PQgetResult says so
    }
    return PQgetResult(conn_);
}

/// One message of a pipeline awaiting its result: a statement, or the preparation of `sql`.
struct PgConnection::Pending {
    std::string prepared_sql;  ///< empty for a statement
};

/// Sends a statement (after its preparation, if it is to be reused and is new); false on failure.
bool PgConnection::send(const PgStatement& s, std::vector<Pending>& pending) {
    constexpr std::size_t kMaxPrepared = 256;
    const auto values = param_pointers(s.params);
    const int n = static_cast<int>(values.size());
    auto it = prepared_.find(s.sql);
    if (s.reuse && it == prepared_.end() && prepared_.size() < kMaxPrepared) {
        const std::string name = "crm_stmt_" + std::to_string(++prepared_names_);
        if (PQsendPrepare(conn_, name.c_str(), s.sql.c_str(), 0, nullptr) != 1) return false;
        it = prepared_.emplace(s.sql, name).first;  // dropped again if the preparation fails
        pending.push_back(Pending{s.sql});
    }
    const int sent = s.reuse && it != prepared_.end()
                         ? PQsendQueryPrepared(conn_, it->second.c_str(), n, values.data(), nullptr, nullptr, 0)
                         : PQsendQueryParams(conn_, s.sql.c_str(), n, nullptr, values.data(), nullptr, nullptr, 0);
    if (sent != 1) return false;
    pending.push_back(Pending{});
    return true;
}

std::vector<PgResult> PgConnection::exec_pipeline(const std::vector<PgStatement>& statements) {
    if (statements.empty()) return {};
    if (PQenterPipelineMode(conn_) != 1) throw error_of(conn_, nullptr);
    std::vector<Pending> pending;
    bool all_sent = true;
    for (const auto& s : statements)
        if (!(all_sent = send(s, pending))) break;
    if (PQpipelineSync(conn_) != 1) throw error_of(conn_, nullptr);  // broken: healthy() is false now
    std::vector<PgResult> results;
    std::optional<PgError> failure;
    const auto deadline = reply_deadline();
    for (const auto& p : pending) {
        pg_result* raw = next_result(deadline);
        if (!raw) throw error_of(conn_, nullptr);
        PgResult result(raw);
        while (pg_result* extra = next_result(deadline)) PQclear(extra);  // up to the NULL ending this one
        const bool ok = succeeded(raw);
        if (!ok && !failure && PQresultStatus(raw) != PGRES_PIPELINE_ABORTED) failure = error_of(conn_, raw);
        if (p.prepared_sql.empty()) results.push_back(result);
        else if (!ok) prepared_.erase(p.prepared_sql);
    }
    PgResult sync(next_result(deadline));  // PGRES_PIPELINE_SYNC
    PQexitPipelineMode(conn_);
    if (!failure && !all_sent) failure = error_of(conn_, nullptr);
    if (failure) throw *failure;
    return results;
}

void PgConnection::exec_script(const std::string& sql) {
    PgResult result(PQexec(conn_, sql.c_str()));
    (void)result;
    // PQexec returns the last statement's result; an error stops the script there.
    if (PQtransactionStatus(conn_) == PQTRANS_INERROR || PQstatus(conn_) != CONNECTION_OK)
        throw PgError(PQstatus(conn_) == CONNECTION_OK ? PgErrorKind::other : PgErrorKind::connection, "",
                      trimmed(PQerrorMessage(conn_)));
}

bool PgConnection::healthy() const {
    return conn_ && PQstatus(conn_) == CONNECTION_OK && PQpipelineStatus(conn_) == PQ_PIPELINE_OFF;
}

bool PgConnection::still_connected() {
    if (!healthy()) return false;
    pollfd fd{PQsocket(conn_), POLLIN, 0};
    // Readable while idle: a notice, or the server's goodbye (e.g. 57P01 on shutdown) and EOF.
    if (::poll(&fd, 1, 0) > 0 && PQconsumeInput(conn_) != 1) return false;
    while (PGnotify* n = PQnotifies(conn_)) PQfreemem(n);
    return healthy();
}

bool PgConnection::in_transaction() const { return conn_ && PQtransactionStatus(conn_) != PQTRANS_IDLE; }

PgTransaction::PgTransaction(PgConnection& conn, const std::string& begin) : conn_(conn) { conn_.exec(begin); }

PgTransaction::~PgTransaction() {
    if (done_) return;
    try {
        if (conn_.healthy()) conn_.exec("ROLLBACK");
    } catch (...) {
        // A failed rollback leaves the connection unhealthy; the pool drops it.
    }
}

void PgTransaction::commit() {
    done_ = true;
    try {
        conn_.exec("COMMIT");
    } catch (const PgError& e) {
        if (e.kind() != PgErrorKind::connection) throw;  // e.g. 40001 at COMMIT: rolled back, retryable
        throw PgError(PgErrorKind::commit_outcome_unknown, e.sqlstate(), "connection lost during COMMIT: " + std::string(e.what()));
    }
}

std::string pg_text_array(const std::vector<std::string>& items) {
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        out += '"';
        for (char c : items[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

}  // namespace crm::server
