#pragma once

#include "ChildCareQuery.h"
#include "FosterCareService.h"
#include "User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LeavingCareDialog;
}

namespace opieka::ui {

// Leaving care (usamodzielnienie): the guardian of independence, chosen a year before the 18th
// birthday, and the individual programme, ready a month before it.
class LeavingCareDialog : public QDialog
{
    Q_OBJECT

public:
    LeavingCareDialog(FosterCareService care, ChildCareQuery query, User actor,
                      qint64 childMemberId, QWidget* parent = nullptr);
    ~LeavingCareDialog() override;

public slots:
    void accept() override;

private:
    void updateControls();

    std::unique_ptr<::Ui::LeavingCareDialog> m_ui;
    FosterCareService m_care;
    User m_actor;
    qint64 m_childMemberId = 0;
};

} // namespace opieka::ui
