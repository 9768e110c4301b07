#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace opieka {

// The rows of a case that run over days and count once per worker (or once, for a Niebieska
// Karta): a merge joins those of the two records that overlap.
enum class MergePeriodTable
{
    Assignments, // a worker's assignment to the family (counted in the caseload)
    TeamLinks,   // a coordinator on the family's team
    BlueCards,   // a Niebieska Karta period (no worker: 0)
};

// One such row: whose (worker, 0 for a Niebieska Karta), from when, until when. `to` is
// exclusive for every table: a Niebieska Karta's inclusive `ended_on` is read and written as the
// day after.
struct MergePeriod
{
    qint64 id = 0;
    qint64 workerId = 0;
    QDate from;
    std::optional<QDate> to;
};

// One version of a family's work plan, as a merge renumbers them.
struct MergePlanVersion
{
    qint64 id = 0;
    int version = 0;
    QString status; // draft, agreed, closed
    QDate createdOn;
};

// What merging two records of one family or one person writes (issue 21 part 4), beside the
// repositories of the records themselves: the rows that point at the removed record moved to the
// kept one, and what would then be there twice joined. Table and column names are this class's
// own (a fixed list), never a caller's text.
class MergeRepository : public Repository
{
public:
    using Repository::Repository;

    // Moves every row of `table` whose family_id is `fromFamily` to `toFamily`; how many. Tables:
    // members, contacts, category_changes, blue_cards, team_links, contact_drafts,
    // family_assessments, assignments, documents, and the exchange's exchange_items,
    // exchange_family_links and partner_plans (work_plans: renumberPlans).
    Result<int> moveFamilyRows(const QString& table, qint64 fromFamily, qint64 toFamily);
    // The same for rows whose child_member_id is `fromMember`: placements, child_reviews.
    Result<int> moveChildRows(const QString& table, qint64 fromMember, qint64 toMember);
    // The documents about `fromMember` (documents.member_id), now about `toMember`; how many.
    Result<int> moveMemberDocuments(qint64 fromMember, qint64 toMember);
    // The records that packages from partner centres made (exchange_records) of `entity`
    // ("family", "member") with local id `fromId`, now of `toId`; how many.
    Result<int> moveExchangeRecords(const QString& entity, qint64 fromId, qint64 toId);
    // A child's help plan items, numbered after those `toMember` has.
    Result<int> moveHelpPlanItems(qint64 fromMember, qint64 toMember);

    // Where one account has a contact draft on both families, the older draft is deleted (on a
    // tie, the removed family's); how many.
    Result<int> dropOlderDrafts(qint64 keptFamily, qint64 removedFamily);

    // A family's rows of `table`, by worker, then start.
    Result<QList<MergePeriod>> periods(MergePeriodTable table, qint64 familyId);
    Status setPeriod(MergePeriodTable table, qint64 id, const QDate& from,
                     const std::optional<QDate>& to);
    Status removePeriod(MergePeriodTable table, qint64 id);

    // A family's plan versions, lowest first.
    Result<QList<MergePlanVersion>> planVersions(qint64 familyId);
    // Gives each plan (id) its family and version; the versions may be exchanged among the plans
    // listed (the unique family and version is kept at every step).
    Status renumberPlans(qint64 familyId, const QList<std::pair<qint64, int>>& versionOfPlan);

    Status removePlacement(qint64 placementId);
    Status removeChildStatus(qint64 childMemberId);
    // The pairs marked "someone else" (schema 17) that name record `id` of `recordKind`
    // ("member", "family"); how many were deleted.
    Result<int> removeDismissals(const QString& recordKind, qint64 id);
    // The family's row itself; every row pointing at it must have moved first.
    Status removeFamily(qint64 familyId);
};

} // namespace opieka
