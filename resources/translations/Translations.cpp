// Carries the compiled translations (:/i18n/opieka_*.qm) into the programs that link it.
#include "Translations.h"

namespace opieka {

bool loadTranslation(QTranslator& translator, const QLocale& locale)
{
    const QString directory = QStringLiteral(":/i18n");
    if (translator.load(locale, QStringLiteral("opieka"), QStringLiteral("_"), directory))
        return true;
    return translator.load(QStringLiteral("opieka_en"), directory);
}

} // namespace opieka
