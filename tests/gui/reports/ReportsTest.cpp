// The manager's reports: the caseload page's figures, chart and drill-down on a small fixture,
// the statistics and deadlines pages, PDF and CSV exports, and cancelling a report.
#include "AccessibilityCheck.h"
#include "CaseloadFormat.h"
#include "CaseloadModel.h"
#include "CaseloadReportPage.h"
#include "CasesBehindDialog.h"
#include "ContactService.h"
#include "DeadlinesPage.h"
#include "FamilyRecordWindow.h"
#include "IsoDate.h"
#include "ManagerDeskTab.h"
#include "ModalHelper.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "ReportsTab.h"
#include "RoleSummaryModel.h"
#include "StatisticsPage.h"
#include "UtilisationChart.h"
#include "WindowTest.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTranslator>
#include <gtest/gtest.h>
#include <tuple>

using namespace opieka;
using namespace opieka::test;

namespace {
class ReportsTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({{"Anna", "Testowa", Role::SocialWorker, "Zespół 1"},
                      {"Beata", "Próbna", Role::SocialWorker, "Zespół 1"},
                      {"Cezary", "Przykładowy", Role::SocialWorker, "Zespół 2"},
                      {"Dorota", "Wzorcowa", Role::FamilyAssistant, "Asystenci"}});
        db.loadFamilies(160);
        db.assign(1, 1, 50);  // at the limit of 50
        db.assign(2, 51, 45); // near it: 90 %
        db.assign(3, 96, 51); // over it
        db.assign(4, 1, 10);  // two thirds of 15
        ASSERT_TRUE(window.openDatabase(db.path()));
        reports = window.reportsTab();
        ASSERT_NE(reports, nullptr);
        page = reports->caseloadPage();
        watch(page->summaryModel());
        watch(page->workerModel());
        watch(page->overridesModel());
        load(page);
    }

    static void load(ui::ReportPage* report)
    {
        report->refresh();
        ASSERT_TRUE(report->runner()->waitForIdle());
        ASSERT_TRUE(report->hasReport());
    }

    QVariant summary(Role role, int column) const
    {
        ui::RoleSummaryModel* model = page->summaryModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->summaries().at(row).role == role)
                return model->index(row, column).data();
        return {};
    }

    QVariant worker(qint64 id, int column) const
    {
        ui::CaseloadModel* model = page->workerModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ui::CaseloadModel::WorkerIdRole).toLongLong() == id)
                return model->index(row, column).data();
        return {};
    }

    QString path(const QString& name) const { return db.dir() + QLatin1Char('/') + name; }

    ui::ReportsTab* reports = nullptr;
    ui::CaseloadReportPage* page = nullptr;
};

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray firstLine(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readLine().trimmed();
}
} // namespace

TEST_F(ReportsTest, ManagersAndAdministratorsHaveTheReportsAndTheStartPage)
{
    // The window acts as the database's administrator, who holds a manager's powers.
    ASSERT_NE(window.managerStartTab(), nullptr);
    EXPECT_EQ(window.tabs()->widget(0), window.managerStartTab());
    EXPECT_GE(window.tabs()->indexOf(window.reportsTab()), 0);
    User user;
    for (Role role : {Role::Manager, Role::Administrator}) {
        user.role = role;
        EXPECT_TRUE(ui::ReportsTab::isFor(Session(db.workspace().database(), user)))
            << roleName(role).toStdString();
    }
    for (Role role : caseloadRoles()) {
        user.role = role;
        EXPECT_FALSE(ui::ReportsTab::isFor(Session(db.workspace().database(), user)))
            << roleName(role).toStdString();
    }
}

