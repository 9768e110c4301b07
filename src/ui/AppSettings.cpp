#include "AppSettings.h"

#include <QSettings>

namespace opieka::ui {
namespace {
const QString kLanguageKey = QStringLiteral("language");
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

} // namespace opieka::ui
