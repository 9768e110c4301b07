#include "AppSettings.h"

#include <QSettings>
#include <algorithm>

namespace opieka::ui {
namespace {
const QString kLanguageKey = QStringLiteral("language");
const QString kThemeKey = QStringLiteral("view/theme");
const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
// A new key: a login kept under the old "security/lastLogin" was kept without being asked for.
const QString kRememberedLoginKey = QStringLiteral("security/rememberedLogin");
const QString kOldLastLoginKey = QStringLiteral("security/lastLogin");
const QString kDailyBackupKey = QStringLiteral("backup/daily");
const QString kBackupFolderKey = QStringLiteral("backup/folder");
const QString kBackupKeepKey = QStringLiteral("backup/keep");
const QString kRecentServersKey = QStringLiteral("servers/recent");
constexpr qsizetype kRecentServers = 5;
} // namespace

AppSettings::Language AppSettings::language()
{
    const QString value = QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
    if (value == QLatin1String("pl"))
        return Language::Polish;
    if (value == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    QString value = QStringLiteral("system");
    if (language == Language::Polish)
        value = QStringLiteral("pl");
    else if (language == Language::English)
        value = QStringLiteral("en");
    QSettings().setValue(kLanguageKey, value);
}

QLocale AppSettings::locale(Language language)
{
    switch (language) {
    case Language::Polish:
        return QLocale(QLocale::Polish, QLocale::Poland);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::System:
        break;
    }
    return QLocale::system();
}

AppSettings::Theme AppSettings::theme()
{
    const QString value = QSettings().value(kThemeKey, QStringLiteral("system")).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    QString value = QStringLiteral("system");
    if (theme == Theme::Light)
        value = QStringLiteral("light");
    else if (theme == Theme::Dark)
        value = QStringLiteral("dark");
    QSettings().setValue(kThemeKey, value);
}

int AppSettings::idleLockMinutes()
{
    return std::max(0, QSettings().value(kIdleLockKey, 10).toInt());
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdleLockKey, std::max(0, minutes));
}

QString AppSettings::rememberedLogin()
{
    return QSettings().value(kRememberedLoginKey).toString();
}

void AppSettings::setRememberedLogin(const QString& login)
{
    QSettings settings;
    settings.remove(kOldLastLoginKey);
    if (login.isEmpty())
        settings.remove(kRememberedLoginKey);
    else
        settings.setValue(kRememberedLoginKey, login);
}

QStringList AppSettings::recentServers()
{
    return QSettings().value(kRecentServersKey).toStringList();
}

void AppSettings::addRecentServer(const QString& address)
{
    QStringList servers = recentServers();
    servers.removeAll(address);
    servers.prepend(address);
    QSettings().setValue(kRecentServersKey, servers.mid(0, kRecentServers));
}

DailyBackupSettings AppSettings::dailyBackup()
{
    const QSettings settings;
    DailyBackupSettings daily;
    daily.enabled = settings.value(kDailyBackupKey, false).toBool();
    daily.folder = settings.value(kBackupFolderKey).toString();
    daily.keep = std::max(1, settings.value(kBackupKeepKey, daily.keep).toInt());
    return daily;
}

void AppSettings::setDailyBackup(const DailyBackupSettings& daily)
{
    QSettings settings;
    settings.setValue(kDailyBackupKey, daily.enabled);
    settings.setValue(kBackupFolderKey, daily.folder);
    settings.setValue(kBackupKeepKey, std::max(1, daily.keep));
}

} // namespace opieka::ui
