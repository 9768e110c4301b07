#include "DocumentPrinting.h"

#include "Logging.h"
#include "Messages.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <algorithm>

namespace opieka::ui {

namespace {
// A page rendered finer than this gains nothing on paper and costs memory (an A4 page at 1200 dpi
// would be half a gigabyte).
constexpr int kMaxRenderDpi = 300;

// `size` scaled to fit `area`, keeping its proportions, centred at the top.
QRect fitted(const QSize& size, const QRect& area)
{
    const QSize scaled = size.scaled(area.size(), Qt::KeepAspectRatio);
    return {area.left() + (area.width() - scaled.width()) / 2, area.top(), scaled.width(),
            scaled.height()};
}
} // namespace

Status DocumentPrinting::loadPdf(QPdfDocument& pdf, const QByteArray& content, QObject* bufferOwner)
{
    auto* buffer = new QBuffer(bufferOwner);
    buffer->setData(content);
    buffer->open(QIODevice::ReadOnly);
    QEventLoop wait;
    QObject::connect(&pdf, &QPdfDocument::statusChanged, &wait, [&wait](QPdfDocument::Status s) {
        if (s == QPdfDocument::Status::Ready || s == QPdfDocument::Status::Error)
            wait.quit();
    });
    pdf.load(buffer);
    if (pdf.status() == QPdfDocument::Status::Loading)
        wait.exec();
    if (pdf.status() != QPdfDocument::Status::Ready)
        return badInput(tr("The PDF file cannot be read (it may be damaged)."));
    return {};
}

Status DocumentPrinting::printPdf(QPrinter& printer, QPdfDocument& pdf)
{
    const int pages = pdf.pageCount();
    if (pages <= 0)
        return badInput(tr("The PDF file has no pages to print."));
    const int first = printer.fromPage() > 0 ? std::clamp(printer.fromPage(), 1, pages) : 1;
    const int last = printer.toPage() > 0 ? std::clamp(printer.toPage(), first, pages) : pages;
    QPainter painter;
    if (!painter.begin(&printer))
        return storageError(tr("The printer cannot be used."));
    const int dpi = std::min(printer.resolution(), kMaxRenderDpi);
    const QRect area = painter.viewport();
    for (int page = first - 1; page < last; ++page) {
        if (page > first - 1 && !printer.newPage()) {
            painter.end();
            return storageError(tr("The printer stopped at page %1.").arg(page + 1));
        }
        const QSizeF points = pdf.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = pdf.render(page, pixels);
        if (image.isNull()) {
            painter.end();
            return badInput(tr("Page %1 of the PDF file cannot be drawn.").arg(page + 1));
        }
        painter.drawImage(fitted(image.size(), area), image);
    }
    painter.end();
    return {};
}

Status DocumentPrinting::printImage(QPrinter& printer, const QImage& image)
{
    if (image.isNull())
        return badInput(tr("The image cannot be read (it may be damaged)."));
    QPainter painter;
    if (!painter.begin(&printer))
        return storageError(tr("The printer cannot be used."));
    const QRect area = painter.viewport();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(fitted(image.size(), area), image);
    painter.end();
    return {};
}

void DocumentPrinting::print(QWidget* parent, const CaseDocument& document,
                             const QByteArray& content)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.fileName);
    QObject owner;
    QPdfDocument pdf;
    QImage image;
    Status loaded;
    if (document.format == DocumentFormat::Pdf) {
        loaded = loadPdf(pdf, content, &owner);
    } else {
        image = QImage::fromData(content);
        if (image.isNull())
            loaded = badInput(tr("The image cannot be read (it may be damaged)."));
    }
    if (!loaded) {
        showError(parent, tr("Cannot print the document"), loaded.error().message);
        return;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDocumentDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(document.fileName));
    if (document.format == DocumentFormat::Pdf)
        dialog.setMinMax(1, pdf.pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status printed = document.format == DocumentFormat::Pdf ? printPdf(printer, pdf)
                                                                  : printImage(printer, image);
    if (!printed) {
        logging::get("ui")->warn("document {} not printed", document.id);
        showError(parent, tr("Cannot print the document"), printed.error().message);
    }
}

} // namespace opieka::ui
