// Issue 17: after a 16th family was assigned to a family assistant with an override (her limit is
// 15 since 2015, issue 19), every screen that counts her caseload says 16/15 and names the
// override: the start page, the Reports tab's caseload (after F5, and without it when the window
// made the change) and the document printed from it.
#include "CaseloadModel.h"
#include "CaseloadReportPage.h"
#include "CaseloadService.h"
#include "FamiliesTab.h"
#include "ManagerDeskTab.h"
#include "ModalHelper.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "ReportsTab.h"
#include "UtilisationChart.h"
#include "WindowTest.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kAssistant = 1;
constexpr qint64 kOneOverLimit = 21; // the family assigned beyond the limit
const QString kReason = QStringLiteral("Only assistant who knows the family");

class ReportFreshnessTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({{"Dorota", "Wzorcowa", Role::FamilyAssistant, "Asystenci"}});
        db.loadFamilies(30);
        db.assign(kAssistant, 1, 15); // at the limit of 15
        ASSERT_TRUE(window.openDatabase(db.path()));
        window.resize(1024, 768);
        window.show();
        reports = window.reportsTab();
        ASSERT_NE(reports, nullptr);
        page = reports->caseloadPage();
        // The manager reads the report before the change: 15 of 15.
        window.tabs()->setCurrentWidget(reports);
        reports->pages()->setCurrentWidget(page);
        waitForReport();
        ASSERT_EQ(casesOnReport(), QStringLiteral("15"));
    }

    void waitForReport()
    {
        QTest::qWait(20);
        ASSERT_TRUE(page->runner()->waitForIdle());
        ASSERT_TRUE(page->hasReport());
    }

    QString casesOnReport() const
    {
        ui::CaseloadModel* model = page->workerModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ui::CaseloadModel::WorkerIdRole).toLongLong() ==
                kAssistant)
                return model->index(row, ui::CaseloadModel::CasesColumn).data().toString();
        return {};
    }

    bool overrideListed() const
    {
        ui::ReportTableModel* model = page->overridesModel();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                if (model->index(row, column).data().toString().contains(kReason))
                    return true;
        return false;
    }

    QString pdfText()
    {
        const QString pdf = db.dir() + QStringLiteral("/caseload.pdf");
        QString error;
        if (!page->exportPdf(pdf, &error))
            return error;
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(20000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    void expectSixteenOfFifteen()
    {
        EXPECT_EQ(casesOnReport(), QStringLiteral("16"));
        EXPECT_TRUE(overrideListed()) << "the override is not in the report's list";
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        const QString text = pdfText();
        EXPECT_TRUE(text.contains(kReason)) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Family-21"))) << text.toStdString();
        // The worker's line: limit 15, 16 cases, over the limit.
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Dorota Wzorcowa.*15 +16"))))
            << text.toStdString();
    }

    ui::ReportsTab* reports = nullptr;
    ui::CaseloadReportPage* page = nullptr;
};
} // namespace

TEST_F(ReportFreshnessTest, RefreshShowsAnOverrideMadeElsewhere)
{
    // Assigned through the service (as another manager's window or the CLI would).
    auto assigned = CaseloadService(db.session(db.manager()))
                        .assign({kAssistant, kOneOverLimit, QDate::currentDate(), kReason});
    ASSERT_TRUE(assigned) << assigned.error().message.toStdString();

    // View › Refresh (F5), as a user does on the report.
    auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    ASSERT_NE(refresh, nullptr);
    refresh->trigger();
    waitForReport();
    ASSERT_NO_FATAL_FAILURE(expectSixteenOfFifteen());

    // The start page agrees.
    ui::ManagerDeskTab* start = window.managerStartTab();
    ASSERT_NE(start, nullptr);
    ASSERT_TRUE(start->runner()->waitForIdle());
    int cases = -1;
    for (const WorkerCaseload& row : start->glance().caseload.rows)
        if (row.worker.id == kAssistant)
            cases = row.load.cases;
    EXPECT_EQ(cases, 16);
}

TEST_F(ReportFreshnessTest, AnAssignmentInTheWindowRefreshesTheReportWithoutF5)
{
    // The manager assigns a 16th family with a reason, through the window's Assign dialog,
    // then comes back to the report: nothing else pressed.
    window.tabs()->setCurrentWidget(window.familiesTab());
    bool answered = false;
    whenModal([&](QWidget* modal) {
        answered = true;
        auto* worker = modal->findChild<QComboBox*>(QStringLiteral("workerCombo"));
        auto* caseId = modal->findChild<QSpinBox*>(QStringLiteral("caseIdSpin"));
        auto* reason = modal->findChild<QLineEdit*>(QStringLiteral("overrideReasonEdit"));
        auto* buttons = modal->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        ASSERT_TRUE(worker && caseId && reason && buttons);
        caseId->setValue(static_cast<int>(kOneOverLimit));
        worker->setCurrentIndex(worker->findData(kAssistant));
        QTest::keyClicks(reason, kReason);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window.findChild<QAction*>(QStringLiteral("assignAction"))->trigger();
    ASSERT_TRUE(answered);
    ASSERT_EQ(db.casesOf(kAssistant), 16);

    window.tabs()->setCurrentWidget(reports);
    waitForReport();
    ASSERT_NO_FATAL_FAILURE(expectSixteenOfFifteen());
}

// The start page's bars: a visible mark at the limit (100 %) with its label, the scale labelled,
// the part of a bar beyond the limit in the colour of "over the limit".
TEST_F(ReportFreshnessTest, StartPageBarsMarkTheLimit)
{
    ASSERT_TRUE(CaseloadService(db.session(db.manager()))
                    .assign({kAssistant, kOneOverLimit, QDate::currentDate(), kReason})
                    .ok());
    ui::ManagerDeskTab* start = window.managerStartTab();
    window.tabs()->setCurrentWidget(start);
    start->refresh();
    ASSERT_TRUE(start->runner()->waitForIdle());
    QTest::qWait(20);
    auto* bar = start->findChild<QWidget*>(QStringLiteral("utilisationBar_family_assistant"));
    ASSERT_NE(bar, nullptr);
    const QVariant limitX = bar->property("limitX");
    const QVariant maximum = bar->property("scaleMaximum");
    ASSERT_TRUE(limitX.isValid() && maximum.isValid()) << "the bar has no limit mark";
    const QRect track = bar->property("track").toRect();
    ASSERT_TRUE(track.isValid());
    // 100 % of a scale to `maximum` %.
    EXPECT_NEAR(limitX.toInt(), track.left() + track.width() * 100.0 / maximum.toDouble(), 1.5);
    EXPECT_GE(maximum.toDouble(), 105.0);

    const QImage image = bar->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    auto colourAt = [&](int x, int y) {
        return image.pixelColor(static_cast<int>(x * ratio), static_cast<int>(y * ratio));
    };
    const int middle = track.center().y();
    EXPECT_EQ(colourAt(limitX.toInt(), middle), bar->property("markColour").value<QColor>());
    // 105 %: just beyond the mark the bar is red (over the limit), well before it not.
    const QColor over = ui::UtilisationChart::barColour(LoadStatus::Over);
    EXPECT_EQ(colourAt(limitX.toInt() + 3, middle), over);
    // Labels: the limit and the scale.
    const QString text = bar->property("scaleText").toString();
    EXPECT_TRUE(text.contains(QStringLiteral("100 %"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("limit"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("0 %"))) << text.toStdString();
}
