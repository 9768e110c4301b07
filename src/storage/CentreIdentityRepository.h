#pragma once

#include "Repository.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// The fields of a centre card as stored (schema 18): the app layer (CentreIdentity) makes and
// checks them; here they are only kept. Keys and signatures are raw bytes (Base64 in the table).
struct StoredCard
{
    QString name;
    QString kind; // "ops", "pcpr"
    QString area;
    QString regon; // empty when none
    QDateTime createdAt;
    QByteArray signingKey;
    QByteArray encryptionKey;
    QByteArray signature;
};

// The centre's own identity: its card, its sealed private keys and how their key is derived.
struct StoredCentre
{
    StoredCard card;
    QByteArray sealedKeys;
    QByteArray salt;
    quint64 operations = 0;
    quint64 memoryBytes = 0;
    QString createdBy;
};

// A trusted partner centre.
struct StoredPartner
{
    qint64 id = 0;
    StoredCard card;
    QString fingerprint;
    QDateTime addedAt;
    QString addedBy;
};

// The centre's identity (one row, centre_identity) and its partners (partner_centres).
class CentreIdentityRepository : public Repository
{
public:
    using Repository::Repository;

    Result<std::optional<StoredCentre>> centre();
    // Stores the identity; the caller has checked that there is none yet.
    Status insertCentre(const StoredCentre& centre);

    // Every partner, by name then id.
    Result<QList<StoredPartner>> partners();
    // Whether a partner has this fingerprint or this signing key.
    Result<bool> partnerKnown(const QString& fingerprint, const QByteArray& signingKey);
    // The new partner's id.
    Result<qint64> insertPartner(const StoredPartner& partner);
};

} // namespace opieka
