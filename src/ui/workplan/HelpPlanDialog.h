#pragma once

#include "ChildCareService.h"
#include "FormDialog.h"
#include "User.h"
#include "WorkPlanService.h"

#include <memory>

namespace Ui {
class HelpPlanDialog;
}

namespace opieka::ui {

// A child's help plan (plan pomocy dziecku) as a simple table of goals and tasks, who is
// responsible, by when, and whether done; saved as a whole. Below it, read only, the current work
// plan of the child's biological family (plan pracy z rodziną), so the two are coordinated.
class HelpPlanDialog : public FormDialog<Ui::HelpPlanDialog>
{
    Q_OBJECT

public:
    enum Column
    {
        GoalColumn,
        TaskColumn,
        ResponsibleColumn,
        DeadlineColumn,
        DoneColumn,
        ColumnCount
    };

    HelpPlanDialog(const Session& session, qint64 childMemberId, const QString& childName,
                   QWidget* parent = nullptr);
    ~HelpPlanDialog() override;

    void addItem(const HelpPlanItem& item);

public slots:
    void accept() override;

private:
    void removeSelected();
    void showFamilyPlan(qint64 childMemberId);

    ChildCareService m_childCare;
    WorkPlanService m_plans;
    qint64 m_childMemberId = 0;
};

} // namespace opieka::ui
