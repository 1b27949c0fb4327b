#include "crm/server/pg.h"

#include <libpq-fe.h>

#include <cstdlib>

namespace crm::server {
namespace {

PgErrorKind kind_of(const std::string& sqlstate) {
    if (sqlstate == "23505") return PgErrorKind::unique_violation;
    if (sqlstate == "40001") return PgErrorKind::serialization_failure;
    if (sqlstate == "40P01") return PgErrorKind::deadlock;
    if (sqlstate.rfind("08", 0) == 0 || sqlstate == "57P01") return PgErrorKind::connection;
    return PgErrorKind::other;
}

std::string trimmed(const char* message) {
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace

PgError::PgError(PgErrorKind kind, std::string sqlstate, const std::string& message)
    : std::runtime_error(message), kind_(kind), sqlstate_(std::move(sqlstate)) {}

bool PgError::retryable() const {
    return kind_ == PgErrorKind::serialization_failure || kind_ == PgErrorKind::deadlock;
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

PgConnection::PgConnection(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
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
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    pg_result* raw = PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                  nullptr, nullptr, 0);
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state ? state : (PQstatus(conn_) == CONNECTION_BAD ? "08006" : "");
    const std::string message = raw ? trimmed(PQresultErrorMessage(raw)) : trimmed(PQerrorMessage(conn_));
    throw PgError(kind_of(sqlstate), sqlstate, message.empty() ? "database error" : message);
}

void PgConnection::exec_script(const std::string& sql) {
    PgResult result(PQexec(conn_, sql.c_str()));
    (void)result;
    // PQexec returns the last statement's result; an error stops the script there.
    if (PQtransactionStatus(conn_) == PQTRANS_INERROR || PQstatus(conn_) != CONNECTION_OK)
        throw PgError(PQstatus(conn_) == CONNECTION_OK ? PgErrorKind::other : PgErrorKind::connection, "",
                      trimmed(PQerrorMessage(conn_)));
}

bool PgConnection::healthy() const { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

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
    conn_.exec("COMMIT");
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
