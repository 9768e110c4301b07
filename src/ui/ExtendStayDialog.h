#pragma once

#include "FosterCareService.h"
#include "User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExtendStayDialog;
}

namespace opieka::ui {

// Extends a child's stay in an emergency foster family (4 months, up to 8 at most).
class ExtendStayDialog : public QDialog
{
    Q_OBJECT

public:
    ExtendStayDialog(FosterCareService care, User actor, const Placement& placement,
                     const QString& childName, QWidget* parent = nullptr);
    ~ExtendStayDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<::Ui::ExtendStayDialog> m_ui;
    FosterCareService m_care;
    User m_actor;
    qint64 m_placementId = 0;
};

} // namespace opieka::ui
