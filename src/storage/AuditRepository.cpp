#include "AuditRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"

#include <QCryptographicHash>

namespace opieka {
namespace {
const QString kSelect =
    QStringLiteral("SELECT id, at, user_login, action, entity, entity_id, old_values, new_values, "
                   "prev_hash, hash FROM audit_log ");

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry fromRow(const QSqlQuery& q)
{
    return AuditEntry{
        q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
        q.value(2).toString(),   q.value(3).toString(),
        q.value(4).toString(),   q.value(5).toString(),
        q.value(6).toString(),   q.value(7).toString(),
        q.value(8).toString(),   q.value(9).toString()};
}

QList<AuditEntry> readAll(QSqlQuery& q)
{
    QList<AuditEntry> list;
    while (q.next())
        list << fromRow(q);
    return list;
}
} // namespace

QString AuditRepository::chainStart()
{
    return QString(64, QLatin1Char('0'));
}

// SHA-256 over the previous hash and every field, each preceded by its length, so that no two
// different records serialise alike. The id is not part of it: the order is the chain itself.
QString AuditRepository::hashOf(const AuditEntry& e, const QString& storedAt,
                                const QString& prevHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& field : {prevHash, storedAt, e.userLogin, e.action, e.entity, e.entityId,
                                 e.oldValues, e.newValues}) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditRepository::append(const AuditEntry& entry)
{
    // The last hash and the new record in one write transaction: two writers cannot both
    // chain to the same record.
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto last =
        sql::run(m_database, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    const QString prev = last->next() ? last->value(0).toString() : chainStart();
    const AuditEntry& e = entry;
    const QString at = timestamp(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc());
    const QString hash = hashOf(e, at, prev);
    if (Status s = sql::run(m_database,
                            QStringLiteral("INSERT INTO audit_log (at, user_login, action, entity, "
                                           "entity_id, old_values, new_values, prev_hash, hash) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {at, e.userLogin, e.action, e.entity, sql::text(e.entityId),
                             sql::text(e.oldValues), sql::text(e.newValues), prev, hash});
        !s)
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
    while (q->next()) {
        const AuditEntry e = fromRow(*q);
        ++check.records;
        if (check.brokenAt)
            continue;
        if (e.hash.isEmpty()) {
            check.brokenAt = e.id;
            check.problem = AuditChainProblem::MissingHash;
        } else if (e.prevHash != expectedPrev) {
            check.brokenAt = e.id;
            check.problem = AuditChainProblem::OutOfOrder;
        } else if (hashOf(e, q->value(1).toString(), e.prevHash) != e.hash) {
            check.brokenAt = e.id;
            check.problem = AuditChainProblem::Edited;
        }
        expectedPrev = e.hash;
    }
    return check;
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
        const QString hash = hashOf(e, at, prev);
        if (Status s = sql::run(m_database,
                                QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? "
                                               "WHERE id = ?"),
                                {prev, hash, e.id});
            !s)
            return s;
        prev = hash;
    }
    return transaction->commit();
}

Result<QList<AuditEntry>> AuditRepository::forEntity(const QString& entity, const QString& entityId)
{
    auto q = sql::run(m_database,
                      kSelect + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"),
                      {entity, entityId});
    if (!q)
        return q.error();
    return readAll(*q);
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit)
{
    auto q = sql::run(m_database, kSelect + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    return readAll(*q);
}

Result<int> AuditRepository::count()
{
    auto q = sql::run(m_database, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace opieka
