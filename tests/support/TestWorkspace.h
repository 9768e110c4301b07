#pragma once

#include "DataSet.h"
#include "User.h"
#include "Workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace opieka::test {

// A fresh database file in its own temporary folder, opened through the app layer, with an
// administrator account. Every test gets its own.
class TestWorkspace
{
public:
    TestWorkspace();
    Workspace& workspace() { return *m_workspace; }
    Database& database() { return m_workspace->database(); }
    const User& admin() const { return m_admin; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Imports CSV text (header included) and fails the test if the import is refused.
    void load(DataSet set, const QByteArray& csv);
    // Adds a user account with a role (a manager, a social worker...).
    User addUser(const QString& login, Role role);
    // Closes the database (e.g. before another process or connection takes the file).
    void close() { m_workspace.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    User m_admin;
};

// N families "id,name,municipality,category,opened_on,closed_on" starting at `firstId`.
QByteArray familiesCsv(int count, int firstId = 1,
                       const QString& opened = QStringLiteral("2020-01-01"));
// Assignments of families [firstCase, firstCase+count) to one worker from a date.
QByteArray assignmentsCsv(qint64 workerId, int firstCase, int count,
                          const QString& from = QStringLiteral("2021-01-01"));

} // namespace opieka::test
