// The manager's likely duplicates (issue 21 parts 3 and 4): the list shows a person entered twice
// and not a namesake born decades apart; "Not a duplicate" takes a pair off the list for good; a
// merge through the side-by-side dialog leaves one record; other roles have neither the tab nor
// the menu entry.
#include "DuplicatesTab.h"

#include "AccessibilityCheck.h"
#include "DuplicateReasons.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "MemberService.h"
#include "MergeDialog.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "WindowTest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>
#include <memory>

using namespace opieka;
using namespace opieka::test;

namespace {

const QByteArray kPassword = "haslo-pracownika-1";

// Synthetic households in one municipality; among them one woman recorded twice (with and
// without Polish letters, the same birth date) and two men of one common name born 32 years
// apart.
const QByteArray kFamilies = "id,name,municipality,category,opened_on,closed_on\n"
                             "1,Rodzina Brzozowska,Testowo,coping,2020-01-01,\n"
                             "2,Rodzina Cerpak,Testowo,coping,2020-01-01,\n"
                             "3,Rodzina Dunter,Testowo,coping,2020-01-01,\n";
const QByteArray kMembers =
    QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                   "1,,Halina,Brzozowska,1961-02-03,F,parent\n"
                   "1,,Małgorzata,Wójcik,1980-05-12,F,grandparent\n"
                   "1,,Jan,Nowak,1950-04-10,M,grandparent\n"
                   "2,,Irena,Cerpak,1966-07-21,F,parent\n"
                   "2,,Malgorzata,Wojcik,1980-05-12,,other\n"
                   "3,,Gustaw,Dunter,1971-11-30,M,parent\n"
                   "3,,Jan,Nowak,1982-09-15,M,other\n")
        .toUtf8();

// Runs `answer` on the modal widget named `name` once it shows (other modals shown before it
// are left alone), from inside its event loop.
void whenNamedModal(const QString& name, std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer(qApp);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, started, name, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        const bool found = modal && modal->objectName() == name;
        if (!found && started->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        if (!found) {
            ADD_FAILURE() << "no modal named " << name.toStdString() << " appeared";
            return;
        }
        QPointer<QWidget> guard(modal);
        answer(modal);
        if (guard && guard->isVisible()) {
            ADD_FAILURE() << name.toStdString() << " was left open";
            guard->close();
        }
    });
    timer->start();
}

class DuplicatesTabTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.load(DataSet::Families, kFamilies);
        db.load(DataSet::Members, kMembers);
    }

    // The window's duplicates tab, shown from Cases › Likely Duplicates… and read.
    ui::DuplicatesTab* showDuplicates()
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("likelyDuplicatesAction"));
        if (!action || !action->isVisible()) {
            ADD_FAILURE() << "no Cases › Likely Duplicates… entry";
            return nullptr;
        }
        action->trigger();
        auto* tab = qobject_cast<ui::DuplicatesTab*>(window.tabs()->currentWidget());
        if (!tab) {
            ADD_FAILURE() << "the entry did not show the duplicates tab";
            return nullptr;
        }
        EXPECT_TRUE(tab->runner()->waitForIdle());
        return tab;
    }

    // The rows as "name / name", the lower number first.
    static QStringList shownPairs(const ui::DuplicatesTab* tab)
    {
        QStringList pairs;
        const QAbstractItemModel* model = tab->model();
        for (int row = 0; row < model->rowCount(); ++row)
            pairs << model->index(row, 1).data().toString() + QStringLiteral(" / ") +
                         model->index(row, 4).data().toString();
        return pairs;
    }

    int membersOf(qint64 familyId)
    {
        auto members = MemberService(db.session(db.manager())).members(familyId);
        EXPECT_TRUE(members.ok());
        return members ? static_cast<int>(members->size()) : -1;
    }

    const QString kWojcik = QStringLiteral("Małgorzata Wójcik / Malgorzata Wojcik");
};

} // namespace

