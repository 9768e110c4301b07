// The duplicate check on entry (issue 21 part 2): what the new-member dialog asks when Save is
// pressed, on the voivodeship (half a million people). Target: p95 under 20 ms.
#include "BenchDatabase.h"
#include "BlockingKey.h"
#include "Database.h"
#include "DuplicateScore.h"
#include "DuplicateService.h"
#include "IsoDate.h"
#include "MemberRepository.h"
#include "SqlHelpers.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <ctime>

using namespace opieka;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

QString withoutDiacritics(QString text)
{
    const QString from = QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");
    const QString to = QStringLiteral("acelnoszzACELNOSZZ");
    for (qsizetype i = 0; i < from.size(); ++i)
        text.replace(from[i], to[i]);
    return text;
}

// What is typed: for 150 people spread over the file, the same person again without diacritics
// and without a PESEL, in another family (a duplicate the check must find); and as many new
// people with the commonest name in the file and made-up birth dates (large name blocks, no
// duplicate).
struct Typed
{
    QList<MemberDraft> drafts;
    QList<bool> planted; // the draft is a copy of someone already there
};

const Typed& typed()
{
    static const Typed all = [] {
        Typed t;
        MemberRepository members(bench::workspace().database());
        auto count = sql::number(bench::workspace().database(),
                                 QStringLiteral("SELECT MAX(id) FROM members"), {});
        const qint64 last = count ? *count : 1;
        for (int i = 0; i < 150; ++i) {
            const qint64 id = 1 + (static_cast<qint64>(i) * 3389) % last;
            auto found = members.find(id);
            if (!found || !*found || !(*found)->birthDate)
                continue;
            const Member& m = **found;
            MemberDraft copy;
            copy.familyId = m.familyId % 170000 + 1;
            copy.firstName = withoutDiacritics(m.firstName);
            copy.lastName = withoutDiacritics(m.lastName);
            copy.birthDate = m.birthDate;
            copy.sex = m.sex;
            t.drafts << copy;
            t.planted << true;
        }
        auto common = sql::firstRow(
            bench::workspace().database(),
            QStringLiteral("SELECT first_name, last_name FROM members GROUP BY first_name, "
                           "last_name ORDER BY COUNT(*) DESC LIMIT 1"),
            {}, [](const QSqlQuery& q) {
                return std::pair(q.value(0).toString(), q.value(1).toString());
            });
        for (int i = 0; i < 150 && common && *common; ++i) {
            MemberDraft fresh;
            fresh.familyId = 1 + i * 1000;
            fresh.firstName = (*common)->first;
            fresh.lastName = (*common)->second;
            fresh.birthDate = QDate(1950, 1, 1).addDays(i * 173);
            t.drafts << fresh;
            t.planted << false;
        }
        return t;
    }();
    return all;
}

// DuplicateService::checkMember as the manager, once per typed person.
void BM_DuplicateCheckOnEntry(benchmark::State& state)
{
    DuplicateService duplicates(Session(bench::workspace().database(), bench::manager()));
    const Typed& t = typed();
    QList<double> samples;
    QList<double> cpuSamples;
    int found = 0;
    int plantedFound = 0;
    for (auto _ : state) {
        found = 0;
        plantedFound = 0;
        for (qsizetype i = 0; i < t.drafts.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            auto matches = duplicates.checkMember(t.drafts[i]);
            samples << timer.nsecsElapsed() / 1e6;
            cpuSamples << threadCpuMs() - cpuStart;
            if (!matches) {
                state.SkipWithError("check failed");
                return;
            }
            found += matches->isEmpty() ? 0 : 1;
            plantedFound += t.planted[i] && !matches->isEmpty() ? 1 : 0;
        }
    }
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["p95_ms"] = bench::percentile(samples, 95);
    state.counters["max_ms"] = bench::percentile(samples, 100);
    state.counters["cpu_p95_ms"] = bench::percentile(cpuSamples, 95);
    state.counters["typed"] = static_cast<double>(t.drafts.size());
    state.counters["planted"] = static_cast<double>(t.planted.count(true));
    state.counters["planted_found"] = plantedFound;
    state.counters["with_matches"] = found;
}
BENCHMARK(BM_DuplicateCheckOnEntry)->Unit(benchmark::kMillisecond)->Iterations(3);

// The plain-SQL figure beside it: only the candidates' rows, read through the stored keys as the
// check reads them (the namesakes born on an agreeing day or of unknown birth date, and the people
// born on the day or with the day and month swapped), without scoring, reach or the workers.
void BM_DuplicateCandidatesPlainSql(benchmark::State& state)
{
    Database& db = bench::workspace().database();
    const Typed& t = typed();
    QList<double> samples;
    for (auto _ : state)
        for (const MemberDraft& draft : t.drafts) {
            QElapsedTimer timer;
            timer.start();
            const QList<QDate> agreeing = birthDatesAgreeing(*draft.birthDate);
            const QList<QDate> sameKey = birthDatesSharingKey(*draft.birthDate);
            QStringList agreeingMarks(agreeing.size(), QStringLiteral("?"));
            QStringList sameKeyMarks(sameKey.size(), QStringLiteral("?"));
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, family_id, first_name, last_name, pesel, "
                                     "birth_date, sex FROM members WHERE id IN (SELECT id FROM "
                                     "members WHERE name_key = ? AND birth_date IS NULL UNION "
                                     "SELECT id FROM members WHERE name_key = ? AND birth_date "
                                     "IN (%1) UNION SELECT id FROM members WHERE birth_date IN "
                                     "(%2))")
                          .arg(agreeingMarks.join(QLatin1Char(',')),
                               sameKeyMarks.join(QLatin1Char(','))));
            const QString key = personNameKey(draft.firstName, draft.lastName);
            q.addBindValue(key);
            q.addBindValue(key);
            for (const QDate& date : agreeing)
                q.addBindValue(isoDate(date));
            for (const QDate& date : sameKey)
                q.addBindValue(isoDate(date));
            if (!q.exec()) {
                state.SkipWithError("plain SQL failed");
                return;
            }
            int rows = 0;
            while (q.next())
                ++rows;
            benchmark::DoNotOptimize(rows);
            samples << timer.nsecsElapsed() / 1e6;
        }
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["p95_ms"] = bench::percentile(samples, 95);
}
BENCHMARK(BM_DuplicateCandidatesPlainSql)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