TEST_F(ReportsTest, CaseloadFiguresMatchTheFixture)
{
    using S = ui::RoleSummaryModel;
    EXPECT_EQ(summary(Role::SocialWorker, S::WorkersColumn).toInt(), 3);
    EXPECT_EQ(summary(Role::SocialWorker, S::CasesColumn).toInt(), 146);
    EXPECT_EQ(summary(Role::SocialWorker, S::PerWorkerColumn).toString(), QStringLiteral("48.7"));
    EXPECT_EQ(summary(Role::SocialWorker, S::LimitColumn).toInt(), 50);
    EXPECT_EQ(summary(Role::SocialWorker, S::NearLimitColumn).toInt(), 1);
    EXPECT_EQ(summary(Role::SocialWorker, S::AtLimitColumn).toInt(), 1);
    EXPECT_EQ(summary(Role::SocialWorker, S::OverLimitColumn).toInt(), 1);
    EXPECT_EQ(summary(Role::SocialWorker, S::OverridesColumn).toInt(), 0);
    EXPECT_EQ(summary(Role::FamilyAssistant, S::CasesColumn).toInt(), 10);
    EXPECT_EQ(summary(Role::FamilyAssistant, S::OverLimitColumn).toInt(), 0);

    using W = ui::CaseloadModel;
    EXPECT_EQ(worker(3, W::StatusColumn).toString(), QStringLiteral("Over limit"));
    EXPECT_EQ(worker(2, W::StatusColumn).toString(), QStringLiteral("Near limit"));
    EXPECT_EQ(worker(1, W::StatusColumn).toString(), QStringLiteral("At limit"));
    EXPECT_EQ(worker(3, W::UnitColumn).toString(), QStringLiteral("Zespół 2"));
    EXPECT_EQ(worker(2, W::UtilisationColumn).toString(), QStringLiteral("90 %"));

    // One bar per worker, the most loaded on top, each in the set of its status.
    const auto& bars = page->chart()->bars();
    ASSERT_EQ(bars.size(), 4);
    QList<std::pair<qint64, double>> values;
    for (const auto& bar : bars)
        values << std::make_pair(bar.workerId, bar.utilisationPct);
    EXPECT_EQ(values, (QList<std::pair<qint64, double>>{
                          {4, 100.0 * 10 / 15}, {2, 90.0}, {1, 100.0}, {3, 102.0}}));
    QHorizontalStackedBarSeries* series = page->chart()->barSeries();
    ASSERT_EQ(series->count(), 4); // below, near, at, over the limit
    for (int i = 0; i < bars.size(); ++i) {
        double drawn = 0;
        for (QBarSet* set : series->barSets())
            drawn += set->at(i);
        EXPECT_DOUBLE_EQ(drawn, bars.at(i).utilisationPct);
    }
    EXPECT_DOUBLE_EQ(series->barSets().at(3)->at(3), 102.0); // the over-limit set
    QLineSeries* limit = page->chart()->limitLine();
    ASSERT_EQ(limit->count(), 2);
    EXPECT_DOUBLE_EQ(limit->at(0).x(), 100.0);
    EXPECT_DOUBLE_EQ(limit->at(1).x(), 100.0);
}

TEST_F(ReportsTest, FiltersByRoleAndUnit)
{
    auto* roles = page->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    auto* units = page->findChild<QComboBox*>(QStringLiteral("unitCombo"));
    ASSERT_NE(roles, nullptr);
    ASSERT_NE(units, nullptr);
    roles->setCurrentIndex(roles->findData(roleName(Role::FamilyAssistant)));
    ASSERT_TRUE(page->runner()->waitForIdle());
    EXPECT_EQ(page->workerModel()->rowCount(), 1);
    EXPECT_EQ(page->chart()->bars().size(), 1);
    roles->setCurrentIndex(0);
    ASSERT_TRUE(page->runner()->waitForIdle());
    EXPECT_EQ(page->workerModel()->rowCount(), 4);
    units->setCurrentIndex(units->findData(QStringLiteral("Zespół 2")));
    ASSERT_TRUE(page->runner()->waitForIdle());
    ASSERT_EQ(page->workerModel()->rowCount(), 1);
    EXPECT_EQ(worker(3, ui::CaseloadModel::CasesColumn).toInt(), 51);
}

