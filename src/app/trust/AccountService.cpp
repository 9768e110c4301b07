#include "AccountService.h"

#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "Database.h"
#include "FieldCopy.h"
#include "Logging.h"
#include "Lookup.h"
#include "PasswordHash.h"
#include "Permissions.h"
#include "UserRepository.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace opieka {
namespace {
QJsonObject accountJson(const User& u)
{
    QJsonObject o{{QStringLiteral("login"), u.login},
                  {QStringLiteral("role"), roleName(u.role)},
                  {QStringLiteral("active"), u.active}};
    if (u.workerId)
        o.insert(QStringLiteral("worker_id"), *u.workerId);
    return o;
}

Result<User> existing(Database& database, const QString& login)
{
    auto user = UserRepository(database).findByLogin(login);
    if (!user)
        return user.error();
    if (!*user)
        return badInput(AccountService::tr("There is no account '%1'.").arg(login));
    return **user;
}

} // namespace

const QString AccountService::kCreated = QStringLiteral("created");
const QString AccountService::kPasswordReset = QStringLiteral("password_reset");

Status AccountService::checkPassword(const QByteArray& password)
{
    if (QString::fromUtf8(password).size() < kMinimumPasswordLength)
        return badInput(tr("A password needs at least %1 characters.").arg(kMinimumPasswordLength));
    return {};
}

Status AccountService::checkLogin(const QString& login)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,39}$"));
    if (!loginPattern.match(login).hasMatch())
        return badInput(tr("A login is 2 to 40 small letters, digits, dots, dashes or "
                           "underscores, starting with a letter or digit; '%1' is not.")
                            .arg(login));
    return {};
}

Result<User> AccountService::addAccount(const NewAccount& account)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    UserRepository users(m_database);
    QString hash; // made before the write lock: it takes a while on purpose
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayManageUsers(m_actor));
        OPIEKA_TRY(checkLogin(account.login));
        OPIEKA_TRY(checkPassword(account.password));
        auto clash = users.findByLogin(account.login);
        if (!clash)
            return clash.error();
        if (*clash)
            return refused(tr("There is already an account '%1'.").arg(account.login));
        if (account.workerId)
            OPIEKA_TRY(checkWorkerFor(account.role, *account.workerId));
        auto made = password_hash::make(account.password);
        if (!made)
            return made.error();
        hash = *made;
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<User> {
        User user;
        user.login = account.login;
        user.role = account.role;
        user.workerId = account.workerId;
        auto id = users.insert(user);
        if (!id)
            return id.error();
        user.id = *id;
        OPIEKA_TRY(users.setPasswordHash(user.id, hash));
        OPIEKA_TRY(write.record(QStringLiteral("user.create"), QStringLiteral("user"), user.id, {},
                                accountJson(user)));
        auto awaiting = awaitConfirmation(user, kCreated);
        if (!awaiting)
            return awaiting.error();
        user.awaitingConfirmation = *awaiting;
        return user;
    });
}

Status AccountService::checkWorkerFor(Role role, qint64 workerId, qint64 userId)
{
    auto worker = Lookup::worker(m_database, workerId);
    if (!worker)
        return worker.error();
    const Worker& w = *worker;
    if (w.role != role)
        return badInput(tr("%1 is a %2; an account acting as this worker has the same role, not "
                           "%3. Create an account with the worker's role instead.")
                            .arg(w.displayName(), roleLabel(w.role), roleLabel(role)));
    if (w.activeTo && *w.activeTo <= QDate::currentDate())
        return refused(tr("%1 no longer works at the centre; an account cannot act as them.")
                           .arg(w.displayName()));
    auto users = UserRepository(m_database).all();
    if (!users)
        return users.error();
    for (const User& other : *users)
        if (other.active && other.id != userId && other.workerId == workerId)
            return refused(tr("The account '%1' already acts as %2. Unlink or disable it first: "
                              "one person, one account.")
                               .arg(other.login, w.displayName()));
    return {};
}

Status AccountService::linkWorker(const QString& login, std::optional<qint64> workerId)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&] { return Permissions::mayManageUsers(m_actor); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto user = existing(m_database, login);
        if (!user)
            return user.error();
        if (user->workerId == workerId)
            return {};
        if (workerId)
            OPIEKA_TRY(checkWorkerFor(user->role, *workerId, user->id));
        OPIEKA_TRY(UserRepository(m_database).setWorker(user->id, workerId));
        User after = *user;
        after.workerId = workerId;
        return write.record(
            workerId ? QStringLiteral("user.link_worker") : QStringLiteral("user.unlink_worker"),
            QStringLiteral("user"), user->id, accountJson(*user), accountJson(after));
    });
}

Status AccountService::disable(const QString& login)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    OPIEKA_TRY(Permissions::mayManageUsers(m_actor));
    auto user = existing(m_database, login);
    if (!user)
        return user.error();
    if (!user->active)
        return {};
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Status {
        UserRepository users(m_database);
        if (user->role == Role::Administrator) {
            auto admins = users.activeAdministrators();
            if (!admins)
                return admins.error();
            if (*admins <= 1)
                return refused(tr("'%1' is the last active administrator; add another "
                                  "administrator before disabling this one.")
                                   .arg(login));
        }
        OPIEKA_TRY(keepsAConfirmedManager(*user));
        OPIEKA_TRY(users.setActive(user->id, false));
        User after = *user;
        after.active = false;
        return write.record(QStringLiteral("user.disable"), QStringLiteral("user"), user->id,
                            accountJson(*user), accountJson(after));
    });
}

