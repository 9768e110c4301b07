#pragma once

#include "Assignment.h"
#include "Contact.h"
#include "Family.h"
#include "FosterCare.h"
#include "Member.h"
#include "Result.h"

#include <QSqlQuery>
#include <array>
#include <memory>

namespace opieka {

class Database;

// Writes generated rows in bulk: one prepared statement per table, bound and run again for every
// row, inside the caller's transaction. For the demo generator and the CSV import, where millions
// of rows go in at once; the repositories prepare each statement anew, which costs more than the
// insert itself at that scale. On SQLite a large page cache is set for the writer's lifetime.
class BulkWriter
{
public:
    explicit BulkWriter(Database& database);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // The family with its folded search text (FamilyRepository::refreshSearchText's layout).
    Status addFamily(const Family& family, const QString& searchText);
    Result<qint64> addMember(const Member& member);
    Result<qint64> addContact(const Contact& contact); // the new contact's id
    Status addAssignment(const Assignment& assignment);
    Status addCategoryChange(qint64 familyId, const QDate& on, NeedCategory category,
                             const QString& changedBy);
    Status addPlacement(const Placement& placement);
    Status addTeamLink(qint64 familyId, qint64 workerId, const QDate& from);

private:
    enum Statement
    {
        FamilyInsert,
        MemberInsert,
        ContactInsert,
        AssignmentInsert,
        CategoryInsert,
        PlacementInsert,
        TeamLinkInsert,
        StatementCount
    };
    // The statement prepared on first use, with `values` bound in order and run.
    Result<QSqlQuery*> run(Statement which, const QString& text, const QList<QVariant>& values);

    Database& m_database;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_statements;
};

} // namespace opieka
