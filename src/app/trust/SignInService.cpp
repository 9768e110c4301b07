#include "SignInService.h"

#include "AccountService.h"
#include "AuditedWrite.h"
#include "Database.h"
#include "FieldCopy.h"
#include "Logging.h"
#include "PasswordHash.h"
#include "SqlTransaction.h"
#include "UserRepository.h"

#include <algorithm>

namespace opieka {
namespace {
// The refusal while an account waits after failed sign-ins, saying how long.
Error waitRefusal(const QString& login, const QDateTime& now, const QDateTime& until)
{
    return refused(
        AccountService::tr("Too many failed sign-ins for '%1': try again in %n second(s).", nullptr,
                           static_cast<int>(std::max<qint64>(1, now.secsTo(until))))
            .arg(login));
}
// Signed in: in a field copy, the change triggers name this account from now on.
Result<User> signedIn(Database& database, const User& user)
{
    OPIEKA_TRY(FieldCopy::setActingLogin(database, user.login));
    return user;
}
} // namespace

int SignInService::lockSeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    // 30 s after the fifth failure, doubling with each further one, at most 15 minutes.
    const int doublings = std::min(failures - kFreeAttempts, 5);
    return std::min(30 * (1 << doublings), 15 * 60);
}

Result<bool> SignInService::anyPasswordSet()
{
    return UserRepository(m_database).anyActiveWithPassword();
}

Result<bool> SignInService::hasPassword(const User& user)
{
    auto credentials = UserRepository(m_database).credentials(user.id);
    if (!credentials)
        return credentials.error();
    return !credentials->passwordHash.isEmpty();
}

Result<User> SignInService::signIn(const QString& login, const QByteArray& password,
                                   const QDateTime& now)
{
    const QString wrong = AccountService::tr("Wrong login or password.");
    UserRepository users(m_database);
    auto found = users.findByLogin(login);
    if (!found)
        return found.error();
    if (!*found) {
        password_hash::matches(QString(), password); // the same answer, whoever asks
        return refused(wrong);
    }
    const User user = **found;
    auto credentials = users.credentials(user.id);
    if (!credentials)
        return credentials.error();
    if (!user.active)
        return refused(AccountService::tr("The account '%1' is disabled.").arg(login));
    // The wait is kept in the database: checked before the password, so that another process
    // (another window, another opieka-cli) is refused too while it runs.
    if (credentials->lockedUntil && now < *credentials->lockedUntil)
        return waitRefusal(login, now, *credentials->lockedUntil);
    // An account created without a password (an old database, 'init' without one) signs in
    // with an empty password until one is set.
    const bool ok = credentials->passwordHash.isEmpty()
                        ? password.isEmpty()
                        : password_hash::matches(credentials->passwordHash, password);

    if (ok) {
        // A right password is read, not written: signing in needs no write lock, and works
        // while another process saves a long change (an import). Read again after the password
        // was checked: failures counted by other processes meanwhile may have started a wait,
        // which holds for the right password too.
        auto current = users.credentials(user.id);
        if (!current)
            return current.error();
        if (current->lockedUntil && now < *current->lockedUntil)
            return waitRefusal(login, now, *current->lockedUntil);
        if (current->failedSignIns == 0)
            return signedIn(m_database, user);
        // Earlier failures are cleared under the write lock when it is free now; when a long
        // change holds it they stay (a later sign-in clears them) and the sign-in goes on.
        auto clearing = SqlTransaction::begin(m_database, SqlTransaction::Wait::No);
        if (!clearing && clearing.error().kind == ErrorKind::Busy)
            return signedIn(m_database, user);
        if (!clearing)
            return clearing.error();
        current = users.credentials(user.id);
        if (!current)
            return current.error();
        if (current->lockedUntil && now < *current->lockedUntil)
            return waitRefusal(login, now, *current->lockedUntil);
        OPIEKA_TRY(users.setSignInFailures(user.id, 0, std::nullopt));
        OPIEKA_TRY(clearing->commit());
        return signedIn(m_database, user);
    }
    // A failure is counted under the write lock, waiting for it a bounded time (ErrorKind::Busy
    // after it, naming the change being saved): a try that is not counted is not answered. The
    // account itself is the audit's actor.
    auto counted = AuditedWrite(m_database, user).run([&](AuditedWrite& write) -> Result<int> {
        // Counted in the database under the write lock, not from the count read before the
        // password was checked: tries made at once by several processes are each counted.
        auto failures = users.countSignInFailure(user.id);
        if (!failures)
            return failures.error();
        const int wait = lockSeconds(*failures);
        const std::optional<QDateTime> lockedUntil =
            wait > 0 ? std::optional<QDateTime>(now.addSecs(wait)) : std::nullopt;
        OPIEKA_TRY(users.setSignInFailures(user.id, *failures, lockedUntil));
        OPIEKA_TRY(write.record(QStringLiteral("user.sign_in_failed"), QStringLiteral("user"),
                                user.id, {}, {{QStringLiteral("failures"), *failures}}));
        return failures;
    });
    if (!counted)
        return counted.error();
    const int failures = *counted;
    const int wait = lockSeconds(failures);
    logging::get("app")->warn("failed sign-in for account {} ({} in a row)", user.id, failures);
    if (wait > 0)
        return refused(wrong + QLatin1Char(' ') +
                       AccountService::tr("The account waits %n second(s) before the next try.",
                                          nullptr, wait));
    return refused(wrong);
}

} // namespace opieka
