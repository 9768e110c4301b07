#pragma once

#include "AppSettings.h"

#include <QColor>
#include <QString>

namespace opieka::ui {

// Light or dark, following the desktop unless the user chose (View › Theme). Qt 6.4 cannot ask
// the platform for its colour scheme: a system palette whose window colour is dark counts as a
// dark desktop. Dark is the Fusion style with a dark palette.
// The colours text takes on the normal background (errors, warnings, an allowed verdict) come
// from here, as a light/dark pair, so they stay readable on either; a label styled with one
// gets the other's in place when the theme changes, so open windows follow at once (item
// views ask for their colours when they paint).
class Theme
{
public:
    // Applies the choice to the whole application.
    static void apply(AppSettings::Theme choice);
    // Whether the application's palette is dark now.
    static bool isDark();

    static QColor errorText(); // red
    static QColor okText();    // green
    static QColor quietText(); // grey, for what is no longer in force
    // Style sheets for labels: "color: …;", the warning in bold too.
    static QString errorStyle();
    static QString okStyle();
    static QString warningStyle();

    // WCAG contrast ratio of two colours (1 to 21); 4.5 is enough for normal text.
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace opieka::ui
