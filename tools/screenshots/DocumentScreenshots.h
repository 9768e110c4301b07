#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The documents kept with the case (issue 25) for the documentation: a family record's Documents
// tab with three synthetic documents of different kinds and formats (a court order as a PDF, a
// Niebieska Karta form as a PNG, a school's letter as a JPEG), attached once through
// DocumentService (both language runs share the demo database), and the viewer showing the PDF.
class DocumentScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(DocumentScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
