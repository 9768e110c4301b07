#pragma once

#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>
#include <gtest/gtest.h>

namespace opieka::test {

// Polish for as long as it lives: the default locale and Opieka's translation, as a Polish
// user's window has them.
class PolishLocale
{
public:
    PolishLocale()
        : m_previous(QLocale())
    {
        const QLocale polish(QLocale::Polish, QLocale::Poland);
        QLocale::setDefault(polish);
        EXPECT_TRUE(loadTranslation(m_translator, polish));
        QApplication::installTranslator(&m_translator);
    }
    ~PolishLocale()
    {
        QApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    PolishLocale(const PolishLocale&) = delete;
    PolishLocale& operator=(const PolishLocale&) = delete;

private:
    QLocale m_previous;
    QTranslator m_translator;
};

} // namespace opieka::test
