#include "DocumentPrinter.h"

#include "OutputFile.h"

#include <QPageSize>
#include <QPdfWriter>
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
    // Refuses the database, devices, links; a private temporary file, in place when complete.
    OutputFile out(path);
    Status written = out.open();
    if (written) {
        {
            QPdfWriter writer(&out.device());
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(1200);
            writer.setTitle(title);
            writer.setCreator(tr("Opieka"));
            QTextDocument document;
            document.setHtml(html);
            document.print(&writer);
        }
        written = out.device().size() > 0 ? out.commit()
                                          : Status(storageError(tr("Cannot write %1.").arg(path)));
    }
    if (!written)
        *error = written.error().message;
    return written.ok();
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
