#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The likely duplicates of issue 21 for the documentation (the last part of ScreenshotMaker's
// run): the warning of the member dialog about a person typed who is already in the register,
// the manager's Likely duplicates tab and two records side by side before a merge. What they
// need (a few copies of demo people, spelt as people mistype them) is planted in a copy of the
// database, opened in a window of its own: the demo database, which both language runs share,
// and every other picture stay as they are.
class DuplicateScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
