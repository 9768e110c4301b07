#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The foster-care screens for the documentation: the register with a full family, the
// placement dialog refusing a fourth child, the review dialog and the coordinator's start page.
// The demo has no placements: children of the demo's biological families are placed through
// PlacementService on the (temporary) demo database first, once.
class FosterScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(FosterScreenshots)

public:
    explicit FosterScreenshots(ui::MainWindow& window)
        : m_window(window)
    {}

    bool run(const QString& directory, QString* error);

private:
    ui::MainWindow& m_window;
};

} // namespace opieka::screenshots
