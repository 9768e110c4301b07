#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// The trust screens for the documentation (part of ScreenshotMaker's run): the administrator's
// accounts with a new account being added, a manager's audit trail screen, the backup
// passphrase and the daily backup settings.
class TrustScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(TrustScreenshots)

public:
    static bool save(ui::MainWindow& window, const QString& directory, QString* error);

private:
    static bool saveAccounts(ui::MainWindow& window, const QString& directory, QString* error);
    static bool saveAudit(ui::MainWindow& window, const QString& directory, QString* error);
    static bool saveBackup(ui::MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::screenshots
