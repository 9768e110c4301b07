#pragma once

#include "ChildCareQuery.h"
#include "FormDialog.h"
#include "PlacementService.h"
#include "User.h"

#include <memory>

namespace Ui {
class AdoptionDialog;
}

namespace opieka::ui {

// Adoption reporting of a placed child: the day the legal situation was settled and the
// report to an adoption centre (date and centre).
class AdoptionDialog : public FormDialog<Ui::AdoptionDialog>
{
    Q_OBJECT

public:
    AdoptionDialog(PlacementService placements, ChildCareQuery query, qint64 childMemberId,
                   const QString& childName, QWidget* parent = nullptr);
    ~AdoptionDialog() override;

public slots:
    void accept() override;

private:
    void updateControls();

    PlacementService m_placements;
    ChildCareQuery m_query;
    qint64 m_childMemberId = 0;
    std::optional<ChildStatus> m_status;
};

} // namespace opieka::ui
