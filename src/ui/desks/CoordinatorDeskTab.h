#pragma once

#include "ChildCareService.h"
#include "CoordinatorDeskService.h"
#include "DeskTab.h"
#include "PlacementService.h"

#include <memory>

namespace Ui {
class CoordinatorDeskTab;
}

namespace opieka::ui {

class CoordinatorDeskModel;
class FosterFamiliesModel;

// The foster-care coordinator's start page: their foster families against the limit, and what
// falls due within 30 days or is overdue, overdue first. Until sign-in exists it shows the
// chosen coordinator's page.
class CoordinatorDeskTab : public DeskTab
{
    Q_OBJECT

public:
    explicit CoordinatorDeskTab(const Session& session, QWidget* parent = nullptr);
    ~CoordinatorDeskTab() override;

    CoordinatorDeskModel* itemsModel() const { return m_items; }
    FosterFamiliesModel* familiesModel() const { return m_families; }

public slots:
    void refresh() override;
    // The selected item is a missing notice of an emergency intake: record it (art. 58 ust. 3).
    void recordNotice();

signals:
    // The user asks to see a foster family in the register.
    void showFosterFamilyRequested(qint64 fosterFamilyId);
    // Something was saved from the desk (a notice): other tabs show the same deadlines.
    void changed();

private:
    void showSelected();
    void updateButtons();

    std::unique_ptr<::Ui::CoordinatorDeskTab> m_ui;
    CoordinatorDeskService m_start;
    ChildCareService m_childCare;
    PlacementService m_placements;
    CoordinatorDeskModel* m_items = nullptr;
    FosterFamiliesModel* m_families = nullptr;
};

} // namespace opieka::ui
