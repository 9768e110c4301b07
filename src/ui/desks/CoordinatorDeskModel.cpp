#include "CoordinatorDeskModel.h"

#include "FosterLabels.h"
#include "Labels.h"

#include <algorithm>

namespace opieka::ui {

CoordinatorDeskModel::CoordinatorDeskModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {KindColumn, QT_TR_NOOP("What"),
         [](const CoordinatorItem& i) { return FosterLabels::itemKind(i.kind); }},
        {WhoColumn, QT_TR_NOOP("Who"), [](const CoordinatorItem& i) { return i.who; }},
        {DueColumn, QT_TR_NOOP("Due"),
         [](const CoordinatorItem& i) {
             if (!i.due)
                 return tr("now");
             return i.overdue ? tr("%1 (overdue)").arg(Labels::date(*i.due)) : Labels::date(*i.due);
         }},
    });
}

void CoordinatorDeskModel::setItems(QList<CoordinatorItem> items)
{
    // Overdue first (oldest first), then "report now" items, then by the date due.
    std::stable_sort(
        items.begin(), items.end(), [](const CoordinatorItem& a, const CoordinatorItem& b) {
            if (a.overdue != b.overdue)
                return a.overdue;
            return a.due.value_or(QDate(1900, 1, 1)) < b.due.value_or(QDate(1900, 1, 1));
        });
    setRows(std::move(items));
}

int CoordinatorDeskModel::overdueCount() const
{
    return countWhere([](const CoordinatorItem& i) { return i.overdue; });
}

QVariant CoordinatorDeskModel::roleData(const CoordinatorItem& item, int, int role) const
{
    switch (role) {
    case FosterFamilyIdRole:
        return item.fosterFamilyId;
    case OverdueRole:
        return item.overdue;
    case Qt::ForegroundRole:
        return item.overdue ? QVariant(Labels::warningForeground()) : QVariant();
    default:
        return {};
    }
}

} // namespace opieka::ui
