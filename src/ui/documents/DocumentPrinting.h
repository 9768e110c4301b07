#pragma once

#include "CaseDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QImage;
class QPdfDocument;
class QPrinter;
class QWidget;

namespace opieka::ui {

// Prints an attached document as it is: a PDF page by page (each rendered only when its turn
// comes, at the printer's resolution), an image scaled to the page.
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    // Asks for the printer and the pages (QPrintDialog), then prints; a failure is shown.
    static void print(QWidget* parent, const CaseDocument& document, const QByteArray& content);

    // The pages the printer's range asks for (all when none) of `pdf`, which must be loaded.
    static Status printPdf(QPrinter& printer, QPdfDocument& pdf);
    static Status printImage(QPrinter& printer, const QImage& image);
    // Loads `pdf` from `content` and waits until it is read (Qt PDF may read in the background).
    static Status loadPdf(QPdfDocument& pdf, const QByteArray& content, QObject* bufferOwner);
};

} // namespace opieka::ui
