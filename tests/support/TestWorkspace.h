#pragma once

#include "DataSet.h"
#include "FosterCare.h"
#include "Session.h"
#include "Staff.h"
#include "TestDatabase.h"
#include "User.h"
#include "Workspace.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace opieka::test {

// A fresh database (a file in its own temporary folder, or a new database on the PostgreSQL test
// server when OPIEKA_TEST_POSTGRES_URL is set), opened through the app layer, with an
// administrator account. Every test gets its own.
class TestWorkspace
{
public:
    TestWorkspace();
    Workspace& workspace() { return *m_workspace; }
    Database& database() { return m_workspace->database(); }
    const User& admin() const { return m_admin; }
    // A manager account ("szefowa"): reads and changes every case (the usual actor of tests
    // that are not about permissions).
    const User& manager() const { return m_manager; }
    // The workspace signed in as `user`: what a service is made from
    // (`FamilyService(ws.session(ws.manager()))`).
    Session session(const User& user) { return Session(database(), user); }
    // The database's location: a file path, or a postgresql:// address on PostgreSQL.
    QString path() const { return m_path; }
    QString dir() const { return m_database.dir(); }

    // Imports CSV text (header included) and fails the test if the import is refused.
    void load(DataSet set, const QByteArray& csv);
    // Imports the workers (numberedWorkersCsv).
    void loadWorkers(std::initializer_list<WorkerRow> workers)
    {
        load(DataSet::Workers, numberedWorkersCsv(workers));
    }
    // Family assistant Beata Asystentka (worker 2) working with family 1 (`familyName`, in
    // Bochnia, struggling, opened 2023-01-01) since the family was opened.
    void loadAssistantWithFamily(const char* familyName);
    // Family 1 (familiesCsv) and its daughter `firstName` Testowa, born 2015-01-01, no PESEL.
    void loadFamilyWithChild(const char* firstName);
    // Adds a user account with a role (a manager, a social worker...).
    User addUser(const QString& login, Role role);
    // Closes the database (e.g. before another process or connection takes the file).
    void close() { m_workspace.reset(); }
    void reopen();

private:
    TestDatabase m_database{TestDatabase::Content::Migrated};
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    User m_admin;
    User m_manager;
};

// The day the service tests take as today: their records are of 2023 and 2024.
inline const QDate kToday(2024, 6, 1);

// N families "id,name,municipality,category,opened_on,closed_on" starting at `firstId`.
QByteArray familiesCsv(int count, int firstId = 1,
                       const QString& opened = QStringLiteral("2020-01-01"));
// Assignments of families [firstCase, firstCase+count) to one worker from a date.
QByteArray assignmentsCsv(qint64 workerId, int firstCase, int count,
                          const QString& from = QStringLiteral("2021-01-01"));

// A child's placement with a foster family by a court order (its signature and date) from a day.
Placement courtPlacement(qint64 childMemberId, qint64 fosterFamilyId, const QDate& from,
                         const QString& courtOrder, const QDate& courtOrderDate);

} // namespace opieka::test
