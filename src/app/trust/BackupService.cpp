#include "BackupService.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "FieldCopy.h"
#include "Logging.h"
#include "OutputFile.h"
#include "Permissions.h"
#include "SchemaMigrator.h"
#include "SqlTransaction.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <unistd.h>

namespace opieka {
namespace {

constexpr int metadataFormat = 1;

// A plain copy of the database in the live database's own folder (so it is no more exposed than
// the database itself), readable by the owner only (QTemporaryFile creates it 0600), removed with
// whatever journal SQLite left beside it when the object goes, on every path.
class PlainCopy
{
public:
    explicit PlainCopy(const QString& folder)
        : m_file(DatabaseCopy::plainCopyTemplate(folder))
    {
        // What a killed backup or restore left here goes first; this one is held while in use.
        DatabaseCopy::removeStalePlainCopies(folder);
        m_file.setAutoRemove(false);
        if (m_file.open()) {
            m_path = m_file.fileName();
            m_held = DatabaseCopy::holdPlainCopy(m_path);
        }
    }
    ~PlainCopy() { remove(); }
    PlainCopy(const PlainCopy&) = delete;
    PlainCopy& operator=(const PlainCopy&) = delete;

    bool ok() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QFileDevice& device() { return m_file; }
    QString errorString() const { return m_file.errorString(); }

    void remove()
    {
        m_file.close();
        if (m_path.isEmpty())
            return;
        for (const char* suffix : {"-wal", "-shm", "-journal", ""}) // the copy itself last
            QFile::remove(m_path + QLatin1String(suffix));
        m_path.clear();
        if (m_held >= 0)
            ::close(m_held);
        m_held = -1;
    }

private:
    QTemporaryFile m_file;
    QString m_path;
    int m_held = -1;
};

QString folderOf(const Database& database)
{
    return QFileInfo(database.location()).absolutePath();
}

// Databases have an identity from this schema on; a backup of an older one is recognised by its
// audit trail.
constexpr int identitySchema = 12;

// The database's identity and audit chain head (empty when its row was deleted outside Opieka).
Result<AuditAnchor> anchorOf(Database& database)
{
    auto anchor = AuditRepository(database).anchor();
    if (!anchor)
        return anchor.error();
    return anchor->value_or(AuditAnchor{});
}

QJsonObject anchorJson(const QString& prefix, const AuditAnchor& anchor)
{
    return {{prefix + QStringLiteral("database_id"), anchor.databaseId},
            {prefix + QStringLiteral("audit_records"), anchor.records},
            {prefix + QStringLiteral("audit_head"), anchor.head}};
}

QJsonObject merged(QJsonObject object, const QJsonObject& more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

Result<BackupSummary> BackupService::backup(const QString& file, const QByteArray& passphrase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_live, FieldCopy::CentreOnly::Administration));
    OPIEKA_TRY(Permissions::mayBackUp(m_actor));
    OPIEKA_TRY(DatabaseCopy::available(m_live)); // a server: pg_dump
    if (passphrase.size() < minimumPassphraseLength)
        return badInput(tr("The backup passphrase must have at least %1 characters.")
                            .arg(minimumPassphraseLength));
    const QFileInfo target(file);
    // Never over the database or its -wal/-shm, a device, FIFO or link; 0600; in place when whole.
    OutputFile out(file);
    OPIEKA_TRY(out.open());
    auto schema = SchemaMigrator(m_live).currentVersion();
    if (!schema)
        return schema.error();

