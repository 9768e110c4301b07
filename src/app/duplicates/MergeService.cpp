#include "MergeService.h"

#include "AuditedWrite.h"
#include "ChildCareRepository.h"
#include "Clock.h"
#include "DocumentRepository.h"
#include "EntityJson.h"
#include "FamilyHistoryRepository.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "MemberRepository.h"
#include "MemberService.h"
#include "MergeRepository.h"
#include "PastDates.h"
#include "Permissions.h"
#include "PlacementRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace opieka {
namespace {

// The fields a merge may take from the removed record, in the order compare() shows them.
const QStringList& fieldsOf(DuplicateKind kind)
{
    static const QStringList family{QStringLiteral("case_number"),  QStringLiteral("name"),
                                    QStringLiteral("municipality"), QStringLiteral("address"),
                                    QStringLiteral("category"),     QStringLiteral("opened_on"),
                                    QStringLiteral("closed_on")};
    static const QStringList member{QStringLiteral("first_name"),  QStringLiteral("last_name"),
                                    QStringLiteral("pesel"),       QStringLiteral("birth_date"),
                                    QStringLiteral("sex"),         QStringLiteral("relation"),
                                    QStringLiteral("child_status")};
    return kind == DuplicateKind::Families ? family : member;
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("case_number"))
        return MergeService::tr("Case number");
    if (field == QLatin1String("name"))
        return MergeService::tr("Family name");
    if (field == QLatin1String("municipality"))
        return MergeService::tr("Municipality");
    if (field == QLatin1String("address"))
        return MergeService::tr("Address");
    if (field == QLatin1String("category"))
        return MergeService::tr("Category");
    if (field == QLatin1String("opened_on"))
        return MergeService::tr("Case opened on");
    if (field == QLatin1String("closed_on"))
        return MergeService::tr("Case closed on (and why)");
    if (field == QLatin1String("first_name"))
        return MergeService::tr("First name");
    if (field == QLatin1String("last_name"))
        return MergeService::tr("Last name");
    if (field == QLatin1String("pesel"))
        return MergeService::tr("PESEL");
    if (field == QLatin1String("birth_date"))
        return MergeService::tr("Birth date");
    if (field == QLatin1String("sex"))
        return MergeService::tr("Sex");
    if (field == QLatin1String("relation"))
        return MergeService::tr("Relation to the family");
    return MergeService::tr("Adoption and leaving care");
}

QString relationText(Relation relation)
{
    switch (relation) {
    case Relation::Parent:
        return MergeService::tr("parent");
    case Relation::Guardian:
        return MergeService::tr("legal guardian");
    case Relation::Child:
        return MergeService::tr("child");
    case Relation::Partner:
        return MergeService::tr("spouse or partner");
    case Relation::Sibling:
        return MergeService::tr("sibling");
    case Relation::Grandparent:
        return MergeService::tr("grandparent");
    case Relation::Other:
        break;
    }
    return MergeService::tr("other member of the household");
}

QString familyValue(const Family& f, const QString& field)
{
    if (field == QLatin1String("case_number"))
        return f.caseNumber;
    if (field == QLatin1String("name"))
        return f.name;
    if (field == QLatin1String("municipality"))
        return f.municipality;
    if (field == QLatin1String("address"))
        return f.address;
    if (field == QLatin1String("category"))
        return needCategoryLabel(f.category);
    if (field == QLatin1String("opened_on"))
        return isoDate(f.openedOn);
    if (!f.closedOn)
        return {};
    return f.closeReason.isEmpty()
               ? isoDate(f.closedOn)
               : QStringLiteral("%1 (%2)").arg(isoDate(f.closedOn), f.closeReason);
}

QString childStatusText(const std::optional<ChildStatus>& s)
{
    if (!s)
        return {};
    QStringList parts;
    if (s->legalSituationSettledOn)
        parts << MergeService::tr("legal situation settled %1")
                     .arg(isoDate(s->legalSituationSettledOn));
    if (s->reportedForAdoptionOn)
        parts << MergeService::tr("reported for adoption %1 (%2)")
                     .arg(isoDate(s->reportedForAdoptionOn), s->adoptionCentre);
    if (!s->independenceGuardian.isEmpty())
        parts << MergeService::tr("guardian of independence %1 since %2")
                     .arg(s->independenceGuardian, isoDate(s->guardianChosenOn));
    if (s->programmeReadyOn)
        parts << MergeService::tr("independence programme ready %1")
                     .arg(isoDate(s->programmeReadyOn));
    return parts.join(QStringLiteral("; "));
}

