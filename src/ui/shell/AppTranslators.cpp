#include "AppTranslators.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace opieka::ui {

AppTranslators::AppTranslators(const QLocale& locale)
{
    m_hasOwn = loadTranslation(m_own, locale);
    if (m_hasOwn)
        QCoreApplication::installTranslator(&m_own);
    // English needs no Qt translation: its source strings are English.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        m_hasQt = true;
        return;
    }
    m_hasQt = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_hasQt)
        QCoreApplication::installTranslator(&m_qt);
    if (m_hasQt && locale.language() == QLocale::Polish) {
        m_hasPolishButtons = true;
        QCoreApplication::installTranslator(&m_polishButtons); // the last installed is asked first
    }
}

QString AppTranslators::PolishButtonWords::translate(const char* context, const char* source,
                                                     const char*, int) const
{
    if (qstrcmp(context, "QPlatformTheme") != 0)
        return QString();
    if (qstrcmp(source, "Save") == 0)
        return QStringLiteral("Zapisz");
    if (qstrcmp(source, "Save All") == 0)
        return QStringLiteral("Zapisz wszystko");
    return QString();
}

AppTranslators::~AppTranslators()
{
    if (m_hasPolishButtons)
        QCoreApplication::removeTranslator(&m_polishButtons);
    if (!m_qt.isEmpty())
        QCoreApplication::removeTranslator(&m_qt);
    if (m_hasOwn)
        QCoreApplication::removeTranslator(&m_own);
}

} // namespace opieka::ui
