#include "AssistantDeskModel.h"

#include "Labels.h"
#include "PlanLabels.h"

#include <QFont>

namespace opieka::ui {

AssistantDeskModel::AssistantDeskModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    using Row = AssistantFamilyRow;
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {NameColumn, QT_TR_NOOP("Family"), [](const Row& r) { return r.family.name; }},
        {CaseNumberColumn, QT_TR_NOOP("Case number"),
         [](const Row& r) { return r.family.caseNumber; }},
        {PlanColumn, QT_TR_NOOP("Work plan"),
         [](const Row& r) {
             if (!r.planStatus || !r.planVersion)
                 return tr("no plan yet");
             return tr("v%1 %2").arg(*r.planVersion).arg(planStatusLabel(*r.planStatus));
         }},
        {ActionsOverdueColumn, QT_TR_NOOP("Actions overdue"),
         [](const Row& r) { return r.actionsOverdue; }, number},
        {ActionsDueColumn, QT_TR_NOOP("Due this week"),
         [](const Row& r) { return r.actionsDueThisWeek; }, number},
        {AssessmentColumn, QT_TR_NOOP("Assessment due"),
         [](const Row& r) {
             return PlanLabels::assessmentDue(r.assessmentDue, r.assessmentOverdue,
                                              r.assessmentDueSoon);
         }},
    });
}

QVariant AssistantDeskModel::roleData(const AssistantFamilyRow& row, int column, int role) const
{
    const bool overdue = (column == AssessmentColumn && row.assessmentOverdue) ||
                         (column == ActionsOverdueColumn && row.actionsOverdue > 0);
    const bool dueSoon = column == AssessmentColumn && row.assessmentDueSoon;
    switch (role) {
    case FamilyIdRole:
        return row.family.id;
    case AssessmentOverdueRole:
        return row.assessmentOverdue;
    case Qt::ForegroundRole:
        if (overdue)
            return PlanLabels::overdueForeground();
        return dueSoon ? QVariant(Labels::statusForeground()) : QVariant();
    case Qt::BackgroundRole:
        return dueSoon ? QVariant(PlanLabels::dueSoonBackground()) : QVariant();
    case Qt::FontRole: {
        if (!overdue)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

} // namespace opieka::ui
