#pragma once

#include <QLocale>
#include <QString>

namespace opieka::ui {

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

    static Language language();
    static void setLanguage(Language language);
    // The locale the user interface should use for the stored language.
    static QLocale locale(Language language);
};

} // namespace opieka::ui
