// Field copies in the window (issue 23): a copy opens with its passphrase (a wrong one is said and
// asked again), names itself in the title and the status bar, disables what needs the whole
// centre with the reason; File › Take cases into the field… makes a copy; File › Sync with the
// centre… shows a field changed on both sides with both values, and "Keep mine" then "Sync
// again" carries the copy's value to the centre and leaves nothing to decide.
#include "AccessibilityCheck.h"
#include "CaseloadTab.h"
#include "ConflictsModel.h"
#include "FamilyService.h"
#include "FieldCheckout.h"
#include "FieldCopy.h"
#include "FieldCopyActions.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "PolishLocale.h"
#include "SignInService.h"
#include "SyncDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-anny-123";
const QString kPassphrase = QStringLiteral("torba-w-terenie-42");
const QString kCentreAddress = QStringLiteral("ul. Leśna 2, Testowo");
const QString kCopyAddress = QStringLiteral("ul. Polna 1, Testowo");

// Runs `answer` on the modal named `name` once it is the active one: unlike whenModal it waits
// past another modal shown meanwhile (a dialog busy with background work stays the active
// modal until its result comes).
void whenNamedModal(const QString& name, std::function<void(QWidget*)> answer,
                    int timeoutMs = 30000)
{
    auto* timer = new QTimer(qApp);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp,
                     [timer, started, timeoutMs, name, answer = std::move(answer)] {
                         QWidget* modal = QApplication::activeModalWidget();
                         const bool found = modal && modal->objectName() == name;
                         if (!found && started->elapsed() < timeoutMs)
                             return;
                         timer->stop();
                         timer->deleteLater();
                         if (!found) {
                             ADD_FAILURE() << "no " << name.toStdString() << " appeared";
                             return;
                         }
                         answer(modal);
                     });
    timer->start();
}

void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    QTest::keyClicks(edit, text);
}

QPushButton* button(QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QString::fromLatin1(name));
}

class FieldWindowTest : public ::testing::Test
{
protected:
    explicit FieldWindowTest(bool inPolish = false)
        : polish(inPolish ? std::make_unique<PolishLocale>() : nullptr)
    {}

    void SetUp() override
    {
        db.loadTwoUnitsAndFourFamilies();
        db.assign(1, 1, 2); // Anna Testowa's: families 1 and 2
        auto account = db.addAccount(QStringLiteral("anna"), Role::SocialWorker, 1, kPassword);
        ASSERT_TRUE(account);
        anna = *account;
        copyPath = QDir(db.dir()).filePath(QStringLiteral("w-terenie.opieka"));
    }

    // Anna's copy, taken through the service at the centre.
    void takeCopy()
    {
        auto made = FieldCheckout::checkout(db.session(anna), *anna.workerId, copyPath,
                                            kPassphrase.toUtf8());
        ASSERT_TRUE(made) << made.error().message.toStdString();
        ASSERT_TRUE(FieldCopy::isFieldCopyFile(copyPath));
    }

    // Opens the copy in the window: a wrong passphrase first (said, asked again), then the right
    // one, then Anna signs in.
    void openCopyInWindow()
    {
        bool asked = false;
        bool wrongSaid = false;
        whenNamedModal(QStringLiteral("fieldPassphraseDialog"), [&](QWidget* modal) {
            asked = true;
            expectNamed(modal);
            auto* edit = modal->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
            ASSERT_NE(edit, nullptr);
            EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
            type(modal, "passphraseEdit", QStringLiteral("to-nie-jest-to-haslo"));
            QTest::keyClick(modal, Qt::Key_Return);
            auto* message = modal->findChild<QLabel*>(QStringLiteral("passphraseMessage"));
            wrongSaid = modal->isVisible() && message && !message->text().isEmpty();
            type(modal, "passphraseEdit", kPassphrase);
            signInWhenAsked(QStringLiteral("anna"), kPassword);
            QTest::keyClick(modal, Qt::Key_Return);
        });
        ASSERT_TRUE(window.openDatabase(copyPath));
        window.show();
        EXPECT_TRUE(asked);
        EXPECT_TRUE(wrongSaid) << "a wrong passphrase is said and the dialog stays";
        ASSERT_TRUE(window.fieldCopyActions()->info().has_value());
    }

