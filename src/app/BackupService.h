#pragma once

#include "BackupCrypto.h"
#include "Result.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace opieka {

class Database;

struct BackupSummary
{
    qint64 databaseBytes = 0; // the plain copy
    qint64 fileBytes = 0;     // the encrypted file
    int schemaVersion = 0;
};

struct RestoreSummary
{
    QDateTime createdAt;  // when the backup was taken (UTC)
    int backupSchema = 0; // the schema the backup was written with (upgraded when older)
};

// Encrypted backups of the live database and their restore (docs/data-protection.md). Managers
// and administrators only. No plain copy outlives a call: the snapshot is encrypted as it is
// read and removed, and a restore's decrypted copy sits in the database's own folder (0600)
// only until it has been checked and copied in.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static constexpr int minimumPassphraseLength = 8;

    explicit BackupService(Database& live, KeyDerivationCost cost = KeyDerivationCost::standard())
        : m_live(live)
        , m_cost(cost)
    {}

    // Writes an encrypted, consistent copy of the live database to `file` (replacing it
    // atomically) and records the backup in the audit.
    Result<BackupSummary> backup(const User& actor, const QString& file,
                                 const QByteArray& passphrase);
    // Decrypts and authenticates `backupFile`, checks it (integrity, an Opieka database no newer
    // than this program, upgraded when older), then replaces the live content with it in one
    // transaction. On any failure the live database is left as it was.
    Result<RestoreSummary> restore(const User& actor, const QString& backupFile,
                                   const QByteArray& passphrase);

    static Status mayBackUp(const User& actor);

private:
    Status checkedCopy(const QString& copyPath, const QString& backupFile, int& schema);

    Database& m_live;
    KeyDerivationCost m_cost;
};

} // namespace opieka