TEST_F(DuplicatesTabTest, AManagerSeesThePersonEnteredTwiceAndNotTheNamesake)
{
    ASSERT_TRUE(openWindow());
    ui::DuplicatesTab* tab = showDuplicates();
    ASSERT_NE(tab, nullptr);
    watch(tab->model());

    EXPECT_EQ(shownPairs(tab), QStringList{kWojcik});
    const QAbstractItemModel* model = tab->model();
    ASSERT_EQ(model->rowCount(), 1);
    // Name 30 + 25, birth date 35, municipality 5 (docs/duplicates.md).
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("95"));
    const QString born = ui::Labels::date(QDate(1980, 5, 12));
    EXPECT_EQ(model->index(0, 2).data().toString(), born) << "the locale's date, not ISO";
    EXPECT_EQ(model->index(0, 5).data().toString(), born);
    EXPECT_TRUE(model->index(0, 3).data().toString().contains(QStringLiteral("Brzozowska")));
    EXPECT_TRUE(model->index(0, 6).data().toString().contains(QStringLiteral("Cerpak")));
    const QString reasons = model->index(0, 7).data().toString();
    EXPECT_TRUE(reasons.contains(ui::DuplicateReasons::label(QStringLiteral("birth-date"))))
        << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(ui::DuplicateReasons::label(QStringLiteral("name-spelling"))) ||
                reasons.contains(ui::DuplicateReasons::label(QStringLiteral("name"))))
        << reasons.toStdString();
    auto* summary = child<QLabel>(tab, "duplicatesSummaryLabel");
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("70"))) << summary->text().toStdString();

    // The threshold is the documented "likely" one unless the manager lowers it.
    auto* score = child<QSpinBox>(tab, "minScoreSpin");
    ASSERT_NE(score, nullptr);
    EXPECT_EQ(score->value(), 70);

    // No two families are alike: a clear line says so.
    auto* kind = child<QComboBox>(tab, "duplicateKindCombo");
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findData(static_cast<int>(DuplicateKind::Families)));
    ASSERT_TRUE(tab->runner()->waitForIdle());
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("No likely duplicates")))
        << summary->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(tab, "compareMergeButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(tab, "notDuplicateButton")->isEnabled());
}

TEST_F(DuplicatesTabTest, TheListIsATabOnlyWhileItIsOpenSoTheManagersTabsStillFit)
{
    ASSERT_TRUE(openWindow());
    const auto tabCount = [&] { return window.tabs()->count(); };
    const int standing = tabCount();
    ASSERT_NE(window.findChild<ui::DuplicatesTab*>(), nullptr);
    EXPECT_FALSE(window.findChild<ui::DuplicatesTab*>()->isVisible());
    for (int i = 0; i < standing; ++i)
        EXPECT_EQ(qobject_cast<ui::DuplicatesTab*>(window.tabs()->widget(i)), nullptr)
            << "no standing duplicates tab";
    ui::DuplicatesTab* tab = showDuplicates();
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(tabCount(), standing + 1);
    showDuplicates(); // the entry again: the same tab, not a second one
    EXPECT_EQ(tabCount(), standing + 1);
    auto* close =
        window.tabs()->findChild<QToolButton*>(QStringLiteral("closeDuplicatesTabButton"));
    ASSERT_NE(close, nullptr);
    EXPECT_FALSE(close->accessibleName().isEmpty());
    close->click();
    EXPECT_EQ(tabCount(), standing);
    EXPECT_FALSE(tab->isVisible());
    EXPECT_NE(showDuplicates(), nullptr) << "and it opens again";
}

