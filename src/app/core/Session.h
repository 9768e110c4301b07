#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>

namespace opieka {

class Database;

// What an account may do by its role alone (the rules are in Permissions; the rules about one
// case are the services' own, through CaseAccess).
enum class Capability
{
    OverrideLimit,        // count a case beyond the caseload limit, with a reason
    ChangeRules,          // the centre's caseload rules
    CreateFamily,         // open a new family's case
    RegisterFosterFamily, // register a foster family
    AssignWorkers,        // assign, release and transfer cases
    Import,               // import CSV data sets
    ManageWorkers,        // add and change workers
    ReadReports,          // caseload, statistics and every worker's figures
    Export,               // export CSV data sets
    ReadDeadlines,        // every worker's case deadlines (the centre at a glance)
    ListCasesBehind,      // the families behind a report's figure
    ManageUsers,          // accounts and passwords
    ErasePersonalData,    // erase a member's personal data
    ReadAudit,            // the audit trail
    BackUp,               // back up and restore
    ConfirmManagers,      // the second pair of eyes on a manager's account
    ListDuplicates,       // the register's likely duplicates, to dismiss or merge them
};

// The signed-in workspace: the open database and the account acting on it. The window and the
// command line ask it what to show and offer (`may`); the services it is handed to check the same
// rules again before every read and change, so a screen that forgets to ask still cannot reach
// what the account may not.
class Session
{
public:
    Session(Database& database, User actor)
        : m_database(&database)
        , m_actor(std::move(actor))
    {}

    const User& actor() const { return m_actor; }
    Database& database() const { return *m_database; }

    Status may(Capability capability) const;
    // A worker's start page (desk): the worker's own, or any worker's for a manager.
    Status mayViewWorkerDesk(qint64 workerId) const;
    // The start page of a role (the social worker's caseload, the assistant's and the
    // coordinator's desks): a manager, or an account linked to a worker of that role whose own
    // desk it is.
    bool hasDesk(Role deskRole) const;

private:
    Database* m_database;
    User m_actor;
};

} // namespace opieka
