#include "BackupService.h"

#include "AuditRepository.h"
#include "BackupCrypto.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "SchemaMigrator.h"
#include "SqlTransaction.h"
#include "TestWorkspace.h"
#include "VerifyService.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <optional>
#include <thread>
#include <unistd.h>

using namespace opieka;

namespace {

const QByteArray passphrase = "correct horse battery";

// Every row of every table but the audit log and its anchor, in a stable order: the data a restore
// brings back.
QString content(Database& database, bool withAudit = false)
{
    QSqlQuery tables(database.connection());
    EXPECT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QString dump;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        // The trail and its anchor (the chain's length and head) move with each record.
        if ((table == QLatin1String("audit_log") || table == QLatin1String("database_anchor")) &&
            !withAudit)
            continue;
        QSqlQuery rows(database.connection());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
        dump += table + QLatin1Char('\n');
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                dump += rows.value(i).toString() + QLatin1Char('|');
            dump += QLatin1Char('\n');
        }
    }
    return dump;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Where the last chunk begins: after the 66-byte header, chunks are a u32 LE length and that many
// bytes.
qsizetype lastChunkStart(const QByteArray& file)
{
    qsizetype at = 66;
    qsizetype last = at;
    while (at + 4 <= file.size()) {
        last = at;
        at += 4 + qFromLittleEndian<quint32>(file.constData() + at);
    }
    EXPECT_EQ(at, file.size());
    return last;
}

// Encrypts any file as a backup would, for the checks that come after decryption.
void encryptAsBackup(const QString& plainPath, const QString& backupPath)
{
    QFile plain(plainPath);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    QFile out(backupPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    const QJsonObject metadata{{QStringLiteral("format"), 1},
                               {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00Z")},
                               {QStringLiteral("bytes"), plain.size()}};
    const Status s = BackupCrypto::encrypt(plain, out, QJsonDocument(metadata).toJson(), passphrase,
                                           KeyDerivationCost::minimal(), backupPath);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
}

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        OPIEKA_SQLITE_ONLY("backups are VACUUM INTO copies of the file; a server is backed up "
                           "with pg_dump");
        ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,"
                                  "family_assistant,1\n");
        ws.load(DataSet::Families, test::familiesCsv(5));
        ws.load(DataSet::Assignments, test::assignmentsCsv(1, 1, 3));
    }

    BackupService service(const User& actor)
    {
        return BackupService(ws.session(actor), KeyDerivationCost::minimal());
    }
    QString backupPath() const { return QDir(ws.dir()).filePath(QStringLiteral("centre.bk")); }

    void backUp()
    {
        auto done = service(ws.admin()).backup(backupPath(), passphrase);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }

    // The restore is refused as bad input naming the file, and the live data is as it was.
    void expectRefusedAndUntouched(const QByteArray& phrase, const QString& expected)
    {
        const QString before = content(ws.database(), true);
        auto restored = service(ws.admin()).restore(backupPath(), phrase);
        ASSERT_FALSE(restored.ok());
        EXPECT_EQ(restored.error().kind, ErrorKind::BadInput);
        EXPECT_TRUE(restored.error().message.contains(backupPath()))
            << restored.error().message.toStdString();
        EXPECT_TRUE(restored.error().message.contains(expected))
            << restored.error().message.toStdString();
        EXPECT_EQ(content(ws.database(), true), before);
        expectNoPlainCopyLeft();
    }

    void expectNoPlainCopyLeft()
    {
        const QStringList left =
            QDir(ws.dir()).entryList({QStringLiteral(".opieka-*")}, QDir::Files | QDir::Hidden);
        EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
    }

    test::TestWorkspace ws;
};

} // namespace

