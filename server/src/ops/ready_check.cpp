#include "crm/server/ops/ready_check.h"

#include <libpq-fe.h>

#include <memory>

namespace crm::server {

std::string check_database_ready(const std::string& conninfo, std::chrono::seconds timeout) {
    // expand_dbname: the conninfo (key=value or URI) is expanded and the later keywords win.
    const std::string seconds = std::to_string(timeout.count());
    const std::string options = "-c statement_timeout=" + std::to_string(timeout.count() * 1000);
    const char* keys[] = {"dbname", "connect_timeout", "options", "application_name", nullptr};
    const char* values[] = {conninfo.c_str(), seconds.c_str(), options.c_str(), "crm-server ready", nullptr};
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdbParams(keys, values, 1), PQfinish);
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK)
        return conn ? PQerrorMessage(conn.get()) : "out of memory";
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), "SELECT 1"), PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) return PQerrorMessage(conn.get());
    return "";
}

}  // namespace crm::server
