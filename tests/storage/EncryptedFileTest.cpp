// The encrypted file of a field copy (docs/field-work.md "The file: encrypted at rest"): a whole
// workspace lives in it, nothing of it is readable without the passphrase, a changed byte is an
// error and not garbage, and a writer killed mid-transaction leaves the last committed state.
#include "EncryptedFile.h"

#include "Database.h"
#include "FamilyService.h"
#include "FileMode.h"
#include "SqlHelpers.h"
#include "TestDatabase.h"
#include "UserRepository.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("Łąka-Testowa-2024");
// A distinctive text written into the databases: it must never be found in their bytes.
const QString kMarker = QStringLiteral("Zielonogórska-Testowa-7731");

class EncryptedFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        OPIEKA_SQLITE_ONLY("an encrypted SQLite file");
        ASSERT_TRUE(m_dir.isValid());
        // Spaces, Polish letters and '#' in the name: the SQLite URI must carry them.
        m_path = m_dir.filePath(QStringLiteral("kopia terenowa łąka #1.opieka"));
    }
    void TearDown() override { EncryptedFile::lock(m_path); }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QVariant scalar(Database& database, const QString& sql)
    {
        auto query = sql::run(database, sql);
        if (!query || !query->next()) {
            ADD_FAILURE() << sql.toStdString() << ": "
                          << (query ? "no row" : query.error().message.toStdString());
            return {};
        }
        return query->value(0);
    }

    std::unique_ptr<Database> openDatabase(Database::OpenMode mode = Database::OpenMode::MustExist)
    {
        auto database = Database::open(m_path, mode);
        if (!database) {
            ADD_FAILURE() << database.error().message.toStdString();
            return nullptr;
        }
        return std::move(*database);
    }

    // A new encrypted database with `rows` committed notes that all hold the marker, locked.
    void createWithNotes(int rows)
    {
        ASSERT_TRUE(EncryptedFile::create(m_path, kPassphrase));
        auto database = openDatabase(Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(database);
        ASSERT_TRUE(sql::run(*database, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY "
                                                       "KEY, text TEXT NOT NULL)")));
        ASSERT_TRUE(sql::run(*database, QStringLiteral("BEGIN")));
        for (int i = 0; i < rows; ++i)
            ASSERT_TRUE(sql::run(*database, QStringLiteral("INSERT INTO notes (text) VALUES (?)"),
                                 {QStringLiteral("%1 notatka %2").arg(kMarker).arg(i)}));
        ASSERT_TRUE(sql::run(*database, QStringLiteral("COMMIT")));
        database.reset();
        EncryptedFile::lock(m_path);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(EncryptedFileTest, AWholeWorkspaceLivesInTheFileAndReadsBackAfterUnlock)
{
    ASSERT_TRUE(EncryptedFile::create(m_path, kPassphrase));
    EXPECT_TRUE(EncryptedFile::isUnlocked(m_path));
    qint64 familyId = 0;
    {
        auto opened = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing); // migrations
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        Workspace& workspace = **opened;
        ASSERT_TRUE(workspace.ensureAdministrator(QStringLiteral("admin")));
        User manager;
        manager.login = QStringLiteral("szefowa");
        manager.role = Role::Manager;
        auto managerId = UserRepository(workspace.database()).insert(manager);
        ASSERT_TRUE(managerId);
        manager.id = *managerId;
        Family family;
        family.name = kMarker;
        family.municipality = QStringLiteral("Testowo");
        family.openedOn = QDate(2024, 1, 1);
        auto created = FamilyService(Session(workspace.database(), manager)).create(family);
        ASSERT_TRUE(created) << created.error().message.toStdString();
        familyId = *created;
        // A rollback journal, not WAL; and the checkpoint before erasure still succeeds.
        EXPECT_EQ(scalar(workspace.database(), QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("delete"));
        EXPECT_TRUE(workspace.database().checkpoint());
        EXPECT_EQ(scalar(workspace.database(), QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    }
    const QByteArray stored = bytesOf(m_path);
    EXPECT_TRUE(EncryptedFile::isEncrypted(m_path));
    EXPECT_EQ(stored.size() % EncryptedFile::kPageSize, 0);
    EXPECT_FALSE(stored.contains(kMarker.toUtf8()));
    EXPECT_FALSE(stored.contains("SQLite format 3"));
    EXPECT_FALSE(stored.contains("CREATE TABLE"));
    EXPECT_EQ(test::fileModeOf(m_path), 0600);
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-wal")));

    // Locked, the file cannot be opened: it says why.
    EncryptedFile::lock(m_path);
    EXPECT_FALSE(EncryptedFile::isUnlocked(m_path));
    auto locked = Workspace::open(m_path, Workspace::OpenMode::MustExist);
    ASSERT_FALSE(locked);
    EXPECT_EQ(locked.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("passphrase")))
        << locked.error().message.toStdString();

    ASSERT_TRUE(EncryptedFile::unlock(m_path, kPassphrase));
    auto reopened = Workspace::open(m_path, Workspace::OpenMode::MustExist);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    auto manager = UserRepository((*reopened)->database()).findByLogin(QStringLiteral("szefowa"));
    ASSERT_TRUE(manager && manager->has_value());
    auto family = FamilyService(Session((*reopened)->database(), **manager)).family(familyId);
    ASSERT_TRUE(family) << family.error().message.toStdString();
    EXPECT_EQ(family->name, kMarker);
}

TEST_F(EncryptedFileTest, AWrongPassphraseIsRefusedAndNothingIsKept)
{
    createWithNotes(3);
    Status wrong = EncryptedFile::unlock(m_path, QByteArrayLiteral("Zupełnie-inne-hasło"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("passphrase does not open")))
        << wrong.error().message.toStdString();
    EXPECT_FALSE(EncryptedFile::isUnlocked(m_path));

    Status tooShort = EncryptedFile::unlock(m_path, QByteArrayLiteral("krótkie"));
    ASSERT_FALSE(tooShort);
    EXPECT_EQ(tooShort.error().kind, ErrorKind::BadInput);

    ASSERT_TRUE(EncryptedFile::unlock(m_path, kPassphrase));
    auto database = openDatabase();
    ASSERT_TRUE(database);
    EXPECT_EQ(scalar(*database, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 3);
}

TEST_F(EncryptedFileTest, ANewCopyNeedsALongPassphraseAndANewFile)
{
    Status tooShort = EncryptedFile::create(m_path, QByteArrayLiteral("12345678901"));
    ASSERT_FALSE(tooShort);
    EXPECT_EQ(tooShort.error().kind, ErrorKind::BadInput);
    EXPECT_FALSE(EncryptedFile::isUnlocked(m_path));

    createWithNotes(1);
    Status again = EncryptedFile::create(m_path, kPassphrase);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
}

TEST_F(EncryptedFileTest, NeitherTheFileNorItsJournalHoldsPlaintext)
{
    createWithNotes(50);
    ASSERT_TRUE(EncryptedFile::unlock(m_path, kPassphrase));
    auto database = openDatabase();
    ASSERT_TRUE(database);
    // An open transaction: the journal holds the original pages, which hold the marker.
    ASSERT_TRUE(sql::run(*database, QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(sql::run(*database, QStringLiteral("UPDATE notes SET text = 'zmieniona'")));
    const QString journalPath = m_path + QStringLiteral("-journal");
    const QByteArray journal = bytesOf(journalPath);
    EXPECT_GT(journal.size(), EncryptedFile::kPageSize);
    EXPECT_FALSE(journal.contains(kMarker.toUtf8()));
    EXPECT_FALSE(journal.contains("notatka"));
    EXPECT_EQ(test::fileModeOf(journalPath), 0600);
    ASSERT_TRUE(sql::run(*database, QStringLiteral("ROLLBACK")));
    EXPECT_EQ(
        scalar(*database, QStringLiteral("SELECT count(*) FROM notes WHERE text LIKE '%notatka%'"))
            .toInt(),
        50);
    database.reset();
    EXPECT_FALSE(bytesOf(m_path).contains(kMarker.toUtf8()));
    EXPECT_FALSE(QFile::exists(journalPath));
}

TEST_F(EncryptedFileTest, AChangedByteMakesReadsFailNotReturnGarbage)
{
    createWithNotes(200);
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 at = file.size() - EncryptedFile::kPageSize + 100; // the last page: notes
        ASSERT_TRUE(file.seek(at));
        char byte = 0;
        ASSERT_TRUE(file.getChar(&byte));
        ASSERT_TRUE(file.seek(at));
        ASSERT_TRUE(file.putChar(static_cast<char>(byte ^ 0x01)));
    }
    ASSERT_TRUE(EncryptedFile::unlock(m_path, kPassphrase)); // page 1 is intact
    auto database = openDatabase();
    ASSERT_TRUE(database);
    auto read = sql::run(*database, QStringLiteral("SELECT group_concat(text) FROM notes"));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("I/O")))
        << read.error().message.toStdString();
    database.reset();
    EncryptedFile::lock(m_path);

    // A changed first page: the passphrase cannot be checked, and nothing is unlocked.
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(200));
        ASSERT_TRUE(file.putChar('\x5a'));
    }
    EXPECT_FALSE(EncryptedFile::unlock(m_path, kPassphrase));
    EXPECT_FALSE(EncryptedFile::isUnlocked(m_path));
}

