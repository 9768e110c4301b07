#include "TestDatabase.h"

#include "Database.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>
#include <QUuid>

namespace opieka::test {
namespace {

// Runs one statement on the server's maintenance database (the one in the URL).
void onServer(const QString& statement)
{
    auto server = Database::open(postgresUrl(), Database::OpenMode::MustExist);
    if (!server) {
        ADD_FAILURE() << server.error().message.toStdString();
        return;
    }
    auto done = sql::run(**server, statement);
    if (!done)
        ADD_FAILURE() << done.error().message.toStdString();
}

QString serverLocation(const QString& databaseName)
{
    QUrl url(postgresUrl());
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

bool serverHas(const QString& databaseName)
{
    auto server = Database::open(postgresUrl(), Database::OpenMode::MustExist);
    if (!server)
        return false;
    auto found = sql::run(**server, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"),
                          {databaseName});
    return found && found->next();
}

// A migrated database to clone, made once per version of the migrations and kept on the
// (throwaway) server: running every migration for every test would triple the run's time.
// Made under a temporary name and renamed, so a parallel run never clones a half-made one.
QString migratedTemplate()
{
    static const QString name = [] {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const SchemaMigrator::Migration& migration : SchemaMigrator::migrations()) {
            QFile file(migration.path);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(Dialect(Dialect::Kind::PostgreSql)
                                 .expand(QString::fromUtf8(file.readAll()))
                                 .toUtf8());
        }
        const QString made =
            QStringLiteral("opieka_tpl_") + QString::fromLatin1(hash.result().toHex().left(16));
        if (serverHas(made))
            return made;
        const QString draft =
            QStringLiteral("opieka_tpl_new_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        onServer(QStringLiteral("CREATE DATABASE ") + draft);
        {
            auto migrated =
                Workspace::open(serverLocation(draft), Workspace::OpenMode::CreateIfMissing);
            if (!migrated)
                ADD_FAILURE() << migrated.error().message.toStdString();
        }
        if (!serverHas(made))
            onServer(QStringLiteral("ALTER DATABASE ") + draft + QStringLiteral(" RENAME TO ") +
                     made);
        onServer(QStringLiteral("DROP DATABASE IF EXISTS ") + draft);
        return made;
    }();
    return name;
}

} // namespace

QString postgresUrl()
{
    return qEnvironmentVariable("OPIEKA_TEST_POSTGRES_URL");
}

TestDatabase::TestDatabase(Content content)
{
    if (!onPostgres()) {
        m_location = m_dir.filePath(QStringLiteral("opieka.sqlite"));
        return;
    }
    // Names are made here, never from input: safe to put into the statement.
    m_serverDatabase =
        QStringLiteral("opieka_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString create = QStringLiteral("CREATE DATABASE ") + m_serverDatabase;
    if (content == Content::Migrated)
        create += QStringLiteral(" TEMPLATE ") + migratedTemplate();
    onServer(create);
    m_location = serverLocation(m_serverDatabase);
    if (content == Content::Migrated) {
        // A copy of the template would share its identity; a database 'init' makes has its own.
        auto db = Database::open(m_location, Database::OpenMode::MustExist);
        if (!db ||
            !sql::run(**db, QStringLiteral("UPDATE database_anchor SET database_id = "
                                           "md5(random()::text || clock_timestamp()::text)")))
            ADD_FAILURE() << "the test database could not be given an identity of its own";
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_serverDatabase.isEmpty())
        onServer(QStringLiteral("DROP DATABASE IF EXISTS ") + m_serverDatabase +
                 QStringLiteral(" WITH (FORCE)"));
}

} // namespace opieka::test
