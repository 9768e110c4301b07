#pragma once

#include "AssistantDeskService.h"
#include "RowTableModel.h"

namespace opieka::ui {

// A family assistant's families with their plan, actions and assessments, in the order the
// service ranks them (what needs attention first); overdue in red, due soon in amber.
class AssistantDeskModel : public RowTableModel<AssistantFamilyRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CaseNumberColumn,
        PlanColumn,
        ActionsOverdueColumn,
        ActionsDueColumn,
        AssessmentColumn,
        ColumnCount
    };
    enum DataRole
    {
        FamilyIdRole = Qt::UserRole + 1,
        AssessmentOverdueRole,
    };

    explicit AssistantDeskModel(QObject* parent = nullptr);

    using RowTableModel::setRows;

private:
    QVariant roleData(const AssistantFamilyRow& row, int column, int role) const override;
};

} // namespace opieka::ui
