// The warning on entry (issue 21 part 2): a member or a family about to be saved that looks like
// one already in the register is shown with its matches before anything is saved, and the person
// chooses: open the existing record, "this is someone else" (remembered), save anyway, or back.
// A match in a case out of the account's reach says only whose case it is.
#include "AccessibilityCheck.h"
#include "DirectoryService.h"
#include "DuplicateService.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "GuiTestDatabase.h"
#include "ImportDialog.h"
#include "Labels.h"
#include "MainWindow.h"
#include "MemberService.h"
#include "MembersModel.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-pracownika-21";
const QDate kBorn(1984, 5, 12);

// What the warning showed, read as a person reads it.
struct Warning
{
    bool shown = false;
    QString intro;
    QStringList matches; // the list's items, top to bottom
    bool offersOpen = false;
    bool offersSomeoneElse = false;
};

// Answers the duplicate warning that comes next (while the dialog that asks is open) with the
// button `button`, keeping what it showed in `seen`.
void answerWarning(const char* button, Warning& seen)
{
    whenModal(
        [button, &seen](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("duplicateWarningDialog"));
            seen.shown = true;
            expectNamed(modal); // what a screen reader and the AT-SPI scenarios find it by
            seen.intro = child<QLabel>(modal, "duplicateIntroLabel")->text();
            auto* list = child<QListWidget>(modal, "duplicateMatchesList");
            for (int row = 0; row < list->count(); ++row)
                seen.matches << list->item(row)->text();
            seen.offersOpen = child<QPushButton>(modal, "openExistingButton")->isVisible();
            seen.offersSomeoneElse = child<QPushButton>(modal, "someoneElseButton")->isVisible();
            click(modal, button);
        },
        3000);
}

// Counts the duplicate warnings shown while it lives, and answers each with Back.
class WarningWatch
{
public:
    WarningWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (modal && modal->objectName() == QStringLiteral("duplicateWarningDialog")) {
                ++m_count;
                modal->reject();
            }
        });
        m_timer.start();
    }
    int count() const { return m_count; }

private:
    QTimer m_timer;
    int m_count = 0;
};

class DuplicateWarningTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Anna Testowa (1, Zespół 1) has families 1 and 2; Cezary Inny (2, Zespół 2) family 3.
        db.loadTwoUnitsAndFourFamilies();
        db.assign(1, 1, 2);
        db.assign(2, 3, 1);
    }

    // "Małgorzata Wójcik", born 1984-05-12, already a member of `familyId` (entered by the
    // manager); her id.
    qint64 addExisting(qint64 familyId)
    {
        Member member;
        member.familyId = familyId;
        member.firstName = QStringLiteral("Małgorzata");
        member.lastName = QStringLiteral("Wójcik");
        member.birthDate = kBorn;
        member.sex = Sex::Female;
        member.relation = Relation::Parent;
        auto id = MemberService(db.session(db.manager())).add(member);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // The window signed in as the social worker Anna Testowa, with her family's record open at
    // its members.
    ui::FamilyRecordWindow* openAsAnna(qint64 familyId)
    {
        if (!db.addAccount(QStringLiteral("anna"), Role::SocialWorker, 1, kPassword))
            return nullptr;
        signInWhenAsked(QStringLiteral("anna"), kPassword);
        if (!window.openDatabase(db.path()) || window.actor().login != QStringLiteral("anna")) {
            ADD_FAILURE() << "the window did not open as anna";
            return nullptr;
        }
        window.show();
        ui::FamilyRecordWindow* record = window.openFamily(familyId);
        if (record)
            record->showTab(ui::FamilyRecordWindow::Tab::Members);
        return record;
    }

    // The example, typed without Polish letters into the member dialog.
    static void typeMalgorzata(QWidget* dialog)
    {
        typeText(child<QLineEdit>(dialog, "firstNameEdit"), QStringLiteral("Malgorzata"));
        typeText(child<QLineEdit>(dialog, "lastNameEdit"), QStringLiteral("Wojcik"));
        auto* relation = child<QComboBox>(dialog, "relationCombo");
        relation->setCurrentIndex(relation->findData(QStringLiteral("grandparent")));
        auto* sex = child<QComboBox>(dialog, "sexCombo");
        sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
        child<QDateEdit>(dialog, "birthDateEdit")->setDate(kBorn);
    }

    // Adds the example in the record through Add member; the warning, if any, is
    // answered with `button`. Whether the member dialog closed.
    bool addMalgorzata(ui::FamilyRecordWindow* record, const char* button, Warning& seen)
    {
        bool closed = false;
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("memberDialog"));
            typeMalgorzata(modal);
            answerWarning(button, seen);
            click(modal, "saveButton");
            closed = !modal->isVisible();
            if (!closed)
                qobject_cast<QDialog*>(modal)->done(QDialog::Rejected);
        });
        click(record, "addMemberButton");
        return closed;
    }

    // The members of `familyId` called Malgorzata (the new entry), as the manager reads them.
    QList<Member> newEntries(qint64 familyId)
    {
        QList<Member> found;
        auto members = MemberService(db.session(db.manager())).members(familyId);
        if (!members) {
            ADD_FAILURE() << members.error().message.toStdString();
            return found;
        }
        for (const Member& member : *members)
            if (member.firstName == QStringLiteral("Malgorzata"))
                found << member;
        return found;
    }

    // Whether the manager's list of likely duplicates holds the pair of members `a` and `b`.
    bool listed(qint64 a, qint64 b)
    {
        auto pairs = DuplicateService(db.session(db.manager())).list(DuplicateKind::Members);
        if (!pairs) {
            ADD_FAILURE() << pairs.error().message.toStdString();
            return false;
        }
        for (const DuplicatePair& pair : *pairs)
            if ((pair.a.id == a && pair.b.id == b) || (pair.a.id == b && pair.b.id == a))
                return true;
        return false;
    }

    // Opens the member in the record's Edit dialog and presses Save; the number of warnings.
    int editAndSave(ui::FamilyRecordWindow* record, qint64 memberId)
    {
        auto* table = child<QTableView>(record, "membersTable");
        const int row = record->membersModel()->rowWhere(
            [memberId](const Member& member) { return member.id == memberId; });
        if (!table || row < 0) {
            ADD_FAILURE() << "member " << memberId << " is not in the record's list";
            return -1;
        }
        table->selectRow(row);
        int warnings = -1;
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("memberDialog"));
            const WarningWatch watch;
            click(modal, "saveButton");
            warnings = watch.count();
            if (modal->isVisible())
                qobject_cast<QDialog*>(modal)->done(QDialog::Rejected);
        });
        click(record, "editMemberButton");
        return warnings;
    }

    GuiTestDatabase db;
    ui::MainWindow window;
};
} // namespace

TEST_F(DuplicateWarningTest, SomeoneElseSavesAndTheWarningIsNotRepeated)
{
    const qint64 existing = addExisting(1);
    ui::FamilyRecordWindow* record = openAsAnna(2);
    ASSERT_NE(record, nullptr);

    Warning seen;
    EXPECT_TRUE(addMalgorzata(record, "someoneElseButton", seen));
    ASSERT_TRUE(seen.shown) << "no warning before saving";
    ASSERT_EQ(seen.matches.size(), 1) << seen.matches.join(u'|').toStdString();
    const QString match = seen.matches.first();
    EXPECT_TRUE(match.contains(QStringLiteral("Małgorzata Wójcik"))) << match.toStdString();
    EXPECT_TRUE(match.contains(ui::Labels::date(kBorn))) << match.toStdString();
    EXPECT_TRUE(match.contains(QStringLiteral("Family-1"))) << match.toStdString();
    EXPECT_TRUE(match.contains(QStringLiteral("Anna Testowa"))) << match.toStdString();
    EXPECT_TRUE(match.contains(QStringLiteral("same birth date"))) << match.toStdString();
    EXPECT_FALSE(match.contains(QStringLiteral("birth-date"))) << "a reason code in the window";
    EXPECT_TRUE(seen.offersOpen && seen.offersSomeoneElse);

    const QList<Member> saved = newEntries(2);
    ASSERT_EQ(saved.size(), 1) << "\"This is someone else\" saves the entry";
    EXPECT_EQ(record->membersModel()->rowCount(), 1);

    // Remembered: saved again, she is not asked about, nor listed for the manager.
    EXPECT_EQ(editAndSave(record, saved.first().id), 0);
    EXPECT_FALSE(listed(existing, saved.first().id));
}

