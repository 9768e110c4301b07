#pragma once

#include "FormDialog.h"
#include "SettingsService.h"

#include <memory>

namespace Ui {
class CentreSettingsDialog;
}

namespace opieka::ui {

// The centre's settings kept in the database: its name on printed documents and the interval
// of the family assessments. A refused save keeps the dialog open with the reason.
class CentreSettingsDialog : public FormDialog<Ui::CentreSettingsDialog>
{
    Q_OBJECT

public:
    CentreSettingsDialog(SettingsService settings, QWidget* parent = nullptr);
    ~CentreSettingsDialog() override;

public slots:
    void accept() override;

private:
    int m_recordedResidents = 0; // as read; 0: not recorded
    SettingsService m_settings;  // bound to the account that saves
};

} // namespace opieka::ui
