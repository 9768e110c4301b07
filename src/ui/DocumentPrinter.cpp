#include "DocumentPrinter.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace opieka::ui {
namespace {
void printTo(const QString& html, QPrinter& printer)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}
} // namespace

bool DocumentPrinter::exportPdf(const QString& html, const QString& title, const QString& path,
                                QString* error)
{
    const QString partial = path + QStringLiteral(".part");
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(title);
        printer.setCreator(tr("Opieka"));
        printer.setOutputFileName(partial);
        printTo(html, printer);
    }
    if (!QFileInfo(partial).isFile() || QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        *error = tr("Cannot replace %1.").arg(path);
        return false;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void DocumentPrinter::preview(const QString& html, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setAccessibleName(tr("Print preview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&html](QPrinter* target) { printTo(html, *target); });
    preview.exec();
}

} // namespace opieka::ui
