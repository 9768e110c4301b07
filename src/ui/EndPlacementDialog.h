#pragma once

#include "FosterCareService.h"
#include "User.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EndPlacementDialog;
}

namespace opieka::ui {

// Ends a child's placement on a day, with the reason (return home, adoption, ...).
class EndPlacementDialog : public QDialog
{
    Q_OBJECT

public:
    EndPlacementDialog(FosterCareService care, User actor, const Placement& placement,
                       const QString& childName, QWidget* parent = nullptr);
    ~EndPlacementDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<::Ui::EndPlacementDialog> m_ui;
    FosterCareService m_care;
    User m_actor;
    qint64 m_placementId = 0;
    QString m_childName;
};

} // namespace opieka::ui
