#include "AppSettings.h"

#include <QSettings>
#include <algorithm>
#include <span>
#include <utility>

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

// A setting that is one of a few choices, kept as the word of each; the first choice ("system")
// when the setting is unset or holds an unknown word.
template <typename Choice> using ChoiceWords = std::span<const std::pair<Choice, const char*>>;

constexpr std::pair<AppSettings::Language, const char*> kLanguageWords[] = {
    {AppSettings::Language::System, "system"},
    {AppSettings::Language::Polish, "pl"},
    {AppSettings::Language::English, "en"}};
constexpr std::pair<AppSettings::Theme, const char*> kThemeWords[] = {
    {AppSettings::Theme::System, "system"},
    {AppSettings::Theme::Light, "light"},
    {AppSettings::Theme::Dark, "dark"}};

template <typename Choice> Choice readChoice(const QString& key, ChoiceWords<Choice> words)
{
    const QString value =
        QSettings().value(key, QString::fromLatin1(words.front().second)).toString();
    for (const auto& [choice, word] : words)
        if (value == QLatin1String(word))
            return choice;
    return words.front().first;
}

template <typename Choice>
void writeChoice(const QString& key, ChoiceWords<Choice> words, Choice chosen)
{
    const auto found = std::find_if(words.begin(), words.end(),
                                    [chosen](const auto& entry) { return entry.first == chosen; });
    QSettings().setValue(
        key, QString::fromLatin1((found != words.end() ? *found : words.front()).second));
}
} // namespace

AppSettings::Language AppSettings::language()
{
    return readChoice<Language>(kLanguageKey, kLanguageWords);
}

void AppSettings::setLanguage(Language language)
{
    writeChoice<Language>(kLanguageKey, kLanguageWords, language);
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
    return readChoice<Theme>(kThemeKey, kThemeWords);
}

void AppSettings::setTheme(Theme theme)
{
    writeChoice<Theme>(kThemeKey, kThemeWords, theme);
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
