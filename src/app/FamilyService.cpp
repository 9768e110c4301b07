#include "FamilyService.h"

#include "AuditTrail.h"
#include "CaseAccess.h"
#include "Clock.h"
#include "Database.h"
#include "EntityJson.h"
#include "FamilyHistoryRepository.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "PastDates.h"
#include "Permissions.h"
#include "SqlTransaction.h"
#include "TeamService.h"

namespace opieka {
namespace {
QJsonObject dateObject(const char* key, const QDate& day)
{
    return {{QLatin1String(key), isoDate(day)}};
}
} // namespace

Result<Family> FamilyService::family(const User& actor, qint64 familyId)
{
    if (Status may = CaseAccess(m_database).mayReadFamily(actor, familyId); !may)
        return may.error();
    return load(familyId);
}

Result<Family> FamilyService::open(const User& actor, qint64 familyId, const QDate& day)
{
    if (Status may = CaseAccess(m_database).mayReadFamily(actor, familyId, day); !may)
        return may.error();
    auto found = load(familyId);
    if (!found)
        return found;
    if (auto recorded = recordOpening(actor, familyId, day); !recorded)
        return recorded.error();
    return found;
}

Result<Family> FamilyService::load(qint64 familyId)
{
    auto found = FamilyRepository(m_database).find(familyId);
    if (!found)
        return found.error();
    if (!*found)
        return badInput(tr("There is no family with id %1.").arg(familyId));
    return **found;
}

Result<qint64> FamilyService::create(const User& actor, Family f)
{
    if (Status may = Permissions::mayCreateFamily(actor); !may)
        return may.error();
    f.name = f.name.trimmed();
    f.municipality = f.municipality.trimmed();
    if (f.name.isEmpty())
        return badInput(tr("Give the family's name (usually the surname)."));
    if (f.municipality.isEmpty())
        return badInput(tr("Give the municipality (gmina) the family lives in."));
    if (!f.openedOn.isValid())
        return badInput(tr("Give the date the case is opened."));
    if (Status s = PastDates::notAfterToday(PastEvent::CaseOpened, f.openedOn, Clock::today()); !s)
        return s.error();
    f.closedOn.reset();
    f.closeReason.clear();

    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    FamilyRepository families(m_database);
    if (f.id == 0) {
        auto next = families.nextId();
        if (!next)
            return next.error();
        f.id = *next;
    } else if (auto exists = families.exists(f.id); !exists || *exists) {
        return exists
                   ? Result<qint64>(badInput(tr("A family with id %1 already exists.").arg(f.id)))
                   : Result<qint64>(exists.error());
    }
    if (Status s = families.insert(f); !s)
        return s.error();
    FamilyHistoryRepository history(m_database);
    if (auto c =
            history.addCategoryChange({0, f.id, f.openedOn, std::nullopt, f.category, actor.login});
        !c)
        return c.error();
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("family.create"), QStringLiteral("family"),
                               QString::number(f.id), {}, toJson(f));
        !s)
        return s.error();
    if (Status s = transaction->commit(); !s)
        return s.error();
    return f.id;
}

Status FamilyService::update(const User& actor, const Family& changed)
{
    if (Status may = CaseAccess(m_database).mayChangeFamily(actor, changed.id); !may)
        return may;
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
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
                         .lastChangeText(QStringLiteral("family"), QString::number(changed.id))));
    Family next = *current;
    next.name = changed.name.trimmed();
    next.municipality = changed.municipality.trimmed();
    next.address = changed.address.trimmed();
    next.caseNumber = changed.caseNumber.trimmed();
    if (next.name.isEmpty())
        return badInput(tr("Give the family's name (usually the surname)."));
    if (next.municipality.isEmpty())
        return badInput(tr("Give the municipality (gmina) the family lives in."));
    if (Status s = FamilyRepository(m_database).update(next); !s)
        return s;
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("family.update"), QStringLiteral("family"),
                               QString::number(next.id), toJson(*current), toJson(next));
        !s)
        return s;
    return transaction->commit();
}

Status FamilyService::changeCategory(const User& actor, qint64 familyId, NeedCategory category,
                                     const QDate& on)
{
    if (Status may = CaseAccess(m_database).mayChangeFamily(actor, familyId); !may)
        return may;
    if (Status s = PastDates::notAfterToday(PastEvent::CategoryChanged, on, Clock::today()); !s)
        return s;
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
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
    if (Status s = FamilyRepository(m_database).update(next); !s)
        return s;
    if (auto c =
            FamilyHistoryRepository(m_database)
                .addCategoryChange({0, familyId, on, current->category, category, actor.login});
        !c)
        return c.error();
    QJsonObject after = toJson(next);
    after.insert(QStringLiteral("changed_on"), isoDate(on));
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("family.category"), QStringLiteral("family"),
                               QString::number(familyId), toJson(*current), after);
        !s)
        return s;
    return transaction->commit();
}