TEST_F(DuplicateWarningTest, BackSavesNothingAndSaveAnywayRemembersNothing)
{
    const qint64 existing = addExisting(1);
    ui::FamilyRecordWindow* record = openAsAnna(2);
    ASSERT_NE(record, nullptr);

    // Back: the form again, as typed, and nothing saved.
    bool formKept = false;
    Warning back;
    Warning anyway;
    whenModal([&](QWidget* modal) {
        typeMalgorzata(modal);
        answerWarning("backButton", back);
        click(modal, "saveButton");
        formKept = modal->isVisible() &&
                   child<QLineEdit>(modal, "lastNameEdit")->text() == QStringLiteral("Wojcik") &&
                   child<QDateEdit>(modal, "birthDateEdit")->date() == kBorn;
        EXPECT_TRUE(newEntries(2).isEmpty()) << "saved on Back";
        // Save anyway, from the same form.
        answerWarning("saveAnywayButton", anyway);
        click(modal, "saveButton");
    });
    click(record, "addMemberButton");
    EXPECT_TRUE(back.shown);
    EXPECT_TRUE(formKept) << "Back did not return to the form as it was";
    EXPECT_TRUE(anyway.shown);
    const QList<Member> saved = newEntries(2);
    ASSERT_EQ(saved.size(), 1) << "\"Save anyway\" saves";

    // Nothing remembered: the next save warns again and the manager still sees the pair.
    EXPECT_EQ(editAndSave(record, saved.first().id), 1);
    EXPECT_TRUE(listed(existing, saved.first().id));
}

TEST_F(DuplicateWarningTest, OpenTheExistingRecordSavesNothingAndOpensHerFamily)
{
    addExisting(1);
    ui::FamilyRecordWindow* record = openAsAnna(2);
    ASSERT_NE(record, nullptr);

    Warning seen;
    EXPECT_TRUE(addMalgorzata(record, "openExistingButton", seen))
        << "the member dialog stayed open";
    EXPECT_TRUE(seen.shown);
    EXPECT_TRUE(newEntries(2).isEmpty()) << "saved although the existing record was chosen";
    ui::FamilyRecordWindow* opened = nullptr;
    for (ui::FamilyRecordWindow* open : window.recordWindows())
        if (open->familyId() == 1)
            opened = open;
    ASSERT_NE(opened, nullptr) << "her family's record did not open";
    EXPECT_TRUE(opened->isVisible());
    EXPECT_EQ(opened->tabs()->currentIndex(),
              static_cast<int>(ui::FamilyRecordWindow::Tab::Members));
}

TEST_F(DuplicateWarningTest, AMatchOutOfReachNamesOnlyTheWorkerWhoseCaseItIs)
{
    const qint64 existing = addExisting(3); // Cezary Inny's case, another unit
    ui::FamilyRecordWindow* record = openAsAnna(2);
    ASSERT_NE(record, nullptr);

    Warning seen;
    EXPECT_TRUE(addMalgorzata(record, "saveAnywayButton", seen));
    ASSERT_TRUE(seen.shown);
    ASSERT_EQ(seen.matches.size(), 1) << seen.matches.join(u'|').toStdString();
    const QString match = seen.matches.first();
    EXPECT_TRUE(match.contains(QStringLiteral("Cezary Inny"))) << match.toStdString();
    EXPECT_TRUE(match.contains(QStringLiteral("manager"))) << match.toStdString();
    for (const QString& secret :
         {QStringLiteral("Małgorzata"), QStringLiteral("Wójcik"), QStringLiteral("Wojcik"),
          QStringLiteral("Family-3"), ui::Labels::date(kBorn), QStringLiteral("same")})
        EXPECT_FALSE(match.contains(secret))
            << secret.toStdString() << " in " << match.toStdString();
    EXPECT_FALSE(seen.offersOpen) << "a record she may not read offered to open";
    EXPECT_FALSE(seen.offersSomeoneElse) << "a pair she cannot see offered to tell apart";
    EXPECT_EQ(newEntries(2).size(), 1);
    EXPECT_TRUE(listed(existing, newEntries(2).first().id)) << "the manager still sees the pair";
}