QString memberValue(const Member& m, const std::optional<ChildStatus>& status, const QString& field)
{
    if (field == QLatin1String("first_name"))
        return m.firstName;
    if (field == QLatin1String("last_name"))
        return m.lastName;
    if (field == QLatin1String("pesel"))
        return m.pesel;
    if (field == QLatin1String("birth_date"))
        return isoDate(m.birthDate);
    if (field == QLatin1String("sex"))
        return !m.sex                  ? QString()
               : *m.sex == Sex::Female ? MergeService::tr("female")
                                       : MergeService::tr("male");
    if (field == QLatin1String("relation"))
        return relationText(m.relation);
    return childStatusText(status);
}

// The kept family with the fields taken from the removed one (closed_on brings its reason).
Family takenFamily(Family kept, const Family& removed, const QSet<QString>& taken)
{
    if (taken.contains(QStringLiteral("case_number")))
        kept.caseNumber = removed.caseNumber;
    if (taken.contains(QStringLiteral("name")))
        kept.name = removed.name;
    if (taken.contains(QStringLiteral("municipality")))
        kept.municipality = removed.municipality;
    if (taken.contains(QStringLiteral("address")))
        kept.address = removed.address;
    if (taken.contains(QStringLiteral("category")))
        kept.category = removed.category;
    if (taken.contains(QStringLiteral("opened_on")))
        kept.openedOn = removed.openedOn;
    if (taken.contains(QStringLiteral("closed_on"))) {
        kept.closedOn = removed.closedOn;
        kept.closeReason = removed.closeReason;
    }
    return kept;
}

Member takenMember(Member kept, const Member& removed, const QSet<QString>& taken)
{
    if (taken.contains(QStringLiteral("first_name")))
        kept.firstName = removed.firstName;
    if (taken.contains(QStringLiteral("last_name")))
        kept.lastName = removed.lastName;
    if (taken.contains(QStringLiteral("pesel")))
        kept.pesel = removed.pesel;
    if (taken.contains(QStringLiteral("birth_date")))
        kept.birthDate = removed.birthDate;
    if (taken.contains(QStringLiteral("sex")))
        kept.sex = removed.sex;
    if (taken.contains(QStringLiteral("relation")))
        kept.relation = removed.relation;
    return kept;
}

// `first` with what it lacks filled from `second`, for the kept child.
ChildStatus joinedStatus(ChildStatus first, const ChildStatus& second, qint64 childMemberId)
{
    first.childMemberId = childMemberId;
    const auto fill = [](auto& value, const auto& other) {
        if (!value)
            value = other;
    };
    fill(first.legalSituationSettledOn, second.legalSituationSettledOn);
    fill(first.guardianChosenOn, second.guardianChosenOn);
    fill(first.programmeReadyOn, second.programmeReadyOn);
    if (!first.reportedForAdoptionOn) {
        first.reportedForAdoptionOn = second.reportedForAdoptionOn;
        first.adoptionCentre = second.adoptionCentre;
    }
    if (first.independenceGuardian.isEmpty()) {
        first.independenceGuardian = second.independenceGuardian;
        if (!first.guardianChosenOn)
            first.guardianChosenOn = second.guardianChosenOn;
    }
    return first;
}

// The rows of `table` of one worker (or the Niebieska Karta periods) that overlap after the
// move, joined into one covering them all: the kept family's row stays (the first of them when
// there are several) and the others go. A period that only touches another (one ends the day
// the other starts) is not joined: nothing is counted twice. Returns how many rows went.
Result<int> joinOverlaps(MergeRepository& merge, MergePeriodTable table, qint64 familyId,
                         const QSet<qint64>& keptRows)
{
    auto rows = merge.periods(table, familyId);
    if (!rows)
        return rows.error();
    int joined = 0;
    for (qsizetype i = 0; i < rows->size();) {
        const MergePeriod& first = rows->at(i);
        std::optional<QDate> end = first.to; // none: open
        qsizetype next = i + 1;
        while (next < rows->size() && rows->at(next).workerId == first.workerId &&
               (!end || rows->at(next).from < *end)) {
            const std::optional<QDate>& to = rows->at(next).to;
            if (end && (!to || *to > *end))
                end = to;
            ++next;
        }
        if (next - i > 1) {
            qint64 stays = first.id;
            for (qsizetype k = i; k < next; ++k)
                if (keptRows.contains(rows->at(k).id)) {
                    stays = rows->at(k).id;
                    break;
                }
            for (qsizetype k = i; k < next; ++k)
                if (rows->at(k).id != stays) {
                    OPIEKA_TRY(merge.removePeriod(table, rows->at(k).id));
                    ++joined;
                }
            OPIEKA_TRY(merge.setPeriod(table, stays, first.from, end));
        }
        i = next;
    }
    return joined;
}

