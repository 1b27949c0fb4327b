#include "crm/test/test_database.h"

#include "crm/server/db/migrations.h"
#include "crm/server/db/pg.h"

#include <atomic>
#include <cstdlib>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace crm::test {

std::string test_pg_conninfo() {
    const char* value = std::getenv("CRM_TEST_PG");
    if (!value || !*value)
        throw std::runtime_error(
            "CRM_TEST_PG is not set: these tests need a PostgreSQL superuser conninfo, e.g. "
            "CRM_TEST_PG='host=/tmp/pg port=54329 user=postgres dbname=postgres' (packaging/test.sh sets it)");
    return value;
}

TestDatabase::TestDatabase(bool migrated) {
    static std::atomic<int> counter{0};
    const std::string admin = test_pg_conninfo();
    std::random_device rd;
    name_ = "crm_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(rd() % 100000);
    server::PgConnection conn(admin);
    conn.exec("CREATE DATABASE " + name_ + " TEMPLATE template0 ENCODING 'UTF8'");
    conninfo_ = admin + " dbname=" + name_;  // libpq: the last dbname wins
    if (migrated) {
        server::PgConnection db(conninfo_);
        server::migrate(db);
    }
}

TestDatabase::~TestDatabase() {
    try {
        server::PgConnection conn(test_pg_conninfo());
        conn.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
        // Best effort: a leftover database on a throwaway cluster is harmless.
    }
}

}  // namespace crm::test
