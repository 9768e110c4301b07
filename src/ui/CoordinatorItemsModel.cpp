#include "CoordinatorItemsModel.h"

#include "FosterLabels.h"
#include "Labels.h"

#include <algorithm>

namespace opieka::ui {

CoordinatorItemsModel::CoordinatorItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoordinatorItemsModel::setItems(const QList<CoordinatorItem>& items)
{
    beginResetModel();
    m_items = items;
    // Overdue first (oldest first), then "report now" items, then by the date due.
    std::stable_sort(
        m_items.begin(), m_items.end(), [](const CoordinatorItem& a, const CoordinatorItem& b) {
            if (a.overdue != b.overdue)
                return a.overdue;
            return a.due.value_or(QDate(1900, 1, 1)) < b.due.value_or(QDate(1900, 1, 1));
        });
    endResetModel();
}

int CoordinatorItemsModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(),
                                          [](const CoordinatorItem& i) { return i.overdue; }));
}

int CoordinatorItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CoordinatorItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoordinatorItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoordinatorItem& item = m_items.at(index.row());
    switch (role) {
    case FosterFamilyIdRole:
        return item.fosterFamilyId;
    case OverdueRole:
        return item.overdue;
    case Qt::ForegroundRole:
        return item.overdue ? QVariant(Labels::warningForeground()) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return FosterLabels::itemKind(item.kind);
    case WhoColumn:
        return item.who;
    case DueColumn:
        if (!item.due)
            return tr("now");
        return item.overdue ? tr("%1 (overdue)").arg(Labels::date(*item.due))
                            : Labels::date(*item.due);
    default:
        return {};
    }
}

QVariant CoordinatorItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("What");
    case WhoColumn:
        return tr("Who");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace opieka::ui