    QElapsedTimer timer;
    timer.start();
    auto log = logging::get("app");
    PlainCopy copy(folderOf(m_live));
    if (!copy.ok())
        return storageError(tr("Cannot create a temporary file in %1: %2")
                                .arg(folderOf(m_live), copy.errorString()));
    copy.device().close();
    OPIEKA_TRY(DatabaseCopy::snapshot(m_live, copy.path()));
    BackupSummary summary;
    { // the snapshot's own identity and head: the live one may have moved on meanwhile
        auto snapshot = Database::open(copy.path(), Database::OpenMode::MustExist);
        if (!snapshot)
            return snapshot.error();
        auto anchor = anchorOf(**snapshot);
        if (!anchor)
            return anchor.error();
        summary.anchor = *anchor;
    }
    // Read through an open handle and unlinked at once: the plain copy leaves the disk now.
    QFile plain(copy.path());
    if (!plain.open(QIODevice::ReadOnly))
        return storageError(tr("Cannot read the copy to back up: %1").arg(plain.errorString()));
    copy.remove();
    summary.databaseBytes = plain.size();
    summary.schemaVersion = *schema;

    const QJsonObject metadata = merged(
        {
            {QStringLiteral("format"), metadataFormat},
            {QStringLiteral("created"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("schema"), *schema},
            {QStringLiteral("bytes"), summary.databaseBytes},
            {QStringLiteral("program"), QCoreApplication::applicationVersion()},
        },
        anchorJson(QString(), summary.anchor));
    OPIEKA_TRY(BackupCrypto::encrypt(plain, out.device(),
                                     QJsonDocument(metadata).toJson(QJsonDocument::Compact),
                                     passphrase, m_cost, file));
    OPIEKA_TRY(out.commit());
    summary.fileBytes = QFileInfo(file).size();

    // The trail itself notes the head each backup holds (the permission was checked first).
    OPIEKA_TRY(AuditedWrite(m_live, m_actor).run([&](AuditedWrite& write) {
        return write.record(QStringLiteral("backup.create"), QStringLiteral("database"), QString(),
                            {},
                            merged({{QStringLiteral("file"), target.absoluteFilePath()},
                                    {QStringLiteral("bytes"), summary.fileBytes},
                                    {QStringLiteral("schema"), *schema}},
                                   anchorJson(QString(), summary.anchor)));
    }));
    log->info("backup written: {} bytes of database, {} bytes encrypted, {} ms",
              summary.databaseBytes, summary.fileBytes, timer.elapsed());
    return summary;
}

Result<DailyBackup> BackupService::dailyBackup(const QString& folder, int keep,
                                               const QByteArray& passphrase, const QDate& today)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_live, FieldCopy::CentreOnly::Administration));
    OPIEKA_TRY(Permissions::mayBackUp(m_actor));
    OPIEKA_TRY(DatabaseCopy::available(m_live)); // a server: pg_dump
    if (keep < 1)
        return badInput(tr("Keep at least one daily backup (not %1).").arg(keep));
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return storageError(tr("Cannot create the backup folder %1.").arg(folder));

    DailyBackup daily;
    daily.file = dailyFile(folder, today);
    if (!QFileInfo::exists(daily.file)) {
        auto written = backup(daily.file, passphrase);
        if (!written)
            return written.error();
        daily.written = true;
    }
    static const QRegularExpression dailyName(
        QStringLiteral("^opieka-backup-\\d{4}-\\d{2}-\\d{2}\\.bk$"));
    QStringList dailies = dir.entryList({QStringLiteral("opieka-backup-*.bk")}, QDir::Files,
                                        QDir::Name | QDir::Reversed);
    dailies.removeIf([](const QString& name) { return !dailyName.match(name).hasMatch(); });
    // Newest first; today's file stays even when a later date is there (a clock put back).
    dailies.removeOne(QFileInfo(daily.file).fileName());
    dailies.prepend(QFileInfo(daily.file).fileName());
    for (qsizetype i = keep; i < dailies.size(); ++i) {
        if (!dir.remove(dailies.at(i)))
            return storageError(
                tr("Cannot remove the old backup %1.").arg(dir.filePath(dailies.at(i))));
        daily.removed << dir.filePath(dailies.at(i));
    }
    logging::get("app")->info("daily backup: {} written, {} old removed", daily.written ? 1 : 0,
                              daily.removed.size());
    return daily;
}

QString BackupService::dailyFile(const QString& folder, const QDate& day)
{
    return QDir(folder).filePath(
        QStringLiteral("opieka-backup-%1.bk").arg(day.toString(Qt::ISODate)));
}

