// Issue 17: the Polish window on the demo data at 1024×768, as a Polish user reads it: every date
// in the Polish format on screen and in what is printed from the window, no label cut off, the
// Status column of every list in sight.
#include "AuditModel.h"
#include "CaseloadReportPage.h"
#include "CasesBehindDialog.h"
#include "DeadlinesPage.h"
#include "DemoService.h"
#include "DirectoryService.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "LocaleFormat.h"
#include "MainWindow.h"
#include "ManagerDeskTab.h"
#include "PlanCompareDialog.h"
#include "PolishLocale.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "ReportsTab.h"
#include "StatisticsPage.h"
#include "WorkPlanService.h"
#include "WorkPlanTab.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace opieka;
using namespace opieka::test;

namespace {
const QRegularExpression kIsoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
const QRegularExpression kPolishDate(QStringLiteral("\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b"));

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The texts a person reads in a model, row by row.
QString modelText(const QAbstractItemModel* model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

void expectPolishDates(const QString& where, const QString& text)
{
    EXPECT_FALSE(text.contains(kIsoDate)) << where.toStdString() << ":\n" << text.toStdString();
    EXPECT_TRUE(text.contains(kPolishDate)) << where.toStdString() << ":\n" << text.toStdString();
}

// Reports built off the GUI thread are shown, and what follows them in the event loop (the
// columns fitted to the rows) done; generous on a loaded machine.
void waitForReports(QWidget* root)
{
    QTest::qWait(50);
    for (ui::ReportRunner* runner : root->findChildren<ui::ReportRunner*>())
        EXPECT_TRUE(runner->waitForIdle());
    QTest::qWait(150);
}

// The demo's window at 1024x768, in the language the fixture sets up first.
class ScreensTest : public ::testing::Test
{
protected:
    explicit ScreensTest(bool inPolish)
        : polish(inPolish ? std::make_unique<PolishLocale>() : nullptr)
    {}

    void SetUp() override
    {
        auto demo = DemoService(db.session(db.admin())).generate(DemoService::Scale::Small, 7);
        ASSERT_TRUE(demo) << demo.error().message.toStdString();
        ui::LocaleFormat::install();
        ASSERT_TRUE(window.openDatabase(db.path()));
        window.resize(1024, 768);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_NE(window.reportsTab(), nullptr);
    }

    // A family with an agreed work plan of two versions or more (the demo has them).
    std::optional<qint64> familyWithPlans()
    {
        DirectoryService directory(db.session(window.actor()));
        WorkPlanService plans(db.session(window.actor()));
        FamilyQuery query;
        query.openOnly = true;
        query.limit = 500;
        auto families = directory.families(query);
        if (!families)
            return std::nullopt;
        std::optional<qint64> any;
        for (const Family& family : *families) {
            auto versions = plans.versions(family.id);
            if (!versions || versions->isEmpty())
                continue;
            if (versions->size() > 1)
                return family.id;
            any = any ? any : family.id;
        }
        return any;
    }

    std::unique_ptr<PolishLocale> polish; // first: the window is built in its language
    GuiTestDatabase db;
    ui::MainWindow window;
};

class PolishScreensTest : public ScreensTest
{
protected:
    PolishScreensTest()
        : ScreensTest(true)
    {}
};

// English: the source texts, some of them longer than the Polish.
class EnglishScreensTest : public ScreensTest
{
protected:
    EnglishScreensTest()
        : ScreensTest(false)
    {}
};
} // namespace

TEST_F(PolishScreensTest, ReportsAndTheirDocumentsWriteDatesThePolishWay)
{
    ui::ReportsTab* reports = window.reportsTab();
    window.tabs()->setCurrentWidget(reports);
    ui::CaseloadReportPage* caseload = reports->caseloadPage();
    waitForReports(reports);
    ASSERT_TRUE(caseload->hasReport());
    QString error;
    const QString pdf = db.dir() + QStringLiteral("/report.pdf");
    ASSERT_TRUE(caseload->exportPdf(pdf, &error)) << error.toStdString();
    const QString caseloadText = pdfText(pdf);
    expectPolishDates(QStringLiteral("caseload report PDF"), caseloadText);
    EXPECT_TRUE(caseloadText.contains(ui::Labels::date(QDate::currentDate())));

    for (ui::ReportPage* page : {static_cast<ui::ReportPage*>(reports->statisticsPage()),
                                 static_cast<ui::ReportPage*>(reports->deadlinesPage())}) {
        reports->pages()->setCurrentWidget(page);
        waitForReports(reports);
        ASSERT_TRUE(page->hasReport()) << page->objectName().toStdString();
        ASSERT_TRUE(page->exportPdf(pdf, &error)) << error.toStdString();
        expectPolishDates(page->objectName(), pdfText(pdf));
    }

    // The drill-down: the cases behind a worker's figure, since when each is counted.
    ASSERT_FALSE(caseload->report().rows.isEmpty());
    ui::CasesBehindDialog* cases =
        caseload->showWorkerCases(caseload->report().rows.first().worker.id);
    ASSERT_NE(cases, nullptr);
    expectPolishDates(QStringLiteral("drill-down"), modelText(cases->model()));
    cases->close();
}

TEST_F(PolishScreensTest, PlansAndChronologyWriteDatesThePolishWay)
{
    const auto familyId = familyWithPlans();
    ASSERT_TRUE(familyId) << "the demo has no family with a work plan";
    ui::FamilyRecordWindow* record = window.openFamily(*familyId);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::WorkPlan);
    QString error;
    const QString pdf = db.dir() + QStringLiteral("/document.pdf");
    ASSERT_TRUE(record->workPlanTab()->exportPlanPdf(pdf, &error)) << error.toStdString();
    expectPolishDates(QStringLiteral("work plan PDF"), pdfText(pdf));
    ASSERT_TRUE(record->exportChronologyPdf(pdf, &error)) << error.toStdString();
    expectPolishDates(QStringLiteral("chronology PDF"), pdfText(pdf));

