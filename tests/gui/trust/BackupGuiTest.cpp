// Backups from the window: a backup made through the dialogs restores (the data comes back and
// the views show it), a wrong passphrase changes nothing, and the daily backup asks for its
// passphrase once and writes the day's file.
#include "AppSettings.h"
#include "BackupActions.h"
#include "BackupService.h"
#include "Database.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "TrustActions.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QString kPassphrase = QStringLiteral("sejf-w-pokoju-12");

void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Straight from the file, whoever may read what.
int familyCount(GuiTestDatabase& db)
{
    QSqlQuery query(db.workspace().database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM families")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

class BackupGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadFamilies(5);
        ASSERT_TRUE(window.openDatabase(db.path()));
        backups = window.trustActions()->backups();
        backups->setKeyDerivationCost(KeyDerivationCost::minimal());
        file = QDir(db.dir()).filePath(QStringLiteral("centre.bk"));
    }

    // Backs up through the passphrase dialog, refusing a short passphrase first.
    void backUpThroughTheDialog()
    {
        whenModal([](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("backupPassphraseDialog"));
            type(modal, "passphraseEdit", QStringLiteral("krotkie"));
            type(modal, "passphraseRepeatEdit", QStringLiteral("krotkie"));
            QTest::keyClick(modal, Qt::Key_Return);
            auto* message = modal->findChild<QLabel*>(QStringLiteral("passphraseMessage"));
            EXPECT_TRUE(message->text().contains(QStringLiteral("8"))) << "the service's minimum";
            type(modal, "passphraseEdit", kPassphrase);
            type(modal, "passphraseRepeatEdit", kPassphrase);
            QTest::keyClick(modal, Qt::Key_Return);
        });
        ASSERT_TRUE(backups->backUp(file));
        ASSERT_TRUE(QFileInfo::exists(file));
        EXPECT_TRUE(window.isEnabled());
    }

    // Answers the restore's passphrase dialog, then hands the next modal to `next`.
    void restoreWith(const QString& passphrase, std::function<void(QWidget*)> next)
    {
        whenModal([passphrase, next = std::move(next)](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("restorePassphraseDialog"));
            EXPECT_EQ(modal->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->echoMode(),
                      QLineEdit::Password);
            type(modal, "passphraseEdit", passphrase);
            whenModal(next, 20000);
            QTest::keyClick(modal, Qt::Key_Return);
        });
    }

    GuiTestDatabase db;
    ui::MainWindow window;
    ui::BackupActions* backups = nullptr;
    QString file;
};
} // namespace

TEST_F(BackupGuiTest, ABackupMadeInTheWindowRestoresTheData)
{
    backUpThroughTheDialog();
    db.loadFamilies(3, 100);
    ASSERT_EQ(familyCount(db), 8);
    window.familiesTab()->reload();
    ASSERT_EQ(window.familiesTab()->model()->totalCount(), 8);

    QString asked;
    restoreWith(kPassphrase, [&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        ASSERT_EQ(box->objectName(), QStringLiteral("confirmRestoreBox"));
        asked = box->text() + QLatin1Char('\n') + box->informativeText();
        EXPECT_EQ(familyCount(db), 8) << "nothing changes before the confirmation";
        box->findChild<QPushButton*>(QStringLiteral("confirmRestoreButton"))->click();
    });
    ASSERT_TRUE(backups->restore(file));
    EXPECT_TRUE(asked.contains(QString::number(QDate::currentDate().year())))
        << "names the backup's date: " << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("audit trail is kept"))) << asked.toStdString();
    EXPECT_EQ(familyCount(db), 5);
    EXPECT_EQ(window.familiesTab()->model()->totalCount(), 5) << "the open views were reloaded";
    EXPECT_EQ(window.actor().login, db.manager().login);
    EXPECT_TRUE(window.isEnabled());
}

TEST_F(BackupGuiTest, DecliningTheConfirmationRestoresNothing)
{
    backUpThroughTheDialog();
    db.loadFamilies(3, 100);
    restoreWith(kPassphrase, [](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("confirmRestoreBox"));
        qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(backups->restore(file));
    EXPECT_EQ(familyCount(db), 8);
}

TEST_F(BackupGuiTest, AWrongPassphraseIsRefusedAndTheDataIsUntouched)
{
    backUpThroughTheDialog();
    db.loadFamilies(3, 100);
    window.familiesTab()->reload();
    QString said;
    restoreWith(QStringLiteral("nie-to-haslo-99"), [&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        ASSERT_EQ(box->objectName(), QStringLiteral("backupErrorBox"));
        said = box->text();
        box->accept();
    });
    EXPECT_FALSE(backups->restore(file));
    EXPECT_TRUE(said.contains(QStringLiteral("passphrase"))) << said.toStdString();
    EXPECT_EQ(familyCount(db), 8);
    EXPECT_EQ(window.familiesTab()->model()->totalCount(), 8);
    EXPECT_TRUE(window.isEnabled());
}

TEST(DailyBackupGuiTest, TheDailyBackupAsksOnceAndWritesTheDaysFile)
{
    GuiTestDatabase db;
    const QString folder = QDir(db.dir()).filePath(QStringLiteral("daily"));
    ui::AppSettings::setDailyBackup({true, folder, 3});
    ui::MainWindow window;
    window.trustActions()->backups()->setKeyDerivationCost(KeyDerivationCost::minimal());
    bool asked = false;
    whenDialog(QStringLiteral("dailyPassphraseDialog"), asked, [&](QWidget* modal) {
        type(modal, "passphraseEdit", kPassphrase);
        type(modal, "passphraseRepeatEdit", kPassphrase);
        QTest::keyClick(modal, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openDatabase(db.path()));
    const QString today = BackupService::dailyFile(folder, QDate::currentDate());
    const bool written = QTest::qWaitFor([&] { return QFileInfo::exists(today); }, 20000);
    ui::AppSettings::setDailyBackup({});
    EXPECT_TRUE(asked);
    EXPECT_TRUE(written);
    // Later in the session the day's file is there: nothing is asked again.
    window.trustActions()->backups()->runDailyBackup(true);
}