    // As the centre's manager and, in the copy, as Anna: family 1's address changed on both
    // sides to different values.
    void changeAddressOnBothSides()
    {
        FamilyService centre(db.session(db.manager()));
        auto family = centre.family(1);
        ASSERT_TRUE(family) << family.error().message.toStdString();
        family->address = kCentreAddress;
        ASSERT_TRUE(centre.update(*family));

        ASSERT_TRUE(FieldCopy::unlockFile(copyPath, kPassphrase.toUtf8()));
        auto copy = Workspace::open(copyPath, Workspace::OpenMode::MustExist);
        ASSERT_TRUE(copy) << copy.error().message.toStdString();
        auto user = SignInService((*copy)->database()).signIn(QStringLiteral("anna"), kPassword);
        ASSERT_TRUE(user) << user.error().message.toStdString();
        ASSERT_TRUE(FieldCopy::setActingLogin((*copy)->database(), user->login));
        FamilyService inCopy(Session((*copy)->database(), *user));
        auto same = inCopy.family(1);
        ASSERT_TRUE(same) << same.error().message.toStdString();
        same->address = kCopyAddress;
        ASSERT_TRUE(inCopy.update(*same));
    }

    QString centreAddress()
    {
        auto family = FamilyService(db.session(db.manager())).family(1);
        return family ? family->address : QString();
    }

    std::unique_ptr<PolishLocale> polish; // first: the window is built in its language
    GuiTestDatabase db;
    ui::MainWindow window;
    User anna;
    QString copyPath;
};

// Dates as a Polish user reads them: the locale's format, never ISO.
class PolishFieldWindowTest : public FieldWindowTest
{
protected:
    PolishFieldWindowTest()
        : FieldWindowTest(true)
    {}
};
} // namespace

TEST_F(PolishFieldWindowTest, TheTitleAndStatusBarNameTheCopy)
{
    takeCopy();
    openCopyInWindow();
    const FieldCopyInfo info = *window.fieldCopyActions()->info();
    ASSERT_FALSE(info.centreName.isEmpty());
    const QString title = window.windowTitle();
    const QDate today = QDate::currentDate();
    EXPECT_TRUE(title.contains(ui::FieldCopyActions::title(info))) << title.toStdString();
    EXPECT_TRUE(title.contains(info.centreName)) << title.toStdString();
    EXPECT_TRUE(title.contains(today.toString(QStringLiteral("dd.MM.yyyy"))))
        << "taken today, written the Polish way: " << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("anna"))) << title.toStdString();
    EXPECT_FALSE(title.contains(today.toString(Qt::ISODate))) << "no ISO date on screen";
    EXPECT_TRUE(title.contains(QStringLiteral("w-terenie.opieka")))
        << "the usual title parts stay: " << title.toStdString();

    QLabel* label = window.fieldCopyActions()->statusLabel();
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_FALSE(info.lastSyncedAt.has_value());
    EXPECT_EQ(label->text(), ui::FieldCopyActions::status(info));
    EXPECT_TRUE(label->text().contains(info.centreName)) << label->text().toStdString();
    EXPECT_TRUE(window.fieldCopyActions()->syncAction()->isVisible());
    EXPECT_FALSE(window.fieldCopyActions()->takeIntoFieldAction()->isVisible())
        << "a copy is not taken from a copy";
}

