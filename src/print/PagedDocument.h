#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace opieka {

// What every printed page carries besides the document: the centre's name and the document's
// title at the top, the date printed and "page N of M" at the bottom.
struct PageFrame
{
    QString centre;
    QString title;
    QString printedOn;
};

// Lays an HTML document (PrintLayout's) out on A4 pages with a frame on every page. Tables break
// across pages with their header rows repeated (<thead>). Needs a QGuiApplication (fonts).
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    PagedDocument(QString html, PageFrame frame);

    // Paints every page on a printer or PDF writer; returns the number of pages.
    int print(QPagedPaintDevice& device) const;
    // Writes a PDF in one piece: a failed export leaves no file and no half-written one.
    Status writePdf(const QString& path) const;

private:
    QString m_html;
    PageFrame m_frame;
};

} // namespace opieka
