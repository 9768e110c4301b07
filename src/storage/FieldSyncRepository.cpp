#include "FieldSyncRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QRegularExpression>
#include <QSqlRecord>

namespace opieka {
namespace {

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Status checkNames(std::initializer_list<QString> names)
{
    for (const QString& name : names)
        if (!FieldSyncRepository::isPlainName(name))
            return badInput(QCoreApplication::translate("Database", "'%1' is not a table or "
                                                                    "column of this database.")
                                .arg(name));
    return {};
}

} // namespace

bool FieldSyncRepository::isPlainName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

Result<QString> FieldSyncRepository::databaseId()
{
    auto id = sql::firstRow(m_database,
                            QStringLiteral("SELECT database_id FROM database_anchor WHERE id = 1"),
                            {}, sql::textColumn);
    if (!id)
        return id.error();
    return id->value_or(QString());
}

Result<QMap<qint64, QString>> FieldSyncRepository::appliedChanges(const QString& copyId)
{
    auto rows = sql::rows(m_database,
                          QStringLiteral("SELECT change_id, outcome FROM field_applied_changes "
                                         "WHERE copy_id = ?"),
                          {copyId}, [](const QSqlQuery& q) {
                              return std::pair(q.value(0).toLongLong(), q.value(1).toString());
                          });
    if (!rows)
        return rows.error();
    QMap<qint64, QString> outcomes;
    for (const auto& [id, outcome] : *rows)
        outcomes.insert(id, outcome);
    return outcomes;
}

Status FieldSyncRepository::recordApplied(const QString& copyId, qint64 changeId,
                                          const QString& outcome, const QDateTime& at)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO field_applied_changes (copy_id, change_id, "
                                   "outcome, applied_at) VALUES (?, ?, ?, ?)"),
                    {copyId, changeId, outcome, timeText(at)});
}

Result<std::optional<qint64>> FieldSyncRepository::mappedId(const QString& copyId,
                                                            const QString& table, qint64 fieldId)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT centre_id FROM field_id_map WHERE copy_id = ? AND "
                                        "table_name = ? AND field_id = ?"),
                         {copyId, table, fieldId}, sql::idColumn);
}

Status FieldSyncRepository::recordMapping(const QString& copyId, const QString& table,
                                          qint64 fieldId, qint64 centreId)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO field_id_map (copy_id, table_name, field_id, "
                                   "centre_id) VALUES (?, ?, ?, ?)"),
                    {copyId, table, fieldId, centreId});
}

Status FieldSyncRepository::setCopyLastSynced(const QString& copyId, const QDateTime& at)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE field_copies SET last_synced_at = ? WHERE id = ?"),
                    {timeText(at), copyId});
}

Result<bool> FieldSyncRepository::copyKnown(const QString& copyId)
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM field_copies WHERE id = ?"),
                       {copyId});
}

Result<QMap<QString, QString>> FieldSyncRepository::columnTypes(const QString& table)
{
    OPIEKA_TRY(checkNames({table}));
    auto columns =
        sql::rows(m_database, m_database.dialect().columnTypes(), {table}, [](const QSqlQuery& q) {
            return std::pair(q.value(0).toString(), q.value(1).toString().toLower());
        });
    if (!columns)
        return columns.error();
    QMap<QString, QString> types;
    for (const auto& [name, type] : *columns)
        types.insert(name, type);
    return types;
}

Result<QSet<QString>> FieldSyncRepository::generatedKeyTables()
{
    auto tables =
        sql::rows(m_database, m_database.dialect().generatedIdColumns(), {}, sql::textColumn);
    if (!tables)
        return tables.error();
    return QSet<QString>(tables->begin(), tables->end());
}

Result<QString> FieldSyncRepository::primaryKey(const QString& table)
{
    OPIEKA_TRY(checkNames({table}));
    auto key = sql::firstRow(m_database,
                             QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk = 1"),
                             {table}, sql::textColumn);
    if (!key)
        return key.error();
    return key->value_or(QStringLiteral("id"));
}

Result<QList<FieldForeignKey>> FieldSyncRepository::foreignKeys(const QString& table)
{
    OPIEKA_TRY(checkNames({table}));
    return sql::rows(m_database,
                     QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) "
                                    "ORDER BY id"),
                     {table}, [](const QSqlQuery& q) {
                         return FieldForeignKey{q.value(0).toString(), q.value(1).toString()};
                     });
}

