// libFuzzer target: the restore path (BackupService::restore) with any bytes as the database a
// backup holds. The input is a flags byte, then the database file: the target encrypts it into a
// well-formed backup (the passphrase known, the smallest key derivation cost) and restores it into
// a live database. Flags: bit 0 gives the description a wrong size, bit 1 a format it does not
// know, bit 2 asks for the confirmation step and answers no.
// Invariants: never a crash; a refused restore (bad input; refused when cancelled or of another
// database; a storage error for an old schema that cannot be upgraded) has a message and leaves
// every row of the live database as it was; an accepted one leaves a database that passes SQLite's
// integrity check; no decrypted copy is left beside the live database.
//
// The live database is tests/fuzz/corpus/restore/database without its flags byte, so that the
// seed is a backup of the very database it is restored into. When the schema changes, write it
// again: OPIEKA_FUZZ_WRITE_SEEDS=tests/fuzz/corpus/restore build/fuzz/tests/fuzz/restore_fuzzer
// (an older seed still works: both are upgraded on open, which is fuzzed too).
#include "BackupCrypto.h"
#include "BackupService.h"
#include "DataSet.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "FuzzChecks.h"
#include "ImportService.h"
#include "Logging.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "Workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace opieka;
using opieka::fuzz::require;

namespace {

const QByteArray kPassphrase("fuzz-passphrase");

// Synthetic people only.
const std::pair<DataSet, const char*> kFixture[] = {
    {DataSet::Workers, "id,first_name,last_name,role,fte,unit\n"
                       "1,Anna,Testowa,social_worker,1,Zespół A\n"
                       "2,Olga,Wzorcowa,manager,1,\n"},
    {DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                        "1,Rodzina Testowa,Testowo,struggling,2020-01-01,\n"
                        "2,Rodzina Próbna,Próbkowo,at_risk,2021-03-15,\n"},
    {DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                           "1,family,1,2021-01-01,\n"},
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    require(file.open(QIODevice::ReadOnly), "a file is read");
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                file.write(bytes) == bytes.size(),
            "a file is written");
}

class LiveDatabase
{
public:
    explicit LiveDatabase(const QByteArray& content)
    {
        require(m_dir.isValid(), "a temporary folder");
        m_path = m_dir.filePath(QStringLiteral("live.sqlite"));
        m_backup = m_dir.filePath(QStringLiteral("fuzz.bk"));
        m_pristine = content;
        reset();
        auto admin = m_workspace->actingUser(QString());
        require(admin.ok(), "the live database's administrator");
        m_admin = *admin;
        m_digest = digest();
    }

    Database& database() { return m_workspace->database(); }
    const User& admin() const { return m_admin; }
    const QString& backupFile() const { return m_backup; }
    const QByteArray& pristineDigest() const { return m_digest; }
    QString folder() const { return m_dir.path(); }

    // Every row of every table, in order: what a refused restore must leave as it was.
    QByteArray digest()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto tables = sql::run(database(), QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                          "type = 'table' ORDER BY name"));
        require(tables.ok(), "listing the tables");
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        for (const QString& table : names) {
            auto rows = sql::run(database(), QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            require(rows.ok(), "reading a table");
            hash.addData(table.toUtf8());
            while (rows->next()) {
                const QSqlRecord record = rows->record();
                for (int i = 0; i < record.count(); ++i) {
                    hash.addData(record.value(i).toByteArray());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
                hash.addData(QByteArrayView("\x1e", 1));
            }
        }
        return hash.result();
    }

    void reset()
    {
        m_workspace.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
        writeAll(m_path, m_pristine);
        auto opened = Workspace::open(m_path, Workspace::OpenMode::MustExist);
        require(opened.ok(), "the live database opens");
        m_workspace = std::move(*opened);
        require(sql::run(database(), QStringLiteral("PRAGMA synchronous=OFF")).ok(),
                "synchronous=OFF");
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_backup;
    QByteArray m_pristine;
    std::unique_ptr<Workspace> m_workspace;
    User m_admin;
    QByteArray m_digest;
};

LiveDatabase* g_live = nullptr;

// A new database with the fixture, as the bytes of one file (the seed, after a flags byte 0).
QByteArray fixtureDatabase()
{
    QTemporaryDir dir;
    require(dir.isValid(), "a temporary folder");
    const QString path = dir.filePath(QStringLiteral("seed.sqlite"));
    {
        auto opened = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
        require(opened.ok(), "the seed database opens");
        auto admin = (*opened)->ensureAdministrator(QStringLiteral("admin"));
        require(admin.ok(), "an administrator");
        for (const auto& [set, csv] : kFixture)
            require(ImportService(Session((*opened)->database(), *admin))
                        .importBytes(set, QByteArray(csv), QStringLiteral("fixture.csv"), false,
                                     QDate(2024, 6, 1))
                        .ok(),
                    "the fixture imports");
    }
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto opened = Database::open(path, Database::OpenMode::MustExist);
        require(opened.ok(), "the seed database opens again");
        require(DatabaseCopy::snapshot(**opened, copy).ok(), "a snapshot of the seed");
    }
    return readAll(copy);
}

