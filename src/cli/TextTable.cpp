#include "TextTable.h"

#include <algorithm>

namespace opieka::cli {

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_header(std::move(header))
    , m_right(std::move(rightAligned))
{}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QString& title : m_header)
        widths << title.size();
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());

    auto format = [&](const QStringList& row) {
        QStringList cells;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            const bool right = m_right.value(i, false);
            cells << (right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };
    QString out = format(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList& row : m_rows)
        out += format(row);
    return out;
}

} // namespace opieka::cli
