// Issue 19 in the window: every limit names its legal source (the Caseload tab's tooltips, the
// start page), the manager's start page shows the social workers' norm of art. 110 ust. 11 u.p.s.
// and says where the centre's limits differ from the statute's, and the centre records its
// residents in Settings › Centre…; Settings › Caseload Limits lists every rule with the days it
// is in force and its legal basis.
#include "CaseloadLimitsDialog.h"
#include "CaseloadModel.h"
#include "CaseloadTab.h"
#include "Clock.h"
#include "Labels.h"
#include "ManagerDeskTab.h"
#include "ModalHelper.h"
#include "PolishLocale.h"
#include "RecordTestHelpers.h"
#include "ReportRunner.h"
#include "RoleSummaryModel.h"
#include "SettingsService.h"
#include "WindowTest.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class LawSourcesTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::anna, staff::cezary});
        db.loadFamilies(60);
        db.assign(1, 1, 10);
        db.assign(2, 1, 60); // 60 families: 2 posts, so 3
        ASSERT_TRUE(openWindow());
    }

    ui::ManagerDeskTab* startPage()
    {
        ui::ManagerDeskTab* start = window.managerStartTab();
        EXPECT_NE(start, nullptr);
        if (!start)
            return nullptr;
        window.tabs()->setCurrentWidget(start);
        start->refresh();
        EXPECT_TRUE(start->runner()->waitForIdle());
        QTest::qWait(20);
        return start;
    }
};
} // namespace

TEST_F(LawSourcesTest, TheCaseloadTabNamesEachLimitsSourceInItsTooltip)
{
    ui::CaseloadTab* tab = window.caseloadTab();
    ASSERT_NE(tab, nullptr);
    window.tabs()->setCurrentWidget(tab); // a tab reads its data when first shown
    ui::RoleSummaryModel* summary = tab->summaryModel();
    ASSERT_EQ(summary->rowCount(), 3);
    const QModelIndex assistants = summary->index(1, ui::RoleSummaryModel::LimitColumn);
    EXPECT_EQ(assistants.data().toInt(), 15);
    EXPECT_TRUE(
        assistants.data(Qt::ToolTipRole).toString().contains(QStringLiteral("art. 15 ust. 4")))
        << assistants.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_TRUE(summary->index(0, ui::RoleSummaryModel::LimitColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("art. 110 ust. 11")));
    bool workerTipSeen = false;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QModelIndex limit = tab->model()->index(row, ui::CaseloadModel::LimitColumn);
        if (limit.data().toInt() == 15)
            workerTipSeen =
                limit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("art. 15 ust. 4"));
    }
    EXPECT_TRUE(workerTipSeen) << "the assistant's own limit names its source";
}

TEST_F(LawSourcesTest, TheStartPageShowsTheNormAndWhereTheCentresLimitsDiffer)
{
    ui::ManagerDeskTab* start = startPage();
    ASSERT_NE(start, nullptr);
    auto* norm = child<QLabel>(start, "socialWorkerNormLabel");
    ASSERT_NE(norm, nullptr);
    EXPECT_TRUE(norm->text().contains(QStringLiteral("by residents not known")))
        << norm->text().toStdString();
    EXPECT_TRUE(norm->text().contains(QStringLiteral("by families 3")))
        << norm->text().toStdString();
    auto* differ = child<QLabel>(start, "rulesDifferLabel");
    ASSERT_NE(differ, nullptr);
    EXPECT_FALSE(differ->isVisible()) << "a new centre applies the statute's limits";
    auto* figures = child<QLabel>(start, "roleFigures_family_assistant");
    ASSERT_NE(figures, nullptr);
    EXPECT_TRUE(figures->toolTip().contains(QStringLiteral("art. 15 ust. 4")));

    // The centre records its residents and sets a stricter local limit for assistants.
    ASSERT_TRUE(SettingsService(db.session(db.manager())).setResidents(12001).ok());
    CaseloadRule local;
    local.role = Role::FamilyAssistant;
    local.limit = 12;
    local.validFrom = QDate(2016, 1, 1);
    ASSERT_TRUE(CaseloadService(db.session(db.manager())).addRule(local).ok());
    start = startPage();
    EXPECT_TRUE(norm->text().contains(QStringLiteral("by residents 7")))
        << norm->text().toStdString();
    EXPECT_TRUE(differ->isVisible());
    EXPECT_TRUE(differ->text().contains(QStringLiteral("stricter than the statute")))
        << differ->text().toStdString();
    EXPECT_TRUE(differ->text().contains(QStringLiteral("art. 15 ust. 4")));
}

TEST_F(LawSourcesTest, TheCentreRecordsItsResidentsInTheCentreSettings)
{
    bool seen = false;
    whenDialog(QStringLiteral("centreSettingsDialog"), seen, [&](QWidget* modal) {
        auto* residents = child<QSpinBox>(modal, "residentsSpin");
        ASSERT_NE(residents, nullptr);
        EXPECT_EQ(residents->value(), 0);
        EXPECT_EQ(residents->text(), QStringLiteral("not recorded"));
        residents->setValue(10001);
        child<QPushButton>(modal, "saveButton")->click();
    });
    child<QAction>(&window, "centreSettingsAction")->trigger();
    ASSERT_TRUE(seen);
    auto recorded = SettingsService(db.session(db.manager())).residents();
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(*recorded, 10001);
}

namespace {
// The rows of the limits table as "role | limit | in force | basis", and which rows are bold.
struct LimitRows
{
    QStringList rows;
    QList<bool> bold;
    QString differences;
};

LimitRows readLimits(QWidget* modal)
{
    LimitRows read;
    auto* table = modal->findChild<QTableWidget*>(QStringLiteral("caseloadLimitsTable"));
    if (!table)
        return read;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        read.rows << cells.join(QStringLiteral(" | "));
        read.bold << table->item(row, 0)->font().bold();
    }
    if (auto* label = modal->findChild<QLabel*>(QStringLiteral("caseloadLimitsDifferences")))
        read.differences = label->text();
    return read;
}

