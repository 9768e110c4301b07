#include "FamilyService.h"

#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "Clock.h"
#include "Database.h"
#include "EntityJson.h"
#include "FamilyHistoryRepository.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "TeamRoster.h"

namespace opieka {
namespace {
QJsonObject dateObject(const char* key, const QDate& day)
{
    return {{QLatin1String(key), isoDate(day)}};
}
} // namespace

Result<Family> FamilyService::family(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return load(familyId);
}

Result<Family> FamilyService::open(qint64 familyId, const QDate& day)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId, day));
    auto found = load(familyId);
    if (!found)
        return found;
    OPIEKA_TRY(recordOpening(familyId, day));
    return found;
}

Result<Family> FamilyService::load(qint64 familyId)
{
    return Lookup::family(m_database, familyId);
}

Result<qint64> FamilyService::create(Family f)
{
    f.name = f.name.trimmed();
    f.municipality = f.municipality.trimmed();
    f.closedOn.reset();
    f.closeReason.clear();
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayCreateFamily(m_actor));
        if (f.name.isEmpty())
            return badInput(tr("Give the family's name (usually the surname)."));
        if (f.municipality.isEmpty())
            return badInput(tr("Give the municipality (gmina) the family lives in."));
        if (!f.openedOn.isValid())
            return badInput(tr("Give the date the case is opened."));
        return PastDates::notAfterToday(PastEvent::CaseOpened, f.openedOn, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        FamilyRepository families(m_database);
        if (f.id == 0) {
            auto next = families.nextId();
            if (!next)
                return next.error();
            f.id = *next;
        } else if (auto exists = families.exists(f.id); !exists || *exists) {
            return exists ? Result<qint64>(
                                badInput(tr("A family with id %1 already exists.").arg(f.id)))
                          : Result<qint64>(exists.error());
        }
        OPIEKA_TRY(families.insert(f));
        OPIEKA_TRY(
            FamilyHistoryRepository(m_database)
                .addCategoryChange({0, f.id, f.openedOn, std::nullopt, f.category, m_actor.login}));
        OPIEKA_TRY(write.record(QStringLiteral("family.create"), QStringLiteral("family"), f.id, {},
                                toJson(f)));
        return f.id;
    });
}

Status FamilyService::update(const Family& changed)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeFamily(m_actor, changed.id); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = load(changed.id);
        if (!current)
            return current.error();
        if (changed.rowVersion != current->rowVersion)
            return refused(
                tr("Someone else changed this family's record %1 since you opened it, so "
                   "your changes were not saved over theirs. Your entries are still in the "
                   "form: note them, reopen the record to see the other changes, and enter "
                   "yours again.")
                    .arg(AuditTrail(m_database)
                             .lastChangeText(QStringLiteral("family"),
                                             QString::number(changed.id))));
        Family next = *current;
        next.name = changed.name.trimmed();
        next.municipality = changed.municipality.trimmed();
        next.address = changed.address.trimmed();
        next.caseNumber = changed.caseNumber.trimmed();
        if (next.name.isEmpty())
            return badInput(tr("Give the family's name (usually the surname)."));
        if (next.municipality.isEmpty())
            return badInput(tr("Give the municipality (gmina) the family lives in."));
        OPIEKA_TRY(FamilyRepository(m_database).update(next));
        return write.record(QStringLiteral("family.update"), QStringLiteral("family"), next.id,
                            toJson(*current), toJson(next));
    });
}

Status FamilyService::changeCategory(qint64 familyId, NeedCategory category, const QDate& on)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, familyId));
        return PastDates::notAfterToday(PastEvent::CategoryChanged, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = load(familyId);
        if (!current)
            return current.error();
        if (current->category == category)
            return badInput(tr("The family is already in that category."));
        if (on < current->openedOn)
            return badInput(tr("The change cannot be dated before the case was opened (%1).")
                                .arg(localDate(current->openedOn)));
        Family next = *current;
        next.category = category;
        OPIEKA_TRY(FamilyRepository(m_database).update(next));
        OPIEKA_TRY(
            FamilyHistoryRepository(m_database)
                .addCategoryChange({0, familyId, on, current->category, category, m_actor.login}));
        QJsonObject after = toJson(next);
        after.insert(QStringLiteral("changed_on"), isoDate(on));
        return write.record(QStringLiteral("family.category"), QStringLiteral("family"), familyId,
                            toJson(*current), after);
    });
}