Status AccountService::setPassword(const QString& login, const QByteArray& password)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    std::optional<User> user;
    QString hash; // made before the write lock: it takes a while on purpose
    const auto rule = [&]() -> Status {
        if (m_actor.login != login)
            OPIEKA_TRY(Permissions::mayManageUsers(m_actor));
        OPIEKA_TRY(checkPassword(password));
        auto found = existing(m_database, login);
        if (!found)
            return found.error();
        user = *found;
        auto made = password_hash::make(password);
        if (!made)
            return made.error();
        hash = *made;
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(UserRepository(m_database).setPasswordHash(user->id, hash));
        // The audit says that the password changed, never what it is.
        OPIEKA_TRY(write.record(QStringLiteral("user.password"), QStringLiteral("user"), user->id,
                                {}, {{QStringLiteral("login"), login}}));
        if (m_actor.id != user->id)
            OPIEKA_TRY(awaitConfirmation(*user, kPasswordReset));
        return {};
    });
}

Result<QList<AccountInfo>> AccountService::accounts()
{
    OPIEKA_TRY(Permissions::mayManageUsers(m_actor));
    UserRepository users(m_database);
    auto all = users.all();
    if (!all)
        return all.error();
    QList<AccountInfo> list;
    for (const User& u : *all) {
        auto c = users.credentials(u.id);
        if (!c)
            return c.error();
        list << AccountInfo{u, !c->passwordHash.isEmpty(), c->failedSignIns, c->lockedUntil};
    }
    return list;
}

// Four eyes (issue 18). A manager reaches every case and exports everything, so an account that
// becomes a manager's by someone else's hand (created, or given a password) waits until another
// manager confirms it. The one exception is the centre's first manager: while no manager account
// was ever confirmed there is nobody to confirm it, and it is confirmed at once (audited so).
Result<bool> AccountService::awaitConfirmation(const User& account, const QString& reason)
{
    if (account.role != Role::Manager)
        return false;
    UserRepository users(m_database);
    if (reason == kCreated) {
        auto ever = users.confirmedManagers(false, account.id);
        if (!ever)
            return ever.error();
        if (*ever == 0) {
            OPIEKA_TRY(
                AuditTrail(m_database)
                    .record(m_actor, QStringLiteral("user.confirm"), QStringLiteral("user"),
                            QString::number(account.id), {},
                            {{QStringLiteral("login"), account.login},
                             {QStringLiteral("confirmed_as"), QStringLiteral("first_manager")}}));
            return false;
        }
    } else if (account.active && !account.awaitingConfirmation) {
        // Her confirmation would need another manager; without one the centre would be left with
        // no manager who reaches the cases, and nobody to confirm the next.
        auto active = users.confirmedManagers(true);
        if (!active)
            return active.error();
        if (*active <= 1)
            return refused(tr("'%1' is the centre's only confirmed manager: a password set by an "
                              "administrator must be confirmed by another manager, and there is "
                              "none. Add a second manager account and have '%1' confirm it first "
                              "(she can also change her own password herself).")
                               .arg(account.login));
    }
    OPIEKA_TRY(users.setAwaitingConfirmation(account.id, reason, m_actor.id));
    OPIEKA_TRY(AuditTrail(m_database)
                   .record(m_actor, QStringLiteral("user.await_confirmation"),
                           QStringLiteral("user"), QString::number(account.id), {},
                           {{QStringLiteral("login"), account.login},
                            {QStringLiteral("reason"), reason}}));
    logging::get("app")->info("manager account {} awaits confirmation ({})", account.id,
                              reason.toStdString());
    return true;
}

Status AccountService::keepsAConfirmedManager(const User& leaving)
{
    if (leaving.role != Role::Manager || !leaving.active || leaving.awaitingConfirmation)
        return {};
    auto active = UserRepository(m_database).confirmedManagers(true);
    if (!active)
        return active.error();
    if (*active <= 1)
        return refused(tr("'%1' is the centre's only confirmed manager: without her nobody could "
                          "confirm the next manager's account. Add a second manager account and "
                          "have '%1' confirm it first.")
                           .arg(leaving.login));
    return {};
}

Result<QList<PendingConfirmation>> AccountService::awaitingConfirmation()
{
    if (!Permissions::mayConfirmManagers(m_actor))
        OPIEKA_TRY(Permissions::mayManageUsers(m_actor));
    return UserRepository(m_database).awaitingConfirmation();
}

Status AccountService::confirmManager(const QString& login)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&] { return Permissions::mayConfirmManagers(m_actor); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        auto user = existing(m_database, login);
        if (!user)
            return user.error();
        if (!user->awaitingConfirmation || !user->active)
            return badInput(tr("The account '%1' does not await a confirmation.").arg(login));
        if (user->id == m_actor.id || (user->workerId && user->workerId == m_actor.workerId))
            return refused(tr("Four eyes: '%1' cannot confirm her own account; another manager "
                              "confirms it.")
                               .arg(login));
        auto pending = UserRepository(m_database).awaitingConfirmation();
        if (!pending)
            return pending.error();
        QString reason;
        for (const PendingConfirmation& p : *pending)
            if (p.user.id == user->id) {
                if (p.requestedBy == m_actor.login)
                    return refused(tr("Four eyes: '%1' made this change to '%2' and cannot also "
                                      "confirm it; another manager confirms it.")
                                       .arg(m_actor.login, login));
                reason = p.reason;
            }
        OPIEKA_TRY(UserRepository(m_database).clearAwaitingConfirmation(user->id));
        return write.record(
            QStringLiteral("user.confirm"), QStringLiteral("user"), user->id,
            {{QStringLiteral("login"), login}, {QStringLiteral("awaiting"), reason}},
            {{QStringLiteral("login"), login}, {QStringLiteral("confirmed_by"), m_actor.login}});
    });
}

} // namespace opieka
