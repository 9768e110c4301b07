// The deadlines report read set-based (issue 24, fourth round) gives the same rows in the same
// order as walking every active worker's desk, as the report did before.
#include "AssistantDeskService.h"
#include "CoordinatorDeskService.h"
#include "DemoService.h"
#include "FosterRegisterService.h"
#include "MemberService.h"
#include "PlacementService.h"
#include "ReportFormat.h"
#include "ReportService.h"
#include "SocialWorkerDeskService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "WorkerRepository.h"

#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

// The report as it was built before the fourth round: each active worker's desk, then the foster
// families no coordinator works with, ordered by due date and worker.
QList<DeadlineRow> deadlinesFromTheDesks(const Session& session, const QDate& asOf,
                                         int horizonDays = 14)
{
    QList<DeadlineRow> rows;
    auto workers = WorkerRepository(session.database()).all();
    EXPECT_TRUE(workers.ok());
    if (!workers)
        return rows;
    const QDate horizon = asOf.addDays(horizonDays);
    auto add = [&](const Worker& w, const QString& kind, const QString& subject,
                   std::optional<QDate> due) {
        if (due && *due > horizon)
            return;
        rows << DeadlineRow{w.id, w.displayName(), kind, subject, due, due && *due < asOf};
    };
    for (const Worker& w : *workers) {
        if (!w.isActiveOn(asOf))
            continue;
        if (w.role == Role::SocialWorker) {
            auto mine = SocialWorkerDeskService(session).forWorker(w.id, asOf);
            EXPECT_TRUE(mine.ok());
            for (const MyCaseloadRow& r : *mine)
                if (r.nextStepDue)
                    add(w, QStringLiteral("next_step"), r.family.name, r.nextStepDue);
        } else if (w.role == Role::FamilyAssistant) {
            auto page = AssistantDeskService(session).forWorker(w.id, asOf);
            EXPECT_TRUE(page.ok());
            for (const AssistantFamilyRow& r : page->families)
                if (r.assessmentDue)
                    add(w, QStringLiteral("family_assessment"), r.family.name, r.assessmentDue);
        } else if (w.role == Role::FosterCareCoordinator) {
            auto page = CoordinatorDeskService(session).forWorker(w.id, asOf);
            EXPECT_TRUE(page.ok());
            for (const CoordinatorItem& item : page->items)
                add(w, coordinatorItemName(item.kind), item.who, item.due);
        }
    }
    FosterRegisterService fosterRegister(session);
    auto uncovered = fosterRegister.familiesWithoutCoordinator(asOf);
    EXPECT_TRUE(uncovered.ok());
    QList<qint64> uncoveredIds;
    for (const FosterFamily& f : *uncovered) {
        uncoveredIds << f.id;
        rows << DeadlineRow{0,      QString(),    QStringLiteral("no_coordinator"),
                            f.name, std::nullopt, false};
    }
    auto statuses = fosterRegister.familyStatuses(uncoveredIds, asOf);
    EXPECT_TRUE(statuses.ok());
    auto items = CoordinatorDeskService(session).itemsFor(*statuses, asOf, horizon);
    EXPECT_TRUE(items.ok());
    for (const CoordinatorItem& item : *items)
        rows << DeadlineRow{0,        QString(), coordinatorItemName(item.kind),
                            item.who, item.due,  item.overdue};
    std::stable_sort(rows.begin(), rows.end(), [](const DeadlineRow& a, const DeadlineRow& b) {
        const QDate da = a.due.value_or(QDate(1900, 1, 1));
        const QDate db = b.due.value_or(QDate(1900, 1, 1));
        if (da != db)
            return da < db;
        return a.workerId < b.workerId;
    });
    return rows;
}

QString text(const DeadlineRow& r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(r.workerId)
        .arg(r.workerName, r.kind, r.subject,
             r.due ? r.due->toString(Qt::ISODate) : QStringLiteral("-"),
             r.overdue ? QStringLiteral("overdue") : QString());
}

QStringList texts(const QList<DeadlineRow>& rows)
{
    QStringList out;
    for (const DeadlineRow& r : rows)
        out << text(r);
    return out;
}

void expectSameRows(const QList<DeadlineRow>& expected, const QList<DeadlineRow>& actual)
{
    const QStringList e = texts(expected);
    const QStringList a = texts(actual);
    ASSERT_EQ(e.size(), a.size());
    for (qsizetype i = 0; i < e.size(); ++i)
        ASSERT_EQ(e.at(i).toStdString(), a.at(i).toStdString()) << "row " << i;
}

} // namespace