Status FamilyService::close(qint64 familyId, const QDate& on, const QString& reason)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, familyId));
        if (reason.trimmed().isEmpty())
            return badInput(tr("Give the reason the case is closed."));
        return PastDates::notAfterToday(PastEvent::CaseClosed, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = load(familyId);
        if (!current)
            return current.error();
        if (current->closedOn)
            return refused(
                tr("The case is already closed since %1.").arg(localDate(current->closedOn)));
        if (on <= current->openedOn)
            return badInput(tr("The case cannot close on or before the day it opened (%1).")
                                .arg(localDate(current->openedOn)));
        Family next = *current;
        next.closedOn = on;
        next.closeReason = reason.trimmed();
        OPIEKA_TRY(FamilyRepository(m_database).update(next));
        return write.record(QStringLiteral("family.close"), QStringLiteral("family"), familyId,
                            toJson(*current), toJson(next));
    });
}

Status FamilyService::reopen(qint64 familyId)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeFamily(m_actor, familyId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto current = load(familyId);
        if (!current)
            return current.error();
        if (!current->closedOn)
            return refused(tr("The case is open."));
        Family next = *current;
        next.closedOn.reset();
        next.closeReason.clear();
        OPIEKA_TRY(FamilyRepository(m_database).update(next));
        return write.record(QStringLiteral("family.reopen"), QStringLiteral("family"), familyId,
                            toJson(*current), toJson(next));
    });
}

Status FamilyService::startBlueCard(qint64 familyId, const QDate& on)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, familyId));
        return PastDates::notAfterToday(PastEvent::BlueCardStarted, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(load(familyId));
        auto active = loadActiveBlueCard(familyId);
        if (!active)
            return active.error();
        if (*active)
            return refused(tr("A Niebieska Karta procedure is already in progress since %1.")
                               .arg(localDate((*active)->startedOn)));
        OPIEKA_TRY(FamilyHistoryRepository(m_database).startBlueCard(familyId, on));
        return write.record(QStringLiteral("blue_card.start"), QStringLiteral("family"), familyId,
                            {}, dateObject("started_on", on));
    });
}

Status FamilyService::endBlueCard(qint64 familyId, const QDate& on)
{
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, familyId));
        return PastDates::notAfterToday(PastEvent::BlueCardEnded, on, Clock::today());
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto active = loadActiveBlueCard(familyId);
        if (!active)
            return active.error();
        if (!*active)
            return refused(tr("No Niebieska Karta procedure is in progress for this family."));
        if (on < (*active)->startedOn)
            return badInput(tr("The procedure cannot end before it started (%1).")
                                .arg(localDate((*active)->startedOn)));
        OPIEKA_TRY(FamilyHistoryRepository(m_database).endBlueCard((*active)->id, on));
        return write.record(QStringLiteral("blue_card.end"), QStringLiteral("family"), familyId,
                            dateObject("started_on", (*active)->startedOn),
                            dateObject("ended_on", on));
    });
}

Result<QList<CategoryChange>> FamilyService::categoryHistory(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    auto rows = FamilyHistoryRepository(m_database).categoryChanges(familyId);
    if (!rows)
        return rows.error();
    QList<CategoryChange> list;
    for (const CategoryChangeRow& r : *rows)
        list << CategoryChange{r.id, r.familyId, r.changedOn, r.from, r.to, r.changedBy};
    return list;
}

Result<QList<BlueCardPeriod>> FamilyService::blueCards(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return loadBlueCards(familyId);
}

Result<std::optional<BlueCardPeriod>> FamilyService::activeBlueCard(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return loadActiveBlueCard(familyId);
}

Result<QList<BlueCardPeriod>> FamilyService::loadBlueCards(qint64 familyId)
{
    auto rows = FamilyHistoryRepository(m_database).blueCards(familyId);
    if (!rows)
        return rows.error();
    QList<BlueCardPeriod> list;
    for (const BlueCardRow& r : *rows)
        list << BlueCardPeriod{r.id, r.familyId, r.startedOn, r.endedOn};
    return list;
}

Result<std::optional<BlueCardPeriod>> FamilyService::loadActiveBlueCard(qint64 familyId)
{
    auto all = loadBlueCards(familyId);
    if (!all)
        return all.error();
    for (const BlueCardPeriod& p : *all)
        if (!p.endedOn)
            return std::optional<BlueCardPeriod>(p);
    return std::optional<BlueCardPeriod>();
}

Result<bool> FamilyService::recordOpening(qint64 familyId, const QDate& day)
{
    auto team = readTeam(m_database, familyId, day);
    if (!team)
        return team.error();
    if (m_actor.workerId)
        for (const TeamMember& member : team->current)
            if (member.worker.id == *m_actor.workerId)
                return false; // the family's own worker
    OPIEKA_TRY(AuditTrail(m_database)
                   .record(m_actor, QStringLiteral("family.open"), QStringLiteral("family"),
                           QString::number(familyId), {},
                           {{QStringLiteral("outside_team"), true}}));
    return true;
}

} // namespace opieka
