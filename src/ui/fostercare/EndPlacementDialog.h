#pragma once

#include "PlacementChangeDialog.h"

namespace Ui {
class EndPlacementDialog;
}

namespace opieka::ui {

// Ends a child's placement on a day, with the reason (return home, adoption, ...).
class EndPlacementDialog : public PlacementChangeDialog<Ui::EndPlacementDialog>
{
    Q_OBJECT

public:
    EndPlacementDialog(PlacementService placements, const Placement& placement,
                       const QString& childName, QWidget* parent = nullptr);
    ~EndPlacementDialog() override;

public slots:
    void accept() override;

private:
    QString m_childName;
};

} // namespace opieka::ui