    // The comparison of the first and the last version: each action's deadline.
    auto versions = WorkPlanService(db.session(window.actor())).versions(*familyId);
    ASSERT_TRUE(versions && !versions->isEmpty());
    ui::PlanCompareDialog compare(WorkPlanService(db.session(window.actor())), *versions,
                                  versions->first().id, versions->last().id, record);
    auto* table = compare.findChild<QTableWidget*>(QStringLiteral("compareTable"));
    ASSERT_NE(table, nullptr);
    expectPolishDates(QStringLiteral("plan comparison"), modelText(table->model()));
    record->close();
}

namespace {
// What a person cannot read on a screen: a one-line label narrower than its text, a column title
// cut short, a status cell cut short without a tooltip giving the whole, a Status column
// scrolled out of sight.
QStringList cutOffOn(QWidget* screen)
{
    QStringList problems;
    for (QLabel* label : screen->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap() ||
            label->width() <= 0)
            continue;
        if (label->sizeHint().width() > label->width() + 1)
            problems << QStringLiteral("label %1 \"%2\": needs %3 px, has %4")
                            .arg(label->objectName(), label->text())
                            .arg(label->sizeHint().width())
                            .arg(label->width());
    }
    for (QAbstractItemView* view : screen->findChildren<QAbstractItemView*>()) {
        auto* table = qobject_cast<QTableView*>(view);
        if (!table || !table->isVisible() || !table->model())
            continue;
        QHeaderView* header = table->horizontalHeader();
        const QAbstractItemModel* model = table->model();
        // A table that does not grow with the window (a summary) shows every row.
        if (table->sizePolicy().verticalPolicy() == QSizePolicy::Fixed ||
            table->minimumHeight() == table->maximumHeight()) {
            const int lastRow = model->rowCount() - 1;
            if (lastRow >= 0 && table->rowViewportPosition(lastRow) + table->rowHeight(lastRow) >
                                    table->viewport()->height() + 1)
                problems << QStringLiteral("%1: row %2 of %3 is below the view's %4 px")
                                .arg(table->objectName())
                                .arg(lastRow + 1)
                                .arg(model->rowCount())
                                .arg(table->viewport()->height());
        }
        const bool wraps = (header->defaultAlignment().toInt() & Qt::TextWordWrap) != 0;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->isColumnHidden(column) || header->sectionSize(column) <= 0)
                continue;
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            const QFontMetrics metrics(header->font());
            int needed = 0;
            for (const QString& word : wraps ? title.split(QLatin1Char(' ')) : QStringList{title})
                needed = std::max(needed, metrics.horizontalAdvance(word));
            if (needed + 8 > header->sectionSize(column))
                problems << QStringLiteral("%1: column title \"%2\" needs %3 px, has %4")
                                .arg(table->objectName(), title)
                                .arg(needed + 8)
                                .arg(header->sectionSize(column));
            // A column that needs sideways scrolling to be seen at 1024x768.
            const int sectionRight =
                header->sectionViewportPosition(column) + header->sectionSize(column);
            if (sectionRight > table->viewport()->width() + 1)
                problems << QStringLiteral("%1: column \"%2\" (up to %3 px) is beyond the view's "
                                           "%4 px")
                                .arg(table->objectName(), title)
                                .arg(sectionRight)
                                .arg(table->viewport()->width());
            const bool status =
                title == QStringLiteral("Stan") || title == QStringLiteral("Status");
            if (!status)
                continue;
            const int left = header->sectionViewportPosition(column);
            const int right = left + header->sectionSize(column);
            if (left < 0 || right > table->viewport()->width() + 1)
                problems << QStringLiteral("%1: the Status column (%2-%3 px) is outside the "
                                           "view's %4 px")
                                .arg(table->objectName())
                                .arg(left)
                                .arg(right)
                                .arg(table->viewport()->width());
            const QFontMetrics cellMetrics(table->font());
            for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data().toString();
                if (cellMetrics.horizontalAdvance(text) + 8 > header->sectionSize(column) &&
                    index.data(Qt::ToolTipRole).toString().isEmpty())
                    problems << QStringLiteral("%1: status \"%2\" cut off, no tooltip")
                                    .arg(table->objectName(), text);
            }
        }
    }
    return problems;
}
} // namespace

