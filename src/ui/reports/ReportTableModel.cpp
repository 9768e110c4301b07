#include "ReportTableModel.h"

#include "Labels.h"

#include <QHeaderView>
#include <QTableView>

namespace opieka::ui {

ReportTableModel::ReportTableModel(QStringList headers, QSet<int> numericColumns, QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
    , m_headers(std::move(headers))
{
    QList<ColumnSpec> columns;
    for (int column = 0; column < m_headers.size(); ++column)
        columns.append({column, nullptr,
                        [column](const ReportTableRow& row) { return row.cells.value(column); },
                        numericColumns.contains(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::Alignment()});
    setColumns(columns);
}

void ReportTableModel::setHeaders(const QStringList& headers)
{
    m_headers = headers;
    emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_headers.size()) - 1);
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return RowTableModel::headerData(section, orientation, role);
}

QVariant ReportTableModel::roleData(const ReportTableRow& row, int, int role) const
{
    switch (role) {
    case Qt::BackgroundRole:
        return row.background.isValid() ? QVariant(row.background) : QVariant();
    case Qt::ForegroundRole:
        return row.background.isValid() ? QVariant(Labels::statusForeground()) : QVariant();
    case IdRole:
        return row.id;
    case KindRole:
        return row.kind;
    default:
        return {};
    }
}

QTableView* newReportTable(const QString& name, const QString& accessibleName,
                           QAbstractItemModel* model, QWidget* parent, const TableOptions& options)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(options.selection);
    table->setWordWrap(options.wordWrap);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // With the last column stretched, a vertical scroll bar that comes and goes can resize the
    // columns for ever when they fit within its width (the Polish screenshot run stayed in such
    // a loop): it stays.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    return table;
}

} // namespace opieka::ui