TEST_F(BackupTest, RoundTripUndoesChangesMadeAfterTheBackup)
{
    const QString atBackup = content(ws.database());
    backUp();
    ws.load(DataSet::Families, test::familiesCsv(3, 100));
    ASSERT_NE(content(ws.database()), atBackup);

    auto restored = service(ws.admin()).restore(backupPath(), passphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(content(ws.database()), atBackup);
    EXPECT_TRUE(restored->createdAt.isValid());
    expectNoPlainCopyLeft();

    // The restored database works as before: new rows get fresh ids, and it reopens cleanly.
    ws.load(DataSet::Families, test::familiesCsv(1, 200));
    ws.reopen();
    EXPECT_NE(content(ws.database()), atBackup);
}

TEST_F(BackupTest, TheBackupFileHoldsNoPlainText)
{
    ws.load(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                               "50,Zażółćkowska-Syntetyczna,Testowo,coping,2020-01-01,\n");
    backUp();
    const QByteArray file = bytesOf(backupPath());
    EXPECT_TRUE(file.startsWith("OPIEKABK"));
    EXPECT_FALSE(file.contains(QStringLiteral("Zażółćkowska").toUtf8()));
    EXPECT_FALSE(file.contains("Syntetyczna"));
    EXPECT_FALSE(file.contains("SQLite format 3"));
    EXPECT_FALSE(file.contains(passphrase));
    EXPECT_EQ(QFileInfo(backupPath()).permissions() &
                  (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    expectNoPlainCopyLeft();
}

TEST_F(BackupTest, ABackupIsAuditedWithoutThePassphrase)
{
    backUp();
    auto latest = AuditRepository(ws.database()).latest(1);
    ASSERT_TRUE(latest.ok() && latest->size() == 1);
    EXPECT_EQ(latest->first().action, QStringLiteral("backup.create"));
    EXPECT_EQ(latest->first().userLogin, ws.admin().login);
    EXPECT_TRUE(latest->first().newValues.contains(QStringLiteral("centre.bk")));
    EXPECT_FALSE(latest->first().newValues.contains(QString::fromUtf8(passphrase)));

    ASSERT_TRUE(service(ws.admin()).restore(backupPath(), passphrase).ok());
    latest = AuditRepository(ws.database()).latest(1);
    ASSERT_TRUE(latest.ok() && latest->size() == 1);
    EXPECT_EQ(latest->first().action, QStringLiteral("backup.restore"));
}

TEST_F(BackupTest, ASnapshotIgnoresAnotherConnectionsOpenTransactionAndKeepsWalContent)
{
    // Committed rows still in the write-ahead log (this connection stays open: no checkpoint).
    ASSERT_GT(QFileInfo(ws.path() + QStringLiteral("-wal")).size(), 0);
    const QString committed = content(ws.database());

    // Another connection (its own thread) holds a write transaction with a family in it.
    std::atomic<int> stage{0};
    std::thread writer([&] {
        auto other = Database::open(ws.path(), Database::OpenMode::MustExist);
        if (!other) {
            stage = 3;
            return;
        }
        {
            QSqlQuery q((*other)->connection());
            EXPECT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            EXPECT_TRUE(q.exec(QStringLiteral(
                "INSERT INTO families (id, name, municipality, category, opened_on) VALUES "
                "(900, 'Niezatwierdzona', 'Testowo', 'coping', '2020-01-01')")));
            stage = 1;
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            EXPECT_TRUE(q.exec(QStringLiteral("COMMIT")));
        }
        stage = 2;
    });
    while (stage == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // The backup's audit record waits for the other writer (busy timeout), the snapshot does not.
    backUp();
    writer.join();
    ASSERT_EQ(stage, 2);
    ASSERT_NE(content(ws.database()), committed);

    ASSERT_TRUE(service(ws.admin()).restore(backupPath(), passphrase).ok());
    EXPECT_EQ(content(ws.database()), committed);
}

TEST_F(BackupTest, AWrongPassphraseIsRefusedAndTheLiveDataIsUntouched)
{
    backUp();
    ws.load(DataSet::Families, test::familiesCsv(2, 100));
    expectRefusedAndUntouched("not the passphrase", QStringLiteral("passphrase is wrong"));
}

TEST_F(BackupTest, ATruncatedBackupIsRefused)
{
    backUp();
    const QByteArray whole = bytesOf(backupPath());
    // Cut inside the last chunk, and exactly before it (every earlier chunk intact, no FINAL).
    writeBytes(backupPath(), whole.left(whole.size() - 100));
    expectRefusedAndUntouched(passphrase, QStringLiteral("incomplete"));
    writeBytes(backupPath(), whole.left(lastChunkStart(whole)));
    expectRefusedAndUntouched(passphrase, QStringLiteral("incomplete"));
    writeBytes(backupPath(), whole.left(40));
    expectRefusedAndUntouched(passphrase, QStringLiteral("incomplete"));
}

TEST_F(BackupTest, AFlippedByteAnywhereIsRefused)
{
    backUp();
    const QByteArray whole = bytesOf(backupPath());
    ASSERT_GT(whole.size(), 3 * 64 * 1024);
    for (const qsizetype at : {qsizetype{30}, qsizetype{70}, whole.size() / 2, whole.size() - 1}) {
        QByteArray changed = whole;
        changed[at] = static_cast<char>(changed.at(at) ^ 0x01);
        writeBytes(backupPath(), changed);
        expectRefusedAndUntouched(passphrase, QStringLiteral("damaged"));
    }
    writeBytes(backupPath(), whole + "x");
    expectRefusedAndUntouched(passphrase, QStringLiteral("after its last part"));
}

TEST_F(BackupTest, AForeignFileIsRefused)
{
    writeBytes(backupPath(), bytesOf(ws.path())); // a plain database is not a backup
    expectRefusedAndUntouched(passphrase, QStringLiteral("not an Opieka backup"));
    writeBytes(backupPath(), QByteArray());
    expectRefusedAndUntouched(passphrase, QStringLiteral("not an Opieka backup"));
    writeBytes(backupPath(), QByteArray(5000, 'z'));
    expectRefusedAndUntouched(passphrase, QStringLiteral("not an Opieka backup"));
}

TEST_F(BackupTest, AnEncryptedFileThatIsNoOpiekaDatabaseIsRefused)
{
    const QString text = QDir(ws.dir()).filePath(QStringLiteral("notes.txt"));
    writeBytes(text, "not a database at all");
    encryptAsBackup(text, backupPath());
    expectRefusedAndUntouched(passphrase, QStringLiteral("does not hold an Opieka database"));

    const QString foreign = QDir(ws.dir()).filePath(QStringLiteral("foreign.sqlite"));
    {
        auto db = Database::open(foreign, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        QSqlQuery((*db)->connection()).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
    }
    encryptAsBackup(foreign, backupPath());
    expectRefusedAndUntouched(passphrase, QStringLiteral("does not hold an Opieka database"));
}

TEST_F(BackupTest, ABackupFromANewerProgramIsRefused)
{
    const QString newer = QDir(ws.dir()).filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(newer, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999)")));
    }
    encryptAsBackup(newer, backupPath());
    expectRefusedAndUntouched(passphrase, QStringLiteral("newer version"));
}

TEST_F(BackupTest, EmptyAndShortPassphrasesAreRefused)
{
    auto empty = service(ws.admin()).backup(backupPath(), QByteArray());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, ErrorKind::BadInput);
    auto shortOne = service(ws.admin()).backup(backupPath(), "1234567");
    ASSERT_FALSE(shortOne.ok());
    EXPECT_EQ(shortOne.error().kind, ErrorKind::BadInput);
    EXPECT_FALSE(QFile::exists(backupPath()));

    backUp();
    expectRefusedAndUntouched(QByteArray(), QStringLiteral("empty"));
}

TEST_F(BackupTest, OnlyManagersAndAdministratorsBackUpOrRestore)
{
    const User worker = ws.addUser(QStringLiteral("pracownik"), Role::SocialWorker);
    auto refusedBackup = service(worker).backup(backupPath(), passphrase);
    ASSERT_FALSE(refusedBackup.ok());
    EXPECT_EQ(refusedBackup.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(QFile::exists(backupPath()));

    const User manager = ws.addUser(QStringLiteral("kierownik"), Role::Manager);
    ASSERT_TRUE(service(manager).backup(backupPath(), passphrase).ok());
    auto refusedRestore = service(worker).restore(backupPath(), passphrase);
    ASSERT_FALSE(refusedRestore.ok());
    EXPECT_EQ(refusedRestore.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(service(manager).restore(backupPath(), passphrase).ok());
}

TEST_F(BackupTest, AnUnwritableTargetIsAStorageFailure)
{
    const QString target = QDir(ws.dir()).filePath(QStringLiteral("missing/folder/centre.bk"));
    auto done = service(ws.admin()).backup(target, passphrase);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(done.error().message.contains(target)) << done.error().message.toStdString();
    expectNoPlainCopyLeft();

    auto ontoItself = service(ws.admin()).backup(ws.path(), passphrase);
    ASSERT_FALSE(ontoItself.ok());
    EXPECT_EQ(ontoItself.error().kind, ErrorKind::BadInput);
}

TEST_F(BackupTest, TheStandardKeyCostRoundTrips)
{
    const QString atBackup = content(ws.database());
    ASSERT_TRUE(BackupService(ws.session(ws.admin())).backup(backupPath(), passphrase).ok());
    ws.load(DataSet::Families, test::familiesCsv(1, 100));
    // The cost is read from the file, whatever the restoring service was built with.
    auto restored = service(ws.admin()).restore(backupPath(), passphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(content(ws.database()), atBackup);
}

TEST_F(BackupTest, AnotherOpenConnectionSeesTheRestoredData)
{
    const QString atBackup = content(ws.database());
    backUp();
    ws.load(DataSet::Families, test::familiesCsv(2, 100));
    auto other = Database::open(ws.path(), Database::OpenMode::MustExist); // e.g. the open window
    ASSERT_TRUE(other.ok());
    ASSERT_NE(content(**other), atBackup);

    ASSERT_TRUE(service(ws.admin()).restore(backupPath(), passphrase).ok());
    EXPECT_EQ(content(**other), atBackup);
}

TEST_F(BackupTest, ABackupFromAnOlderSchemaIsUpgradedOnRestore)
{
    const QString older = QDir(ws.dir()).filePath(QStringLiteral("older.sqlite"));
    const int olderVersion = SchemaMigrator::latestVersion() - 1;
    {
        auto db = Database::open(older, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(SchemaMigrator(**db).migrate(olderVersion).ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO families (id, name, municipality, category, "
                                          "opened_on) VALUES (7, 'Stara', 'Testowo', 'coping', "
                                          "'2019-01-01')")));
        ASSERT_TRUE(DatabaseCopy::useSingleFile(**db).ok());
    }
    encryptAsBackup(older, backupPath());
    // A database of its own, not the workspace's: restored only when asked for.
    auto restored =
        service(ws.admin())
            .restore(backupPath(), passphrase, {}, BackupService::OtherDatabase::Replace);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->backupSchema, olderVersion);
    EXPECT_EQ(*SchemaMigrator(ws.database()).currentVersion(), SchemaMigrator::latestVersion());
    QSqlQuery q(ws.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM families")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 7);
    EXPECT_FALSE(q.next());
}

TEST_F(BackupTest, DailyBackupsAreWrittenOncePerDayAndRotated)
{
    const QString folder = QDir(ws.dir()).filePath(QStringLiteral("daily"));
    const auto daily = [&](const QDate& day, int keep) {
        auto done = service(ws.admin()).dailyBackup(folder, keep, passphrase, day);
        EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
        return done.ok() ? *done : DailyBackup{};
    };
    EXPECT_TRUE(daily(QDate(2026, 3, 1), 2).written);
    const DailyBackup again = daily(QDate(2026, 3, 1), 2);
    EXPECT_FALSE(again.written);
    EXPECT_TRUE(again.removed.isEmpty());
    writeBytes(QDir(folder).filePath(QStringLiteral("notes.txt")), "keep me");
    writeBytes(QDir(folder).filePath(QStringLiteral("opieka-backup-old.bk")), "not a daily name");
    EXPECT_TRUE(daily(QDate(2026, 3, 2), 2).removed.isEmpty());

    const DailyBackup third = daily(QDate(2026, 3, 3), 2);
    EXPECT_TRUE(third.written);
    ASSERT_EQ(third.removed.size(), 1);
    EXPECT_TRUE(third.removed.first().endsWith(QStringLiteral("opieka-backup-2026-03-01.bk")));
    EXPECT_EQ(
        QDir(folder).entryList(QDir::Files),
        (QStringList{QStringLiteral("notes.txt"), QStringLiteral("opieka-backup-2026-03-02.bk"),
                     QStringLiteral("opieka-backup-2026-03-03.bk"),
                     QStringLiteral("opieka-backup-old.bk")}));

    // Each daily file is a full backup.
    ws.load(DataSet::Families, test::familiesCsv(1, 100));
    EXPECT_TRUE(service(ws.admin()).restore(third.file, passphrase).ok());

    auto none = service(ws.admin()).dailyBackup(folder, 0, passphrase, QDate(2026, 3, 4));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind, ErrorKind::BadInput);
}

TEST_F(BackupTest, ARestoreKeepsTheAuditOfWhatCameAfterTheBackup)
{
    backUp();
    ws.load(DataSet::Families, test::familiesCsv(2, 100));
    const int before = *AuditRepository(ws.database()).count();

    auto restored = service(ws.admin()).restore(backupPath(), passphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_TRUE(restored->auditKept);
    EXPECT_EQ(*AuditRepository(ws.database()).count(), before + 1);
    auto verified = VerifyService(ws.database()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << VerifyService::describe(*verified).join(u'\n').toStdString();
}

TEST_F(BackupTest, OnANewComputerTheBackupsAuditComesBack)
{
    ws.load(DataSet::Families, test::familiesCsv(2, 100));
    backUp();
    const int inBackup = *AuditRepository(ws.database()).count() - 1; // less the backup's record
    const QString atBackup = content(ws.database());

    test::TestWorkspace fresh; // 'init' on the new computer: its own administrator, its own trail
    const AuditAnchor replaced = **AuditRepository(fresh.database()).anchor();
    // Another database: only when the manager says so.
    auto restored =
        BackupService(fresh.session(fresh.admin()), KeyDerivationCost::minimal())
            .restore(backupPath(), passphrase, {}, BackupService::OtherDatabase::Replace);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_FALSE(restored->auditKept);
    EXPECT_TRUE(restored->otherDatabase);
    EXPECT_EQ(content(fresh.database()), atBackup);
    EXPECT_EQ(*AuditRepository(fresh.database()).count(), inBackup + 1);
    // The database is now the backup's, and its trail names the one it replaced.
    const AuditAnchor now = **AuditRepository(fresh.database()).anchor();
    EXPECT_EQ(now.databaseId, (**AuditRepository(ws.database()).anchor()).databaseId);
    const AuditEntry restore = AuditRepository(fresh.database()).latest(1)->first();
    EXPECT_EQ(restore.action, QStringLiteral("backup.restore"));
    EXPECT_TRUE(restore.newValues.contains(replaced.databaseId)) << restore.newValues.toStdString();
    EXPECT_TRUE(restore.newValues.contains(replaced.head)) << restore.newValues.toStdString();
    EXPECT_TRUE(restore.newValues.contains(
        QStringLiteral("\"replaced_audit_records\":%1").arg(replaced.records)))
        << restore.newValues.toStdString();
    auto verified = VerifyService(fresh.database()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << VerifyService::describe(*verified).join(u'\n').toStdString();
}

// Issue 18, defect 3: a backup of another database (another identity) would replace this
// database's trail and every account; it is refused unless asked for in so many words.
TEST_F(BackupTest, ABackupOfAnotherDatabaseIsRefused)
{
    test::TestWorkspace other;
    other.load(DataSet::Families, test::familiesCsv(1, 500));
    auto written = BackupService(other.session(other.admin()), KeyDerivationCost::minimal())
                       .backup(backupPath(), passphrase);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    const QString before = content(ws.database(), true);
    auto restored = service(ws.admin()).restore(backupPath(), passphrase);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("another database")))
        << restored.error().message.toStdString();
    EXPECT_EQ(content(ws.database(), true), before);
    expectNoPlainCopyLeft();
}

TEST_F(BackupTest, ARestoreAsksBeforeChangingAnythingWithTheWholeSummary)
{
    const QString atBackup = content(ws.database());
    backUp();
    ws.load(DataSet::Families, test::familiesCsv(2, 100));
    const QString beforeRestore = content(ws.database(), true);

    std::optional<RestoreSummary> asked;
    auto declined =
        service(ws.admin()).restore(backupPath(), passphrase, [&](const RestoreSummary& summary) {
            asked = summary;
            return false;
        });
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().kind, ErrorKind::Refused);
    ASSERT_TRUE(asked.has_value());
    EXPECT_TRUE(asked->createdAt.isValid());
    EXPECT_TRUE(asked->auditKept);
    EXPECT_EQ(content(ws.database(), true), beforeRestore) << "a declined restore changes nothing";
    expectNoPlainCopyLeft();

    auto restored =
        service(ws.admin()).restore(backupPath(), passphrase, [](const RestoreSummary&) {
            return true;
        });
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(content(ws.database()), atBackup);
    auto verified = VerifyService(ws.database()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << VerifyService::describe(*verified).join(u'\n').toStdString();
}

// Issue 18: a SIGKILL during a backup or restore left its decrypted copy of the database beside
// it for good. The next backup, restore or opening removes such copies, but only stale ones of
// that name: not one a running process holds, not a link, not another file.
TEST_F(BackupTest, PlainCopiesAKilledBackupLeftAreRemovedByTheNextOne)
{
    if (!ws.database().dialect().isSqlite())
        GTEST_SKIP() << "SQLite only: plain copies are made beside a database file";
    const QDir dir(ws.dir());
    const auto leave = [&](const QString& name) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3 synthetic plain copy");
    };
    leave(QStringLiteral(".opieka-copy-Ab3xYz.tmp"));
    leave(QStringLiteral(".opieka-copy-Ab3xYz.tmp-wal"));
    leave(QStringLiteral(".opieka-copy-Held01.tmp"));
    leave(QStringLiteral("keep-me.txt"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("keep-me.txt")),
                            dir.filePath(QStringLiteral(".opieka-copy-Link01.tmp"))));
    // Another process's backup in progress, as holdPlainCopy marks it.
    const int held =
        DatabaseCopy::holdPlainCopy(dir.filePath(QStringLiteral(".opieka-copy-Held01.tmp")));
    ASSERT_GE(held, 0);

    ASSERT_TRUE(service(ws.admin()).backup(backupPath(), passphrase).ok());
    EXPECT_FALSE(dir.exists(QStringLiteral(".opieka-copy-Ab3xYz.tmp")));
    EXPECT_FALSE(dir.exists(QStringLiteral(".opieka-copy-Ab3xYz.tmp-wal")));
    EXPECT_TRUE(dir.exists(QStringLiteral(".opieka-copy-Held01.tmp")));
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral(".opieka-copy-Link01.tmp"))).isSymLink());
    EXPECT_TRUE(dir.exists(QStringLiteral("keep-me.txt")));

    // Once its process is gone (a kill closes the descriptor), opening the database removes it.
    ::close(held);
    ws.reopen();
    EXPECT_FALSE(dir.exists(QStringLiteral(".opieka-copy-Held01.tmp")));
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral(".opieka-copy-Link01.tmp"))).isSymLink());
}

TEST_F(BackupTest, APlainCopyAKilledRestoreLeftIsRemovedByTheNextRestore)
{
    if (!ws.database().dialect().isSqlite())
        GTEST_SKIP() << "SQLite only: plain copies are made beside a database file";
    ASSERT_TRUE(service(ws.admin()).backup(backupPath(), passphrase).ok());
    const QString stale = QDir(ws.dir()).filePath(QStringLiteral(".opieka-copy-Rst9zz.tmp"));
    ASSERT_TRUE(QFile::copy(ws.path(), stale)); // as a killed restore leaves it: the data in plain
    ASSERT_TRUE(service(ws.admin()).restore(backupPath(), passphrase).ok());
    EXPECT_FALSE(QFileInfo::exists(stale));
    expectNoPlainCopyLeft();
}