namespace {
// Every main tab and the pages inside them, each read as a person sees it.
void expectNothingCutOff(ui::MainWindow& window)
{
    EXPECT_EQ(window.size(), QSize(1024, 768));
    QTabWidget* tabs = window.tabs();
    int checked = 0;
    for (int index = 0; index < tabs->count(); ++index) {
        if (!tabs->isTabVisible(index))
            continue;
        tabs->setCurrentIndex(index);
        QWidget* screen = tabs->widget(index);
        waitForReports(screen);
        // The inner pages of the reports and of the foster care register too.
        QList<QTabWidget*> inner = screen->findChildren<QTabWidget*>();
        const QStringList problems = cutOffOn(screen);
        EXPECT_TRUE(problems.isEmpty()) << tabs->tabText(index).toStdString() << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
        for (QTabWidget* pages : inner)
            for (int page = 0; page < pages->count(); ++page) {
                if (!pages->isTabVisible(page))
                    continue;
                pages->setCurrentIndex(page);
                waitForReports(screen);
                const QStringList more = cutOffOn(pages->widget(page));
                EXPECT_TRUE(more.isEmpty()) << tabs->tabText(index).toStdString() << " › "
                                            << pages->tabText(page).toStdString() << ":\n"
                                            << more.join(QLatin1Char('\n')).toStdString();
            }
        ++checked;
    }
    EXPECT_GE(checked, 6);
}
} // namespace

TEST_F(PolishScreensTest, NothingIsCutOffOrOutOfSightAt1024x768)
{
    expectNothingCutOff(window);
}

TEST_F(EnglishScreensTest, NothingIsCutOffOrOutOfSightAt1024x768)
{
    expectNothingCutOff(window);
}

