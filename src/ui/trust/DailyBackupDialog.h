#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opieka::ui {

// File › Daily backup…: whether Opieka backs the database up once a day when it starts, into
// which folder, and how many daily backups it keeps. Saved in the user's settings; the
// passphrase never is.
class DailyBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DailyBackupDialog(QWidget* parent = nullptr);

    DailyBackupSettings settings() const;

public slots:
    void accept() override;

private:
    void chooseFolder();
    void updateEnabled();

    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace opieka::ui
