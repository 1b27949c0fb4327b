#pragma once
// A fresh, uniquely named PostgreSQL database on the test cluster named by CRM_TEST_PG.

#include <string>

namespace crm::test {

/// The libpq conninfo in CRM_TEST_PG (key=value form, superuser); throws with a clear
/// message when it is not set.
std::string test_pg_conninfo();

/// Creates a database on construction (migrated unless told otherwise); drops it on destruction.
class TestDatabase {
public:
    explicit TestDatabase(bool migrated = true);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// The conninfo of this database.
    const std::string& conninfo() const { return conninfo_; }
    const std::string& name() const { return name_; }

private:
    std::string name_;
    std::string conninfo_;
};

}  // namespace crm::test
