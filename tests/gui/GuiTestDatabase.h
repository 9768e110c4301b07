#pragma once

#include "DataSet.h"
#include "Session.h"
#include "Staff.h"
#include "User.h"
#include "WorkPlan.h"
#include "Workspace.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <memory>
#include <optional>

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
    // The workspace signed in as `user`: what a service is made from.
    Session session(const User& user) { return Session(m_workspace->database(), user); }

    // Imports CSV text (header included); a refused import fails the test.
    void load(DataSet set, const QByteArray& csv);
    // The workers, ids 1, 2, ... in the order given.
    void loadStaff(std::initializer_list<StaffMember> workers);
    // `count` families "Family-N" from `firstId`, opened in 2020 (familiesCsv).
    void loadFamilies(int count, int firstId = 1);
    // Two units: social workers Anna Testowa (1, Zespół 1) and Cezary Inny (2, Zespół 2), and
    // four families, none assigned yet.
    void loadTwoUnitsAndFourFamilies();
    // Families firstCase .. firstCase+count-1 assigned to the worker from 2021 (assignmentsCsv).
    void assign(qint64 workerId, int firstCase, int count);
    // An account with the password, added by the administrator (a new manager's confirmed by the
    // manager, four eyes of issue 18); nothing, and a failed test, when refused.
    std::optional<User> addAccount(const QString& login, Role role, std::optional<qint64> worker,
                                   const QByteArray& password);
    // Through the services, as the manager: a work plan for the family begun on `on`, with the
    // goal and its one action, saved as a draft; its id (0, and a failed test, when refused).
    qint64 draftPlan(qint64 familyId, const QDate& on, const QString& goal,
                     const PlanAction& action);
    qint64 draftPlan(qint64 familyId, const QDate& on, const QString& goal, const QString& action);
    // Agrees the plan on `on` (the family took part, the social worker was consulted); false,
    // and a failed test, when refused.
    bool agreePlan(qint64 planId, const QDate& on);
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
