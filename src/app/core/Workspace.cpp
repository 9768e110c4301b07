#include "Workspace.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "AuditedWrite.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "FamilyRepository.h"
#include "FieldCopy.h"
#include "Logging.h"
#include "MemberRepository.h"
#include "PasswordHash.h"
#include "SchemaMigrator.h"
#include "UserRepository.h"

#include <QFileInfo>
#include <QJsonObject>

namespace opieka {

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location, OpenMode mode)
{
    auto database = Database::open(location, mode == OpenMode::CreateIfMissing
                                                 ? Database::OpenMode::CreateIfMissing
                                                 : Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(*database)));
    // Decrypted copies a killed backup or restore left beside the file do not outlive it.
    if (workspace->m_database->dialect().isSqlite())
        DatabaseCopy::removeStalePlainCopies(QFileInfo(location).absolutePath());
    SchemaMigrator migrator(*workspace->m_database);
    auto outcome = migrator.migrate();
    if (!outcome)
        return outcome.error();
    workspace->m_upgraded = *outcome == SchemaMigrator::Outcome::Upgraded;
    if (workspace->m_upgraded) {
        // Families from before schema 3 get their folded search text now.
        auto filled = FamilyRepository(*workspace->m_database).refreshMissingSearchText();
        if (!filled)
            return filled.error();
        // Members and families from before schema 17 get their duplicate-matching keys now.
        auto members = MemberRepository(*workspace->m_database).fillMissingNameKeys();
        if (!members)
            return members.error();
        auto families = FamilyRepository(*workspace->m_database).fillMissingMatchKeys();
        if (!families)
            return families.error();
        // Audit records from before schema 7 join the chain.
        OPIEKA_TRY(AuditRepository(*workspace->m_database).sealLegacyRecords());
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::connect(const QString& location)
{
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(*database)));
}

int Workspace::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

void Workspace::setDefaultWriteWaitMs(int milliseconds)
{
    Database::setDefaultWriteWaitMs(milliseconds);
}

QString Workspace::location() const
{
    return m_database->location();
}

bool Workspace::isOnServer() const
{
    return !m_database->dialect().isSqlite();
}

QString Workspace::serverName() const
{
    return m_database->serverName();
}

void Workspace::setServerPassword(const QString& location, const QString& password)
{
    Database::setServerPassword(location, password);
}

QString Workspace::locationOf(const Database& database)
{
    return database.location();
}

Result<bool> Workspace::hasAdministrator()
{
    auto existing = UserRepository(*m_database).firstAdministrator();
    if (!existing)
        return existing.error();
    return existing->has_value();
}

Result<User> Workspace::ensureAdministrator(const QString& login, const QByteArray& password)
{
    UserRepository users(*m_database);
    auto existing = users.firstAdministrator();
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    if (login.trimmed().isEmpty())
        return badInput(tr("The administrator's login must not be empty."));
    OPIEKA_TRY(AccountService::checkLogin(login.trimmed()));
    QString hash;
    if (!password.isEmpty()) {
        OPIEKA_TRY(AccountService::checkPassword(password));
        auto made = password_hash::make(password);
        if (!made)
            return made.error();
        hash = *made;
    }

    User admin;
    admin.login = login.trimmed();
    admin.role = Role::Administrator;
    // The new account is the actor of its own creation: the audit names it once it has its id.
    Status created = AuditedWrite(*m_database, admin).run([&](AuditedWrite& write) -> Status {
        auto id = users.insert(admin);
        if (!id)
            return id.error();
        admin.id = *id;
        if (!hash.isEmpty())
            OPIEKA_TRY(users.setPasswordHash(admin.id, hash));
        return write.record(QStringLiteral("user.create"), QStringLiteral("user"), admin.id, {},
                            {{QStringLiteral("login"), admin.login},
                             {QStringLiteral("role"), roleName(admin.role)}});
    });
    if (!created)
        return created.error();
    logging::get("app")->info("administrator account {} created", admin.id);
    return admin;
}

Result<User> Workspace::unprotectedSessionUser()
{
    auto all = UserRepository(*m_database).all();
    if (!all)
        return all.error();
    for (const User& user : *all)
        if (user.active && !user.awaitingConfirmation && user.role == Role::Manager) {
            OPIEKA_TRY(FieldCopy::setActingLogin(*m_database, user.login));
            return user;
        }
    auto acting = actingUser(QString());
    if (acting)
        OPIEKA_TRY(FieldCopy::setActingLogin(*m_database, acting->login));
    return acting;
}

Result<User> Workspace::actingUser(const QString& login)
{
    UserRepository users(*m_database);
    if (login.isEmpty()) {
        auto admin = users.firstAdministrator();
        if (!admin)
            return admin.error();
        if (!*admin)
            return badInput(
                tr("The database has no accounts yet. Run: opieka-cli init --admin LOGIN"));
        return **admin;
    }
    auto user = users.findByLogin(login);
    if (!user)
        return user.error();
    if (!*user)
        return badInput(tr("There is no account '%1' in this database.").arg(login));
    if (!(*user)->active)
        return refused(tr("The account '%1' is disabled.").arg(login));
    return **user;
}

} // namespace opieka
