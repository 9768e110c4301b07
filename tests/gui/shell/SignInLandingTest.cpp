// Each role signs in through the real sign-in path (MainWindow::openDatabase, SessionGate, the
// sign-in dialog) and the window is shown as the program shows it: the role lands on its own desk,
// no tab it may not read is current or loaded, and no error box opens (issue 17: a coordinator's
// sign-in loaded a social worker's list, the refusal's box opened inside show() and the program
// crashed).
#include "AssistantDeskTab.h"
#include "CaseloadTab.h"
#include "CoordinatorDeskTab.h"
#include "FamiliesTab.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ManagerDeskTab.h"
#include "ModalHelper.h"
#include "SocialWorkerDeskTab.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-testowe-12";

// Every message box shown while it lives: its title, answered with Escape as a person would.
class BoxWatcher : public QObject
{
public:
    BoxWatcher() { qApp->installEventFilter(this); }
    ~BoxWatcher() override { qApp->removeEventFilter(this); }
    QStringList shown;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            if (auto* box = qobject_cast<QMessageBox*>(watched)) {
                shown << box->windowTitle() + QStringLiteral(": ") + box->text();
                QTimer::singleShot(0, box, [box = QPointer<QMessageBox>(box)] {
                    if (box)
                        box->reject();
                });
            }
        return QObject::eventFilter(watched, event);
    }
};

// Which pages of the main tabs were shown (read) while it lives.
class ShownPages : public QObject
{
public:
    explicit ShownPages(QTabWidget* tabs)
    {
        for (int i = 0; i < tabs->count(); ++i)
            tabs->widget(i)->installEventFilter(this);
    }
    QStringList shown;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && !shown.contains(watched->objectName()))
            shown << watched->objectName();
        return QObject::eventFilter(watched, event);
    }
};

class SignInLandingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadStaff({{"Anna", "Socjalna", Role::SocialWorker, "Zespół 1"},
                      {"Beata", "Asystentka", Role::FamilyAssistant, "Zespół 1"},
                      {"Celina", "Koordynatorka", Role::FosterCareCoordinator, "PCPR"},
                      {"Dorota", "Druga", Role::SocialWorker, "Zespół 2"}});
        db.loadFamilies(3);
        db.assign(1, 1, 2);
        account(QStringLiteral("anna"), Role::SocialWorker, 1);
        account(QStringLiteral("beata"), Role::FamilyAssistant, 2);
        account(QStringLiteral("celina"), Role::FosterCareCoordinator, 3);
        account(QStringLiteral("kierowniczka"), Role::Manager, std::nullopt);
        account(QStringLiteral("admin2"), Role::Administrator, std::nullopt);
        account(QStringLiteral("bezpracownika"), Role::SocialWorker, std::nullopt);
    }

    void account(const QString& login, Role role, std::optional<qint64> worker)
    {
        db.addAccount(login, role, worker, kPassword);
    }

    // Signs in as the program does before its window is shown, then shows it and lets the
    // event loop run; returns the error boxes shown.
    QStringList signInAndShow(ui::MainWindow& main, const QString& login,
                              QStringList* pagesShown = nullptr)
    {
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
            modal->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(login);
            modal->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
                ->setText(QString::fromLatin1(kPassword));
            QTest::keyClick(modal, Qt::Key_Return);
        });
        EXPECT_TRUE(main.openDatabase(db.path()));
        EXPECT_EQ(main.actor().login, login);
        BoxWatcher boxes;
        std::unique_ptr<ShownPages> pages;
        if (main.tabs())
            pages = std::make_unique<ShownPages>(main.tabs());
        main.show();
        QTest::qWait(300); // errors deferred to the event loop would show here
        if (pagesShown && pages)
            *pagesShown = pages->shown;
        return boxes.shown;
    }

    // The role's tabs are the visible ones; the current one is among them and not empty, and
    // the pages shown (read) are all visible tabs.
    void expectLandsOn(ui::MainWindow& main, const QWidget* desk, const QStringList& pagesShown)
    {
        QTabWidget* tabs = main.tabs();
        ASSERT_NE(tabs, nullptr);
        ASSERT_GE(tabs->currentIndex(), 0);
        EXPECT_TRUE(tabs->isTabVisible(tabs->currentIndex()))
            << "current tab " << tabs->currentWidget()->objectName().toStdString()
            << " is hidden from the role";
        if (desk) {
            EXPECT_EQ(tabs->currentWidget(), desk)
                << "landed on " << tabs->currentWidget()->objectName().toStdString() << " not "
                << desk->objectName().toStdString();
        }
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i)) {
                EXPECT_FALSE(pagesShown.contains(tabs->widget(i)->objectName()))
                    << tabs->widget(i)->objectName().toStdString()
                    << " is hidden from the role but was shown and read";
            }
        }
    }

    // Signs `login` in, shows the window and expects no error box and the landing on `desk`
    // (any tab the role sees when null). Returns the pages shown.
    template <typename Tab>
    QStringList landsOn(const QString& login, Tab* (ui::MainWindow::*desk)() const)
    {
        QStringList pages;
        const QStringList boxes = signInAndShow(window, login, &pages);
        EXPECT_TRUE(boxes.isEmpty()) << boxes.join(QStringLiteral(" | ")).toStdString();
        const QWidget* expected = desk ? (window.*desk)() : nullptr;
        if (desk) {
            EXPECT_NE(expected, nullptr) << "the role's desk is not there";
        }
        expectLandsOn(window, expected, pages);
        return pages;
    }
    QStringList landsOn(const QString& login, std::nullptr_t)
    {
        return landsOn<QWidget>(login, nullptr);
    }

    GuiTestDatabase db;
    ui::MainWindow window;
};
} // namespace

