// The Polish user interface as a Polish social worker reads it (issue 10): plural forms,
// dates and numbers in the Polish format, date fields that take Polish dates.
#include "CaseloadEngine.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "LocaleFormat.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QDateEdit>
#include <QMenuBar>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
// Polish for the length of a test: the default locale and the translation.
class PolishLocaleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previous = QLocale();
        const QLocale polish(QLocale::Polish, QLocale::Poland);
        QLocale::setDefault(polish);
        ASSERT_TRUE(loadTranslation(m_translator, polish));
        QApplication::installTranslator(&m_translator);
    }
    void TearDown() override
    {
        QApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }

private:
    QTranslator m_translator;
    QLocale m_previous;
};
} // namespace

TEST_F(PolishLocaleTest, PluralFormsFollowPolishGrammar)
{
    const Role worker = Role::SocialWorker;
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 1), QStringLiteral("1 rodzina"));
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 2), QStringLiteral("2 rodziny"));
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 4), QStringLiteral("4 rodziny"));
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 5), QStringLiteral("5 rodzin"));
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 12), QStringLiteral("12 rodzin"));
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 22), QStringLiteral("22 rodziny"));
    EXPECT_EQ(CaseloadEngine::caseNoun(worker, 25), QStringLiteral("25 rodzin"));
    EXPECT_EQ(CaseloadEngine::caseNoun(Role::FosterCareCoordinator, 3),
              QStringLiteral("3 rodziny zastępcze"));
}

TEST_F(PolishLocaleTest, DatesAndNumbersInThePolishFormat)
{
    EXPECT_EQ(ui::Labels::date(QDate(2026, 12, 6)), QStringLiteral("06.12.2026"));
    EXPECT_EQ(ui::Labels::date(QDate(2027, 3, 1)), QStringLiteral("01.03.2027"));
    EXPECT_EQ(QLocale().toString(38.25, 'f', 1), QStringLiteral("38,3"));

    ui::LocaleFormat::install();
    QDateEdit edit;
    edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // as the .ui forms set it
    edit.setDate(QDate(2026, 12, 6));
    edit.show(); // polished: the language's format replaces the form's
    EXPECT_EQ(edit.text(), QStringLiteral("06.12.2026"));
}

TEST_F(PolishLocaleTest, TheMainWindowSpeaksPolish)
{
    test::GuiTestDatabase db;
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Plik")))
        << menus.join(QLatin1Char(' ')).toStdString();
}

TEST(LocaleFormat, EveryLocaleWritesAFourDigitYear)
{
    const QLocale previous;
    for (const QLocale& locale :
         {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::English),
          QLocale(QLocale::German), QLocale(QLocale::Ukrainian), QLocale::c()}) {
        QLocale::setDefault(locale);
        const QString text = ui::Labels::date(QDate(2026, 3, 7));
        EXPECT_TRUE(text.contains(QStringLiteral("2026"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("07"))) << text.toStdString();
    }
    QLocale::setDefault(previous);
}
