#pragma once

#include "CoordinatorStartService.h"
#include "DirectoryService.h"
#include "User.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class CoordinatorTab;
}

namespace opieka::ui {

class CoordinatorItemsModel;
class FosterFamiliesModel;

// The foster-care coordinator's start page: their foster families against the limit, and what
// falls due within 30 days or is overdue, overdue first. Until sign-in exists it shows the
// chosen coordinator's page.
class CoordinatorTab : public QWidget
{
    Q_OBJECT

public:
    CoordinatorTab(CoordinatorStartService start, DirectoryService directory, const User& actor,
                   QWidget* parent = nullptr);
    ~CoordinatorTab() override;

    CoordinatorItemsModel* itemsModel() const { return m_items; }
    FosterFamiliesModel* familiesModel() const { return m_families; }
    qint64 workerId() const;
    bool selectWorker(qint64 workerId);

public slots:
    void refresh();

signals:
    // The user asks to see a foster family in the register.
    void showFosterFamilyRequested(qint64 fosterFamilyId);
    void loadFailed(const QString& message);

private:
    void loadWorkers(std::optional<qint64> ownWorkerId);
    void showSelected();

    std::unique_ptr<::Ui::CoordinatorTab> m_ui;
    User m_actor;
    CoordinatorStartService m_start;
    DirectoryService m_directory;
    CoordinatorItemsModel* m_items = nullptr;
    FosterFamiliesModel* m_families = nullptr;
};

} // namespace opieka::ui
