#pragma once

#include "DataSet.h"
#include "User.h"
#include "Workspace.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <memory>

namespace opieka::test {

// A fresh case database in its own temporary folder, filled through the app services. The
// window under test opens the same file with its own connection.
class GuiTestDatabase
{
public:
    GuiTestDatabase();

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Workspace& workspace() { return *m_workspace; }
    const User& admin() const { return m_admin; }
    // The manager account "szefowa"; a window on this database (no passwords) opens as it.
    const User& manager() const { return m_manager; }

    // Imports CSV text (header included); a refused import fails the test.
    void load(DataSet set, const QByteArray& csv);
    // The worker's cases today, as the caseload report counts them (-1 when not listed).
    int casesOf(qint64 workerId);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    User m_admin;
    User m_manager;
};

// `count` families "Family-N" from `firstId`, opened in 2020; every `closedEvery`-th is closed
// (0: none).
QByteArray familiesCsv(int count, int firstId = 1, int closedEvery = 0);
// Families firstCase .. firstCase+count-1 assigned to one worker from 2021.
QByteArray assignmentsCsv(qint64 workerId, int firstCase, int count);

} // namespace opieka::test
