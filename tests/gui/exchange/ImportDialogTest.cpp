// File › Import from CSV…: the import runs off the GUI thread with progress and Cancel, and a
// cancelled or refused import leaves the database as it was (issue 9).
#include "ImportDialog.h"

#include "ContactRepository.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary});
        db.loadFamilies(20);
    }

    // `rows` visits to families 1-20 by worker 1, one a day from 2022; `badLine` (the line
    // number in the file, header = 1) names an unknown family instead.
    QString writeVisits(int rows, int badLine = 0)
    {
        const QString path = db.dir() + QStringLiteral("/visits.csv");
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("family_id,worker_id,date,kind,notes\n");
        const QDate first(2022, 1, 1);
        for (int i = 0; i < rows; ++i) {
            const int family = i + 2 == badLine ? 999 : i % 20 + 1;
            file.write(QByteArray::number(family) + ",1," +
                       first.addDays(i % 900).toString(Qt::ISODate).toLatin1() +
                       ",home_visit,Synthetic note number " + QByteArray::number(i) + "\n");
        }
        return path;
    }

    int visitsOf(qint64 familyId)
    {
        auto contacts = ContactRepository(db.workspace().database()).forFamily(familyId);
        EXPECT_TRUE(contacts.ok());
        return contacts ? static_cast<int>(contacts->size()) : -1;
    }

    void choose(ui::ImportDialog& dialog, const QString& dataSet, const QString& path)
    {
        auto* combo = child<QComboBox>(&dialog, "dataSetCombo");
        combo->setCurrentIndex(combo->findData(dataSet));
        ASSERT_GE(combo->currentIndex(), 0);
        child<QLineEdit>(&dialog, "fileEdit")->setText(path);
    }

    GuiTestDatabase db;
};
} // namespace

TEST_F(ImportDialogTest, ImportsAFileOffTheGuiThreadAndSaysHowManyRows)
{
    ui::ImportDialog dialog(db.path(), db.manager());
    dialog.show();
    choose(dialog, QStringLiteral("visits"), writeVisits(40));
    EXPECT_TRUE(
        child<QLabel>(&dialog, "columnsLabel")->text().contains(QStringLiteral("family_id")));
    int reported = -1;
    QObject::connect(&dialog, &ui::ImportDialog::imported, [&](int rows) { reported = rows; });
    child<QPushButton>(&dialog, "importButton")->click();
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(dialog.waitForIdle());
    EXPECT_EQ(reported, 40);
    EXPECT_EQ(dialog.importedRows(), 40);
    EXPECT_EQ(child<QProgressBar>(&dialog, "progressBar")->value(), 100);
    EXPECT_TRUE(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("40")));
    EXPECT_EQ(visitsOf(1), 2);
    EXPECT_EQ(visitsOf(20), 2);
}

TEST_F(ImportDialogTest, CancelledImportKeepsNothing)
{
    ui::ImportDialog dialog(db.path(), db.manager());
    dialog.show();
    // Large enough that the import is still reading when Cancel is pressed.
    choose(dialog, QStringLiteral("visits"), writeVisits(60000));
    child<QPushButton>(&dialog, "importButton")->click();
    ASSERT_TRUE(dialog.isRunning());
    auto* cancel = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Cancel);
    ASSERT_TRUE(cancel->isVisible());
    cancel->click();
    ASSERT_TRUE(dialog.waitForIdle());
    EXPECT_EQ(dialog.importedRows(), 0);
    EXPECT_TRUE(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("cancelled")))
        << child<QLabel>(&dialog, "statusLabel")->text().toStdString();
    EXPECT_EQ(visitsOf(1), 0) << "a cancelled import is rolled back whole";
    EXPECT_TRUE(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

TEST_F(ImportDialogTest, ImportedMembersThatLookLikeRecordsAlreadyThereAreListed)
{
    const auto writeMembers = [&](const QString& name, const QByteArray& rows) {
        const QString path = db.dir() + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("family_id,pesel,first_name,last_name,birth_date,sex,relation\n" + rows);
        return path;
    };
    ui::ImportDialog dialog(db.path(), db.manager());
    dialog.show();
    choose(dialog, QStringLiteral("members"),
           writeMembers(QStringLiteral("first.csv"), "1,,Małgorzata,Wójcik,1980-05-12,F,parent\n"));
    child<QPushButton>(&dialog, "importButton")->click();
    ASSERT_TRUE(dialog.waitForIdle());
    ASSERT_EQ(dialog.importedRows(), 1);
    auto* problems = child<QPlainTextEdit>(&dialog, "problemsEdit");
    EXPECT_FALSE(problems->isVisible()) << "nothing in the register looked like her";

    // The same grandmother again, typed without Polish letters in another household, and a
    // newcomer.
    choose(dialog, QStringLiteral("members"),
           writeMembers(QStringLiteral("second.csv"),
                        "2,,MALGORZATA,WOJCIK,1980-05-12,F,grandparent\n"
                        "2,,Piotr,Brzoza,1990-01-01,M,parent\n"));
    child<QPushButton>(&dialog, "importButton")->click();
    ASSERT_TRUE(dialog.waitForIdle());
    EXPECT_EQ(dialog.importedRows(), 2) << "a warning, not a refusal";
    const QString status = child<QLabel>(&dialog, "statusLabel")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("1 of them")) &&
                status.contains(QStringLiteral("records already in the register")))
        << status.toStdString();
    EXPECT_TRUE(problems->isVisible());
    EXPECT_TRUE(
        problems->toPlainText().contains(QStringLiteral("second.csv:2: likely the same as member")))
        << problems->toPlainText().toStdString();
    EXPECT_FALSE(problems->toPlainText().contains(QStringLiteral("second.csv:3:")));
}

TEST_F(ImportDialogTest, RefusedImportListsTheLinesToCorrectAndKeepsNothing)
{
    ui::ImportDialog dialog(db.path(), db.manager());
    dialog.resize(420, 420); // a person may make it narrow; the lines wrap, never scroll sideways
    dialog.show();
    choose(dialog, QStringLiteral("visits"), writeVisits(30, 7));
    child<QPushButton>(&dialog, "importButton")->click();
    ASSERT_TRUE(dialog.waitForIdle());
    EXPECT_EQ(dialog.importedRows(), 0);
    auto* problems = child<QPlainTextEdit>(&dialog, "problemsEdit");
    EXPECT_TRUE(problems->isVisible());
    EXPECT_TRUE(problems->toPlainText().contains(QStringLiteral("visits.csv:7:")))
        << problems->toPlainText().toStdString();
    EXPECT_EQ(visitsOf(1), 0);
    // Each line is read whole without scrolling sideways: the file's path makes the lines longer
    // than the dialog (the Polish screenshot cut the reason off mid-word).
    QTest::qWait(100); // the box lays its lines out when it is next painted
    EXPECT_EQ(problems->horizontalScrollBar()->maximum(), 0)
        << "the problems scroll sideways (the scroll bar's range ends at "
        << problems->horizontalScrollBar()->maximum() << ")";
}

TEST_F(ImportDialogTest, TheFileMenuOffersItToManagersOnly)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path())); // opens as the manager (no passwords)
    auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isVisible());

    ui::ImportDialog dialog(db.path(), User{});
    dialog.show();
    choose(dialog, QStringLiteral("visits"), writeVisits(3));
    child<QPushButton>(&dialog, "importButton")->click();
    ASSERT_TRUE(dialog.waitForIdle());
    EXPECT_EQ(dialog.importedRows(), 0) << "the service refuses an account without the role";
    EXPECT_FALSE(child<QLabel>(&dialog, "statusLabel")->text().isEmpty());
}
