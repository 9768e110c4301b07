#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The manager's screens for the documentation (part of ScreenshotMaker's run): the centre at a
// glance, the caseload report with its chart, the statistics and deadlines reports, the cases
// behind the most loaded worker's bar, and the caseload report as a PDF (caseload-report.pdf,
// which scripts/screenshots.sh turns into a PNG of its first page).
class ReportScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(ReportScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
