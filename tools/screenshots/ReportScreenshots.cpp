#include "ReportScreenshots.h"

#include "Capture.h"
#include "CaseloadLimitsDialog.h"
#include "CaseloadReportPage.h"
#include "CaseloadService.h"
#include "CasesBehindDialog.h"
#include "Clock.h"
#include "DeadlinesPage.h"
#include "MainWindow.h"
#include "ManagerDeskTab.h"
#include "ReportsTab.h"
#include "StatisticsPage.h"
#include "UtilisationChart.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

namespace opieka::screenshots {
using namespace ui;

namespace {
bool grab(QWidget& widget, const QString& path, QString* error)
{
    settle();
    return saveImage(widget, path, error);
}

// Shows a report page, builds its report and waits for it.
bool load(ReportsTab& reports, ReportPage& page, QString* error)
{
    reports.pages()->setCurrentWidget(&page);
    page.refresh();
    if (!page.runner()->waitForIdle() || !page.hasReport()) {
        *error = ReportScreenshots::tr("The report could not be built.");
        return false;
    }
    return true;
}
} // namespace

bool ReportScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    ManagerDeskTab* start = window.managerStartTab();
    ReportsTab* reports = window.reportsTab();
    if (!start || !reports) {
        *error = tr("The acting user has no manager's screens.");
        return false;
    }
    const QDir dir(directory);
    window.tabs()->setCurrentWidget(start);
    start->refresh();
    if (!start->runner()->waitForIdle() || !start->hasGlance()) {
        *error = tr("The centre's figures could not be read.");
        return false;
    }
    if (!grab(window, dir.filePath(QStringLiteral("manager-start.png")), error))
        return false;

    window.tabs()->setCurrentWidget(reports);
    CaseloadReportPage* caseload = reports->caseloadPage();
    if (!load(*reports, *caseload, error) ||
        !grab(window, dir.filePath(QStringLiteral("report-caseload.png")), error))
        return false;
    // The most loaded worker's bar, clicked: the cases behind it.
    const auto& bars = caseload->chart()->bars();
    if (!bars.isEmpty()) {
        CasesBehindDialog* dialog = caseload->showWorkerCases(bars.last().workerId);
        if (dialog) {
            const bool saved =
                grab(*dialog, dir.filePath(QStringLiteral("report-drilldown.png")), error);
            dialog->close();
            if (!saved)
                return false;
        }
    }
    if (!caseload->exportPdf(dir.filePath(QStringLiteral("caseload-report.pdf")), error))
        return false;

    if (!load(*reports, *reports->statisticsPage(), error) ||
        !grab(window, dir.filePath(QStringLiteral("report-statistics.png")), error))
        return false;
    if (!load(*reports, *reports->deadlinesPage(), error) ||
        !grab(window, dir.filePath(QStringLiteral("report-deadlines.png")), error))
        return false;
    reports->pages()->setCurrentWidget(caseload);

    // The limits with their legal basis (Settings › Caseload Limits).
    CaseloadService caseloads(window.session());
    auto limits = CaseloadLimitsDialog::create(caseloads, Clock::today(), &window, error);
    if (!limits)
        return false;
    limits->show();
    const bool saved = grab(*limits, dir.filePath(QStringLiteral("caseload-limits.png")), error);
    limits->close();
    return saved;
}

} // namespace opieka::screenshots