TEST_F(EncryptedFileTest, APlainDatabaseIsNotEncryptedAndOpensAsBefore)
{
    const QString plain = m_dir.filePath(QStringLiteral("centrum.opieka"));
    {
        auto database = Database::open(plain, Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(database);
        ASSERT_TRUE(sql::run(**database, QStringLiteral("CREATE TABLE t (x)")));
        EXPECT_EQ(scalar(**database, QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("wal"));
    }
    EXPECT_FALSE(EncryptedFile::isEncrypted(plain));
    EXPECT_FALSE(EncryptedFile::isEncrypted(m_dir.filePath(QStringLiteral("nie-ma.opieka"))));
    EXPECT_TRUE(bytesOf(plain).startsWith("SQLite format 3"));
    Status unlocked = EncryptedFile::unlock(plain, kPassphrase);
    ASSERT_FALSE(unlocked);
    EXPECT_EQ(unlocked.error().kind, ErrorKind::BadInput);
}

TEST_F(EncryptedFileTest, AWriterKilledMidTransactionLeavesTheCommittedState)
{
    createWithNotes(100);
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPIEKA_FIELD_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(OPIEKA_ENCRYPTED_WRITER_PATH), {m_path});
    ASSERT_TRUE(writer.waitForStarted());
    QByteArray output;
    // Well into the transaction: pages have spilled into the file, originals into the journal.
    while (output.count('\n') < 30 && writer.state() == QProcess::Running)
        if (writer.waitForReadyRead(20000))
            output += writer.readAllStandardOutput();
    ASSERT_EQ(writer.state(), QProcess::Running)
        << "the writer stopped on its own: " << writer.exitCode();
    writer.kill(); // SIGKILL
    ASSERT_TRUE(writer.waitForFinished(10000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);

    // The hot journal it left behind holds the committed notes, sealed.
    const QByteArray journal = bytesOf(m_path + QStringLiteral("-journal"));
    EXPECT_GT(journal.size(), EncryptedFile::kPageSize);
    EXPECT_FALSE(journal.contains(kMarker.toUtf8()));
    EXPECT_FALSE(bytesOf(m_path).contains("Dopisana w transakcji"));

    ASSERT_TRUE(EncryptedFile::unlock(m_path, kPassphrase));
    auto database = openDatabase();
    ASSERT_TRUE(database);
    EXPECT_EQ(scalar(*database, QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    EXPECT_EQ(scalar(*database, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 100);
    EXPECT_EQ(scalar(*database, QStringLiteral("SELECT count(*) FROM notes WHERE text LIKE "
                                               "'%notatka%'"))
                  .toInt(),
              100);
}

TEST_F(EncryptedFileTest, ALargeTransactionWithAnIndexAndAnUpdateOverAllWorks)
{
    ASSERT_TRUE(EncryptedFile::create(m_path, kPassphrase));
    auto database = openDatabase(Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(database);
    Database& db = *database;
    // A small cache: the transaction spills into the file and the journal long before COMMIT.
    for (const char* statement :
         {"PRAGMA cache_size = 50", "CREATE TABLE big (id INTEGER PRIMARY KEY, k TEXT, v TEXT)",
          "CREATE INDEX big_k ON big (k)", "BEGIN IMMEDIATE"})
        ASSERT_TRUE(sql::run(db, QString::fromLatin1(statement)));
    // Some 4 MB of rows: more than the sorter keeps in memory, so CREATE INDEX writes temporary
    // files (encrypted by a key of their own).
    const QString padding(150, QLatin1Char('w'));
    QSqlQuery insert(db.connection());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO big (k, v) VALUES (?, ?)")));
    for (int i = 0; i < 20000; ++i) {
        insert.bindValue(0, QString::number((i * 7919) % 20000));
        insert.bindValue(1, QStringLiteral("%1 wiersz %2 %3").arg(kMarker).arg(i).arg(padding));
        ASSERT_TRUE(insert.exec()) << i;
    }
    for (const char* statement :
         {"UPDATE big SET k = k || '-x', v = v || '-u'", "CREATE INDEX big_v ON big (v)",
          "SAVEPOINT part", "UPDATE big SET v = v || '!' WHERE id % 2 = 0", "RELEASE part",
          "COMMIT"})
        ASSERT_TRUE(sql::run(db, QString::fromLatin1(statement))) << statement;
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM big WHERE k LIKE '%-x'")).toInt(),
              20000);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM big WHERE v LIKE '%-u!'")).toInt(),
              10000);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT v FROM big WHERE id = 10000")).toString(),
              QStringLiteral("%1 wiersz 9999 %2-u!").arg(kMarker, padding));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    database.reset();
    EXPECT_FALSE(bytesOf(m_path).contains(kMarker.toUtf8()));
    EXPECT_FALSE(bytesOf(m_path).contains("wiersz"));
}

TEST_F(EncryptedFileTest, TemporaryFilesSQLiteStillWritesAreEncrypted)
{
    ASSERT_TRUE(EncryptedFile::create(m_path, kPassphrase));
    auto database = openDatabase(Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(database);
    Database& db = *database;
    // A connection makes no temporary file (temp_store = MEMORY); this one is told to, with a
    // small cache, so that a temporary table spills into one.
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt(), 2);
    for (const char* statement :
         {"PRAGMA temp_store = FILE", "CREATE TEMP TABLE scratch (id INTEGER PRIMARY KEY, v TEXT)",
          "PRAGMA temp.cache_size = 10", "BEGIN"})
        ASSERT_TRUE(sql::run(db, QString::fromLatin1(statement))) << statement;
    for (int i = 0; i < 2000; ++i)
        ASSERT_TRUE(sql::run(db, QStringLiteral("INSERT INTO scratch (v) VALUES (?)"),
                             {QStringLiteral("%1 tymczasowy %2").arg(kMarker).arg(i)}));
    ASSERT_TRUE(sql::run(db, QStringLiteral("CREATE INDEX temp.scratch_v ON scratch (v)")));

    // SQLite deletes a temporary file as soon as it opens it: read it through this process's
    // descriptors.
    int temporaryFiles = 0;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : descriptors.entryList(QDir::Files | QDir::System)) {
        const QString target = QFile::symLinkTarget(descriptors.filePath(fd));
        if (!target.contains(QStringLiteral("etilqs_")))
            continue;
        const QByteArray content = bytesOf(descriptors.filePath(fd));
        if (content.isEmpty())
            continue;
        ++temporaryFiles;
        EXPECT_FALSE(content.contains(kMarker.toUtf8())) << target.toStdString();
        EXPECT_FALSE(content.contains("tymczasowy")) << target.toStdString();
    }
    EXPECT_GE(temporaryFiles, 1);
    ASSERT_TRUE(sql::run(db, QStringLiteral("COMMIT")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM scratch WHERE v LIKE '%tymczasowy%'"))
                  .toInt(),
              2000);
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT v FROM scratch ORDER BY v DESC LIMIT 1")).toString(),
        QStringLiteral("%1 tymczasowy 999").arg(kMarker));
}

} // namespace
