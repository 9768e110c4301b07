#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The family assistant's screens for the documentation (part of ScreenshotMaker's run): the
// assistant's desk, a family's work plan (agreed and a draft version 2), the comparison of the
// two versions, the assessments and the plan as a PDF (work-plan.pdf, which
// scripts/screenshots.sh turns into a PNG of its first page).
class AssistantScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(AssistantScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
