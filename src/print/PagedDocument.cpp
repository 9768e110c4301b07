#include "PagedDocument.h"

#include "OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace opieka {
namespace {
QFont frameFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}
} // namespace

PagedDocument::PagedDocument(QString html, PageFrame frame)
    : m_html(std::move(html))
    , m_frame(std::move(frame))
{}

int PagedDocument::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const QRectF page(QPointF(0, 0),
                      device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    painter.setFont(frameFont());
    const QFontMetricsF metrics(painter.font(), &device);
    const qreal band = metrics.height() * 2.5; // the frame's line and some air

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setHtml(m_html);
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    document.setPageSize(body.size());
    const int pages = document.pageCount();

    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.setFont(frameFont());
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF top(0, 0, page.width(), metrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_frame.centre);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, m_frame.title);
        painter.drawLine(QPointF(0, metrics.height() * 1.3),
                         QPointF(page.width(), metrics.height() * 1.3));
        const QRectF bottom(0, page.height() - metrics.height(), page.width(), metrics.height());
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Printed on %1").arg(m_frame.printedOn));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(index + 1).arg(pages));

        painter.save();
        const qreal offset = index * body.height();
        painter.translate(body.left(), body.top() - offset);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, offset, body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

Status PagedDocument::writePdf(const QString& path) const
{
    OutputFile out(path); // refuses the database, devices, links; 0600, in place when complete
    if (Status opened = out.open(); !opened)
        return opened;
    int pages = 0;
    {
        QPdfWriter writer(&out.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_frame.title);
        writer.setCreator(QStringLiteral("Opieka"));
        pages = print(writer);
    }
    if (pages == 0 || out.device().size() == 0)
        return storageError(tr("Cannot write %1.").arg(path));
    return out.commit();
}

} // namespace opieka