QByteArray encryptedBackup(const QByteArray& database, quint8 flags)
{
    const QJsonObject metadata{
        {QStringLiteral("format"), (flags & 2) ? 2 : 1},
        {QStringLiteral("created"), QStringLiteral("2024-06-01T10:00:00.000Z")},
        {QStringLiteral("schema"), 1},
        {QStringLiteral("bytes"), database.size() + ((flags & 1) ? 1 : 0)},
        {QStringLiteral("program"), QStringLiteral("fuzz")},
    };
    QBuffer in;
    in.setData(database);
    require(in.open(QIODevice::ReadOnly), "a buffer to encrypt");
    QBuffer out;
    require(out.open(QIODevice::WriteOnly), "a buffer for the backup");
    require(BackupCrypto::encrypt(in, out, QJsonDocument(metadata).toJson(QJsonDocument::Compact),
                                  kPassphrase, KeyDerivationCost::minimal(),
                                  QStringLiteral("fuzz.bk"))
                .ok(),
            "the backup is encrypted");
    return out.data();
}

bool plainCopyLeft(const QString& folder)
{
    return !QDir(folder)
                .entryList({QStringLiteral(".opieka-copy-*")}, QDir::Files | QDir::Hidden)
                .isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(fuzz::failOnQtWarnings);
    logging::silence();
    if (qEnvironmentVariableIsSet("OPIEKA_FUZZ_WRITE_SEEDS")) {
        const QString folder = qEnvironmentVariable("OPIEKA_FUZZ_WRITE_SEEDS");
        QDir().mkpath(folder);
        const QByteArray database = fixtureDatabase();
        writeAll(QDir(folder).filePath(QStringLiteral("database")), QByteArray(1, '\0') + database);
        writeAll(QDir(folder).filePath(QStringLiteral("half-a-database")),
                 QByteArray(1, '\0') + database.left(database.size() / 2));
        writeAll(QDir(folder).filePath(QStringLiteral("not-a-database")),
                 QByteArray(1, '\0') + QByteArray("id,name\n1,Rodzina Testowa\n"));
        std::exit(0);
    }
    QByteArray live = readAll(QStringLiteral(OPIEKA_FUZZ_RESTORE_LIVE)).mid(1);
    {
        // A seed written by a newer schema than this build's (a branch behind the corpus) cannot
        // be opened: the live database is then made here, and the seeds are another database's.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed.sqlite"));
        writeAll(path, live);
        auto seed = Database::open(path, Database::OpenMode::MustExist);
        auto version = seed ? SchemaMigrator(**seed).currentVersion() : Result<int>(0);
        if (!version || *version > SchemaMigrator::latestVersion())
            live = fixtureDatabase();
    }
    g_live = new LiveDatabase(live);
    std::atexit([] {
        delete g_live;
        g_live = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const quint8 flags = data[0];
    const QByteArray database(reinterpret_cast<const char*>(data + 1),
                              static_cast<qsizetype>(size - 1));
    writeAll(g_live->backupFile(), encryptedBackup(database, flags));

    BackupService service(Session(g_live->database(), g_live->admin()),
                          KeyDerivationCost::minimal());
    const bool cancel = (flags & 4) != 0;
    auto restored = cancel ? service.restore(g_live->backupFile(), kPassphrase,
                                             [](const RestoreSummary&) { return false; })
                           : service.restore(g_live->backupFile(), kPassphrase);
    require(!plainCopyLeft(g_live->folder()), "no decrypted copy is left beside the database");
    if (!restored) {
        require(!restored.error().message.isEmpty(), "a refused restore has a message");
        // Storage: a crafted older schema that its migrations cannot bring up to date. Refused:
        // the confirmation said no, or the backup is of another database (its identity).
        require(restored.error().kind != ErrorKind::ConnectionLost,
                "a refused restore is bad input, refused, or a storage error");
        require(!g_live->database().inTransaction(), "no transaction is left open");
        require(g_live->digest() == g_live->pristineDigest(),
                "a refused restore leaves every row of the live database as it was");
        return 0;
    }
    require(!cancel, "a cancelled restore is refused");
    auto problems = DatabaseCopy::integrityProblems(g_live->database());
    require(problems.ok() && problems->isEmpty(), "a restored database passes the integrity check");
    g_live->reset();
    return 0;
}
