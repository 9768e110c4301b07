// libFuzzer target: the CSV import end to end. The first byte picks the data set (low bits) and
// --strict (top bit); the rest is the file. Csv::parse is also checked on its own. Any broken
// invariant aborts, so libFuzzer keeps the input.
//
// One database per process, in memory, migrated once and holding a few workers, families, foster
// families, members, assignments, visits and placements for valid-looking rows to point at.
// Every import runs in its own real transaction (so a refused one is rolled back by the code under
// test, not by the fuzzer); a successful import changes the database, so the pristine content is
// copied back afterwards with SQLite's backup API (a memory-to-memory page copy, well under a
// millisecond): every input then meets the same database and libFuzzer's coverage stays
// reproducible. A file copied back and reopened per input ran at about 13 inputs a second.
#include "AccountService.h"
#include "Csv.h"
#include "DataSet.h"
#include "Database.h"
#include "FuzzChecks.h"
#include "ImportService.h"
#include "Logging.h"
#include "SqlHelpers.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sqlite3.h>

using namespace opieka;
using opieka::fuzz::require;

namespace {

constexpr std::array kDataSets{DataSet::Workers,     DataSet::Families, DataSet::FosterFamilies,
                               DataSet::Assignments, DataSet::Members,  DataSet::Visits,
                               DataSet::Placements};

// The tables an import may write, in the order of kDataSets, then the audit log.
constexpr std::array kTables{"workers", "families", "foster_families", "assignments",
                             "members", "contacts", "placements",      "audit_log"};
using Counts = std::array<int, kTables.size()>;

const QDate kToday(2024, 6, 1);

// Synthetic people only; every PESEL is made up (valid check digits, nobody's number).
const std::pair<DataSet, const char*> kFixture[] = {
    {DataSet::Workers, "id,first_name,last_name,role,fte,unit\n"
                       "1,Anna,Testowa,social_worker,1,Zespół A\n"
                       "2,Jan,Próbny,family_assistant,0.5,\n"
                       "3,Ewa,Przykładowa,foster_care_coordinator,1,\n"
                       "4,Olga,Wzorcowa,manager,1,\n"},
    {DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                        "1,Rodzina Testowa,Testowo,struggling,2020-01-01,\n"
                        "2,Rodzina Próbna,Próbkowo,at_risk,2021-03-15,\n"
                        "3,Rodzina Zamknięta,Testowo,coping,2019-05-01,2023-01-01\n"},
    {DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                              "1,Rodzina Zastępcza A,professional,Testowo,2018-01-01,\n"
                              "2,Rodzina Zastępcza B,kinship,Próbkowo,2020-06-01,\n"},
    {DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                           "1,family,1,2021-01-01,\n"
                           "2,family,2,2021-04-01,2023-04-01\n"
                           "3,foster_family,1,2019-01-01,\n"},
    {DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                       "1,85010203456,Maria,Testowa,,,parent\n"
                       "1,15250312346,Zosia,Testowa,,,child\n"
                       "2,17301105671,Kuba,Próbny,,,child\n"
                       "2,,Adam,Próbny,1980-02-29,M,parent\n"},
    {DataSet::Visits, "family_id,worker_id,date,kind,notes\n"
                      "1,1,2024-05-02T10:30,home_visit,Wizyta testowa\n"},
    {DataSet::Placements, "child_pesel,foster_family_id,from,to,court_order,end_reason\n"
                          "15250312346,1,2022-01-01,,II RNsm 1/22,\n"},
};

class FuzzDatabase
{
public:
    FuzzDatabase()
    {
        auto opened =
            Workspace::open(QStringLiteral(":memory:"), Workspace::OpenMode::CreateIfMissing);
        require(opened.ok(), "the fuzz database opens");
        m_workspace = std::move(*opened);
        auto admin = m_workspace->ensureAdministrator(QStringLiteral("admin"));
        require(admin.ok(), "an administrator");
        // A manager imports: only a manager may import members and placements.
        auto manager = AccountService(Session(database(), *admin))
                           .addAccount({QStringLiteral("kierownik"), Role::Manager, std::nullopt,
                                        QByteArrayLiteral("fuzz-password")});
        if (!manager)
            std::fprintf(stderr, "%s\n", qPrintable(manager.error().message));
        require(manager.ok(), "a manager");
        m_actor = *manager;
        for (const auto& [set, csv] : kFixture) {
            auto loaded = ImportService(Session(database(), m_actor))
                              .importBytes(set, QByteArray(csv), QStringLiteral("fixture.csv"),
                                           false, kToday);
            if (!loaded)
                std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            require(loaded.ok(), "the fixture imports");
        }
        require(sqlite3_open(":memory:", &m_pristine) == SQLITE_OK, "a pristine database");
        copy(live(), m_pristine);
        m_counts = counts();
    }
    ~FuzzDatabase()
    {
        m_workspace.reset();
        sqlite3_close(m_pristine);
    }
    FuzzDatabase(const FuzzDatabase&) = delete;
    FuzzDatabase& operator=(const FuzzDatabase&) = delete;

