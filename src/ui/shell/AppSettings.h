#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace opieka::ui {

// The automatic daily backup (BackupService::dailyBackup) at start-up. Never its passphrase:
// that is asked once per session.
struct DailyBackupSettings
{
    bool enabled = false;
    QString folder;
    int keep = 7; // the newest daily backups kept
};

// The user's preferences kept in QSettings (organisation "Opieka", application "opieka").
class AppSettings
{
public:
    enum class Language
    {
        System, // follow the desktop's locale
        Polish,
        English,
    };

    // The look: the desktop's (light or dark), or always light or dark (ui::Theme applies it).
    enum class Theme
    {
        System,
        Light,
        Dark,
    };

    static Language language();
    static void setLanguage(Language language);
    // The locale the user interface should use for the stored language.
    static QLocale locale(Language language);

    static Theme theme();
    static void setTheme(Theme theme);

    // Minutes without keyboard or mouse after which the window locks (0: never). Default 10.
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    // The login offered at the next sign-in: kept only when the person ticked "Remember my
    // login" (a shared office computer shows no one's login otherwise). Empty when none is kept.
    static QString rememberedLogin();
    // Keeps `login` for the next sign-in, or forgets whatever was kept when `login` is empty.
    static void setRememberedLogin(const QString& login);
    // Centre servers connected to (postgresql:// addresses, newest first, at most five). Never
    // a password: the addresses hold none, and the one typed is kept in memory only.
    static QStringList recentServers();
    static void addRecentServer(const QString& address);
    static DailyBackupSettings dailyBackup();
    static void setDailyBackup(const DailyBackupSettings& settings);
};

} // namespace opieka::ui
