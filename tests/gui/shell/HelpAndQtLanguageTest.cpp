// Help › User guide (F1) opens the guide, or says where it should be; and in the Polish window
// Qt's own buttons read in Polish (issue 17: Cancel, Save, Close, Yes/No were English because
// Qt's translations were not there).
#include "AppTranslators.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "UserGuide.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}
} // namespace

TEST(QtLanguage, QtsOwnButtonsReadInPolish)
{
    const QLocale previous;
    const QLocale polish(QLocale::Polish, QLocale::Poland);
    QLocale::setDefault(polish);
    {
        // What the program installs at start, for the Polish language.
        const ui::AppTranslators translators(polish);
        EXPECT_TRUE(translators.hasOwn());
        EXPECT_TRUE(translators.hasQt()) << "Qt's Polish translation (qt6-translations-l10n) "
                                            "is not installed";
        QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        EXPECT_EQ(withoutMnemonic(box.button(QMessageBox::Yes)->text()), QStringLiteral("Tak"));
        EXPECT_EQ(withoutMnemonic(box.button(QMessageBox::No)->text()), QStringLiteral("Nie"));
        EXPECT_EQ(withoutMnemonic(box.button(QMessageBox::Cancel)->text()),
                  QStringLiteral("Anuluj"));
        QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Close);
        EXPECT_EQ(withoutMnemonic(buttons.button(QDialogButtonBox::Save)->text()),
                  QStringLiteral("Zapisz"));
        EXPECT_EQ(withoutMnemonic(buttons.button(QDialogButtonBox::Close)->text()),
                  QStringLiteral("Zamknij"));
    }
    QLocale::setDefault(previous);
    // Removed again with the object: the next test is in English.
    QMessageBox english(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                        QMessageBox::Yes);
    EXPECT_EQ(withoutMnemonic(english.button(QMessageBox::Yes)->text()), QStringLiteral("Yes"));
}

TEST(UserGuide, F1OpensTheGuideBesideTheBuild)
{
    test::GuiTestDatabase db;
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
    ASSERT_NE(action, nullptr) << "no Help › User guide";
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto* guide = window.findChild<QWidget*>(QStringLiteral("userGuideWindow"));
    ASSERT_NE(guide, nullptr) << "no guide window";
    EXPECT_TRUE(guide->isVisible());
    auto* browser = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideBrowser"));
    ASSERT_NE(browser, nullptr);
    EXPECT_TRUE(browser->source().toLocalFile().endsWith(QStringLiteral("docs/user-guide.md")))
        << browser->source().toString().toStdString();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Moje sprawy")));
    action->trigger(); // again: the same window, raised
    EXPECT_EQ(window.findChildren<QWidget*>(QStringLiteral("userGuideWindow")).size(), 1);
}

TEST(UserGuide, TheInstalledCopyIsLookedForFirst)
{
    const QStringList candidates = ui::UserGuide::candidates();
    ASSERT_GE(candidates.size(), 2);
    // PREFIX/bin/opieka reads PREFIX/share/doc/opieka/user-guide.md, as Packaging.cmake installs.
    EXPECT_TRUE(candidates.at(0).endsWith(QStringLiteral("/share/doc/opieka/user-guide.md")))
        << candidates.at(0).toStdString();
    EXPECT_TRUE(candidates.contains(QStringLiteral("/usr/share/doc/opieka/user-guide.md")));
}

TEST(UserGuide, AMissingGuideIsSaidClearly)
{
    QString said;
    test::acceptMessageWhenShown(said);
    EXPECT_EQ(ui::UserGuide::open(nullptr, {QStringLiteral("/nonexistent/user-guide.md")}),
              nullptr);
    EXPECT_TRUE(said.contains(QStringLiteral("/usr/share/doc/opieka/user-guide.md")))
        << said.toStdString();
}