TEST_F(DuplicateWarningTest, ANewFamilyLikeOneInTheRegisterIsWarnedOf)
{
    Family family;
    family.name = QStringLiteral("Wójcik");
    family.municipality = QStringLiteral("Testowo");
    family.address = QStringLiteral("ul. Długa 12 m. 3");
    family.category = NeedCategory::Struggling;
    family.openedOn = QDate(2024, 3, 1);
    auto existing = FamilyService(db.session(db.manager())).create(family);
    ASSERT_TRUE(existing.ok()) << existing.error().message.toStdString();
    ASSERT_TRUE(window.openDatabase(db.path())); // the manager (no passwords)
    window.show();
    const auto familiesNow = [&] {
        return DirectoryService(db.session(db.manager())).families(FamilyQuery{});
    };
    const qsizetype before = familiesNow()->size();

    const auto newFamily = [&](const char* button, Warning& seen) {
        whenModal([&, button](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("newFamilyDialog"));
            typeText(child<QLineEdit>(modal, "nameEdit"), QStringLiteral("Wojcik"));
            typeText(child<QLineEdit>(modal, "municipalityEdit"), QStringLiteral("Testowo"));
            typeText(child<QLineEdit>(modal, "addressEdit"), QStringLiteral("Dluga 12/3"));
            answerWarning(button, seen);
            click(modal, "createButton");
        });
        child<QAction>(&window, "newFamilyAction")->trigger();
    };

    // The same family: its record instead of a second case.
    Warning open;
    newFamily("openExistingButton", open);
    ASSERT_TRUE(open.shown) << "no warning for the same name and address in one municipality";
    ASSERT_EQ(open.matches.size(), 1);
    EXPECT_TRUE(open.matches.first().contains(QStringLiteral("Wójcik")))
        << open.matches.first().toStdString();
    EXPECT_TRUE(open.matches.first().contains(QStringLiteral("same address")))
        << open.matches.first().toStdString();
    EXPECT_EQ(familiesNow()->size(), before) << "a case opened although the record was chosen";
    ASSERT_EQ(window.recordWindows().size(), 1);
    EXPECT_EQ(window.recordWindows().first()->familyId(), *existing);

    // Another family after all: opened, and the pair remembered.
    Warning other;
    newFamily("someoneElseButton", other);
    EXPECT_TRUE(other.shown);
    EXPECT_EQ(familiesNow()->size(), before + 1);
    auto pairs = DuplicateService(db.session(db.manager())).list(DuplicateKind::Families);
    ASSERT_TRUE(pairs.ok()) << pairs.error().message.toStdString();
    for (const DuplicatePair& pair : *pairs)
        EXPECT_TRUE(pair.a.id != *existing && pair.b.id != *existing)
            << "the pair told apart is still listed";
}

TEST_F(DuplicateWarningTest, TheImportListsTheReasonsInWords)
{
    addExisting(1);
    const QString path = db.dir() + QStringLiteral("/members.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
               "2,,MALGORZATA,WOJCIK,1984-05-12,F,grandparent\n");
    file.close();
    ui::ImportDialog dialog(db.path(), db.manager());
    dialog.show();
    auto* dataSet = child<QComboBox>(&dialog, "dataSetCombo");
    dataSet->setCurrentIndex(dataSet->findData(QStringLiteral("members")));
    child<QLineEdit>(&dialog, "fileEdit")->setText(path);
    click(&dialog, "importButton");
    ASSERT_TRUE(dialog.waitForIdle());
    const QString listed = child<QPlainTextEdit>(&dialog, "problemsEdit")->toPlainText();
    EXPECT_TRUE(listed.contains(QStringLiteral("members.csv:2: likely the same as member")))
        << listed.toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("same birth date"))) << listed.toStdString();
    EXPECT_FALSE(listed.contains(QStringLiteral("birth-date"))) << listed.toStdString();
}
