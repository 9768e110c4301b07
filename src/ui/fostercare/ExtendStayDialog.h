#pragma once

#include "PlacementChangeDialog.h"

namespace Ui {
class ExtendStayDialog;
}

namespace opieka::ui {

// Records the organiser's consent to extend a child's stay in an emergency foster family (art. 58
// ust. 4: 4 months, to 8 or until the court's proceedings end), or that the proceedings ended.
class ExtendStayDialog : public PlacementChangeDialog<Ui::ExtendStayDialog>
{
    Q_OBJECT

public:
    ExtendStayDialog(PlacementService placements, const Placement& placement,
                     const QString& childName, QWidget* parent = nullptr);
    ~ExtendStayDialog() override;

public slots:
    void accept() override;

private slots:
    void updateFields();
};

} // namespace opieka::ui
