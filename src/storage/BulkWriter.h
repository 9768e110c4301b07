#pragma once

#include "Assignment.h"
#include "Contact.h"
#include "Family.h"
#include "FosterCare.h"
#include "Member.h"
#include "Result.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <array>
#include <initializer_list>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace opieka {

class Database;

// Writes generated rows in bulk: one prepared statement per table, bound and run again for every
// row, inside the caller's transaction. For the demo generator and the CSV import, where millions
// of rows go in at once; the repositories prepare each statement anew, which costs more than the
// insert itself at that scale. On SQLite the statements go straight to the sqlite3 C API (no
// QVariant per value, no RETURNING: the new id is the last inserted rowid) and a large page
// cache is set for the writer's lifetime; on PostgreSQL they go through Qt's driver.
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
    class Value; // one bound value (BulkWriter.cpp)
    static constexpr std::size_t kMaxValues = 16;

    // The statement prepared on first use, with `values` bound in order and run; the new row's
    // id when `returnsId` (else 0).
    Result<qint64> run(Statement which, const char* text, std::initializer_list<Value> values,
                       bool returnsId = false);
    Result<qint64> runNative(Statement which, const char* text, std::initializer_list<Value> values,
                             bool returnsId);
    Error nativeError(int code) const;

    Database& m_database;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_statements;
    // SQLite: the connection's handle, its statements and a UTF-8 buffer per parameter (kept
    // between rows, so binding text allocates nothing once they have grown).
    sqlite3* m_sqlite = nullptr;
    std::array<sqlite3_stmt*, StatementCount> m_native{};
    std::array<std::string, kMaxValues> m_buffers;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace opieka