Result<QSet<qint64>> rowIds(MergeRepository& merge, MergePeriodTable table, qint64 familyId)
{
    auto rows = merge.periods(table, familyId);
    if (!rows)
        return rows.error();
    QSet<qint64> ids;
    for (const MergePeriod& row : *rows)
        ids.insert(row.id);
    return ids;
}

bool planInForce(const QList<MergePlanVersion>& versions)
{
    return !versions.isEmpty() && versions.last().status != QLatin1String("closed");
}

bool overlap(const Placement& a, const Placement& b)
{
    return (!a.to || b.from < *a.to) && (!b.to || a.from < *b.to);
}

QJsonObject counts(const QMap<QString, int>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray sortedNames(const QSet<QString>& names)
{
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

} // namespace

Result<QList<MergeField>> MergeService::compare(DuplicateKind kind, qint64 keptId, qint64 removedId)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayMergeDuplicates(m_actor));
        if (keptId == removedId)
            return badInput(tr("A record is not merged with itself: give two different ids, "
                               "not %1 twice.")
                                .arg(keptId));
        return {};
    };
    // Reading both records side by side is recorded, as the list of duplicates is.
    return AuditedWrite(m_database, m_actor)
        .run(rule, [&](AuditedWrite& write) -> Result<QList<MergeField>> {
            QList<MergeField> fields;
            if (kind == DuplicateKind::Families) {
                auto kept = Lookup::family(m_database, keptId);
                if (!kept)
                    return kept.error();
                auto removed = Lookup::family(m_database, removedId);
                if (!removed)
                    return removed.error();
                for (const QString& field : fieldsOf(kind))
                    fields.append({field, fieldLabel(field), familyValue(*kept, field),
                                   familyValue(*removed, field)});
            } else {
                ChildCareRepository care(m_database);
                auto kept = existingMember(keptId);
                if (!kept)
                    return kept.error();
                auto removed = existingMember(removedId);
                if (!removed)
                    return removed.error();
                auto keptStatus = care.status(keptId);
                if (!keptStatus)
                    return keptStatus.error();
                auto removedStatus = care.status(removedId);
                if (!removedStatus)
                    return removedStatus.error();
                for (const QString& field : fieldsOf(kind)) {
                    // The legal status only where a child has one.
                    if (field == QLatin1String("child_status") && !*keptStatus && !*removedStatus)
                        continue;
                    fields.append({field, fieldLabel(field), memberValue(*kept, *keptStatus, field),
                                   memberValue(*removed, *removedStatus, field)});
                }
            }
            OPIEKA_TRY(write.record(QStringLiteral("duplicates.compare"),
                                    QStringLiteral("duplicates"), duplicateKindName(kind), {},
                                    {{QStringLiteral("kind"), duplicateKindName(kind)},
                                     {QStringLiteral("kept_id"), keptId},
                                     {QStringLiteral("removed_id"), removedId}}));
            return fields;
        });
}

Result<MergeOutcome> MergeService::merge(const MergeRequest& request)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayMergeDuplicates(m_actor));
        if (request.keptId == request.removedId)
            return badInput(tr("A record is not merged with itself: give two different ids, "
                               "not %1 twice.")
                                .arg(request.keptId));
        QStringList unknown;
        for (const QString& field : request.takenFromRemoved)
            if (!fieldsOf(request.kind).contains(field))
                unknown << field;
        if (!unknown.isEmpty()) {
            unknown.sort();
            return badInput(tr("No field '%1' to take from the removed record; the fields of %2 "
                               "are: %3.")
                                .arg(unknown.join(QStringLiteral("', '")),
                                     duplicateKindName(request.kind),
                                     fieldsOf(request.kind).join(QStringLiteral(", "))));
        }
        return {};
    };
    return AuditedWrite(m_database, m_actor)
        .run(rule, [&](AuditedWrite& write) -> Result<MergeOutcome> {
            return request.kind == DuplicateKind::Families ? mergeFamilies(write, request)
                                                           : mergeMembers(write, request);
        });
}