TEST_F(FieldWindowTest, CentreOnlyActionsAreDisabledWithTheReason)
{
    takeCopy();
    openCopyInWindow();
    const FieldCopyInfo info = *window.fieldCopyActions()->info();
    const QList<QPair<QString, FieldCopy::CentreOnly>> expected{
        {QStringLiteral("assignAction"), FieldCopy::CentreOnly::Assignments},
        {QStringLiteral("caseloadLimitsAction"), FieldCopy::CentreOnly::Assignments},
        {QStringLiteral("exchangeAction"), FieldCopy::CentreOnly::Exchange},
    };
    for (const auto& [name, what] : expected) {
        auto* action = window.findChild<QAction*>(name);
        ASSERT_NE(action, nullptr) << name.toStdString();
        const QString reason = FieldCopy::offlineReason(what, info);
        EXPECT_FALSE(reason.isEmpty());
        EXPECT_FALSE(action->isEnabled()) << name.toStdString();
        EXPECT_EQ(action->toolTip(), reason) << name.toStdString();
        EXPECT_EQ(action->statusTip(), reason) << name.toStdString();
    }
    // What she works on at her desk stays.
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("newFamilyAction"))->isEnabled());
}

TEST_F(FieldWindowTest, CentreOnlyActionsStayEnabledAtTheCentre)
{
    signInWhenAsked(QStringLiteral("anna"), kPassword);
    ASSERT_TRUE(window.openDatabase(db.path()));
    EXPECT_FALSE(window.fieldCopyActions()->info().has_value());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("assignAction"))->isEnabled());
    EXPECT_FALSE(window.fieldCopyActions()->statusLabel()->isVisibleTo(&window));
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("Field copy")));
    EXPECT_TRUE(window.fieldCopyActions()->takeIntoFieldAction()->isVisible());
    EXPECT_FALSE(window.fieldCopyActions()->syncAction()->isVisible());
}

TEST_F(FieldWindowTest, TakeIntoFieldDialogMakesACopy)
{
    signInWhenAsked(QStringLiteral("anna"), kPassword);
    ASSERT_TRUE(window.openDatabase(db.path()));
    window.show();
    QAction* take = window.fieldCopyActions()->takeIntoFieldAction();
    ASSERT_TRUE(take->isVisible() && take->isEnabled());

    bool seen = false;
    QString differ;
    QString told;
    whenNamedModal(QStringLiteral("takeIntoFieldDialog"), [&](QWidget* modal) {
        seen = true;
        expectNamed(modal);
        auto* worker = modal->findChild<QComboBox*>(QStringLiteral("fieldWorkerCombo"));
        ASSERT_NE(worker, nullptr);
        EXPECT_EQ(worker->currentText(), QStringLiteral("Anna Testowa"));
        EXPECT_FALSE(worker->isEnabled()) << "a worker takes only her own cases";
        auto* file = modal->findChild<QLineEdit*>(QStringLiteral("fieldFileEdit"));
        EXPECT_TRUE(file->text().contains(QStringLiteral("opieka-field-")));
        file->setText(QDir::toNativeSeparators(copyPath));
        type(modal, "fieldPassphraseEdit", kPassphrase);
        type(modal, "fieldPassphraseRepeatEdit", QStringLiteral("inna-fraza-12345"));
        button(modal, "takeIntoFieldOkButton")->click();
        differ = modal->findChild<QLabel*>(QStringLiteral("takeIntoFieldMessage"))->text();
        EXPECT_TRUE(modal->isVisible());
        type(modal, "fieldPassphraseRepeatEdit", kPassphrase);
        whenNamedModal(QStringLiteral("fieldCopyMadeBox"), [&](QWidget* box) {
            auto* message = qobject_cast<QMessageBox*>(box);
            ASSERT_NE(message, nullptr);
            told = message->text() + QLatin1Char('\n') + message->informativeText();
            message->accept();
        });
        button(modal, "takeIntoFieldOkButton")->click();
    });
    take->trigger();
    EXPECT_TRUE(seen);
    EXPECT_FALSE(differ.isEmpty()) << "two different passphrases are refused";
    EXPECT_TRUE(QFileInfo::exists(copyPath));
    EXPECT_TRUE(FieldCopy::isFieldCopyFile(copyPath));
    EXPECT_TRUE(told.contains(QStringLiteral("2 family"))) << told.toStdString();
    EXPECT_TRUE(told.contains(QFileInfo(copyPath).fileName())) << told.toStdString();
}

