// Nothing typed into a contact note is lost: drafts are autosaved while typing and when the
// dialog closes, and come back when it opens again, also in a new main window.
#include "ContactService.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;
const QString kNote =
    QStringLiteral("Mother says the rent is two months late; ask about benefits.");

class ContactDraftTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary});
        db.loadFamilies(3);
        window = std::make_unique<ui::MainWindow>();
        ASSERT_TRUE(window->openDatabase(db.path()));
        window->show();
    }

    ui::FamilyRecordWindow* record() { return window->openFamily(kFamily); }

    std::optional<Contact> storedDraft()
    {
        auto draft = ContactService(db.session(window->actor())).draft(kFamily);
        EXPECT_TRUE(draft.ok());
        return draft ? *draft : std::nullopt;
    }

    // Opens the contact dialog, checks it restored `expected` (or nothing), and closes it.
    void expectRestored(ui::FamilyRecordWindow* into, const QString& expected)
    {
        bool answered = false;
        whenModal([&](QWidget* modal) {
            answered = true;
            EXPECT_EQ(child<QPlainTextEdit>(modal, "notesEdit")->toPlainText(), expected);
            EXPECT_EQ(child<QLineEdit>(modal, "nextStepEdit")->text(),
                      expected.isEmpty() ? QString() : QStringLiteral("Visit the housing office"));
            const QString state = child<QLabel>(modal, "draftLabel")->text();
            EXPECT_EQ(state.contains(QStringLiteral("Draft restored")), !expected.isEmpty())
                << state.toStdString();
            click(modal, "closeButton");
        });
        click(into, "logContactButton");
        EXPECT_TRUE(answered);
    }

    void typeNoteAndClose(ui::FamilyRecordWindow* into)
    {
        whenModal([&](QWidget* modal) {
            typeText(child<QPlainTextEdit>(modal, "notesEdit"), kNote);
            typeText(child<QLineEdit>(modal, "nextStepEdit"),
                     QStringLiteral("Visit the housing office"));
            modal->close(); // the window's close button, not Save
        });
        click(into, "logContactButton");
    }

    GuiTestDatabase db;
    std::unique_ptr<ui::MainWindow> window;
};
} // namespace

TEST_F(ContactDraftTest, ClosingTheDialogKeepsTheDraftAndReopeningRestoresIt)
{
    ui::FamilyRecordWindow* family = record();
    ASSERT_NE(family, nullptr);
    typeNoteAndClose(family);
    ASSERT_TRUE(storedDraft().has_value());
    EXPECT_EQ(storedDraft()->notes, kNote);
    expectRestored(family, kNote);
}

TEST_F(ContactDraftTest, DraftSurvivesANewMainWindowOnTheSameDatabase)
{
    typeNoteAndClose(record());
    window.reset(); // the program ends
    window = std::make_unique<ui::MainWindow>();
    ASSERT_TRUE(window->openDatabase(db.path()));
    window->show();
    expectRestored(record(), kNote);
}

TEST_F(ContactDraftTest, TypingIsAutosavedBeforeTheDialogCloses)
{
    whenModal([&](QWidget* modal) {
        typeText(child<QPlainTextEdit>(modal, "notesEdit"), kNote);
        EXPECT_FALSE(storedDraft().has_value()); // not on every key: after a pause
        // A crash now would keep what the last autosave wrote.
        EXPECT_TRUE(QTest::qWaitFor([&] { return storedDraft().has_value(); }, 3000));
        EXPECT_EQ(storedDraft()->notes, kNote);
        EXPECT_TRUE(child<QLabel>(modal, "draftLabel")->text().contains(QStringLiteral("saved")));
        click(modal, "closeButton");
    });
    click(record(), "logContactButton");
}

TEST_F(ContactDraftTest, SavingTheContactDiscardsTheDraft)
{
    ui::FamilyRecordWindow* family = record();
    typeNoteAndClose(family);
    whenModal([&](QWidget* modal) {
        EXPECT_EQ(child<QPlainTextEdit>(modal, "notesEdit")->toPlainText(), kNote);
        click(modal, "saveButton");
    });
    click(family, "logContactButton");
    EXPECT_FALSE(storedDraft().has_value());
    expectRestored(family, QString());
}

TEST_F(ContactDraftTest, RefusedSaveKeepsTheDialogOpenAndTheDraft)
{
    ui::FamilyRecordWindow* family = record();
    whenModal([&](QWidget* modal) {
        typeText(child<QPlainTextEdit>(modal, "notesEdit"), kNote);
        // A due date without the step it is for.
        child<QCheckBox>(modal, "dueCheck")->setChecked(true);
        child<QDateEdit>(modal, "dueDateEdit")->setDate(QDate::currentDate().addDays(3));
        click(modal, "saveButton");
        EXPECT_TRUE(modal->isVisible());
        auto* error = child<QLabel>(modal, "errorLabel");
        EXPECT_TRUE(error->isVisible());
        EXPECT_TRUE(error->text().contains(QStringLiteral("next step")))
            << error->text().toStdString();
        EXPECT_TRUE(storedDraft().has_value());
        whenModal([](QWidget* question) { // discarding asks first
            EXPECT_EQ(question->objectName(), QStringLiteral("confirmMessageBox"));
            static_cast<QMessageBox*>(question)->button(QMessageBox::Yes)->click();
        });
        click(modal, "discardButton");
    });
    click(family, "logContactButton");
    EXPECT_FALSE(storedDraft().has_value());
}
