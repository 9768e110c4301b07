#include "WorkerService.h"

#include "AssignmentRepository.h"
#include "AuditedWrite.h"
#include "CaseloadEngine.h"
#include "Database.h"
#include "EntityJson.h"
#include "FieldCopy.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "RuleRepository.h"
#include "TextFolding.h"
#include "UserRepository.h"
#include "WorkerRepository.h"

#include <QLocale>
#include <cmath>
#include <functional>

namespace opieka {
namespace {

QJsonObject workerJson(const Worker& w)
{
    QJsonObject o = toJson(w);
    o.insert(QStringLiteral("active_from"), isoDate(w.activeFrom));
    o.insert(QStringLiteral("active_to"), isoDate(w.activeTo));
    return o;
}

// The active account acting as the worker, if any.
Result<std::optional<User>> accountOf(Database& database, qint64 workerId)
{
    auto users = UserRepository(database).all();
    if (!users)
        return users.error();
    for (const User& u : *users)
        if (u.active && u.workerId == workerId)
            return std::optional<User>(u);
    return std::optional<User>();
}

// The worker's assignments still running on `day` or starting later.
// Refuses with `refusal(n)` while n of the worker's cases stay assigned on `day` or later.
Status noCasesFrom(Database& database, qint64 workerId, const QDate& day,
                   const std::function<QString(int)>& refusal)
{
    auto all = AssignmentRepository(database).forWorker(workerId);
    if (!all)
        return all.error();
    int count = 0;
    for (const Assignment& a : *all)
        if (!a.to || *a.to > day)
            ++count;
    if (count > 0)
        return refused(refusal(count));
    return {};
}

} // namespace

Status WorkerService::validate(const Worker& w)
{
    if (w.firstName.trimmed().isEmpty() || w.lastName.trimmed().isEmpty())
        return badInput(tr("Give the worker's first name and surname."));
    if (!isWorkerRole(w.role))
        return badInput(tr("A worker is a social worker, a family assistant, a foster-care "
                           "coordinator or a manager; an administrator is only an account."));
    if (!std::isfinite(w.fte) || w.fte <= 0.0 || w.fte > 1.0)
        return badInput(tr("The FTE (etat) is more than 0 and at most 1, e.g. 0.5 for half "
                           "time or 1 for full time; %1 is not.")
                            .arg(QLocale().toString(w.fte)));
    if (w.activeFrom && w.activeTo && *w.activeTo <= *w.activeFrom)
        return badInput(
            tr("The employment must end after it began (%1).").arg(localDate(*w.activeFrom)));
    return {};
}

QString WorkerService::suggestedLogin(const Worker& w)
{
    const QString folded = foldForSearch(w.firstName.trimmed().left(1) + w.lastName.trimmed());
    QString login;
    for (const QChar c : folded)
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            login += c;
    return login;
}

Result<QList<WorkerEntry>> WorkerService::workers()
{
    OPIEKA_TRY(Permissions::mayManageWorkers(m_actor));
    auto workers = WorkerRepository(m_database).all();
    if (!workers)
        return workers.error();
    auto users = UserRepository(m_database).all();
    if (!users)
        return users.error();
    QHash<qint64, QString> logins;
    for (const User& u : *users)
        if (u.active && u.workerId && !logins.contains(*u.workerId))
            logins.insert(*u.workerId, u.login);
    QList<WorkerEntry> list;
    for (const Worker& w : *workers)
        list << WorkerEntry{w, logins.value(w.id)};
    return list;
}

Result<Worker> WorkerService::load(qint64 workerId)
{
    return Lookup::worker(m_database, workerId);
}

Result<Worker> WorkerService::add(Worker w)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    w.firstName = w.firstName.trimmed();
    w.lastName = w.lastName.trimmed();
    w.unit = w.unit.trimmed();
    w.activeTo.reset();
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayManageWorkers(m_actor));
        return validate(w);
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<Worker> {
        WorkerRepository workers(m_database);
        auto next = workers.nextId();
        if (!next)
            return next.error();
        w.id = *next;
        OPIEKA_TRY(workers.insert(w));
        OPIEKA_TRY(write.record(QStringLiteral("worker.create"), QStringLiteral("worker"), w.id, {},
                                workerJson(w)));
        return w;
    });
}

