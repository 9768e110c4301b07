#pragma once

#include "FormDialog.h"
#include "PlacementService.h"
#include "User.h"

namespace opieka::ui {

// A dialog that changes one child's placement (its end, the extension of an emergency stay, a
// notice of an emergency intake): the placement service, the account acting and the placement.
template <typename Form> class PlacementChangeDialog : public FormDialog<Form>
{
protected:
    PlacementChangeDialog(PlacementService placements, User actor, const Placement& placement,
                          QWidget* parent, const QString& objectName, const QString& accessibleName)
        : FormDialog<Form>(parent, objectName, accessibleName)
        , m_placements(std::move(placements))
        , m_actor(std::move(actor))
        , m_placementId(placement.id)
    {}

    PlacementService m_placements;
    User m_actor;
    qint64 m_placementId = 0;
};

} // namespace opieka::ui
