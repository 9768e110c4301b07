#include "FieldCopyRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {

std::optional<QDateTime> optionalTime(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

} // namespace

QString FieldCopyRepository::timestamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Result<std::optional<FieldCopyRecord>> FieldCopyRepository::info()
{
    return sql::firstRow(
        m_database,
        QStringLiteral("SELECT copy_id, centre_database_id, centre_name, centre_location, "
                       "worker_id, taken_by, taken_at, last_synced_at, recording, acting_login "
                       "FROM field_copy_info WHERE id = 1"),
        {}, [](const QSqlQuery& q) {
            FieldCopyRecord r;
            r.copyId = q.value(0).toString();
            r.centreDatabaseId = q.value(1).toString();
            r.centreName = q.value(2).toString();
            r.centreLocation = q.value(3).toString();
            r.workerId = q.value(4).toLongLong();
            r.takenBy = q.value(5).toString();
            r.takenAt = optionalTime(q.value(6)).value_or(QDateTime());
            r.lastSyncedAt = optionalTime(q.value(7));
            r.recording = q.value(8).toInt() != 0;
            r.actingLogin = q.value(9).toString();
            return r;
        });
}

Status FieldCopyRepository::insertInfo(const FieldCopyRecord& r)
{
    return sql::run(
        m_database,
        QStringLiteral("INSERT INTO field_copy_info (id, copy_id, centre_database_id, centre_name, "
                       "centre_location, worker_id, taken_by, taken_at, last_synced_at, "
                       "recording, acting_login) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.copyId, r.centreDatabaseId, r.centreName, r.centreLocation, r.workerId, r.takenBy,
         timestamp(r.takenAt), r.lastSyncedAt ? QVariant(timestamp(*r.lastSyncedAt)) : QVariant(),
         r.recording ? 1 : 0, sql::text(r.actingLogin)});
}

Status FieldCopyRepository::setRecording(bool on)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE field_copy_info SET recording = ? WHERE id = 1"),
                    {on ? 1 : 0});
}

Status FieldCopyRepository::setActingLogin(const QString& login)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE field_copy_info SET acting_login = ? WHERE id = 1"),
                    {sql::text(login)});
}

Status FieldCopyRepository::insertCentreCopy(const QString& copyId, qint64 workerId,
                                             const QString& takenBy, const QDateTime& takenAt)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO field_copies (id, worker_id, taken_by, taken_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    {copyId, workerId, takenBy, timestamp(takenAt)});
}

} // namespace opieka
