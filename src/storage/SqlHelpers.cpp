#include "SqlHelpers.h"

#include "Database.h"
#include "IsoDate.h"
#include "Logging.h"

#include <QSqlError>

namespace opieka::sql {

Status exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    // Driver messages name tables and constraints, never the bound values.
    logging::get("storage")->error("query failed: {}", query.lastError().text().toStdString());
    return storageError(QCoreApplication::translate("Database", "Database error: %1")
                            .arg(query.lastError().text()));
}

Status exec(const Database& database, QSqlQuery& query)
{
    if (query.exec())
        return {};
    logging::get("storage")->error("query failed: {}", query.lastError().text().toStdString());
    return database.failure(query.lastError());
}

Result<QSqlQuery> run(const Database& database, const QString& sql, const QList<QVariant>& values)
{
    if (Status connected = database.ensureConnected(); !connected)
        return connected.error();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const auto failed = [&](const char* what) {
        // Driver messages name tables and constraints, never the bound values.
        logging::get("storage")->error("{} failed: {}", what,
                                       query.lastError().text().toStdString());
        return database.failure(query.lastError());
    };
    if (values.isEmpty() && !database.dialect().isSqlite()) {
        // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES; a migration's
        // CREATE TABLE or ALTER TABLE has nothing to bind and runs as it is.
        if (!query.exec(sql))
            return failed("query");
        return query;
    }
    if (!query.prepare(sql))
        return failed("prepare");
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed("query");
    return query;
}

Result<qint64> returnedId(Result<QSqlQuery> query, const char* notSaved)
{
    if (!query)
        return query.error();
    if (!query->next())
        return storageError(
            notSaved ? QCoreApplication::translate("Database", notSaved)
                     : QCoreApplication::translate("Database", "The change was not saved."));
    return query->value(0).toLongLong();
}

Status updatedOrConflict(Result<QSqlQuery> query, const char* conflict)
{
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return refused(QCoreApplication::translate("Database", conflict));
    return {};
}

Result<qint64> nextId(const Database& database, const QString& table)
{
    auto next = firstRow(database, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table,
                         {}, idColumn);
    if (!next)
        return next.error();
    return next->value_or(1);
}

Result<bool> anyRow(const Database& database, const QString& sql, const QList<QVariant>& values)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    return query->next();
}

Result<int> number(const Database& database, const QString& sql, const QList<QVariant>& values)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

QVariant date(const QDate& day)
{
    return isoDate(day);
}

QVariant date(const std::optional<QDate>& day)
{
    return day ? QVariant(isoDate(*day)) : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

std::optional<QDate> optionalDate(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return parseIsoDate(value.toString());
}

QDate requiredDate(const QVariant& value)
{
    return parseIsoDate(value.toString()).value_or(QDate());
}

QString likePattern(const QString& userText)
{
    QString escaped = userText;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace opieka::sql