TEST_F(FieldWindowTest, SyncShowsAConflictAndKeepMineResolvesIt)
{
    takeCopy();
    changeAddressOnBothSides();
    openCopyInWindow();

    bool seen = false;
    QString pending;
    QString record;
    QString centreValue;
    QString copyValue;
    QString decision;
    int conflictsAfterFirstSync = -1;
    int conflictsAfterSecondSync = -1;
    QString secondResult;
    whenNamedModal(QStringLiteral("syncDialog"), [&](QWidget* modal) {
        seen = true;
        auto* dialog = qobject_cast<ui::SyncDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        expectNamed(modal);
        EXPECT_EQ(modal->findChild<QLineEdit*>(QStringLiteral("syncCentreEdit"))->text(),
                  QDir::toNativeSeparators(db.path()))
            << "the centre the copy came from";
        for (int row = 0; row < dialog->pendingList()->count(); ++row)
            pending += dialog->pendingList()->item(row)->text() + QLatin1Char('\n');
        type(modal, "syncPasswordEdit", QString::fromLatin1(kPassword));
        button(modal, "syncButton")->click();
        ui::ConflictsModel* conflicts = dialog->conflictsModel();
        conflictsAfterFirstSync = conflicts->rowCount();
        if (conflictsAfterFirstSync != 1) {
            qobject_cast<QDialog*>(modal)->reject();
            return;
        }
        const auto text = [conflicts](int column) {
            return conflicts->index(0, column).data().toString();
        };
        record = text(ui::ConflictsModel::RecordColumn);
        centreValue = text(ui::ConflictsModel::CentreColumn);
        copyValue = text(ui::ConflictsModel::CopyColumn);
        dialog->conflictsTable()->selectRow(0);
        button(modal, "keepMineButton")->click();
        decision = text(ui::ConflictsModel::DecisionColumn);
        EXPECT_EQ(button(modal, "syncButton")->text(), QStringLiteral("Sync &Again"));
        button(modal, "syncButton")->click();
        conflictsAfterSecondSync = conflicts->rowCount();
        secondResult = modal->findChild<QLabel*>(QStringLiteral("syncResultLabel"))->text();
        button(modal, "syncCloseButton")->click();
    });
    window.fieldCopyActions()->syncAction()->trigger();
    ASSERT_TRUE(seen);
    EXPECT_TRUE(pending.contains(QStringLiteral("Family no. 1 — address")))
        << "the change is listed before syncing: " << pending.toStdString();
    ASSERT_EQ(conflictsAfterFirstSync, 1);
    EXPECT_EQ(record, QStringLiteral("Family no. 1 — address"));
    EXPECT_TRUE(centreValue.contains(kCentreAddress)) << centreValue.toStdString();
    EXPECT_TRUE(centreValue.contains(QStringLiteral("szefowa"))) << centreValue.toStdString();
    EXPECT_TRUE(copyValue.contains(kCopyAddress)) << copyValue.toStdString();
    EXPECT_TRUE(copyValue.contains(QStringLiteral("anna"))) << copyValue.toStdString();
    EXPECT_TRUE(decision.startsWith(QStringLiteral("Keep mine"))) << decision.toStdString();
    EXPECT_EQ(conflictsAfterSecondSync, 0);
    EXPECT_TRUE(secondResult.contains(QStringLiteral("No field is left to decide")))
        << secondResult.toStdString();
    EXPECT_EQ(centreAddress(), kCopyAddress) << "the copy's value went to the centre";
    EXPECT_FALSE(
        window.fieldCopyActions()->statusLabel()->text().contains(QStringLiteral("not synced yet")))
        << "the status bar shows the sync";
    EXPECT_TRUE(window.fieldCopyActions()->statusLabel()->text().contains(
        ui::Labels::date(QDate::currentDate())))
        << window.fieldCopyActions()->statusLabel()->text().toStdString();
    auto inCopy = FamilyService(window.session()).family(1);
    ASSERT_TRUE(inCopy);
    EXPECT_EQ(inCopy->address, kCopyAddress) << "the copy keeps its value";
    EXPECT_TRUE(window.isSignedIn()) << "the window shows the refreshed copy";
}