Status BackupService::replaceLive(const QString& copyPath, const QString& backupFile,
                                  RestoreSummary& summary, bool commit, bool replaceOther)
{
    auto attached = DatabaseCopy::attach(m_live, copyPath);
    if (!attached)
        return attached.error();
    auto transaction = SqlTransaction::begin(m_live);
    if (!transaction)
        return transaction.error();
    // Read again under the write lock: the live trail the restore replaces or continues.
    auto live = AuditRepository(m_live).anchor();
    if (!live)
        return live.error();
    summary.live = *live;
    const bool identityKnown =
        summary.backupSchema >= identitySchema && !summary.backup.databaseId.isEmpty();
    const bool sameIdentity = summary.live && summary.live->databaseId == summary.backup.databaseId;
    auto trail = (*attached)->replaceLiveContent(sameIdentity || !identityKnown);
    if (!trail)
        return trail.error();
    summary.auditKept = *trail == DatabaseCopy::AuditTrail::KeptLive;
    summary.otherDatabase = identityKnown ? !sameIdentity : !summary.auditKept;
    if (summary.otherDatabase && !replaceOther) {
        logging::get("app")->warn("restore refused: the backup is of another database");
        return otherDatabaseRefusal(backupFile, summary, identityKnown);
    }
    if (!commit)
        return {}; // the transaction rolls back as it goes
    // Recorded in the trail the database now has, with the head of the one it replaced (or
    // continued).
    OPIEKA_TRY(AuditTrail(m_live).record(
        m_actor, QStringLiteral("backup.restore"), QStringLiteral("database"), QString(), {},
        merged(merged({{QStringLiteral("file"), QFileInfo(backupFile).absoluteFilePath()},
                       {QStringLiteral("created"), summary.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("schema"), summary.backupSchema},
                       {QStringLiteral("audit_kept"), summary.auditKept},
                       {QStringLiteral("other_database"), summary.otherDatabase}},
                      anchorJson(QStringLiteral("backup_"), summary.backup)),
               anchorJson(QStringLiteral("replaced_"), summary.live.value_or(AuditAnchor{})))));
    return transaction->commit();
}

Error BackupService::otherDatabaseRefusal(const QString& backupFile, const RestoreSummary& summary,
                                          bool identityKnown)
{
    const QString ours = summary.live ? summary.live->databaseId : tr("(its identity is missing)");
    const QString which =
        identityKnown
            ? tr("The backup %1 is of another database (identity %2, audit records: %3); this "
                 "database is %4 (audit records: %5).")
                  .arg(backupFile, summary.backup.databaseId)
                  .arg(summary.backup.records)
                  .arg(ours)
                  .arg(summary.live ? summary.live->records : 0)
            : tr("The backup %1 was written before databases had an identity, and this "
                 "database's audit trail (identity %2) does not continue the backup's: it is of "
                 "another database.")
                  .arg(backupFile, ours);
    return refused(which + QLatin1Char(' ') +
                   tr("Restoring it would replace this database's audit trail and every account. "
                      "Nothing was restored. If this database is to become that one (a new "
                      "computer after 'init'), say so: opieka-cli restore FILE "
                      "--replace-other-database."));
}