QString rowStarting(const LimitRows& read, const QString& start, bool* bold = nullptr)
{
    for (qsizetype i = 0; i < read.rows.size(); ++i)
        if (read.rows[i].startsWith(start)) {
            if (bold)
                *bold = read.bold[i];
            return read.rows[i];
        }
    return {};
}
} // namespace

TEST_F(LawSourcesTest, TheLimitsDialogListsEveryRuleWithItsDaysAndLegalBasis)
{
    ScopedToday today(QDate(2026, 12, 6));
    LimitRows read;
    whenModal([&](QWidget* modal) {
        EXPECT_EQ(modal->objectName(), QStringLiteral("caseloadLimitsDialog"));
        read = readLimits(modal);
        child<QPushButton>(modal, "closeButton")->click();
    });
    child<QAction>(&window, "caseloadLimitsAction")->trigger();
    ASSERT_EQ(read.rows.size(), 5) << read.rows.join(QLatin1Char('\n')).toStdString();

    bool bold = true;
    const QString assistant2011 =
        rowStarting(read, QStringLiteral("Family assistant | 20 |"), &bold);
    const QString period2011 = ui::Labels::date(QDate(2000, 1, 1)) + QStringLiteral(" – ") +
                               ui::Labels::date(QDate(2014, 12, 31));
    EXPECT_TRUE(assistant2011.contains(period2011)) << assistant2011.toStdString();
    EXPECT_TRUE(assistant2011.contains(QStringLiteral("art. 15 ust. 4, brzmienie pierwotne")))
        << assistant2011.toStdString();
    EXPECT_FALSE(bold) << "the 2011 limit is not in force in 2026";

    const QString assistant2015 =
        rowStarting(read, QStringLiteral("Family assistant | 15 |"), &bold);
    EXPECT_TRUE(assistant2015.contains(QStringLiteral("art. 15 ust. 4")))
        << assistant2015.toStdString();
    EXPECT_TRUE(bold) << "the limit in force today is marked";
    const QString coordinator =
        rowStarting(read, QStringLiteral("Foster-care coordinator | 15 |"), &bold);
    EXPECT_TRUE(coordinator.contains(QStringLiteral("art. 77 ust. 4")))
        << coordinator.toStdString();
    EXPECT_TRUE(bold);
    const QString socialWorker =
        rowStarting(read, QStringLiteral("Social worker | 50 per full-time post |"));
    EXPECT_TRUE(socialWorker.contains(QStringLiteral("art. 110 ust. 11")))
        << read.rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(read.differences, QStringLiteral("The centre applies the statute's limits."));
}

TEST_F(LawSourcesTest, TheLimitsDialogShowsTheCentresOwnRuleAndHowItDiffers)
{
    ScopedToday today(QDate(2026, 12, 6));
    CaseloadRule local;
    local.role = Role::FamilyAssistant;
    local.limit = 12;
    local.validFrom = QDate(2016, 1, 1);
    ASSERT_TRUE(CaseloadService(db.session(db.manager())).addRule(local).ok());
    LimitRows read;
    whenModal([&](QWidget* modal) {
        read = readLimits(modal);
        child<QPushButton>(modal, "closeButton")->click();
    });
    child<QAction>(&window, "caseloadLimitsAction")->trigger();
    ASSERT_EQ(read.rows.size(), 6);
    bool bold = false;
    const QString own = rowStarting(read, QStringLiteral("Family assistant | 12 |"), &bold);
    EXPECT_TRUE(own.endsWith(QStringLiteral("The centre's own rule (not the statute's)")))
        << own.toStdString();
    EXPECT_TRUE(bold) << "the centre's rule is the one in force";
    const QString statute = rowStarting(read, QStringLiteral("Family assistant | 15 |"), &bold);
    EXPECT_FALSE(bold) << "the statute's 15 gave way to the centre's 12 on 1 January 2016";
    EXPECT_TRUE(read.differences.contains(QStringLiteral("stricter than the statute")))
        << read.differences.toStdString();
}

TEST_F(LawSourcesTest, TheLimitsDialogSpeaksPolishWithPolishDates)
{
    ScopedToday today(QDate(2026, 12, 6));
    PolishLocale polish;
    LimitRows read;
    QString title;
    whenModal([&](QWidget* modal) {
        title = modal->windowTitle();
        read = readLimits(modal);
        child<QPushButton>(modal, "closeButton")->click();
    });
    child<QAction>(&window, "caseloadLimitsAction")->trigger();
    EXPECT_EQ(title, QStringLiteral("Limity spraw"));
    const QString assistant2011 = rowStarting(read, QStringLiteral("Asystent rodziny | 20 |"));
    EXPECT_TRUE(assistant2011.contains(QStringLiteral("| 01.01.2000 – 31.12.2014 |")))
        << read.rows.join(QLatin1Char('\n')).toStdString();
    const QString assistant2015 = rowStarting(read, QStringLiteral("Asystent rodziny | 15 |"));
    EXPECT_TRUE(assistant2015.contains(QStringLiteral("| od 01.01.2015 |")))
        << assistant2015.toStdString();
    EXPECT_TRUE(rowStarting(read, QStringLiteral("Pracownik socjalny | 50 na pełny etat |"))
                    .contains(QStringLiteral("art. 110 ust. 11")))
        << read.rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(read.differences, QStringLiteral("Ośrodek stosuje limity ustawowe."));
}
