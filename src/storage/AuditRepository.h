#pragma once

#include "Audit.h"
#include "Repository.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// Append-only: there is no update or delete here on purpose (sealing the records written before
// the chain existed is the one exception, once, on upgrade).
class AuditRepository : public Repository
{
public:
    using Repository::Repository;

    Status append(const AuditEntry& entry);
    // Many records chained in order with one look-up of the last hash and one prepared insert
    // (an import's records).
    Status appendAll(const QList<AuditEntry>& entries);
    Result<QList<AuditEntry>> forEntity(const QString& entity, const QString& entityId);
    Result<QList<AuditEntry>> latest(int limit);
    Result<QList<AuditEntry>> byUser(const QString& login);
    Result<int> count();
    // The database's identity and the chain's stored length and head; none when the row is gone.
    Result<std::optional<AuditAnchor>> anchor();
    // Walks every record in order and recomputes the chain.
    Result<AuditChainCheck> verifyChain();
    // Puts records written before schema 7 into the chain; only while no record has a hash yet
    // (the upgrade), so that blanking hashes later cannot re-seal an edited trail.
    Status sealLegacyRecords();

    // Blanks the old and new values of the records (a person's data erased under GDPR); the
    // stored values hashes keep the chain verifiable. Returns the ids of the records blanked,
    // which the erasure's own record must name (`erasureAction`, `erasedRecordsKey`): verify
    // takes an erased record without such a record for one blanked by hand.
    Result<QList<qint64>> erasePersonalValues(const QList<qint64>& ids);
    static QString erasureAction();
    static QString erasedRecordsKey();
    // Records about an entity, or whose values contain the text (e.g. a PESEL).
    Result<QList<qint64>> idsConcerning(const QString& entity, const QString& entityId,
                                        const QString& valueText);

    static QString chainStart();
    static QString valuesHashOf(const AuditEntry& entry);
    static QString linkHash(const AuditEntry& entry, const QString& storedAt,
                            const QString& prevHash, const QString& valuesHash);

private:
    static void account(const AuditEntry& erasure, QList<qint64>& erased);
};

} // namespace opieka
