#pragma once

#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace opieka::test {

// The test server's address (OPIEKA_TEST_POSTGRES_URL, e.g. from
// scripts/postgres-test-server.sh), or empty: the tests then run on SQLite files.
QString postgresUrl();
inline bool onPostgres()
{
    return !postgresUrl().isEmpty();
}

// A fresh, empty database for one test: a file in its own temporary folder, or, on PostgreSQL,
// a new database on the test server, dropped (with any connection left to it) when this goes.
class TestDatabase
{
public:
    enum class Content
    {
        Empty,    // no tables: for tests of the migrations themselves
        Migrated, // the latest schema, as Workspace::open leaves a new database
    };
    explicit TestDatabase(Content content = Content::Empty);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // A file path or a postgresql:// address, for Database::open / Workspace::open.
    QString location() const { return m_location; }
    // A temporary folder for the test's other files (exports, backups).
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverDatabase;
};

} // namespace opieka::test

// For a test that is about SQLite itself (the file's bytes, WAL, backups through VACUUM INTO,
// killing a writer of a file): skipped, with the reason, when the tests run on PostgreSQL.
#define OPIEKA_SQLITE_ONLY(reason)                                                                 \
    if (::opieka::test::onPostgres())                                                              \
    GTEST_SKIP() << "SQLite only: " << (reason)