TEST_F(FieldWindowTest, AWrongPasswordAtTheCentreIsSaidAndNothingSyncs)
{
    takeCopy();
    changeAddressOnBothSides();
    openCopyInWindow();

    bool seen = false;
    QString said;
    bool stayedOpen = false;
    int pendingBefore = -1;
    int pendingAfter = -1;
    whenNamedModal(QStringLiteral("syncDialog"), [&](QWidget* modal) {
        seen = true;
        auto* dialog = qobject_cast<ui::SyncDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        pendingBefore = dialog->pendingList()->count();
        type(modal, "syncPasswordEdit", QStringLiteral("nie-to-haslo-1"));
        button(modal, "syncButton")->click();
        said = modal->findChild<QLabel*>(QStringLiteral("syncMessage"))->text();
        stayedOpen = modal->isVisible() && !dialog->hasSynced();
        pendingAfter = dialog->pendingList()->count();
        button(modal, "syncCloseButton")->click();
    });
    window.fieldCopyActions()->syncAction()->trigger();
    ASSERT_TRUE(seen);
    EXPECT_FALSE(said.isEmpty()) << "the refusal is said under the fields";
    EXPECT_TRUE(stayedOpen);
    EXPECT_GT(pendingBefore, 0);
    EXPECT_EQ(pendingAfter, pendingBefore) << "nothing was synced";
    EXPECT_EQ(centreAddress(), kCentreAddress);
}

TEST_F(FieldWindowTest, KeepingTheCentresValueBringsItIntoTheCopy)
{
    takeCopy();
    changeAddressOnBothSides();
    openCopyInWindow();

    int conflictsAfterFirstSync = -1;
    int conflictsAfterSecondSync = -1;
    whenNamedModal(QStringLiteral("syncDialog"), [&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::SyncDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        type(modal, "syncPasswordEdit", QString::fromLatin1(kPassword));
        button(modal, "syncButton")->click();
        conflictsAfterFirstSync = dialog->conflictsModel()->rowCount();
        dialog->conflictsTable()->selectRow(0);
        // By the keyboard: the button takes the focus and Space presses it.
        QPushButton* keepCentre = button(modal, "keepCentreButton");
        ASSERT_NE(keepCentre, nullptr);
        EXPECT_TRUE(keepCentre->focusPolicy() & Qt::TabFocus);
        keepCentre->setFocus(Qt::TabFocusReason);
        QTest::keyClick(keepCentre, Qt::Key_Space);
        EXPECT_TRUE(dialog->conflictsModel()
                        ->index(0, ui::ConflictsModel::DecisionColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Keep the centre's")));
        button(modal, "syncButton")->click();
        conflictsAfterSecondSync = dialog->conflictsModel()->rowCount();
        button(modal, "syncCloseButton")->click();
    });
    window.fieldCopyActions()->syncAction()->trigger();
    EXPECT_EQ(conflictsAfterFirstSync, 1);
    EXPECT_EQ(conflictsAfterSecondSync, 0);
    EXPECT_EQ(centreAddress(), kCentreAddress);
    auto inCopy = FamilyService(window.session()).family(1);
    ASSERT_TRUE(inCopy);
    EXPECT_EQ(inCopy->address, kCentreAddress) << "the copy took the centre's value";
}
