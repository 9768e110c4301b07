#include "TrustScreenshots.h"

#include "AccountsDialog.h"
#include "AuditDialog.h"
#include "BackupActions.h"
#include "Capture.h"
#include "DailyBackupDialog.h"
#include "MainWindow.h"
#include "NewAccountDialog.h"
#include "PassphraseDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>

namespace opieka::screenshots {
using namespace ui;

namespace {
void setText(QWidget& dialog, const char* name, const QString& text)
{
    if (auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name)))
        edit->setText(text);
}
} // namespace

bool TrustScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    return saveAccounts(window, directory, error) && saveAudit(window, directory, error) &&
           saveBackup(window, directory, error);
}

bool TrustScreenshots::saveAccounts(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    Database& database = window.workspace()->database();
    // Accounts are the administrator's screen; the demo's window opens as its manager.
    auto admin = window.workspace()->actingUser(QString());
    if (!admin) {
        *error = admin.error().message;
        return false;
    }
    AccountsDialog accounts{AccountService(Session(database, *admin)),
                            DirectoryService(Session(database, *admin)), &window};
    accounts.resize(820, 360);
    if (!saveShown(accounts, dir.filePath(QStringLiteral("accounts.png")), error))
        return false;
    auto workers = DirectoryService(Session(database, *admin)).workers();
    NewAccountDialog account{AccountService(Session(database, *admin)),
                             workers ? *workers : QList<Worker>(), &accounts};
    if (auto* role = account.findChild<QComboBox*>(QStringLiteral("accountRoleCombo")))
        role->setCurrentIndex(role->findData(roleName(Role::FamilyAssistant)));
    if (auto* worker = account.findChild<QComboBox*>(QStringLiteral("accountWorkerCombo")))
        worker->setCurrentIndex(worker->count() > 1 ? 1 : 0);
    setText(account, "accountLoginEdit", QStringLiteral("asystent1"));
    setText(account, "accountPasswordEdit", QStringLiteral("example-password"));
    setText(account, "accountRepeatEdit", QStringLiteral("example-password"));
    return saveShown(account, dir.filePath(QStringLiteral("account-new.png")), error);
}

// The demo's manager reads what the administrator did (the screenshot run itself included).
bool TrustScreenshots::saveAudit(MainWindow& window, const QString& directory, QString* error)
{
    auto manager = window.workspace()->actingUser(QStringLiteral("kierownik"));
    if (!manager) {
        *error = tr("The database has no manager's account 'kierownik' to show the audit.");
        return false;
    }
    AuditDialog audit(AuditService(Session(window.workspace()->database(), *manager)), &window);
    audit.resize(1024, 560);
    if (!audit.showUser(window.actor().login)) {
        *error = tr("The audit trail could not be read.");
        return false;
    }
    return saveShown(audit, QDir(directory).filePath(QStringLiteral("audit.png")), error);
}

bool TrustScreenshots::saveBackup(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    auto passphrase = BackupActions::newPassphraseDialog(
        QDir::toNativeSeparators(QStringLiteral("/media/backup/opieka-2025-03-14.bk")), &window);
    setText(*passphrase, "passphraseEdit", QStringLiteral("example passphrase"));
    setText(*passphrase, "passphraseRepeatEdit", QStringLiteral("example"));
    passphrase->accept(); // says that the two differ, and stays open
    if (!saveShown(*passphrase, dir.filePath(QStringLiteral("backup-passphrase.png")), error))
        return false;

    DailyBackupDialog daily(&window);
    if (auto* on = daily.findChild<QCheckBox*>(QStringLiteral("dailyBackupCheck")))
        on->setChecked(true);
    setText(daily, "dailyBackupFolderEdit",
            QDir::toNativeSeparators(QStringLiteral("/media/backup/opieka")));
    if (auto* keep = daily.findChild<QSpinBox*>(QStringLiteral("dailyBackupKeepSpin")))
        keep->setValue(14);
    return saveShown(daily, dir.filePath(QStringLiteral("daily-backup.png")), error);
}

} // namespace opieka::screenshots