TEST_F(DuplicatesTabTest, NotADuplicateTakesThePairOffTheListForGood)
{
    ASSERT_TRUE(openWindow());
    ui::DuplicatesTab* tab = showDuplicates();
    ASSERT_NE(tab, nullptr);
    ASSERT_EQ(shownPairs(tab), QStringList{kWojcik});
    tab->table()->selectRow(0);

    QString question;
    whenNamedModal(QStringLiteral("confirmMessageBox"), [&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    click(tab, "notDuplicateButton");
    EXPECT_TRUE(question.contains(QStringLiteral("Małgorzata Wójcik"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Malgorzata Wojcik"))) << question.toStdString();
    EXPECT_EQ(tab->model()->rowCount(), 0) << "the pair is gone at once";
    EXPECT_TRUE(child<QLabel>(tab, "duplicatesSummaryLabel")
                    ->text()
                    .startsWith(QStringLiteral("No likely duplicates")));

    // The database opened again: the pair is still not listed, and both records are there.
    ASSERT_TRUE(window.openDatabase(db.path()));
    tab = showDuplicates();
    ASSERT_NE(tab, nullptr);
    EXPECT_TRUE(shownPairs(tab).isEmpty()) << shownPairs(tab).join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(membersOf(1), 3);
    EXPECT_EQ(membersOf(2), 2);
}

TEST_F(DuplicatesTabTest, AMergeThroughTheDialogLeavesOneRecord)
{
    ASSERT_TRUE(openWindow());
    // The second family's record is open: it closes before its member is merged away.
    QPointer<ui::FamilyRecordWindow> record = window.openFamily(2);
    ASSERT_NE(record, nullptr);
    ui::DuplicatesTab* tab = showDuplicates();
    ASSERT_NE(tab, nullptr);
    ASSERT_EQ(shownPairs(tab), QStringList{kWojcik});
    tab->table()->selectRow(0);

    bool seen = false;
    QString question;
    QString moved;
    whenDialog(QStringLiteral("mergeDialog"), seen, [&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::MergeDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        expectNamed(dialog);
        // The lower number is kept unless the person chooses the other.
        auto* keepFirst = child<QRadioButton>(dialog, "keepFirstRadio");
        ASSERT_NE(keepFirst, nullptr);
        EXPECT_TRUE(keepFirst->isChecked());
        EXPECT_TRUE(keepFirst->text().contains(QStringLiteral("Małgorzata Wójcik")));
        // The first name differs in spelling: both values offered, the kept one chosen.
        auto* first = dialog->findChild<QRadioButton*>(QStringLiteral("valueFirst_first_name"));
        auto* second = dialog->findChild<QRadioButton*>(QStringLiteral("valueSecond_first_name"));
        ASSERT_TRUE(first && second) << "the first names are offered side by side";
        EXPECT_EQ(first->text(), QStringLiteral("Małgorzata"));
        EXPECT_EQ(second->text(), QStringLiteral("Malgorzata"));
        EXPECT_TRUE(first->isChecked());
        whenNamedModal(QStringLiteral("confirmMergeBox"), [&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            whenNamedModal(QStringLiteral("mergedMessageBox"), [&](QWidget* done) {
                moved = qobject_cast<QMessageBox*>(done)->text();
                qobject_cast<QMessageBox*>(done)->accept();
            });
            click(box, "confirmMergeButton");
        });
        click(dialog, "mergeButton");
    });
    tab->compareSelected();
    ASSERT_TRUE(seen);
    EXPECT_TRUE(question.contains(QStringLiteral("Malgorzata Wojcik")) &&
                question.contains(QStringLiteral("Małgorzata Wójcik")))
        << "the question names both records: " << question.toStdString();
    EXPECT_FALSE(moved.isEmpty()) << "the merge says what it did";
    ASSERT_TRUE(tab->runner()->waitForIdle());
    EXPECT_TRUE(shownPairs(tab).isEmpty()) << shownPairs(tab).join(QLatin1Char(',')).toStdString();
    QApplication::processEvents();
    EXPECT_TRUE(record.isNull() || !record->isVisible()) << "the changed family's record closed";

    // One record of her: the kept one, in the first family, spelt as it was.
    EXPECT_EQ(membersOf(1), 3);
    EXPECT_EQ(membersOf(2), 1);
    auto members = MemberService(db.session(db.manager())).members(1);
    ASSERT_TRUE(members.ok());
    int wojcik = 0;
    for (const Member& m : *members)
        wojcik += m.lastName == QStringLiteral("Wójcik") ? 1 : 0;
    EXPECT_EQ(wojcik, 1);
}

TEST(DuplicatesTabRoles, ASocialWorkerHasNeitherTheTabNorTheMenuEntry)
{
    GuiTestDatabase db;
    db.loadStaff({staff::cezary});
    db.load(DataSet::Families, kFamilies);
    db.load(DataSet::Members, kMembers);
    db.assign(1, 1, 3);
    ASSERT_TRUE(db.addAccount(QStringLiteral("cezary"), Role::SocialWorker, 1, kPassword));

    ui::MainWindow window;
    signInWhenAsked(QStringLiteral("cezary"), kPassword);
    ASSERT_TRUE(window.openDatabase(db.path()));
    ASSERT_EQ(window.actor().login, QStringLiteral("cezary"));
    EXPECT_EQ(window.findChild<ui::DuplicatesTab*>(), nullptr);
    auto* action = window.findChild<QAction*>(QStringLiteral("likelyDuplicatesAction"));
    EXPECT_TRUE(action == nullptr || !action->isVisible());
}