    Database& database() { return m_workspace->database(); }
    const User& actor() const { return m_actor; }
    const Counts& pristineCounts() const { return m_counts; }

    Counts counts()
    {
        Counts result{};
        for (size_t i = 0; i < kTables.size(); ++i) {
            auto q = sql::run(database(),
                              QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(kTables[i]));
            require(q.ok() && q->next(), "counting rows");
            result[i] = q->value(0).toInt();
        }
        return result;
    }

    // Back to the fixture as it was before the first input.
    void restore()
    {
        require(!database().inTransaction(), "no transaction left open by an import");
        copy(m_pristine, live());
        require(counts() == m_counts, "the pristine database is back");
    }

private:
    sqlite3* live()
    {
        const QVariant handle = database().connection().driver()->handle();
        require(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0,
                "the SQLite handle of the connection");
        sqlite3* db = *static_cast<sqlite3* const*>(handle.data());
        require(db != nullptr, "an open SQLite connection");
        return db;
    }

    static void copy(sqlite3* from, sqlite3* to)
    {
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        require(backup != nullptr, "a backup of the fuzz database starts");
        const int stepped = sqlite3_backup_step(backup, -1);
        require(sqlite3_backup_finish(backup) == SQLITE_OK && stepped == SQLITE_DONE,
                "the fuzz database is copied");
    }

    std::unique_ptr<Workspace> m_workspace;
    sqlite3* m_pristine = nullptr;
    User m_actor;
    Counts m_counts{};
};

FuzzDatabase* g_db = nullptr;

void checkCsvParse(const QByteArray& bytes)
{
    const auto parsed = Csv::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!parsed) {
        require(!parsed.error().message.isEmpty(), "a refused CSV has a message");
        require(parsed.error().kind == ErrorKind::BadInput, "a refused CSV is bad input");
        return;
    }
    const int lines = static_cast<int>(bytes.count('\n')) + 1;
    int previous = 0;
    for (const CsvRecord& record : *parsed) {
        require(record.line > previous && record.line <= lines, "records start on later lines");
        require(!record.fields.isEmpty(), "a record has a field");
        previous = record.line;
        // What Csv::line writes reads back as the same record (a lone blank field is a blank
        // line, which parse skips by design). Not the file's first line: a byte-order mark
        // there is taken off.
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue;
        const auto again = Csv::parse("\n" + Csv::line(record.fields), QStringLiteral("again.csv"));
        require(again.ok() && again->size() == 1 && again->first().fields == record.fields,
                "Csv::line reads back as the same record");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(fuzz::failOnQtWarnings);
    logging::silence();
    g_db = new FuzzDatabase;
    // Closed before the application object goes (atexit runs in reverse order of registration).
    std::atexit([] {
        delete g_db;
        g_db = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t which = data[0] & 0x7f;
    const DataSet set = kDataSets[which % kDataSets.size()];
    const bool strict = (data[0] & 0x80) != 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1),
                           static_cast<qsizetype>(size - 1));

    checkCsvParse(bytes);

    auto result = ImportService(Session(g_db->database(), g_db->actor()))
                      .importBytes(set, bytes, QStringLiteral("fuzz.csv"), strict, kToday);
    const Counts after = g_db->counts();
    const Counts& before = g_db->pristineCounts();
    if (!result) {
        require(!result.error().message.isEmpty(), "a refused import has a message");
        // Storage errors mean a row passed the checks and the database refused it.
        require(result.error().kind == ErrorKind::BadInput ||
                    (result.error().kind == ErrorKind::Refused && strict &&
                     set == DataSet::Assignments),
                "an import is refused as bad input (or over a limit with --strict)");
        require(after == before, "a refused import leaves every table as it was");
        return 0;
    }
    const size_t table =
        static_cast<size_t>(std::find(kDataSets.begin(), kDataSets.end(), set) - kDataSets.begin());
    for (size_t i = 0; i + 1 < kTables.size(); ++i)
        require(after[i] == before[i] + (i == table ? result->imported : 0),
                "an import adds exactly its rows to its own table");
    require(after.back() == before.back() + result->imported, "one audit record per row");
    if (result->imported > 0)
        g_db->restore();
    return 0;
}
