#include "FieldChangeRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QTimeZone>

namespace opieka {
namespace {

std::optional<QString> optionalText(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

QVariant bound(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

QVariant boundTime(const QDateTime& at)
{
    return at.isValid() ? QVariant(FieldChangeRepository::timeText(at))
                        : QVariant(QMetaType(QMetaType::QString));
}

const QString kChangeColumns = QStringLiteral(
    "id, table_name, record_id, operation, field, old_value, new_value, changed_at, changed_by");

FieldChangeRow changeFromRow(const QSqlQuery& q)
{
    FieldChangeRow c;
    c.id = q.value(0).toLongLong();
    c.table = q.value(1).toString();
    c.recordId = q.value(2).toLongLong();
    c.operation = q.value(3).toString();
    c.field = q.value(4).toString();
    c.oldValue = optionalText(q.value(5));
    c.newValue = optionalText(q.value(6));
    c.changedAt = FieldChangeRepository::timeFrom(q.value(7).toString());
    c.changedBy = q.value(8).toString();
    return c;
}

const QString kConflictColumns = QStringLiteral(
    "id, table_name, record_id, field, base_value, centre_value, field_value, centre_changed_by, "
    "centre_changed_at, field_changed_by, field_changed_at, resolution, resolved_value, "
    "closed_at");

FieldConflictRow conflictFromRow(const QSqlQuery& q)
{
    FieldConflictRow c;
    c.id = q.value(0).toLongLong();
    c.table = q.value(1).toString();
    c.recordId = q.value(2).toLongLong();
    c.field = q.value(3).toString();
    c.baseValue = optionalText(q.value(4));
    c.centreValue = optionalText(q.value(5));
    c.fieldValue = optionalText(q.value(6));
    c.centreChangedBy = q.value(7).toString();
    c.centreChangedAt = FieldChangeRepository::timeFrom(q.value(8).toString());
    c.fieldChangedBy = q.value(9).toString();
    c.fieldChangedAt = FieldChangeRepository::timeFrom(q.value(10).toString());
    c.resolution = q.value(11).toString();
    c.resolvedValue = optionalText(q.value(12));
    c.closed = !q.value(13).isNull();
    return c;
}

} // namespace

QString FieldChangeRepository::timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime FieldChangeRepository::timeFrom(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T'); // SQLite's datetime('now')
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(iso, Qt::ISODate);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime && !iso.contains(QLatin1Char('+')) &&
        !iso.endsWith(QLatin1Char('Z')))
        at.setTimeZone(QTimeZone::utc());
    return at.toUTC();
}

Result<std::optional<FieldCopyInfoRow>> FieldChangeRepository::info()
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT copy_id, centre_database_id, worker_id, taken_at, "
                                        "last_synced_at FROM field_copy_info WHERE id = 1"),
                         {}, [](const QSqlQuery& q) {
                             FieldCopyInfoRow info;
                             info.copyId = q.value(0).toString();
                             info.centreDatabaseId = q.value(1).toString();
                             info.workerId = q.value(2).toLongLong();
                             info.takenAt = timeFrom(q.value(3).toString());
                             if (!q.value(4).isNull())
                                 info.lastSyncedAt = timeFrom(q.value(4).toString());
                             return info;
                         });
}

Result<QList<FieldChangeRow>> FieldChangeRepository::pending()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT ") + kChangeColumns +
                         QStringLiteral(" FROM field_changes WHERE synced_at IS NULL ORDER BY id"),
                     {}, changeFromRow);
}

Status FieldChangeRepository::markSynced(const QList<qint64>& changeIds, const QDateTime& at)
{
    for (qint64 id : changeIds)
        OPIEKA_TRY(sql::run(m_database,
                            QStringLiteral("UPDATE field_changes SET synced_at = ? WHERE id = ? "
                                           "AND synced_at IS NULL"),
                            {timeText(at), id}));
    return {};
}

Status FieldChangeRepository::setRecording(bool on)
{
    return sql::run(m_database, QStringLiteral("UPDATE field_copy_info SET recording = ?"),
                    {on ? 1 : 0});
}

Status FieldChangeRepository::setLastSynced(const QDateTime& at)
{
    return sql::run(m_database, QStringLiteral("UPDATE field_copy_info SET last_synced_at = ?"),
                    {timeText(at)});
}

Result<QList<FieldConflictRow>> FieldChangeRepository::conflicts(bool all)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT ") + kConflictColumns +
                         QStringLiteral(" FROM field_conflicts ") +
                         (all ? QString() : QStringLiteral("WHERE closed_at IS NULL ")) +
                         QStringLiteral("ORDER BY id"),
                     {}, conflictFromRow);
}

Result<std::optional<FieldConflictRow>>
FieldChangeRepository::openConflict(const QString& table, qint64 recordId, const QString& field)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT ") + kConflictColumns +
                             QStringLiteral(" FROM field_conflicts WHERE table_name = ? AND "
                                            "record_id = ? AND field = ? AND closed_at IS NULL "
                                            "ORDER BY id"),
                         {table, recordId, field}, conflictFromRow);
}

Status FieldChangeRepository::storeConflict(const FieldConflictRow& c, const QDateTime& foundAt)
{
    auto open = openConflict(c.table, c.recordId, c.field);
    if (!open)
        return open.error();
    const QList<QVariant> values{bound(c.baseValue),           bound(c.centreValue),
                                 bound(c.fieldValue),          c.centreChangedBy,
                                 boundTime(c.centreChangedAt), c.fieldChangedBy,
                                 boundTime(c.fieldChangedAt),  timeText(foundAt)};
    if (*open)
        return sql::run(m_database,
                        QStringLiteral("UPDATE field_conflicts SET base_value = ?, centre_value = "
                                       "?, field_value = ?, centre_changed_by = ?, "
                                       "centre_changed_at = ?, field_changed_by = ?, "
                                       "field_changed_at = ?, found_at = ?, resolution = NULL, "
                                       "resolved_value = NULL, resolved_by = NULL, resolved_at = "
                                       "NULL WHERE id = ?"),
                        values + QList<QVariant>{(*open)->id});
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO field_conflicts (base_value, centre_value, "
                                   "field_value, centre_changed_by, centre_changed_at, "
                                   "field_changed_by, field_changed_at, found_at, table_name, "
                                   "record_id, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    values + QList<QVariant>{c.table, c.recordId, c.field});
}

Status FieldChangeRepository::closeConflict(qint64 id, const QDateTime& at)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE field_conflicts SET closed_at = ? WHERE id = ?"),
                    {timeText(at), id});
}

Status FieldChangeRepository::resolveConflict(qint64 id, const QString& resolution,
                                              const std::optional<QString>& value,
                                              const QString& by, const QDateTime& at)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE field_conflicts SET resolution = ?, resolved_value = ?, "
                                   "resolved_by = ?, resolved_at = ? WHERE id = ?"),
                    {resolution, bound(value), by, timeText(at), id});
}

} // namespace opieka