Result<QString> WorkerService::overLimitWarning(const Worker& changed, const QDate& today)
{
    if (!carriesCases(changed.role) || !changed.isActiveOn(today))
        return QString();
    auto rules = RuleRepository(m_database).all();
    if (!rules)
        return rules.error();
    const auto limit = CaseloadEngine::limitFor(changed, *rules, today);
    if (!limit)
        return QString();
    auto counts = AssignmentRepository(m_database).countOn(today, changed.id);
    if (!counts)
        return counts.error();
    if (counts->cases <= *limit)
        return QString();
    return tr("%1 has %2 today; at FTE %3 as a %4 the limit is %5, so %6 would be beyond it.")
        .arg(changed.displayName(), CaseloadEngine::caseNoun(changed.role, counts->cases),
             QLocale().toString(changed.fte), roleLabel(changed.role))
        .arg(*limit)
        .arg(CaseloadEngine::caseNoun(changed.role, counts->cases - *limit));
}

Result<Worker> WorkerService::update(const Worker& changed, OverLimit overLimit, const QDate& today)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&] { return Permissions::mayManageWorkers(m_actor); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<Worker> {
        auto current = load(changed.id);
        if (!current)
            return current.error();
        Worker next = *current;
        next.firstName = changed.firstName.trimmed();
        next.lastName = changed.lastName.trimmed();
        next.unit = changed.unit.trimmed();
        next.role = changed.role;
        next.fte = changed.fte;
        OPIEKA_TRY(validate(next));

        if (next.role != current->role) {
            // Cases are of a role's kind (a coordinator's foster families are no social worker's
            // cases), and an account acts with its worker's role.
            OPIEKA_TRY(noCasesFrom(m_database, next.id, today, [&](int running) {
                return tr("%1 still has %n case(s) assigned as a %2. Hand them over to another "
                          "worker or release them (each family's record, Team tab) before "
                          "changing the role.",
                          nullptr, running)
                    .arg(current->displayName(), roleLabel(current->role));
            }));
            auto account = accountOf(m_database, next.id);
            if (!account)
                return account.error();
            if (*account)
                return refused(
                    tr("The account '%1' acts as %2 with the role of a %3. An "
                       "administrator unlinks it first (Workers tab, Unlink account); "
                       "then give an account with the new role.")
                        .arg((*account)->login, current->displayName(), roleLabel(current->role)));
        }

        bool savedOverLimit = false;
        if (next.fte < current->fte || next.role != current->role) {
            auto warning = overLimitWarning(next, today);
            if (!warning)
                return warning.error();
            if (!warning->isEmpty()) {
                if (overLimit == OverLimit::Refuse)
                    return refused(*warning + QLatin1Char(' ') +
                                   tr("Nothing was saved. A manager can save it anyway and then "
                                      "hand the cases beyond the limit over to others."));
                if (Status may = Permissions::mayOverrideLimit(m_actor); !may)
                    return refused(*warning + QLatin1Char(' ') +
                                   tr("Only a manager can save a change that puts a worker over "
                                      "the limit."));
                savedOverLimit = true;
            }
        }

        OPIEKA_TRY(WorkerRepository(m_database).update(next));
        QJsonObject after = workerJson(next);
        if (savedOverLimit)
            after.insert(QStringLiteral("over_limit_confirmed"), true);
        OPIEKA_TRY(write.record(QStringLiteral("worker.update"), QStringLiteral("worker"), next.id,
                                workerJson(*current), after));
        return next;
    });
}

Result<Worker> WorkerService::setEmploymentEnd(qint64 workerId, const std::optional<QDate>& endsOn)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayManageWorkers(m_actor));
        if (endsOn && !endsOn->isValid())
            return badInput(tr("Give the first day the worker no longer works at the centre."));
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<Worker> {
        auto current = load(workerId);
        if (!current)
            return current.error();
        Worker next = *current;
        next.activeTo = endsOn;
        if (endsOn && current->activeFrom && *endsOn <= *current->activeFrom)
            return badInput(tr("%1 started work on %2: the employment can end only after that.")
                                .arg(current->displayName(), localDate(*current->activeFrom)));
        if (endsOn)
            OPIEKA_TRY(noCasesFrom(m_database, workerId, *endsOn, [&](int running) {
                return tr("%1 still has %n case(s) assigned on %2 or later. Hand them over to "
                          "another worker or release them (each family's record, Team tab) "
                          "first, so that no family is left without a worker.",
                          nullptr, running)
                    .arg(current->displayName(), localDate(*endsOn));
            }));
        OPIEKA_TRY(WorkerRepository(m_database).update(next));
        OPIEKA_TRY(write.record(endsOn ? QStringLiteral("worker.end_employment")
                                       : QStringLiteral("worker.resume_employment"),
                                QStringLiteral("worker"), workerId, workerJson(*current),
                                workerJson(next)));
        return next;
    });
}

} // namespace opieka
