#include "TestDatabase.h"

#include "Database.h"
#include "SqlHelpers.h"

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

} // namespace

QString postgresUrl()
{
    return qEnvironmentVariable("OPIEKA_TEST_POSTGRES_URL");
}

TestDatabase::TestDatabase()
{
    if (!onPostgres()) {
        m_location = m_dir.filePath(QStringLiteral("opieka.sqlite"));
        return;
    }
    // Names are made here, never from input: safe to put into the statement.
    m_serverDatabase =
        QStringLiteral("opieka_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    onServer(QStringLiteral("CREATE DATABASE ") + m_serverDatabase);
    QUrl url(postgresUrl());
    url.setPath(QLatin1Char('/') + m_serverDatabase);
    m_location = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_serverDatabase.isEmpty())
        onServer(QStringLiteral("DROP DATABASE IF EXISTS ") + m_serverDatabase +
                 QStringLiteral(" WITH (FORCE)"));
}

} // namespace opieka::test
