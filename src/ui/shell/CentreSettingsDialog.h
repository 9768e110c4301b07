#pragma once

#include "FormDialog.h"
#include "SettingsService.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <utility>

class QLineEdit;

namespace Ui {
class CentreSettingsDialog;
}

namespace opieka::ui {

// The centre's settings kept in the database: its name on printed documents, the interval of the
// family assessments, the residents of its area and the legal basis its packages to partner
// centres name per purpose (issue 22). A refused save keeps the dialog open with the reason.
class CentreSettingsDialog : public FormDialog<Ui::CentreSettingsDialog>
{
    Q_OBJECT

public:
    CentreSettingsDialog(SettingsService settings, QWidget* parent = nullptr);
    ~CentreSettingsDialog() override;

public slots:
    void accept() override;

private:
    QList<std::pair<PackagePurpose, QLineEdit*>> legalBasisEdits() const;

    int m_recordedResidents = 0;         // as read; 0: not recorded
    QHash<int, QString> m_recordedBases; // PackagePurpose -> the legal basis as read
    SettingsService m_settings;          // bound to the account that saves
};

} // namespace opieka::ui
