#pragma once

#include "FosterCareService.h"
#include "User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HelpPlanDialog;
}

namespace opieka::ui {

// A child's help plan (plan pomocy dziecku) as a simple table of goals and tasks, who is
// responsible, by when, and whether done; saved as a whole.
class HelpPlanDialog : public QDialog
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

    HelpPlanDialog(FosterCareService care, User actor, qint64 childMemberId,
                   const QString& childName, QWidget* parent = nullptr);
    ~HelpPlanDialog() override;

    void addItem(const HelpPlanItem& item);

public slots:
    void accept() override;

private:
    void removeSelected();

    std::unique_ptr<::Ui::HelpPlanDialog> m_ui;
    FosterCareService m_care;
    User m_actor;
    qint64 m_childMemberId = 0;
};

} // namespace opieka::ui