TEST_F(SignInLandingTest, TheCoordinatorLandsOnHerDeskWithoutAnErrorBox)
{
    const QStringList pages = landsOn(QStringLiteral("celina"), &ui::MainWindow::coordinatorTab);
    EXPECT_FALSE(pages.contains(QStringLiteral("myCaseloadTab")))
        << "a social worker's list was loaded for the coordinator";
}

TEST_F(SignInLandingTest, TheSocialWorkerLandsOnHerCaseload)
{
    landsOn(QStringLiteral("anna"), &ui::MainWindow::myCaseloadTab);
}

TEST_F(SignInLandingTest, TheAssistantLandsOnHerDesk)
{
    landsOn(QStringLiteral("beata"), &ui::MainWindow::assistantStartTab);
}

TEST_F(SignInLandingTest, TheManagerLandsOnTheCentreAtAGlance)
{
    landsOn(QStringLiteral("kierowniczka"), &ui::MainWindow::managerStartTab);
}

TEST_F(SignInLandingTest, TheAdministratorLandsOnATabItSees)
{
    landsOn(QStringLiteral("admin2"), nullptr);
    EXPECT_TRUE(window.tabs()->currentWidget()->isVisible()) << "a page with no tab";
}

TEST_F(SignInLandingTest, AnAccountWithoutAWorkerSeesNoDeskItCannotRead)
{
    landsOn(QStringLiteral("bezpracownika"), &ui::MainWindow::familiesTab);
    EXPECT_FALSE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.myCaseloadTab())))
        << "no worker: no caseload of her own to show";
}

// Every worker's caseload is a report (Permissions::mayReadReports, as `opieka-cli caseload`
// says): a social worker is not shown the Caseload tab, nor is it read for her; a manager is.
TEST_F(SignInLandingTest, ASocialWorkerIsNotShownEveryWorkersCaseload)
{
    const QStringList pages = landsOn(QStringLiteral("anna"), &ui::MainWindow::myCaseloadTab);
    ASSERT_NE(window.caseloadTab(), nullptr);
    EXPECT_FALSE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.caseloadTab())))
        << "a social worker sees every worker's caseload";
    EXPECT_FALSE(pages.contains(QStringLiteral("caseloadTab")));
}

TEST_F(SignInLandingTest, TheManagerIsShownEveryWorkersCaseload)
{
    landsOn(QStringLiteral("kierowniczka"), &ui::MainWindow::managerStartTab);
    ASSERT_NE(window.caseloadTab(), nullptr);
    EXPECT_TRUE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.caseloadTab())));
}
