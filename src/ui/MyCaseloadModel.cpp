#include "MyCaseloadModel.h"

#include "Labels.h"

#include <algorithm>

namespace opieka::ui {

MyCaseloadModel::MyCaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MyCaseloadModel::setRows(const QList<MyCaseloadRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MyCaseloadModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const MyCaseloadRow& row) { return row.overdue; }));
}

int MyCaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MyCaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyCaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MyCaseloadRow& row = m_rows.at(index.row());
    switch (role) {
    case FamilyIdRole:
        return row.family.id;
    case OverdueRole:
        return row.overdue;
    case Qt::BackgroundRole:
        return row.overdue ? QVariant(Labels::warningBackground()) : QVariant();
    case Qt::ForegroundRole:
        return row.overdue ? QVariant(Labels::statusForeground()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DaysSinceColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return row.family.name;
    case CaseNumberColumn:
        return row.family.caseNumber;
    case CategoryColumn:
        return Labels::category(row.family.category);
    case LastContactColumn:
        return row.lastContact ? Labels::date(*row.lastContact) : tr("none yet");
    case DaysSinceColumn:
        return row.daysSinceContact ? QVariant(*row.daysSinceContact) : QVariant();
    case NextStepColumn:
        return row.nextStep;
    case DueColumn:
        if (!row.nextStepDue)
            return QString();
        return row.overdue ? tr("%1 (overdue)").arg(Labels::date(*row.nextStepDue))
                           : Labels::date(*row.nextStepDue);
    default:
        return {};
    }
}

QVariant MyCaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Family");
    case CaseNumberColumn:
        return tr("Case number");
    case CategoryColumn:
        return tr("Category");
    case LastContactColumn:
        return tr("Last contact");
    case DaysSinceColumn:
        return tr("Days since");
    case NextStepColumn:
        return tr("Next step");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace opieka::ui