// The register's Kind column tells the kinds apart at 1024x768: "Rodzina zastępcza…" on every
// row said nothing (the distinguishing word was the one cut off).
TEST_F(PolishScreensTest, TheFosterRegisterShowsEachKindWhole)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("fosterFamiliesTable"));
    ASSERT_NE(table, nullptr);
    for (int index = 0; index < window.tabs()->count(); ++index)
        if (window.tabs()->widget(index)->isAncestorOf(table))
            window.tabs()->setCurrentIndex(index);
    QTest::qWait(200);
    ASSERT_TRUE(table->isVisible());
    const QAbstractItemModel* model = table->model();
    ASSERT_GT(model->rowCount(), 0);
    int kindColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Rodzaj"))
            kindColumn = column;
    ASSERT_GE(kindColumn, 0);
    const QFontMetrics metrics(table->font());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString kind = model->index(row, kindColumn).data().toString();
        EXPECT_LE(metrics.horizontalAdvance(kind) + 8,
                  table->horizontalHeader()->sectionSize(kindColumn))
            << "\"" << kind.toStdString() << "\" is cut off";
    }
}

namespace {
// The manager opened family 3 on 14 March 2026 at 09:05:07 (local time).
AuditEntry managerOpenedFamily3()
{
    AuditEntry entry;
    entry.at = QDateTime(QDate(2026, 3, 14), QTime(9, 5, 7)).toUTC();
    entry.userLogin = QStringLiteral("kierownik");
    entry.action = QStringLiteral("family.open");
    entry.entity = QStringLiteral("family");
    entry.entityId = QStringLiteral("3");
    return entry;
}
} // namespace

// The audit dialog's Time column is read by a Polish manager: 06.12.2026, not 2026-12-06; the
// CSV she exports from it keeps ISO, as every CSV the program writes.
TEST(PolishAuditTimeTest, TheAuditShowsThePolishDateAndItsCsvKeepsIso)
{
    PolishLocale polish;
    const AuditEntry entry = managerOpenedFamily3();
    ui::AuditModel model;
    model.setEntries({entry});
    EXPECT_EQ(model.index(0, ui::AuditModel::TimeColumn).data().toString(),
              QStringLiteral("14.03.2026 09:05:07"));
    const QString csv = QString::fromUtf8(model.csv());
    EXPECT_TRUE(csv.contains(QStringLiteral("2026-03-14 09:05:07"))) << csv.toStdString();
}

// The action and what it concerns in Polish words, not the codes (family.open, family 3); the
// codes stay in the tooltip and the CSV. A code the program does not know is shown as it is.
TEST(PolishAuditTimeTest, TheAuditNamesTheActionInPolishAndItsCsvKeepsTheCodes)
{
    PolishLocale polish;
    const AuditEntry opened = managerOpenedFamily3();
    AuditEntry unknown = opened;
    unknown.action = QStringLiteral("future.action");
    unknown.entity = QStringLiteral("future_thing");
    ui::AuditModel model;
    model.setEntries({opened, unknown});
    EXPECT_EQ(model.index(0, ui::AuditModel::ActionColumn).data().toString(),
              QStringLiteral("Otwarcie kartoteki rodziny"));
    EXPECT_EQ(model.index(0, ui::AuditModel::ActionColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("family.open"));
    EXPECT_EQ(model.index(0, ui::AuditModel::EntityColumn).data().toString(),
              QStringLiteral("Rodzina 3"));
    EXPECT_EQ(model.index(1, ui::AuditModel::ActionColumn).data().toString(),
              QStringLiteral("future.action"));
    EXPECT_EQ(model.index(1, ui::AuditModel::EntityColumn).data().toString(),
              QStringLiteral("future_thing 3"));
    const QString csv = QString::fromUtf8(model.csv());
    EXPECT_TRUE(csv.contains(QStringLiteral(",family.open,family 3,"))) << csv.toStdString();
}