Status BackupService::checkedCopy(const QString& copyPath, const QString& backupFile,
                                  RestoreSummary& summary)
{
    auto log = logging::get("app");
    const auto notOpieka = [&] {
        return badInput(tr("The backup %1 does not hold an Opieka database. Nothing was "
                           "restored.")
                            .arg(backupFile));
    };
    {
        auto copy = Database::open(copyPath, Database::OpenMode::MustExist);
        if (!copy)
            return notOpieka();
        auto problems = DatabaseCopy::integrityProblems(**copy);
        if (!problems)
            return notOpieka();
        if (!problems->isEmpty()) {
            log->warn("restore refused: the backup's database fails the integrity check");
            return badInput(tr("The database in the backup %1 is damaged (%2). Nothing was "
                               "restored; use another backup.")
                                .arg(backupFile, *problems));
        }
        auto version = SchemaMigrator(**copy).currentVersion();
        if (!version || *version == 0)
            return notOpieka();
        if (*version > SchemaMigrator::latestVersion())
            return badInput(tr("The backup %1 was written by a newer version of Opieka (schema "
                               "%2; this program knows up to %3). Restore it with the newer "
                               "version; nothing was restored.")
                                .arg(backupFile)
                                .arg(*version)
                                .arg(SchemaMigrator::latestVersion()));
        summary.backupSchema = *version;
    }
    // An older backup is brought to this program's schema before it is copied in.
    auto upgraded = Workspace::open(copyPath, Workspace::OpenMode::MustExist);
    if (!upgraded)
        return storageError(tr("The backup %1 could not be brought up to date: %2")
                                .arg(backupFile, upgraded.error().message));
    auto anchor = anchorOf((*upgraded)->database());
    if (!anchor)
        return anchor.error();
    summary.backup = *anchor;
    return DatabaseCopy::useSingleFile((*upgraded)->database());
}

Result<RestoreSummary> BackupService::restore(const QString& backupFile,
                                              const QByteArray& passphrase,
                                              const ConfirmRestore& confirm,
                                              OtherDatabase otherDatabase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_live, FieldCopy::CentreOnly::Administration));
    OPIEKA_TRY(Permissions::mayBackUp(m_actor));
    OPIEKA_TRY(DatabaseCopy::available(m_live)); // a server: pg_dump
    if (passphrase.isEmpty())
        return badInput(tr("The passphrase for the backup %1 is empty.").arg(backupFile));
    QFile in(backupFile);
    if (!QFileInfo(backupFile).isFile())
        return badInput(tr("There is no backup file %1.").arg(backupFile));
    if (!in.open(QIODevice::ReadOnly))
        return badInput(tr("Cannot read the backup %1: %2").arg(backupFile, in.errorString()));

    QElapsedTimer timer;
    timer.start();
    PlainCopy copy(folderOf(m_live));
    if (!copy.ok())
        return storageError(tr("Cannot create a temporary file in %1: %2")
                                .arg(folderOf(m_live), copy.errorString()));
    auto metadata = BackupCrypto::decrypt(in, copy.device(), passphrase, backupFile);
    if (!metadata)
        return metadata.error();
    if (!copy.device().flush())
        return storageError(
            tr("Cannot write the restored copy: %1").arg(copy.device().errorString()));
    const qint64 copyBytes = copy.device().size();
    copy.device().close();
    const QJsonObject description = QJsonDocument::fromJson(*metadata).object();
    if (description.value(QStringLiteral("format")).toInt() != metadataFormat ||
        description.value(QStringLiteral("bytes")).toInteger(-1) != copyBytes)
        return badInput(tr("The backup %1 is damaged: its description does not match its "
                           "content. Nothing was restored.")
                            .arg(backupFile));

    RestoreSummary summary;
    summary.createdAt = QDateTime::fromString(
        description.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    OPIEKA_TRY(checkedCopy(copy.path(), backupFile, summary));

    bool replaceOther = otherDatabase == OtherDatabase::Replace;
    if (confirm) {
        // A trial inside a transaction that is rolled back: the summary is then complete, and
        // the question says whether the backup is of another database.
        OPIEKA_TRY(replaceLive(copy.path(), backupFile, summary, false, true));
        if (!confirm(summary))
            return refused(
                tr("The restore of %1 was cancelled; nothing was changed.").arg(backupFile));
        // A yes to the question about another database; a yes to an ordinary restore does not
        // cover a backup that turns out to be of another database after all.
        replaceOther = replaceOther || summary.otherDatabase;
    }
    OPIEKA_TRY(replaceLive(copy.path(), backupFile, summary, true, replaceOther));
    logging::get("app")->info("backup restored: schema {}, {} bytes, {} ms", summary.backupSchema,
                              copyBytes, timer.elapsed());
    return summary;
}

} // namespace opieka
