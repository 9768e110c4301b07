#include "AssistantStartModel.h"

#include "Labels.h"
#include "PlanLabels.h"

#include <QFont>

namespace opieka::ui {

AssistantStartModel::AssistantStartModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AssistantStartModel::setRows(const QList<AssistantFamilyRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AssistantStartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssistantStartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssistantStartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssistantFamilyRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case FamilyIdRole:
        return row.family.id;
    case AssessmentOverdueRole:
        return row.assessmentOverdue;
    case Qt::ForegroundRole:
        if ((column == AssessmentColumn && row.assessmentOverdue) ||
            (column == ActionsOverdueColumn && row.actionsOverdue > 0))
            return PlanLabels::overdueForeground();
        if (column == AssessmentColumn && row.assessmentDueSoon)
            return Labels::statusForeground();
        return {};
    case Qt::BackgroundRole:
        if (column == AssessmentColumn && row.assessmentDueSoon)
            return PlanLabels::dueSoonBackground();
        return {};
    case Qt::FontRole:
        if ((column == AssessmentColumn && row.assessmentOverdue) ||
            (column == ActionsOverdueColumn && row.actionsOverdue > 0)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ActionsOverdueColumn || column == ActionsDueColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return row.family.name;
    case CaseNumberColumn:
        return row.family.caseNumber;
    case PlanColumn:
        if (!row.planStatus || !row.planVersion)
            return tr("no plan yet");
        return tr("v%1 %2").arg(*row.planVersion).arg(planStatusLabel(*row.planStatus));
    case ActionsOverdueColumn:
        return row.actionsOverdue;
    case ActionsDueColumn:
        return row.actionsDueThisWeek;
    case AssessmentColumn:
        return PlanLabels::assessmentDue(row.assessmentDue, row.assessmentOverdue,
                                         row.assessmentDueSoon);
    default:
        return {};
    }
}

QVariant AssistantStartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Family");
    case CaseNumberColumn:
        return tr("Case number");
    case PlanColumn:
        return tr("Work plan");
    case ActionsOverdueColumn:
        return tr("Actions overdue");
    case ActionsDueColumn:
        return tr("Due this week");
    case AssessmentColumn:
        return tr("Assessment due");
    default:
        return {};
    }
}

} // namespace opieka::ui
