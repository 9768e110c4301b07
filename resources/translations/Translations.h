#pragma once

#include <QLocale>
#include <QTranslator>

namespace opieka {

// Loads Opieka's translation for the locale from the embedded :/i18n; falls back to English
// (which gives the English plural forms, "1 family" / "2 families").
bool loadTranslation(QTranslator& translator, const QLocale& locale);

} // namespace opieka
