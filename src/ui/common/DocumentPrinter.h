#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace opieka::ui {

// Prints a service's printable HTML (a work plan, an assessment): a print preview, or a PDF file
// written in one piece (a failed export leaves no half-written file).
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    static bool exportPdf(const QString& html, const QString& title, const QString& path,
                          QString* error);
    static void preview(const QString& html, const QString& title, QWidget* parent);
};

} // namespace opieka::ui