Result<Member> MergeService::existingMember(qint64 memberId)
{
    auto found = MemberRepository(m_database).find(memberId);
    if (!found)
        return found.error();
    if (!*found)
        return badInput(tr("There is no member with id %1.").arg(memberId));
    return **found;
}

Result<MergeOutcome> MergeService::mergeFamilies(AuditedWrite& write, const MergeRequest& request)
{
    const qint64 keptId = request.keptId;
    const qint64 removedId = request.removedId;
    auto kept = Lookup::family(m_database, keptId);
    if (!kept)
        return kept.error();
    auto removed = Lookup::family(m_database, removedId);
    if (!removed)
        return removed.error();
    MergeRepository merge(m_database);

    // A family has one current work plan: two in force are for a person to settle first.
    auto keptPlans = merge.planVersions(keptId);
    if (!keptPlans)
        return keptPlans.error();
    auto removedPlans = merge.planVersions(removedId);
    if (!removedPlans)
        return removedPlans.error();
    if (planInForce(*keptPlans) && planInForce(*removedPlans))
        return refused(tr("Both families have a work plan in force (family %1: version %2, "
                          "family %3: version %4), and a family has one current plan. Close the "
                          "plan that is not to continue, then merge; the closed plan's versions "
                          "move with the family.")
                           .arg(keptId)
                           .arg(keptPlans->last().version)
                           .arg(removedId)
                           .arg(removedPlans->last().version));

    const Family after = takenFamily(*kept, *removed, request.takenFromRemoved);
    if (after.closedOn && *after.closedOn <= after.openedOn)
        return badInput(tr("The merged case would close (%1) on or before the day it opened "
                           "(%2); take both dates from the same record.")
                            .arg(localDate(after.closedOn), localDate(after.openedOn)));

    MergeOutcome outcome{keptId, removedId, {}, {}};
    const auto moved = [&](const QString& table, int count) {
        if (count > 0)
            outcome.moved.insert(table, count);
    };
    const auto joined = [&](const QString& table, int count) {
        if (count > 0)
            outcome.joined.insert(table, count);
    };

    for (const char* table :
         {"members", "contacts", "category_changes", "family_assessments", "documents"}) {
        auto count = merge.moveFamilyRows(QLatin1String(table), removedId, keptId);
        if (!count)
            return count.error();
        moved(QLatin1String(table), *count);
    }

    // One draft per account and family: the newer of two stays.
    auto dropped = merge.dropOlderDrafts(keptId, removedId);
    if (!dropped)
        return dropped.error();
    joined(QStringLiteral("contact_drafts"), *dropped);
    auto drafts = merge.moveFamilyRows(QStringLiteral("contact_drafts"), removedId, keptId);
    if (!drafts)
        return drafts.error();
    moved(QStringLiteral("contact_drafts"), *drafts);

    // Rows over days: a worker counted once on a day, one Niebieska Karta at a time.
    const std::pair<MergePeriodTable, const char*> periodTables[] = {
        {MergePeriodTable::Assignments, "assignments"},
        {MergePeriodTable::TeamLinks, "team_links"},
        {MergePeriodTable::BlueCards, "blue_cards"}};
    for (const auto& [table, name] : periodTables) {
        auto keptRows = rowIds(merge, table, keptId);
        if (!keptRows)
            return keptRows.error();
        auto count = merge.moveFamilyRows(QLatin1String(name), removedId, keptId);
        if (!count)
            return count.error();
        moved(QLatin1String(name), *count);
        auto gone = joinOverlaps(merge, table, keptId, *keptRows);
        if (!gone)
            return gone.error();
        joined(QLatin1String(name), *gone);
    }

    // Work plans: the two chains of versions numbered one after the other, the plan in force
    // (if any) last, so that it stays the current version; otherwise the older chain first.
    bool removedFirst = planInForce(*keptPlans);
    if (!planInForce(*keptPlans) && !planInForce(*removedPlans) && !keptPlans->isEmpty() &&
        !removedPlans->isEmpty())
        removedFirst = removedPlans->first().createdOn < keptPlans->first().createdOn;
    const QList<MergePlanVersion> chain =
        removedFirst ? *removedPlans + *keptPlans : *keptPlans + *removedPlans;
    QList<std::pair<qint64, int>> numbering;
    QJsonArray renumbered;
    const QSet<qint64> keptPlanIds = [&] {
        QSet<qint64> ids;
        for (const MergePlanVersion& plan : *keptPlans)
            ids.insert(plan.id);
        return ids;
    }();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const int version = static_cast<int>(i) + 1;
        const MergePlanVersion& plan = chain.at(i);
        if (plan.version == version && keptPlanIds.contains(plan.id))
            continue;
        numbering.append({plan.id, version});
        if (plan.version != version)
            renumbered.append(QJsonObject{{QStringLiteral("plan_id"), plan.id},
                                          {QStringLiteral("version_before"), plan.version},
                                          {QStringLiteral("version"), version}});
    }
    OPIEKA_TRY(merge.renumberPlans(keptId, numbering));
    moved(QStringLiteral("work_plans"), static_cast<int>(removedPlans->size()));

    // What came from or went to partner centres about the removed record (issue 22): the inbox
    // and outbox items, the links to the partners' families, the partners' plan copies and the
    // records accepted packages made, so that a later package about the family finds the kept one.
    for (const char* table : {"exchange_items", "exchange_family_links", "partner_plans"}) {
        auto count = merge.moveFamilyRows(QLatin1String(table), removedId, keptId);
        if (!count)
            return count.error();
        moved(QLatin1String(table), *count);
    }
    auto records = merge.moveExchangeRecords(QStringLiteral("family"), removedId, keptId);
    if (!records)
        return records.error();
    moved(QStringLiteral("exchange_records"), *records);

    auto dismissals = merge.removeDismissals(QStringLiteral("family"), removedId);
    if (!dismissals)
        return dismissals.error();

    // The removed family's row goes before the kept one takes its case number (unique).
    OPIEKA_TRY(merge.removeFamily(removedId));
    FamilyRepository families(m_database);
    // The category history, now of both records, ends in the family's category: a change dated
    // the day of the merge when its last row (perhaps the removed record's) says another.
    FamilyHistoryRepository history(m_database);
    auto changes = history.categoryChanges(keptId);
    if (!changes)
        return changes.error();
    const NeedCategory last = changes->isEmpty() ? kept->category : changes->last().to;
    if (after.category != last)
        OPIEKA_TRY(history.addCategoryChange(
            {0, keptId, Clock::today(), last, after.category, m_actor.login}));
    if (!request.takenFromRemoved.isEmpty())
        OPIEKA_TRY(families.update(after));
    else
        OPIEKA_TRY(families.refreshSearchText(keptId));

    QJsonObject details{
        {QStringLiteral("kept_id"), keptId},
        {QStringLiteral("removed_id"), removedId},
        {QStringLiteral("taken_from_removed"), sortedNames(request.takenFromRemoved)},
        {QStringLiteral("moved"), counts(outcome.moved)},
        {QStringLiteral("joined"), counts(outcome.joined)},
        {QStringLiteral("dismissals_deleted"), *dismissals}};
    if (!renumbered.isEmpty())
        details.insert(QStringLiteral("plan_versions"), renumbered);
    OPIEKA_TRY(write.record(QStringLiteral("family.merge"), QStringLiteral("family"), keptId, {},
                            details));
    // The removed record's own trail ends saying where it went, with what it held.
    OPIEKA_TRY(write.record(QStringLiteral("family.merged_into"), QStringLiteral("family"),
                            removedId, toJson(*removed), {{QStringLiteral("kept_id"), keptId}}));
    return outcome;
}

