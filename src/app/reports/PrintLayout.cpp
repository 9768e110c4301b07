#include "PrintLayout.h"

namespace opieka {
namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

PrintLayout::PrintLayout(const QString& centre, const QString& title)
{
    m_body += QStringLiteral("<p style=\"font-size:9pt;color:#444\">%1</p>").arg(escaped(centre));
    m_body += QStringLiteral("<h2>%1</h2>").arg(escaped(title));
}

void PrintLayout::facts(const QList<QPair<QString, QString>>& pairs)
{
    m_body += QStringLiteral("<table cellpadding=\"2\">");
    for (const auto& [label, value] : pairs)
        m_body += QStringLiteral("<tr><td><b>%1:</b></td><td>%2</td></tr>")
                      .arg(escaped(label), escaped(value));
    m_body += QStringLiteral("</table>");
}

void PrintLayout::heading(const QString& text)
{
    m_body += QStringLiteral("<h3>%1</h3>").arg(escaped(text));
}

void PrintLayout::paragraph(const QString& text)
{
    m_body += QStringLiteral("<p>%1</p>").arg(escaped(text));
}

void PrintLayout::table(const QStringList& header, const QList<QStringList>& rows)
{
    m_body += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                             "width=\"100%\" style=\"font-size:8pt\"><thead><tr>");
    // A heading breaks between its words, never inside one ("Pracow-nika"): its words go into
    // short lines, each kept whole.
    constexpr int kHeadingLine = 12;
    for (const QString& h : header) {
        QStringList lines;
        for (const QString& word : h.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= kHeadingLine)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines << word;
        }
        for (QString& line : lines)
            line = escaped(line);
        m_body += QStringLiteral("<th style=\"white-space:nowrap\">%1</th>")
                      .arg(lines.join(QStringLiteral("<br>")));
    }
    m_body += QStringLiteral("</tr></thead><tbody>");
    // Short cells (names, dates, figures) stay on one line, so that a row is rarely taller than
    // a line and does not split across a page break; long texts wrap.
    constexpr int kShortCell = 20;
    for (const QStringList& row : rows) {
        m_body += QStringLiteral("<tr>");
        for (const QString& cell : row)
            m_body +=
                cell.size() <= kShortCell
                    ? QStringLiteral("<td style=\"white-space:nowrap\">%1</td>").arg(escaped(cell))
                    : QStringLiteral("<td>%1</td>").arg(escaped(cell));
        m_body += QStringLiteral("</tr>");
    }
    m_body += QStringLiteral("</tbody></table>");
}

void PrintLayout::signatures(const QStringList& roles)
{
    m_body += QStringLiteral("<br><br><table width=\"100%\" cellpadding=\"8\"><tr>");
    for (const QString& role : roles)
        m_body += QStringLiteral("<td align=\"center\">..............................<br>%1</td>")
                      .arg(escaped(role));
    m_body += QStringLiteral("</tr></table>");
}

QString PrintLayout::html() const
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>") + m_body +
           QStringLiteral("</body></html>");
}

} // namespace opieka
