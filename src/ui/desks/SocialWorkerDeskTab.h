#pragma once

#include "DirectoryService.h"
#include "SocialWorkerDeskService.h"
#include "User.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class SocialWorkerDeskTab;
}

namespace opieka::ui {

class SocialWorkerDeskModel;

// A worker's start page: their open families with the last contact and the next agreed step,
// overdue first. Until sign-in exists it shows the chosen worker's caseload.
class SocialWorkerDeskTab : public QWidget
{
    Q_OBJECT

public:
    SocialWorkerDeskTab(SocialWorkerDeskService caseload, DirectoryService directory,
                        const User& actor, QWidget* parent = nullptr);
    ~SocialWorkerDeskTab() override;

    SocialWorkerDeskModel* model() const { return m_model; }
    qint64 workerId() const;
    bool selectWorker(qint64 workerId);
    qint64 selectedFamilyId() const;

public slots:
    void refresh();

signals:
    void openFamilyRequested(qint64 familyId);
    void loadFailed(const QString& message);

private:
    void loadWorkers(std::optional<qint64> ownWorkerId);
    void openSelected();

    std::unique_ptr<::Ui::SocialWorkerDeskTab> m_ui;
    User m_actor;
    SocialWorkerDeskService m_caseload;
    DirectoryService m_directory;
    SocialWorkerDeskModel* m_model = nullptr;
};

} // namespace opieka::ui