Result<MergeOutcome> MergeService::mergeMembers(AuditedWrite& write, const MergeRequest& request)
{
    const qint64 keptId = request.keptId;
    const qint64 removedId = request.removedId;
    auto kept = existingMember(keptId);
    if (!kept)
        return kept.error();
    auto removed = existingMember(removedId);
    if (!removed)
        return removed.error();
    MergeRepository merge(m_database);
    MergeOutcome outcome{keptId, removedId, {}, {}};
    const auto moved = [&](const QString& table, int count) {
        if (count > 0)
            outcome.moved.insert(table, count);
    };

    // One placement at a time: the same placement recorded on both (the same foster family or
    // institution from the same day) is kept once; any other overlap is for a person to settle.
    PlacementRepository placements(m_database);
    auto keptPlacements = placements.forChild(keptId);
    if (!keptPlacements)
        return keptPlacements.error();
    auto removedPlacements = placements.forChild(removedId);
    if (!removedPlacements)
        return removedPlacements.error();
    for (const Placement& gone : *removedPlacements)
        for (const Placement& stays : *keptPlacements) {
            if (!overlap(gone, stays))
                continue;
            if (gone.fosterFamilyId == stays.fosterFamilyId &&
                gone.institution == stays.institution && gone.from == stays.from) {
                auto documents = DocumentRepository(m_database).movePlacement(gone.id, stays.id);
                if (!documents)
                    return documents.error();
                OPIEKA_TRY(merge.removePlacement(gone.id));
                outcome.joined[QStringLiteral("placements")] += 1;
                break;
            }
            return refused(tr("Placement %1 of member %2 (from %3) and placement %4 of member %5 "
                              "(from %6) overlap, and a child has one placement at a time. End "
                              "or correct the one recorded wrongly, then merge.")
                               .arg(stays.id)
                               .arg(keptId)
                               .arg(localDate(stays.from))
                               .arg(gone.id)
                               .arg(removedId)
                               .arg(localDate(gone.from)));
        }
    for (const char* table : {"placements", "child_reviews"}) {
        auto count = merge.moveChildRows(QLatin1String(table), removedId, keptId);
        if (!count)
            return count.error();
        moved(QLatin1String(table), *count);
    }
    auto documents = merge.moveMemberDocuments(removedId, keptId);
    if (!documents)
        return documents.error();
    moved(QStringLiteral("documents"), *documents);
    auto items = merge.moveHelpPlanItems(removedId, keptId);
    if (!items)
        return items.error();
    moved(QStringLiteral("help_plan_items"), *items);

    // The legal status: the kept child's, its gaps filled from the removed one's; or, when the
    // field is taken, the removed one's with its gaps filled from the kept one's.
    ChildCareRepository care(m_database);
    auto keptStatus = care.status(keptId);
    if (!keptStatus)
        return keptStatus.error();
    auto removedStatus = care.status(removedId);
    if (!removedStatus)
        return removedStatus.error();
    if (*removedStatus) {
        const bool take = request.takenFromRemoved.contains(QStringLiteral("child_status"));
        const ChildStatus empty;
        const ChildStatus& keptOne = *keptStatus ? **keptStatus : empty;
        const ChildStatus status = take ? joinedStatus(**removedStatus, keptOne, keptId)
                                        : joinedStatus(keptOne, **removedStatus, keptId);
        OPIEKA_TRY(merge.removeChildStatus(removedId));
        OPIEKA_TRY(care.saveStatus(status));
        if (*keptStatus)
            outcome.joined.insert(QStringLiteral("child_status"), 1);
        else
            moved(QStringLiteral("child_status"), 1);
    }

    // The record an accepted package from a partner centre made of the removed member.
    auto records = merge.moveExchangeRecords(QStringLiteral("member"), removedId, keptId);
    if (!records)
        return records.error();
    moved(QStringLiteral("exchange_records"), *records);

    auto dismissals = merge.removeDismissals(QStringLiteral("member"), removedId);
    if (!dismissals)
        return dismissals.error();

    // The removed member goes first, so that a PESEL taken from it is free for the kept one.
    MemberRepository members(m_database);
    OPIEKA_TRY(members.remove(removedId));
    QSet<QString> taken = request.takenFromRemoved;
    taken.remove(QStringLiteral("child_status"));
    if (!taken.isEmpty()) {
        auto checked = MemberService(Session(m_database, m_actor))
                           .validate(takenMember(*kept, *removed, taken), keptId,
                                     MemberService::Entry::FromFile);
        if (!checked)
            return checked.error();
        OPIEKA_TRY(members.update(*checked));
    }
    FamilyRepository families(m_database);
    OPIEKA_TRY(families.refreshSearchText(kept->familyId));
    if (removed->familyId != kept->familyId)
        OPIEKA_TRY(families.refreshSearchText(removed->familyId));

    OPIEKA_TRY(
        write.record(QStringLiteral("member.merge"), QStringLiteral("member"), keptId, {},
                     {{QStringLiteral("kept_id"), keptId},
                      {QStringLiteral("removed_id"), removedId},
                      {QStringLiteral("kept_family_id"), kept->familyId},
                      {QStringLiteral("removed_family_id"), removed->familyId},
                      {QStringLiteral("taken_from_removed"), sortedNames(request.takenFromRemoved)},
                      {QStringLiteral("moved"), counts(outcome.moved)},
                      {QStringLiteral("joined"), counts(outcome.joined)},
                      {QStringLiteral("dismissals_deleted"), *dismissals}}));
    OPIEKA_TRY(write.record(QStringLiteral("member.merged_into"), QStringLiteral("member"),
                            removedId, toJson(*removed), {{QStringLiteral("kept_id"), keptId}}));
    return outcome;
}

} // namespace opieka
