#include "SchemaMigrator.h"

#include "Database.h"
#include "Logging.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace opieka {

QList<SchemaMigrator::Migration> SchemaMigrator::migrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            list << Migration{match.captured(1).toInt(), match.captured(2), dir.filePath(file)};
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int SchemaMigrator::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> SchemaMigrator::currentVersion()
{
    QStringList tables;
    if (m_database.dialect().isSqlite()) {
        tables = m_database.connection().tables();
    } else {
        // Only the connection's own schema: a server database may hold other schemas.
        auto names = sql::rows(m_database, m_database.dialect().tableNames(), {}, sql::textColumn);
        if (!names)
            return names.error();
        tables = *names;
    }
    if (!tables.contains(QStringLiteral("schema_version"))) {
        if (!tables.isEmpty())
            return storageError(tr("%1 holds tables of another program; it is not an Opieka "
                                   "database. Choose another file.")
                                    .arg(m_database.location()));
        return 0;
    }
    return sql::number(m_database, QStringLiteral("SELECT MAX(version) FROM schema_version"));
}

Result<SchemaMigrator::Outcome> SchemaMigrator::migrate(int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latest)
        return storageError(tr("The database %1 was written by a newer version of Opieka (schema "
                               "%2; this program knows up to %3). Install the newer version to "
                               "open it; nothing was changed.")
                                .arg(m_database.location())
                                .arg(*current)
                                .arg(latest));
    if (*current >= target)
        return Outcome::UpToDate;

    if (*current == 0) {
        auto created =
            sql::run(m_database, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                                "(version INTEGER NOT NULL)"));
        if (!created)
            return created.error();
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= *current || migration.version > target)
            continue;
        if (Status applied = apply(migration); !applied)
            return applied.error();
        logging::get("storage")->info("schema migrated to version {}", migration.version);
    }
    return Outcome::Upgraded;
}

Status SchemaMigrator::apply(const Migration& migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return storageError(tr("Migration %1 is missing from this build.").arg(migration.version));
    const QString script = m_database.dialect().expand(QString::fromUtf8(file.readAll()));

    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Statements end with a semicolon at the end of a line, outside a $$-quoted body; comments
    // are whole lines. The lines between "--@postgresql" and "--@end" run on PostgreSQL only.
    QString statement;
    bool inDollarQuote = false;
    bool serverOnly = false;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed == QLatin1String("--@postgresql") || trimmed == QLatin1String("--@end")) {
            serverOnly = trimmed == QLatin1String("--@postgresql");
            continue;
        }
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty() ||
            (serverOnly && m_database.dialect().isSqlite()))
            continue;
        statement += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (!inDollarQuote && trimmed.endsWith(QLatin1Char(';'))) {
            auto done = sql::run(m_database, statement);
            if (!done)
                return storageError(tr("Upgrading the database to schema %1 failed: %2")
                                        .arg(migration.version)
                                        .arg(done.error().message));
            statement.clear();
        }
    }
    auto version = sql::run(m_database, QStringLiteral("DELETE FROM schema_version"));
    if (!version)
        return version.error();
    version =
        sql::run(m_database, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
                 {migration.version});
    if (!version)
        return version.error();
    return transaction->commit();
}

} // namespace opieka