Status FamilyService::close(const User& actor, qint64 familyId, const QDate& on,
                            const QString& reason)
{
    if (Status may = CaseAccess(m_database).mayChangeFamily(actor, familyId); !may)
        return may;
    if (reason.trimmed().isEmpty())
        return badInput(tr("Give the reason the case is closed."));
    if (Status s = PastDates::notAfterToday(PastEvent::CaseClosed, on, Clock::today()); !s)
        return s;
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
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
    if (Status s = FamilyRepository(m_database).update(next); !s)
        return s;
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("family.close"), QStringLiteral("family"),
                               QString::number(familyId), toJson(*current), toJson(next));
        !s)
        return s;
    return transaction->commit();
}

Status FamilyService::reopen(const User& actor, qint64 familyId)
{
    if (Status may = CaseAccess(m_database).mayChangeFamily(actor, familyId); !may)
        return may;
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto current = load(familyId);
    if (!current)
        return current.error();
    if (!current->closedOn)
        return refused(tr("The case is open."));
    Family next = *current;
    next.closedOn.reset();
    next.closeReason.clear();
    if (Status s = FamilyRepository(m_database).update(next); !s)
        return s;
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("family.reopen"), QStringLiteral("family"),
                               QString::number(familyId), toJson(*current), toJson(next));
        !s)
        return s;
    return transaction->commit();
}

Status FamilyService::startBlueCard(const User& actor, qint64 familyId, const QDate& on)
{
    if (Status may = CaseAccess(m_database).mayChangeFamily(actor, familyId); !may)
        return may;
    if (Status s = PastDates::notAfterToday(PastEvent::BlueCardStarted, on, Clock::today()); !s)
        return s;
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto f = load(familyId); !f)
        return f.error();
    auto active = loadActiveBlueCard(familyId);
    if (!active)
        return active.error();
    if (*active)
        return refused(tr("A Niebieska Karta procedure is already in progress since %1.")
                           .arg(localDate((*active)->startedOn)));
    auto id = FamilyHistoryRepository(m_database).startBlueCard(familyId, on);
    if (!id)
        return id.error();
    if (Status s = AuditTrail(m_database)
                       .record(actor, QStringLiteral("blue_card.start"), QStringLiteral("family"),
                               QString::number(familyId), {}, dateObject("started_on", on));
        !s)
        return s;
    return transaction->commit();
}

Status FamilyService::endBlueCard(const User& actor, qint64 familyId, const QDate& on)
{
    if (Status may = CaseAccess(m_database).mayChangeFamily(actor, familyId); !may)
        return may;
    if (Status s = PastDates::notAfterToday(PastEvent::BlueCardEnded, on, Clock::today()); !s)
        return s;
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto active = loadActiveBlueCard(familyId);
    if (!active)
        return active.error();
    if (!*active)
        return refused(tr("No Niebieska Karta procedure is in progress for this family."));
    if (on < (*active)->startedOn)
        return badInput(tr("The procedure cannot end before it started (%1).")
                            .arg(localDate((*active)->startedOn)));
    if (Status s = FamilyHistoryRepository(m_database).endBlueCard((*active)->id, on); !s)
        return s;
    if (Status s =
            AuditTrail(m_database)
                .record(actor, QStringLiteral("blue_card.end"), QStringLiteral("family"),
                        QString::number(familyId), dateObject("started_on", (*active)->startedOn),
                        dateObject("ended_on", on));
        !s)
        return s;
    return transaction->commit();
}

Result<QList<CategoryChange>> FamilyService::categoryHistory(const User& actor, qint64 familyId)
{
    if (Status may = CaseAccess(m_database).mayReadFamily(actor, familyId); !may)
        return may.error();
    auto rows = FamilyHistoryRepository(m_database).categoryChanges(familyId);
    if (!rows)
        return rows.error();
    QList<CategoryChange> list;
    for (const CategoryChangeRow& r : *rows)
        list << CategoryChange{r.id, r.familyId, r.changedOn, r.from, r.to, r.changedBy};
    return list;
}

Result<QList<BlueCardPeriod>> FamilyService::blueCards(const User& actor, qint64 familyId)
{
    if (Status may = CaseAccess(m_database).mayReadFamily(actor, familyId); !may)
        return may.error();
    return loadBlueCards(familyId);
}

Result<std::optional<BlueCardPeriod>> FamilyService::activeBlueCard(const User& actor,
                                                                    qint64 familyId)
{
    if (Status may = CaseAccess(m_database).mayReadFamily(actor, familyId); !may)
        return may.error();
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

Result<bool> FamilyService::recordOpening(const User& actor, qint64 familyId, const QDate& day)
{
    auto team = TeamService(m_database).team(familyId, day);
    if (!team)
        return team.error();
    if (actor.workerId)
        for (const TeamMember& member : team->current)
            if (member.worker.id == *actor.workerId)
                return false; // the family's own worker
    if (Status s =
            AuditTrail(m_database)
                .record(actor, QStringLiteral("family.open"), QStringLiteral("family"),
                        QString::number(familyId), {}, {{QStringLiteral("outside_team"), true}});
        !s)
        return s.error();
    return true;
}

} // namespace opieka
