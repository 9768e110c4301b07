// What was typed in a family record is never lost without a question (issue 17): the window
// manager's close (QWidget::close), Ctrl+W and quitting the program all ask Save / Discard /
// Cancel; Save stores, a refused save and Cancel keep the record open with what was typed.
#include "Database.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "MembersModel.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;

// Answers the next unsaved-changes question with `button`; `asked` tells whether it came.
void answerUnsaved(QMessageBox::StandardButton button, bool* asked, QString* question = nullptr,
                   std::function<void()> before = {})
{
    whenModal(
        [=](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            ASSERT_NE(box, nullptr) << modal->objectName().toStdString();
            *asked = true;
            if (question)
                *question = box->text();
            ASSERT_NE(box->button(QMessageBox::Save), nullptr) << "no Save in the question";
            ASSERT_NE(box->button(QMessageBox::Discard), nullptr) << "no Discard in the question";
            ASSERT_NE(box->button(QMessageBox::Cancel), nullptr) << "no Cancel in the question";
            EXPECT_NE(static_cast<QAbstractButton*>(box->defaultButton()),
                      box->button(QMessageBox::Discard))
                << "Enter must not throw the typing away";
            if (before)
                before();
            box->button(button)->click();
        },
        2000);
}

class UnsavedChangesTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadFamilies(2);
        ASSERT_TRUE(openWindow());
        record = window.openFamily(kFamily);
        ASSERT_NE(record, nullptr);
        address = child<QLineEdit>(record, "addressEdit");
        ASSERT_NE(address, nullptr);
        address->setFocus();
        typeText(address, QStringLiteral("ul. Przeprowadzkowa 7"));
    }

    QString storedAddress()
    {
        auto family = FamilyService(db.session(db.manager())).family(kFamily);
        EXPECT_TRUE(family.ok());
        return family ? family->address : QString();
    }

    QPointer<ui::FamilyRecordWindow> record;
    QLineEdit* address = nullptr;
};
} // namespace

TEST_F(UnsavedChangesTest, TheWindowManagersCloseAsksAndCancelKeepsTheRecord)
{
    bool asked = false;
    QString question;
    answerUnsaved(QMessageBox::Cancel, &asked, &question);
    EXPECT_FALSE(record->close()) << "the close went through";
    EXPECT_TRUE(asked) << "closing with a changed address asked nothing";
    EXPECT_TRUE(question.contains(QStringLiteral("Family-1"))) << question.toStdString();
    ASSERT_TRUE(record && record->isVisible()) << "Cancel keeps the record open";
    EXPECT_EQ(address->text(), QStringLiteral("ul. Przeprowadzkowa 7")) << "and what was typed";
    EXPECT_TRUE(storedAddress().isEmpty());
}

TEST_F(UnsavedChangesTest, SaveStoresTheAddressAndCloses)
{
    bool asked = false;
    answerUnsaved(QMessageBox::Save, &asked);
    record->close();
    EXPECT_TRUE(asked) << "closing with a changed address asked nothing";
    EXPECT_TRUE(!record || !record->isVisible());
    EXPECT_EQ(storedAddress(), QStringLiteral("ul. Przeprowadzkowa 7"));
}

TEST_F(UnsavedChangesTest, ARefusedSaveKeepsTheRecordOpen)
{
    auto* name = child<QLineEdit>(record, "nameEdit");
    name->clear(); // a family needs a name: the service refuses the save
    bool asked = false;
    bool refusalShown = false;
    answerUnsaved(QMessageBox::Save, &asked, nullptr, [&] {
        whenModal([&](QWidget* refusal) {
            refusalShown = refusal->objectName() == QStringLiteral("errorMessageBox");
            static_cast<QMessageBox*>(refusal)->accept();
        });
    });
    EXPECT_FALSE(record->close());
    EXPECT_TRUE(asked);
    EXPECT_TRUE(refusalShown) << "the refusal is said";
    ASSERT_TRUE(record && record->isVisible()) << "a refused save keeps the record open";
    EXPECT_EQ(address->text(), QStringLiteral("ul. Przeprowadzkowa 7"));
    EXPECT_TRUE(storedAddress().isEmpty());
}

TEST_F(UnsavedChangesTest, DiscardClosesWithoutSaving)
{
    bool asked = false;
    answerUnsaved(QMessageBox::Discard, &asked);
    EXPECT_TRUE(record->close());
    EXPECT_TRUE(asked);
    EXPECT_TRUE(storedAddress().isEmpty());
}

TEST_F(UnsavedChangesTest, QuittingTheProgramAsksAndCancelKeepsItRunning)
{
    auto* quit = child<QAction>(&window, "quitAction");
    ASSERT_NE(quit, nullptr);
    bool asked = false;
    answerUnsaved(QMessageBox::Cancel, &asked);
    quit->trigger(); // Ctrl+Q
    EXPECT_TRUE(asked) << "quitting with an unsaved record asked nothing";
    EXPECT_TRUE(window.isVisible()) << "Cancel keeps the program running";
    ASSERT_TRUE(record && record->isVisible());
    EXPECT_EQ(address->text(), QStringLiteral("ul. Przeprowadzkowa 7"));

    asked = false;
    answerUnsaved(QMessageBox::Save, &asked);
    EXPECT_TRUE(window.close()); // the window manager's close of the main window
    EXPECT_TRUE(asked);
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(storedAddress(), QStringLiteral("ul. Przeprowadzkowa 7"));
}

TEST_F(UnsavedChangesTest, OpeningAnotherDatabaseAsksFirst)
{
    GuiTestDatabase other;
    bool asked = false;
    answerUnsaved(QMessageBox::Cancel, &asked);
    EXPECT_FALSE(window.openDatabase(other.path()));
    EXPECT_TRUE(asked) << "the record was closed with its edit by opening another database";
    ASSERT_TRUE(record && record->isVisible());
    EXPECT_EQ(window.workspace()->database().location(), db.workspace().database().location());
}

TEST_F(UnsavedChangesTest, AMemberTypedAndCancelledIsAskedAbout)
{
    bool asked = false;
    bool stillOpen = false;
    whenModal([&](QWidget* dialog) {
        ASSERT_EQ(dialog->objectName(), QStringLiteral("memberDialog"));
        typeText(child<QLineEdit>(dialog, "firstNameEdit"), QStringLiteral("Zofia"));
        whenModal(
            [&](QWidget* question) {
                asked = question->objectName() == QStringLiteral("confirmMessageBox");
                static_cast<QMessageBox*>(question)->button(QMessageBox::No)->click();
            },
            2000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        stillOpen = dialog->isVisible();
        EXPECT_EQ(child<QLineEdit>(dialog, "firstNameEdit")->text(), QStringLiteral("Zofia"));
        whenModal([](QWidget* question) {
            static_cast<QMessageBox*>(question)->button(QMessageBox::Yes)->click();
        });
        dialog->close(); // the title bar's close
    });
    record->showTab(ui::FamilyRecordWindow::Tab::Members);
    click(record, "addMemberButton");
    EXPECT_TRUE(asked) << "Esc threw the typed member away without a question";
    EXPECT_TRUE(stillOpen) << "No keeps the dialog and what was typed";
    EXPECT_EQ(record->membersModel()->rowCount(), 0);
}
