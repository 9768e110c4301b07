#pragma once

#include "Audit.h"
#include "BackupCrypto.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace opieka {

class Database;

struct BackupSummary
{
    qint64 databaseBytes = 0; // the plain copy
    qint64 fileBytes = 0;     // the encrypted file
    int schemaVersion = 0;
    // The copy's database identity and its audit chain's length and head, also in the backup's
    // description: what a later restore or `verify` compares the live trail with.
    AuditAnchor anchor;
};

struct DailyBackup
{
    QString file;         // the day's backup
    bool written = false; // false: that day's backup was already there
    QStringList removed;  // older daily backups removed by the rotation
};

struct RestoreSummary
{
    QDateTime createdAt;  // when the backup was taken (UTC)
    int backupSchema = 0; // the schema the backup was written with (upgraded when older)
    // The live audit log continued the backup's and was kept (the usual case). Otherwise the
    // database held another history (e.g. a fresh 'init' on a new computer): the backup's log
    // replaced it.
    bool auditKept = false;
    // The backup is of another database: another identity, or, written before schema 12 when
    // databases had none, a trail the live one does not continue. Restoring it replaces this
    // database's trail and every account, and is done only when asked for in so many words.
    bool otherDatabase = false;
    AuditAnchor backup;              // the backup's identity, chain length and head
    std::optional<AuditAnchor> live; // this database's before the restore (none: its row gone)
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

    explicit BackupService(const Session& session,
                           KeyDerivationCost cost = KeyDerivationCost::standard())
        : m_live(session.database())
        , m_actor(session.actor())
        , m_cost(cost)
    {}

    // Writes an encrypted, consistent copy of the live database to `file` (replacing it
    // atomically) and records the backup in the audit.
    Result<BackupSummary> backup(const QString& file, const QByteArray& passphrase);
    // Decrypts and authenticates `backupFile`, checks it (integrity, an Opieka database no newer
    // than this program, upgraded when older), then replaces the live content with it in one
    // transaction. On any failure the live database is left as it was.
    // With `confirm`, the restore is tried first in a transaction that is rolled back, and
    // `confirm` is asked with its summary (the backup's date, whether the live audit is kept)
    // before anything changes; a false answer leaves the live database as it was and is refused.
    // A backup of another database (RestoreSummary::otherDatabase) is refused unless
    // `otherDatabase` is Replace or `confirm` (which sees it in the summary) says yes. The restore
    // record names the replaced trail's identity, length and head.
    using ConfirmRestore = std::function<bool(const RestoreSummary&)>;
    enum class OtherDatabase
    {
        Refuse,
        Replace,
    };
    Result<RestoreSummary> restore(const QString& backupFile, const QByteArray& passphrase,
                                   const ConfirmRestore& confirm = {},
                                   OtherDatabase otherDatabase = OtherDatabase::Refuse);

    // The daily backup with rotation: writes `folder`/opieka-backup-YYYY-MM-DD.bk for `today`
    // unless that file is already there (so it may run at every start or every hour), then keeps
    // the newest `keep` such files and removes older ones. No other file in the folder is touched.
    Result<DailyBackup> dailyBackup(const QString& folder, int keep, const QByteArray& passphrase,
                                    const QDate& today);
    // The file dailyBackup writes for `day` in `folder`.
    static QString dailyFile(const QString& folder, const QDate& day);

private:
    // Checks and upgrades the copy; fills the summary's backup schema and anchor.
    Status checkedCopy(const QString& copyPath, const QString& backupFile, RestoreSummary& summary);
    // Replaces the live content with the attached copy's; commits only when `commit` is true.
    // Refuses a backup of another database unless `replaceOther`.
    Status replaceLive(const QString& copyPath, const QString& backupFile, RestoreSummary& summary,
                       bool commit, bool replaceOther);

    static Error otherDatabaseRefusal(const QString& backupFile, const RestoreSummary& summary,
                                      bool identityKnown);

    Database& m_live;
    User m_actor; // the signed-in account every read and change is checked for
    KeyDerivationCost m_cost;
};

} // namespace opieka