// A voivodeship in miniature (12 social workers, their assistants and coordinators, closed
// families among the open ones, emergency placements...), on SQLite and on PostgreSQL.
TEST(DeadlinesReport, SameRowsInTheSameOrderAsEveryWorkersDesk)
{
    const QDate today(2026, 1, 15);
    test::TestWorkspace ws;
    auto demo = DemoService(ws.session(ws.manager()))
                    .generate(DemoService::Scale::Voivodeship, 9, today, 0.005);
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    // A social worker who has left (her families stay assigned: nothing of hers is listed) and a
    // foster family no coordinator works with (the organiser's deadlines, art. 77 ust. 1a).
    ws.load(DataSet::Workers,
            "id,first_name,last_name,role,fte\n9001,Ala,Odeszła,social_worker,1\n");
    ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                  "9001,family,1,2021-01-01,\n");
    ASSERT_TRUE(sql::run(ws.database(),
                         QStringLiteral("UPDATE workers SET active_to = ? WHERE id = 9001"),
                         {sql::date(QDate(2025, 12, 1))})
                    .ok());
    ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                     "9001,Bezkoordynatorowa,professional,X,2019-01-01,\n");

    // A child placed in that family in the summer: her first review falls due within 14 days.
    ws.load(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                              "1,,Zosia,Testowa,2015-01-01,F,child\n");
    auto members = MemberService(ws.session(ws.manager())).members(1);
    ASSERT_TRUE(members.ok());
    qint64 zosia = 0;
    for (const Member& m : *members)
        if (m.firstName == QStringLiteral("Zosia"))
            zosia = m.id;
    auto placed =
        PlacementService(ws.session(ws.manager()))
            .place(test::courtPlacement(zosia, 9001, QDate(2025, 7, 20),
                                        QStringLiteral("III Nsm 7/25"), QDate(2025, 7, 18)));
    ASSERT_TRUE(placed.ok()) << placed.error().message.toStdString();

    const Session session = ws.session(ws.manager());
    QSet<QString> overdueKinds, pendingKinds;
    QSet<qint64> workers;
    for (const QDate& day : {today, today.addDays(-40), today.addDays(200)}) {
        SCOPED_TRACE(day.toString(Qt::ISODate).toStdString());
        const QList<DeadlineRow> expected = deadlinesFromTheDesks(session, day);
        auto actual = ReportService(session).deadlines(day);
        ASSERT_TRUE(actual.ok()) << actual.error().message.toStdString();
        expectSameRows(expected, *actual);
        const QList<DeadlineRow> wideExpected = deadlinesFromTheDesks(session, day, 45);
        auto wide = ReportService(session).deadlines(day, 45);
        ASSERT_TRUE(wide.ok());
        expectSameRows(wideExpected, *wide);

        auto counts = ReportService(session).overdueCount(day);
        ASSERT_TRUE(counts.ok()) << counts.error().message.toStdString();
        int overdue = 0;
        for (const DeadlineRow& r : expected)
            overdue += r.overdue || !r.due ? 1 : 0;
        EXPECT_EQ(*counts, overdue) << "the glance's count is the report's overdue and to-do-now";

        for (const DeadlineRow& r : wideExpected) {
            (r.overdue ? overdueKinds : pendingKinds).insert(r.kind);
            workers.insert(r.workerId);
            EXPECT_NE(r.workerId, 9001) << "she has left";
        }
    }

    // What the comparisons above covered: the kinds of the demo, overdue and not yet due, for
    // several workers of each role; the worker who left is never listed.
    for (const char* kind : {"next_step", "family_assessment", "child_review"}) {
        EXPECT_TRUE(overdueKinds.contains(QLatin1String(kind))) << kind;
        EXPECT_TRUE(pendingKinds.contains(QLatin1String(kind))) << kind;
    }
    EXPECT_TRUE(pendingKinds.contains(QStringLiteral("no_coordinator")));
    EXPECT_GT(workers.size(), 10);
}

// The glance's count is refused to whoever may not read the deadlines report.
TEST(DeadlinesReport, TheOverdueCountIsTheManagersAsTheReportIs)
{
    test::TestWorkspace ws;
    const User worker = ws.addUser(QStringLiteral("pracownica"), Role::SocialWorker);
    EXPECT_FALSE(ReportService(ws.session(worker)).deadlines(test::kToday).ok());
    EXPECT_FALSE(ReportService(ws.session(worker)).overdueCount(test::kToday).ok());
    auto none = ReportService(ws.session(ws.manager())).overdueCount(test::kToday);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(*none, 0);
}

// The published columns of the deadlines report (docs/cli.md): the CSV is the same whether or
// not the JSON objects are built, and JSON output has one object per row with those names.
TEST(DeadlinesReportFormat, CsvIsTheSameWithoutJsonAndJsonHasEveryRow)
{
    const QList<DeadlineRow> rows{{4, QStringLiteral("Testowa Ewa"), QStringLiteral("next_step"),
                                   QStringLiteral("Rodzina Próbna"), QDate(2026, 3, 2), true},
                                  {9, QStringLiteral("Przykładowy Jan"),
                                   QStringLiteral("child_review"),
                                   QStringLiteral("Dziecko, Testowe"), std::nullopt, false}};
    const report_format::Table full = report_format::deadlines(rows, report_format::Json::Build);
    const report_format::Table lean = report_format::deadlines(rows, report_format::Json::Leave);
    EXPECT_EQ(report_format::csv(lean), report_format::csv(full));
    EXPECT_EQ(QString::fromUtf8(report_format::csv(full)).toStdString(),
              std::string("worker_id,worker_name,kind,subject,due,overdue\n"
                          "4,Testowa Ewa,next_step,Rodzina Próbna,2026-03-02,yes\n"
                          "9,Przykładowy Jan,child_review,\"Dziecko, Testowe\",,no\n"));
    ASSERT_EQ(full.json.size(), 2);
    EXPECT_EQ(full.json.at(0).toObject().value(QStringLiteral("due")).toString(),
              QStringLiteral("2026-03-02"));
    EXPECT_TRUE(full.json.at(1).toObject().value(QStringLiteral("due")).isNull());
    EXPECT_EQ(full.json.at(1).toObject().value(QStringLiteral("overdue")).toBool(), false);
    EXPECT_TRUE(lean.json.isEmpty());
}