TEST_F(ReportsTest, DrillDownListsTheWorkersCasesAndOpensTheRecord)
{
    ui::CasesBehindDialog* dialog = page->showWorkerCases(2);
    ASSERT_NE(dialog, nullptr);
    ui::ReportTableModel* cases = dialog->model();
    ASSERT_EQ(cases->rowCount(), 45);
    QSet<qint64> ids;
    for (const auto& row : cases->rows()) {
        EXPECT_EQ(row.cells.at(0), QStringLiteral("Beata Próbna"));
        ids.insert(row.id);
    }
    QSet<qint64> expected;
    for (qint64 id = 51; id <= 95; ++id)
        expected.insert(id);
    EXPECT_EQ(ids, expected);
    dialog->openRow(0);
    ASSERT_EQ(window.recordWindows().size(), 1);
    EXPECT_EQ(window.recordWindows().first()->familyId(), cases->rows().first().id);
    dialog->close();

    // A bar of the chart: the worker's cases.
    const int over = static_cast<int>(page->chart()->bars().size()) - 1;
    QHorizontalStackedBarSeries* series = page->chart()->barSeries();
    emit series->clicked(over, series->barSets().at(3));
    auto dialogs = page->findChildren<ui::CasesBehindDialog*>();
    ASSERT_FALSE(dialogs.isEmpty());
    EXPECT_EQ(dialogs.last()->model()->rowCount(), 51);
    dialogs.last()->close();

    // A figure of the totals: the cases of the workers over the limit.
    dialog = page->showFigureCases(Role::SocialWorker, ui::RoleSummaryModel::OverLimitColumn);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->model()->rowCount(), 51);
    dialog->close();
    dialog = page->showFigureCases(Role::SocialWorker, ui::RoleSummaryModel::CasesColumn);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->model()->rowCount(), 146);
    expectNamed(dialog);
    dialog->close();
}

TEST_F(ReportsTest, StatisticsAndDeadlinesShowRows)
{
    ui::StatisticsPage* statistics = reports->statisticsPage();
    load(statistics);
    ui::ReportTableModel* figures = statistics->model();
    ASSERT_GT(figures->rowCount(), 0);
    EXPECT_EQ(figures->index(0, 0).data().toString(), QStringLiteral("Families helped"));
    EXPECT_EQ(figures->index(0, 1).data().toString(), QStringLiteral("160"));
    for (const auto& row : figures->rows())
        EXPECT_FALSE(row.cells.join(QLatin1Char(' ')).contains(QStringLiteral("Testowa")));

    // Two agreed next steps: one overdue, one due in five days.
    const QDate today = QDate::currentDate();
    for (const auto& [family, workerId, due] :
         {std::tuple{51, 2, today.addDays(-3)}, std::tuple{96, 3, today.addDays(5)}}) {
        Contact contact;
        contact.familyId = family;
        contact.workerId = workerId;
        contact.date = today.addDays(-10);
        contact.nextStep = QStringLiteral("Bring the form");
        contact.nextStepDue = due;
        ASSERT_TRUE(ContactService(db.session(db.manager())).log(contact).ok());
    }
    ui::DeadlinesPage* deadlines = reports->deadlinesPage();
    load(deadlines);
    ASSERT_EQ(deadlines->model()->rowCount(), 2);
    EXPECT_EQ(deadlines->model()->index(0, 0).data().toString(), QStringLiteral("Beata Próbna"));
    EXPECT_EQ(deadlines->model()->index(0, 1).data().toString(),
              QStringLiteral("next step agreed with the family"));
    EXPECT_EQ(deadlines->model()->index(0, 2).data().toString(), QStringLiteral("Family-51"));
    EXPECT_EQ(deadlines->model()->index(0, 4).data().toString(), QStringLiteral("overdue"));
    EXPECT_EQ(deadlines->model()->index(1, 4).data().toString(), QStringLiteral("due soon"));
    for (int row = 0; row < deadlines->model()->rowCount(); ++row) {
        const bool overdue = deadlines->rows().at(row).overdue || !deadlines->rows().at(row).due;
        EXPECT_EQ(deadlines->model()->index(row, 0).data(Qt::BackgroundRole).isValid(), overdue);
    }
}

