#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// One change as the audit trail keeps it (dziennik zmian).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userLogin;
    QString action; // e.g. "assign", "import", "rule.add"
    QString entity; // table-like name: worker, family, assignment, ...
    QString entityId;
    QString oldValues;   // JSON object, empty for a creation
    QString newValues;   // JSON object, empty for a deletion
    QString prevHash;    // the hash of the record before (the chain's start: 64 zeros)
    QString valuesHash;  // SHA-256 (hex) of the old and new values
    QString hash;        // SHA-256 (hex) over prevHash, time, login, action, entity, valuesHash
    bool erased = false; // its personal values were blanked on a GDPR erasure
};

enum class AuditChainProblem
{
    None,
    MissingHash, // the record has no hash
    OutOfOrder,  // it does not follow the record before it: one was deleted or reordered
    Edited,      // its content does not match its hash (or an erased record still has values)
};

// The database's identity and what it says the audit chain holds (schema 12): written in the
// same transaction as every audit record, so that records deleted from the end (or all of them)
// no longer leave a chain that verifies.
struct AuditAnchor
{
    QString databaseId; // random, made when the database was created (or upgraded to schema 12)
    qint64 records = 0; // how many records the chain holds
    QString head;       // the last record's hash (the chain's start when there is none)
};

// The result of walking the audit chain from its first record.
struct AuditChainCheck
{
    int records = 0;
    std::optional<qint64> brokenAt; // the first record that does not fit the chain
    AuditChainProblem problem = AuditChainProblem::None;
    qint64 lastId = 0;                 // the last record's number (0: none)
    QString lastHash;                  // the last record's hash (the chain's start: none)
    std::optional<AuditAnchor> anchor; // none: its row was deleted outside Opieka
    // The first record whose values were blanked (erased_at set) without an erasure record in
    // the chain that names it.
    std::optional<qint64> erasedWithoutRecord;

    // The records end where the anchor says the chain ends.
    bool endsAtHead() const
    {
        return anchor && anchor->records == records && anchor->head == lastHash;
    }
    bool intact() const { return !brokenAt && !erasedWithoutRecord && endsAtHead(); }
};

// Append-only: there is no update or delete here on purpose (sealing the records written before
// the chain existed is the one exception, once, on upgrade).
class AuditRepository
{
public:
    explicit AuditRepository(Database& database)
        : m_database(database)
    {}

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

    Database& m_database;
};

} // namespace opieka
