#pragma once

#include "FormDialog.h"
#include "PlacementService.h"
#include "User.h"

#include <memory>

namespace Ui {
class ExtendStayDialog;
}

namespace opieka::ui {

// Records the organiser's consent to extend a child's stay in an emergency foster family (art. 58
// ust. 4: 4 months, to 8 or until the court's proceedings end), or that the proceedings ended.
class ExtendStayDialog : public FormDialog<Ui::ExtendStayDialog>
{
    Q_OBJECT

public:
    ExtendStayDialog(PlacementService placements, User actor, const Placement& placement,
                     const QString& childName, QWidget* parent = nullptr);
    ~ExtendStayDialog() override;

public slots:
    void accept() override;

private slots:
    void updateFields();

private:
    PlacementService m_placements;
    User m_actor;
    qint64 m_placementId = 0;
};

} // namespace opieka::ui
