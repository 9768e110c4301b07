#pragma once

#include "CoordinatorDeskService.h"
#include "DirectoryService.h"
#include "FosterCareService.h"
#include "User.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class CoordinatorDeskTab;
}

namespace opieka::ui {

class CoordinatorDeskModel;
class FosterFamiliesModel;

// The foster-care coordinator's start page: their foster families against the limit, and what
// falls due within 30 days or is overdue, overdue first. Until sign-in exists it shows the
// chosen coordinator's page.
class CoordinatorDeskTab : public QWidget
{
    Q_OBJECT

public:
    CoordinatorDeskTab(CoordinatorDeskService start, DirectoryService directory,
                       FosterCareService care, const User& actor, QWidget* parent = nullptr);
    ~CoordinatorDeskTab() override;

    CoordinatorDeskModel* itemsModel() const { return m_items; }
    FosterFamiliesModel* familiesModel() const { return m_families; }
    qint64 workerId() const;
    bool selectWorker(qint64 workerId);

public slots:
    void refresh();
    // The selected item is a missing notice of an emergency intake: record it (art. 58 ust. 3).
    void recordNotice();

signals:
    // The user asks to see a foster family in the register.
    void showFosterFamilyRequested(qint64 fosterFamilyId);
    void loadFailed(const QString& message);
    // Something was saved from the desk (a notice): other tabs show the same deadlines.
    void changed();

private:
    void loadWorkers(std::optional<qint64> ownWorkerId);
    void showSelected();
    void updateButtons();

    std::unique_ptr<::Ui::CoordinatorDeskTab> m_ui;
    User m_actor;
    CoordinatorDeskService m_start;
    DirectoryService m_directory;
    FosterCareService m_care;
    CoordinatorDeskModel* m_items = nullptr;
    FosterFamiliesModel* m_families = nullptr;
};

} // namespace opieka::ui
