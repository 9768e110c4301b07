#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// Field copies of issue 23 for the documentation: File › Take Cases into the Field… filled in
// (take-into-field.png), File › Sync with the Centre… after a sync that left two fields changed on
// both sides, both values side by side, one already decided, and a visit made since waiting to go
// (field-conflicts.png), and the main window on the field copy, its status bar naming it
// (field-copy-window.png). Made in a copy of the demo database (the centre), where a social worker
// is given an account: she takes her cases out through FieldCheckout, the centre's manager and she
// change the same two fields to different values through the services, and FieldSync syncs. The
// demo database, which both language runs share, and every other picture stay as they are.
class FieldScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(FieldScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
