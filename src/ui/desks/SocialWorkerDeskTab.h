#pragma once

#include "DeskTab.h"
#include "SocialWorkerDeskService.h"

#include <memory>

namespace Ui {
class SocialWorkerDeskTab;
}

namespace opieka::ui {

class SocialWorkerDeskModel;

// A worker's start page: their open families with the last contact and the next agreed step,
// overdue first. Until sign-in exists it shows the chosen worker's caseload.
class SocialWorkerDeskTab : public DeskTab
{
    Q_OBJECT

public:
    explicit SocialWorkerDeskTab(const Session& session, QWidget* parent = nullptr);
    ~SocialWorkerDeskTab() override;

    SocialWorkerDeskModel* model() const { return m_model; }

public slots:
    void refresh() override;

private:
    std::unique_ptr<::Ui::SocialWorkerDeskTab> m_ui;
    SocialWorkerDeskService m_caseload;
    SocialWorkerDeskModel* m_model = nullptr;
};

} // namespace opieka::ui
