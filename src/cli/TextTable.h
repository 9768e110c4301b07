#pragma once

#include <QString>
#include <QStringList>

namespace opieka::cli {

// A plain aligned table for the terminal; numeric columns are right-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {});
    void addRow(const QStringList& row) { m_rows << row; }
    QString render() const;

private:
    QStringList m_header;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

} // namespace opieka::cli
