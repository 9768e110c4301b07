#pragma once

#include "FormDialog.h"
#include "PlacementService.h"
#include "User.h"

namespace opieka::ui {

// A dialog that changes one child's placement (its end, the extension of an emergency stay, a
// notice of an emergency intake): the placement service (bound to the account acting) and the
// placement.
template <typename Form> class PlacementChangeDialog : public FormDialog<Form>
{
protected:
    PlacementChangeDialog(PlacementService placements, const Placement& placement, QWidget* parent,
                          const QString& objectName, const QString& accessibleName)
        : FormDialog<Form>(parent, objectName, accessibleName)
        , m_placements(std::move(placements))
        , m_placementId(placement.id)
    {}

    PlacementService m_placements;
    qint64 m_placementId = 0;
};

} // namespace opieka::ui
