#include "DailyBackupDialog.h"

#include "DialogParts.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opieka::ui {

DailyBackupDialog::DailyBackupDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dailyBackupDialog"));
    setWindowTitle(tr("Daily backup"));
    const DailyBackupSettings current = AppSettings::dailyBackup();
    auto* layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("&Back up the database once a day when Opieka starts"), this);
    m_enabled->setObjectName(QStringLiteral("dailyBackupCheck"));
    m_enabled->setChecked(current.enabled);
    layout->addWidget(m_enabled);

    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(current.folder), this);
    m_folder->setObjectName(QStringLiteral("dailyBackupFolderEdit"));
    m_folder->setAccessibleName(tr("Backup folder"));
    auto* browse = newButton(this, tr("Choose…"), QStringLiteral("chooseBackupFolderButton"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("dailyBackupKeepSpin"));
    m_keep->setAccessibleName(tr("Daily backups kept"));
    m_keep->setRange(1, 365);
    m_keep->setValue(current.keep);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of two widgets gives the label no buddy by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Keep the newest:"), m_keep);
    layout->addLayout(form);

    auto* note =
        newNote(this, tr("One file a day, opieka-backup-YYYY-MM-DD.bk; older ones beyond the "
                         "number kept are removed. The passphrase is never saved: Opieka "
                         "asks for it once after you sign in, or skips the day's backup. "
                         "Choose a folder on another disk or a network drive."));
    layout->addWidget(note);
    m_message = newMessageLine(this, QStringLiteral("dailyBackupMessage"));
    layout->addWidget(m_message);
    layout->addWidget(newOkCancel(this, QStringLiteral("dailyBackupOkButton"),
                                  QStringLiteral("dailyBackupCancelButton")));
    connect(browse, &QPushButton::clicked, this, &DailyBackupDialog::chooseFolder);
    connect(m_enabled, &QCheckBox::toggled, this, &DailyBackupDialog::updateEnabled);
    updateEnabled();
    setMinimumWidth(520);
}

DailyBackupSettings DailyBackupDialog::settings() const
{
    DailyBackupSettings daily;
    daily.enabled = m_enabled->isChecked();
    daily.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    daily.keep = m_keep->value();
    return daily;
}

void DailyBackupDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the daily backups"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void DailyBackupDialog::updateEnabled()
{
    m_folder->setEnabled(m_enabled->isChecked());
    m_keep->setEnabled(m_enabled->isChecked());
}

void DailyBackupDialog::accept()
{
    const DailyBackupSettings daily = settings();
    if (daily.enabled && daily.folder.isEmpty()) {
        m_message->setText(tr("Choose the folder for the daily backups."));
        m_folder->setFocus();
        return;
    }
    if (daily.enabled && !QDir::isAbsolutePath(daily.folder)) {
        m_message->setText(tr("Give the folder's full path."));
        m_folder->setFocus();
        return;
    }
    AppSettings::setDailyBackup(daily);
    QDialog::accept();
}

} // namespace opieka::ui
