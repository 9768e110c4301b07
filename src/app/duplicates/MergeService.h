#pragma once

#include "DuplicateService.h"
#include "Member.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace opieka {

class AuditedWrite;
class Database;

// One field of two records shown side by side before a merge: its column name ("first_name",
// "birth_date", "address", ...), its label for the window (translated), and each record's value
// as text for the window (dates as the locale shows them is the window's matter: ISO here).
struct MergeField
{
    QString field;
    QString label;
    QString keptValue;
    QString removedValue;
    bool differs() const { return keptValue != removedValue; }
};

// What a merge asks: the record kept, the record that goes, and the fields whose value is taken
// from the record that goes (by MergeField::field); every other field keeps the kept record's.
struct MergeRequest
{
    DuplicateKind kind = DuplicateKind::Members;
    qint64 keptId = 0;
    qint64 removedId = 0;
    QSet<QString> takenFromRemoved;
};

// What a merge did: for each table, how many rows now point at the kept record instead of the
// removed one ("members", "contacts", "work_plans", "placements", ...; tables with none left out).
struct MergeOutcome
{
    qint64 keptId = 0;
    qint64 removedId = 0;
    QMap<QString, int> moved;
    // Rows that were there twice once moved, by table, and were joined into one or dropped
    // (docs/duplicates.md, "Merging"): an assignment or team link of the same worker, or a
    // Niebieska Karta period, over the same days (joined into one row covering both); a contact
    // draft of the same account on both families (the older dropped); a placement recorded twice
    // (same place and start: the removed record's dropped); the child's legal status (joined
    // field by field).
    QMap<QString, int> joined;
};

// Merging two records of one person or one family (issue 21 part 4), managers only. Everything
// of the removed record moves to the kept one in one transaction with its audit record, which
// names both ids; the removed record's own audit trail stays as it was and readable.
class MergeService
{
    Q_DECLARE_TR_FUNCTIONS(MergeService)

public:
    explicit MergeService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The two records' fields side by side, `keptId`'s first. Managers only.
    Result<QList<MergeField>> compare(DuplicateKind kind, qint64 keptId, qint64 removedId);

    // Merges `removedId` into `keptId`: the chosen fields, then every row that points at the
    // removed record (for a family: its members, visits and contacts, plans, assessments,
    // assignments, history, team links, Blue Cards, and the exchange's items, partner links, plan
    // copies and records; for a member: placements, reviews, help plan items, legal status and
    // the exchange's records), then the removed record is deleted. Refused, with nothing
    // changed, when the two are the same record, either is missing, or a field name is unknown.
    Result<MergeOutcome> merge(const MergeRequest& request);

private:
    Result<Member> existingMember(qint64 memberId);
    Result<MergeOutcome> mergeFamilies(AuditedWrite& write, const MergeRequest& request);
    Result<MergeOutcome> mergeMembers(AuditedWrite& write, const MergeRequest& request);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
