#pragma once

#include "FormDialog.h"
#include "PlacementService.h"
#include "User.h"

#include <memory>

namespace Ui {
class EndPlacementDialog;
}

namespace opieka::ui {

// Ends a child's placement on a day, with the reason (return home, adoption, ...).
class EndPlacementDialog : public FormDialog<Ui::EndPlacementDialog>
{
    Q_OBJECT

public:
    EndPlacementDialog(PlacementService placements, User actor, const Placement& placement,
                       const QString& childName, QWidget* parent = nullptr);
    ~EndPlacementDialog() override;

public slots:
    void accept() override;

private:
    PlacementService m_placements;
    User m_actor;
    qint64 m_placementId = 0;
    QString m_childName;
};

} // namespace opieka::ui
