#include "ChronologyModel.h"

#include "Labels.h"

namespace opieka::ui {

ChronologyModel::ChronologyModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChronologyModel::setEntries(const QList<ChronologyEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ChronologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ChronologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChronologyEntry& entry = m_entries.at(index.row());
    if (role == KindRole)
        return chronologyKindName(entry.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return Labels::date(entry.date);
    case TimeColumn:
        return entry.time ? Labels::time(*entry.time) : QString();
    case KindColumn:
        return Labels::chronologyKind(entry.kind);
    case TitleColumn:
        return entry.title;
    case DetailColumn:
        // One line in the table; the tooltip keeps the whole text.
        return role == Qt::ToolTipRole ? entry.detail : entry.detail.simplified();
    default:
        return {};
    }
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Event");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace opieka::ui
