#include "AuditRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace opieka {
namespace {
const QString kSelect =
    QStringLiteral("SELECT id, at, user_login, action, entity, entity_id, old_values, new_values, "
                   "prev_hash, hash, values_hash, erased_at FROM audit_log ");

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry fromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userLogin = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.oldValues = q.value(6).toString();
    e.newValues = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.valuesHash = q.value(10).toString();
    e.erased = !q.value(11).isNull();
    return e;
}

const QString kInsert =
    QStringLiteral("INSERT INTO audit_log (at, user_login, action, entity, entity_id, old_values, "
                   "new_values, values_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?)");
} // namespace

Result<QList<qint64>> AuditRepository::idsConcerning(const QString& entity, const QString& entityId,
                                                     const QString& valueText)
{
    const QString pattern = QLatin1Char('%') + sql::likePattern(valueText) + QLatin1Char('%');
    return sql::rows(m_database,
                     QStringLiteral("SELECT id FROM audit_log WHERE (entity = ? AND entity_id = "
                                    "?) OR (? <> '' AND (old_values LIKE ? ESCAPE '\\' OR "
                                    "new_values LIKE ? ESCAPE '\\')) ORDER BY id"),
                     {entity, entityId, valueText, pattern, pattern}, sql::idColumn);
}

Result<QList<qint64>> AuditRepository::erasePersonalValues(const QList<qint64>& ids)
{
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    QList<qint64> erased;
    for (qint64 id : ids) {
        auto q = sql::run(m_database,
                          QStringLiteral("UPDATE audit_log SET old_values = NULL, new_values = "
                                         "NULL, erased_at = ? WHERE id = ? AND erased_at IS NULL"),
                          {now, id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() > 0)
            erased << id;
    }
    return erased;
}

QString AuditRepository::erasureAction()
{
    return QStringLiteral("member.erase");
}

QString AuditRepository::erasedRecordsKey()
{
    return QStringLiteral("erased_audit_records");
}

QString AuditRepository::chainStart()
{
    return QString(64, QLatin1Char('0'));
}

namespace {
QString sha256(const QList<QByteArray>& fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& bytes : fields) {
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

// Every field preceded by its length, so that no two different records serialise alike. The id
// is not part of it: the order is the chain itself.
QString AuditRepository::valuesHashOf(const AuditEntry& e)
{
    return sha256({e.oldValues.toUtf8(), e.newValues.toUtf8()});
}

QString AuditRepository::linkHash(const AuditEntry& e, const QString& storedAt,
                                  const QString& prevHash, const QString& valuesHash)
{
    return sha256({prevHash.toLatin1(), storedAt.toUtf8(), e.userLogin.toUtf8(), e.action.toUtf8(),
                   e.entity.toUtf8(), e.entityId.toUtf8(), valuesHash.toLatin1()});
}

namespace {
// The bound values of a record chained to `prev`; `hash` receives its own hash.
QList<QVariant> insertValues(const AuditEntry& e, const QString& prev, QString& hash)
{
    const QString at = timestamp(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc());
    const QString values = AuditRepository::valuesHashOf(e);
    hash = AuditRepository::linkHash(e, at, prev, values);
    return {at,
            e.userLogin,
            e.action,
            e.entity,
            sql::text(e.entityId),
            sql::text(e.oldValues),
            sql::text(e.newValues),
            values,
            prev,
            hash};
}

Result<std::optional<AuditAnchor>> readAnchor(const Database& database)
{
    return sql::firstRow(database,
                         QStringLiteral("SELECT database_id, audit_records, audit_head FROM "
                                        "database_anchor WHERE id = 1"),
                         {}, [](const QSqlQuery& q) {
                             return AuditAnchor{q.value(0).toString(), q.value(1).toLongLong(),
                                                q.value(2).toString()};
                         });
}

Status setHead(const Database& database, qint64 records, const QString& head)
{
    return sql::run(database,
                    QStringLiteral("UPDATE database_anchor SET audit_records = ?, audit_head = ? "
                                   "WHERE id = 1"),
                    {records, head});
}

Error anchorMissing()
{
    return storageError(QCoreApplication::translate(
        "AuditRepository", "The database's identity and audit chain head are missing: the file "
                           "was changed outside Opieka. Nothing was saved. Run 'opieka-cli "
                           "verify' and restore a backup."));
}

// An erasure record written before schema 12 counts the records it blanked without naming them.
constexpr auto legacyErasedCountKey = "audit_records_blanked";
} // namespace

Status AuditRepository::append(const AuditEntry& entry)
{
    return appendAll({entry});
}

Status AuditRepository::appendAll(const QList<AuditEntry>& entries)
{
    // The last hash and the new records in one write transaction: two writers cannot both
    // chain to the same record.
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Chained to the stored head, not to whatever record is last now: records deleted from the
    // end stay a gap in the chain after new ones are added.
    auto anchor = readAnchor(m_database);
    if (!anchor)
        return anchor.error();
    if (!*anchor)
        return anchorMissing();
    QSqlQuery insert(m_database.connection());
    if (!insert.prepare(kInsert))
        return storageError(QCoreApplication::translate("Database", "Database error: %1")
                                .arg(insert.lastError().text()));
    QString chain = (*anchor)->head;
    for (const AuditEntry& entry : entries) {
        QString hash;
        const QList<QVariant> values = insertValues(entry, chain, hash);
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values[i]);
        if (Status s = sql::exec(m_database, insert); !s)
            return s;
        chain = hash;
    }
    if (Status s = setHead(m_database, (*anchor)->records + entries.size(), chain); !s)
        return s;
    return transaction->commit();
}

Result<AuditChainCheck> AuditRepository::verifyChain()
{
    auto q = sql::run(m_database, kSelect + QStringLiteral("ORDER BY id"));
    if (!q)
        return q.error();
    AuditChainCheck check;
    QString expectedPrev = chainStart();
    QList<qint64> erasedUnaccounted; // erased records no erasure record has named yet
    while (q->next()) {
        const AuditEntry e = fromRow(*q);
        ++check.records;
        check.lastId = e.id;
        check.lastHash = e.hash;
        if (e.erased)
            erasedUnaccounted << e.id;
        else if (e.action == erasureAction())
            account(e, erasedUnaccounted);
        if (check.brokenAt)
            continue;
        if (e.hash.isEmpty()) {
            check.brokenAt = e.id;
            check.problem = AuditChainProblem::MissingHash;
        } else if (e.prevHash != expectedPrev) {
            check.brokenAt = e.id;
            check.problem = AuditChainProblem::OutOfOrder;
        } else if ((e.erased ? !e.oldValues.isEmpty() || !e.newValues.isEmpty()
                             : valuesHashOf(e) != e.valuesHash) ||
                   linkHash(e, q->value(1).toString(), e.prevHash, e.valuesHash) != e.hash) {
            check.brokenAt = e.id;
            check.problem = AuditChainProblem::Edited;
        }
        expectedPrev = e.hash;
    }
    if (check.records == 0)
        check.lastHash = chainStart();
    if (!erasedUnaccounted.isEmpty())
        check.erasedWithoutRecord = erasedUnaccounted.first();
    auto anchor = readAnchor(m_database);
    if (!anchor)
        return anchor.error();
    check.anchor = *anchor;
    return check;
}

// Removes from `erased` the records an erasure record blanked: those it names, or, written before
// schema 12, as many as it counted.
void AuditRepository::account(const AuditEntry& erasure, QList<qint64>& erased)
{
    const QJsonObject values = QJsonDocument::fromJson(erasure.newValues.toUtf8()).object();
    if (values.contains(erasedRecordsKey())) {
        for (const QJsonValue& id : values.value(erasedRecordsKey()).toArray())
            erased.removeOne(id.toInteger());
        return;
    }
    const qint64 counted = values.value(QLatin1String(legacyErasedCountKey)).toInteger();
    erased.remove(0, std::min<qint64>(counted, erased.size()));
}

Status AuditRepository::sealLegacyRecords()
{
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto chained = sql::run(m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                       "hash IS NOT NULL AND hash <> ''"));
    if (!chained)
        return chained.error();
    if (chained->next() && chained->value(0).toLongLong() > 0)
        return {};
    auto q = sql::run(m_database, kSelect + QStringLiteral("ORDER BY id"));
    if (!q)
        return q.error();
    QList<std::pair<AuditEntry, QString>> legacy; // with the time as stored
    while (q->next())
        legacy << std::make_pair(fromRow(*q), q->value(1).toString());
    QString prev = chainStart();
    for (const auto& [e, at] : legacy) {
        const QString values = valuesHashOf(e);
        const QString hash = linkHash(e, at, prev, values);
        if (Status s = sql::run(m_database,
                                QStringLiteral("UPDATE audit_log SET values_hash = ?, prev_hash = "
                                               "?, hash = ? WHERE id = ?"),
                                {values, prev, hash, e.id});
            !s)
            return s;
        prev = hash;
    }
    if (!legacy.isEmpty())
        if (Status s = setHead(m_database, legacy.size(), prev); !s)
            return s;
    return transaction->commit();
}

Result<QList<AuditEntry>> AuditRepository::forEntity(const QString& entity, const QString& entityId)
{
    return sql::rows(m_database,
                     kSelect + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"),
                     {entity, entityId}, fromRow);
}

Result<QList<AuditEntry>> AuditRepository::byUser(const QString& login)
{
    return sql::rows(m_database, kSelect + QStringLiteral("WHERE user_login = ? ORDER BY id"),
                     {login}, fromRow);
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit)
{
    return sql::rows(m_database, kSelect + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit},
                     fromRow);
}

Result<std::optional<AuditAnchor>> AuditRepository::anchor()
{
    return readAnchor(m_database);
}

Result<int> AuditRepository::count()
{
    return sql::number(m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
}

} // namespace opieka
