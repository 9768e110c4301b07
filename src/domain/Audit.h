#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka {

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

} // namespace opieka