TEST_F(ReportsTest, PdfHoldsTheFigures)
{
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        << "pdftotext (poppler-utils) is installed by scripts/install-deps.sh";
    QString error;
    ASSERT_TRUE(page->exportPdf(path(QStringLiteral("caseload.pdf")), &error))
        << error.toStdString();
    const QString text = pdfText(path(QStringLiteral("caseload.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Caseload report")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cezary Przykładowy")));
    EXPECT_TRUE(text.contains(QStringLiteral("146")));
    EXPECT_TRUE(text.contains(QStringLiteral("48.7")));
    EXPECT_TRUE(text.contains(QStringLiteral("102.0 %")));

    ui::StatisticsPage* statistics = reports->statisticsPage();
    load(statistics);
    ASSERT_TRUE(statistics->exportPdf(path(QStringLiteral("statistics.pdf")), &error));
    EXPECT_TRUE(pdfText(path(QStringLiteral("statistics.pdf"))).contains(QStringLiteral("160")));
}

TEST_F(ReportsTest, CsvHasTheContractColumns)
{
    QString error;
    ASSERT_TRUE(page->exportCsv(path(QStringLiteral("caseload.csv")), &error));
    EXPECT_EQ(firstLine(path(QStringLiteral("caseload.csv"))),
              caseload_format::workerColumns().join(QLatin1Char(',')).toUtf8());
    QFile caseload(path(QStringLiteral("caseload.csv")));
    ASSERT_TRUE(caseload.open(QIODevice::ReadOnly));
    EXPECT_EQ(caseload.readAll().count('\n'), 5); // header and four workers

    ui::StatisticsPage* statistics = reports->statisticsPage();
    load(statistics);
    ASSERT_TRUE(statistics->exportCsv(path(QStringLiteral("statistics.csv")), &error));
    EXPECT_EQ(firstLine(path(QStringLiteral("statistics.csv"))), "metric,as_of,value,year_earlier");

    ui::DeadlinesPage* deadlines = reports->deadlinesPage();
    load(deadlines);
    ASSERT_TRUE(deadlines->exportCsv(path(QStringLiteral("deadlines.csv")), &error));
    EXPECT_EQ(firstLine(path(QStringLiteral("deadlines.csv"))),
              "worker_id,worker_name,kind,subject,due,overdue");
}

TEST_F(ReportsTest, ExportWithoutAReportIsRefusedNotCrashed)
{
    QString error;
    EXPECT_FALSE(reports->statisticsPage()->exportPdf(path(QStringLiteral("x.pdf")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(page->exportCsv(QStringLiteral("/nonexistent-folder/x.csv"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(ReportsTest, CancelKeepsThePreviousReport)
{
    const QDate today = page->report().asOf;
    page->setAsOf(QDate(2020, 6, 1)); // before every assignment: a new report starts
    ASSERT_TRUE(page->runner()->isRunning());
    // Its result reaches the GUI thread through the event loop, so cancelling now always comes
    // first, however fast the report is.
    page->runner()->cancel();
    EXPECT_FALSE(page->runner()->isRunning());
    QTest::qWait(300); // the abandoned report finishes in its thread and is dropped
    EXPECT_EQ(page->report().asOf, today);
    EXPECT_EQ(worker(3, ui::CaseloadModel::CasesColumn).toInt(), 51);
    EXPECT_EQ(page->asOf(), today); // the controls show the report on screen again

    page->setAsOf(QDate(2020, 6, 1)); // not cancelled: it replaces the report
    ASSERT_TRUE(page->runner()->waitForIdle());
    EXPECT_EQ(page->report().asOf, QDate(2020, 6, 1));
    EXPECT_EQ(worker(3, ui::CaseloadModel::CasesColumn).toInt(), 0);
}

TEST_F(ReportsTest, SlowReportShowsProgressAndCancelDropsIt)
{
    ui::ReportRunner* runner = page->runner();
    runner->setShowDelay(0);
    bool done = false;
    bool cancelled = false;
    QObject::connect(runner, &ui::ReportRunner::cancelled, [&] { cancelled = true; });
    runner->start(
        [](Database&) {
            QThread::msleep(400);
            return QString();
        },
        [&] { done = true; });
    QTest::qWait(50);
    EXPECT_FALSE(runner->isHidden()); // the busy bar with its Cancel button
    auto* cancel = runner->findChild<QAbstractButton*>(QStringLiteral("cancelReportButton"));
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(runner->isHidden());
    EXPECT_FALSE(runner->isRunning());
    QTest::qWait(600);
    EXPECT_FALSE(done);
    EXPECT_EQ(page->report().asOf, QDate::currentDate());
}

TEST_F(ReportsTest, StartPageShowsTheCentreAtAGlance)
{
    ui::ManagerDeskTab* start = window.managerStartTab();
    start->refresh();
    ASSERT_TRUE(start->runner()->waitForIdle());
    ASSERT_TRUE(start->hasGlance());
    // Over: Cezary; at the limit: Anna; near it: Beata.
    ui::ReportTableModel* loaded = start->loadedWorkersModel();
    ASSERT_EQ(loaded->rowCount(), 3);
    EXPECT_EQ(loaded->rows().first().id, 3);
    auto* label = start->findChild<QLabel*>(QStringLiteral("loadedWorkersLabel"));
    ASSERT_NE(label, nullptr);
    // (The tests run without a translation: plural forms stay as in the source.)
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("1 worker(s) over the limit; 2 near")))
        << label->text().toStdString();
    EXPECT_GT(start->glance().familiesMissingTeam.size(), 0); // families 147-160 have no one

    auto* overdue = start->findChild<QAbstractButton*>(QStringLiteral("overdueButton"));
    ASSERT_NE(overdue, nullptr);
    overdue->click();
    EXPECT_EQ(window.tabs()->currentWidget(), reports);
    EXPECT_EQ(reports->pages()->currentWidget(), reports->deadlinesPage());

    auto* role = start->findChild<QAbstractButton*>(
        QStringLiteral("openRoleReport_%1").arg(roleName(Role::FamilyAssistant)));
    ASSERT_NE(role, nullptr);
    role->click();
    EXPECT_EQ(reports->pages()->currentWidget(), page);
    ASSERT_TRUE(page->runner()->waitForIdle());
    EXPECT_EQ(page->report().filter.role, Role::FamilyAssistant);

    ui::CasesBehindDialog* cases = start->showWorkerCases(3);
    ASSERT_NE(cases, nullptr);
    EXPECT_EQ(cases->model()->rowCount(), 51);
    cases->close();
    ui::CasesBehindDialog* families = start->showFamiliesMissingTeam();
    ASSERT_NE(families, nullptr);
    EXPECT_EQ(families->model()->rowCount(), start->glance().familiesMissingTeam.size());
    families->close();
}

TEST_F(ReportsTest, NewControlsHaveAccessibleNames)
{
    expectNamed(window.managerStartTab());
    expectNamed(reports);
}

namespace {
// A language whose word for the caseload report's file carries letters beyond ASCII.
class FileNameLanguage : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return qstrcmp(source, "caseload-report") == 0 ? QStringLiteral("raport-obciążenia")
                                                       : QString();
    }
};
} // namespace

// The name a Polish window offers when saving the report as PDF is Polish (it goes through the
// translation), and stays ASCII with the report's day in ISO so that files sort by date.
TEST_F(ReportsTest, TheOfferedPdfNameIsInTheWindowsLanguage)
{
    FileNameLanguage language;
    QCoreApplication::installTranslator(&language);
    QString offered;
    whenModal([&offered](QWidget* modal) {
        if (auto* dialog = qobject_cast<QFileDialog*>(modal))
            offered = dialog->selectedFiles().value(0);
        modal->close();
    });
    auto* button = page->findChild<QAbstractButton*>(QStringLiteral("exportPdfButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    QCoreApplication::removeTranslator(&language);
    EXPECT_EQ(QFileInfo(offered).fileName().toStdString(),
              QStringLiteral("raport-obciazenia-%1.pdf").arg(isoDate(page->asOf())).toStdString());
}