Result<std::optional<FieldRow>> FieldSyncRepository::row(const QString& table, const QString& key,
                                                         qint64 id)
{
    OPIEKA_TRY(checkNames({table, key}));
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, key), {id},
                         [](const QSqlQuery& q) {
                             FieldRow row;
                             const QSqlRecord record = q.record();
                             for (int i = 0; i < record.count(); ++i)
                                 row.insert(record.fieldName(i), q.value(i));
                             return row;
                         });
}

Result<qint64> FieldSyncRepository::insertRow(const QString& table, const QString& key,
                                              const FieldRow& row, bool generated)
{
    OPIEKA_TRY(checkNames({table, key}));
    QStringList columns;
    QStringList marks;
    QList<QVariant> values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (generated && it.key() == key)
            continue;
        OPIEKA_TRY(checkNames({it.key()}));
        columns << it.key();
        marks << QStringLiteral("?");
        values << it.value();
    }
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")), key),
        values));
}

Result<qint64> FieldSyncRepository::nextKey(const QString& table, const QString& key)
{
    OPIEKA_TRY(checkNames({table, key}));
    auto next = sql::firstRow(
        m_database, QStringLiteral("SELECT COALESCE(MAX(%2), 0) + 1 FROM %1").arg(table, key), {},
        sql::idColumn);
    if (!next)
        return next.error();
    return next->value_or(1);
}

Status FieldSyncRepository::updateField(const QString& table, const QString& key, qint64 id,
                                        const QString& column, const QVariant& value,
                                        bool bumpVersion)
{
    OPIEKA_TRY(checkNames({table, key, column}));
    return sql::run(
        m_database,
        QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE %4 = ?")
            .arg(table, column,
                 bumpVersion ? QStringLiteral(", row_version = row_version + 1") : QString(), key),
        {value, id});
}

Status FieldSyncRepository::deleteRow(const QString& table, const QString& key, qint64 id)
{
    OPIEKA_TRY(checkNames({table, key}));
    return sql::run(m_database, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, key),
                    {id});
}

Result<bool> FieldSyncRepository::referenced(const QString& table, const QString& column, qint64 id)
{
    OPIEKA_TRY(checkNames({table, column}));
    return sql::anyRow(m_database,
                       QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column), {id});
}

Status FieldSyncRepository::deleteRowsExcept(const QString& table, const QString& key,
                                             const QSet<qint64>& keep)
{
    OPIEKA_TRY(checkNames({table, key}));
    QStringList marks;
    QList<QVariant> values;
    for (qint64 id : keep) {
        marks << QStringLiteral("?");
        values << id;
    }
    if (marks.isEmpty())
        return sql::run(m_database, QStringLiteral("DELETE FROM %1").arg(table));
    return sql::run(m_database,
                    QStringLiteral("DELETE FROM %1 WHERE %2 NOT IN (%3)")
                        .arg(table, key, marks.join(QStringLiteral(", "))),
                    values);
}

Result<QHash<qint64, QString>> FieldSyncRepository::rowDigests(const QString& table,
                                                               const QString& key,
                                                               const QSet<QString>& skipped)
{
    auto types = columnTypes(table);
    if (!types)
        return types.error();
    QStringList parts;
    for (const QString& column : types->keys())
        if (!skipped.contains(column)) {
            OPIEKA_TRY(checkNames({column}));
            parts << QStringLiteral("quote(%1)").arg(column);
        }
    OPIEKA_TRY(checkNames({table, key}));
    const QString text =
        parts.isEmpty() ? QStringLiteral("''") : parts.join(QStringLiteral(" || char(31) || "));
    auto rows = sql::rows(m_database, QStringLiteral("SELECT %1, %2 FROM %3").arg(key, text, table),
                          {}, [](const QSqlQuery& q) {
                              return std::pair(q.value(0).toLongLong(), q.value(1).toString());
                          });
    if (!rows)
        return rows.error();
    QHash<qint64, QString> digests;
    for (const auto& [id, digest] : *rows)
        digests.insert(id, digest);
    return digests;
}

Status FieldSyncRepository::deferForeignKeys()
{
    if (!m_database.dialect().isSqlite())
        return {};
    return sql::run(m_database, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Result<QList<QPair<QString, qint64>>> FieldSyncRepository::danglingRows()
{
    return sql::rows(
        m_database, QStringLiteral("PRAGMA foreign_key_check"), {}, [](const QSqlQuery& q) {
            return QPair<QString, qint64>(q.value(0).toString(), q.value(1).toLongLong());
        });
}

Status FieldSyncRepository::deleteByRowid(const QString& table, qint64 rowid)
{
    OPIEKA_TRY(checkNames({table}));
    return sql::run(m_database, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table),
                    {rowid});
}

} // namespace opieka
