#include "CentreIdentityRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QVariant& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime fromUtc(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

// The card's columns from `first` on: name, kind, area, regon, signing_key, encryption_key,
// card_signature, then its creation time at `createdAt`.
StoredCard cardFrom(const QSqlQuery& q, int first, int createdAt)
{
    StoredCard card;
    card.name = q.value(first).toString();
    card.kind = q.value(first + 1).toString();
    card.area = q.value(first + 2).toString();
    card.regon = q.value(first + 3).toString();
    card.signingKey = fromBase64(q.value(first + 4));
    card.encryptionKey = fromBase64(q.value(first + 5));
    card.signature = fromBase64(q.value(first + 6));
    card.createdAt = fromUtc(q.value(createdAt));
    return card;
}

QList<QVariant> cardValues(const StoredCard& card)
{
    return {card.name,
            card.kind,
            card.area,
            sql::text(card.regon),
            base64(card.signingKey),
            base64(card.encryptionKey),
            base64(card.signature)};
}

} // namespace

Result<std::optional<StoredCentre>> CentreIdentityRepository::centre()
{
    return sql::firstRow(
        m_database,
        QStringLiteral("SELECT name, kind, area, regon, signing_key, encryption_key, "
                       "card_signature, created_at, sealed_keys, kdf_salt, kdf_operations, "
                       "kdf_memory_bytes, created_by FROM centre_identity WHERE id = 1"),
        {}, [](const QSqlQuery& q) {
            StoredCentre centre;
            centre.card = cardFrom(q, 0, 7);
            centre.sealedKeys = fromBase64(q.value(8));
            centre.salt = fromBase64(q.value(9));
            centre.operations = q.value(10).toULongLong();
            centre.memoryBytes = q.value(11).toULongLong();
            centre.createdBy = q.value(12).toString();
            return centre;
        });
}

Status CentreIdentityRepository::insertCentre(const StoredCentre& centre)
{
    QList<QVariant> values = cardValues(centre.card);
    values << utc(centre.card.createdAt) << base64(centre.sealedKeys) << base64(centre.salt)
           << static_cast<qint64>(centre.operations) << static_cast<qint64>(centre.memoryBytes)
           << centre.createdBy;
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO centre_identity (id, name, kind, area, regon, "
                                   "signing_key, encryption_key, card_signature, created_at, "
                                   "sealed_keys, kdf_salt, kdf_operations, kdf_memory_bytes, "
                                   "created_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    values);
}

Result<QList<StoredPartner>> CentreIdentityRepository::partners()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT id, name, kind, area, regon, signing_key, "
                                    "encryption_key, card_signature, card_created_at, fingerprint, "
                                    "added_at, added_by FROM partner_centres ORDER BY name, id"),
                     {}, [](const QSqlQuery& q) {
                         StoredPartner partner;
                         partner.id = q.value(0).toLongLong();
                         partner.card = cardFrom(q, 1, 8);
                         partner.fingerprint = q.value(9).toString();
                         partner.addedAt = fromUtc(q.value(10));
                         partner.addedBy = q.value(11).toString();
                         return partner;
                     });
}

Result<bool> CentreIdentityRepository::partnerKnown(const QString& fingerprint,
                                                    const QByteArray& signingKey)
{
    return sql::anyRow(m_database,
                       QStringLiteral("SELECT 1 FROM partner_centres WHERE fingerprint = ? OR "
                                      "signing_key = ?"),
                       {fingerprint, base64(signingKey)});
}

Result<qint64> CentreIdentityRepository::insertPartner(const StoredPartner& partner)
{
    QList<QVariant> values = cardValues(partner.card);
    values << utc(partner.card.createdAt) << partner.fingerprint << utc(partner.addedAt)
           << partner.addedBy;
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral("INSERT INTO partner_centres (name, kind, area, regon, signing_key, "
                       "encryption_key, card_signature, card_created_at, fingerprint, added_at, "
                       "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values));
}

} // namespace opieka
