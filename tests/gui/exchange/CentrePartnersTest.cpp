// The centre's identity and its partners in the window (issue 22 part 4): an administrator makes
// the centre's keys and sees its card with the fingerprint to read over the phone; the card is
// saved to a file; a partner's card is trusted only after its fingerprint has been shown and the
// person has confirmed the partner read the same digits; the centre passphrase is asked masked,
// saying what it is for.
#include "AccessibilityCheck.h"
#include "CentreIdentity.h"
#include "CentrePartnersDialog.h"
#include "CentrePassphraseDialog.h"
#include "CentreService.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace opieka;
using namespace opieka::test;

namespace {

const QByteArray kPassphrase = "centrala-testowa-12";
const QString kRegon = QStringLiteral("123456785"); // check digit 5

CentreDetails pcprDetails()
{
    return {QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Testowie"), CentreKind::Pcpr,
            QStringLiteral("powiat testowski"), QString()};
}

QString textOf(const QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QString::fromLatin1(name));
    EXPECT_NE(label, nullptr) << name;
    return label ? label->text() : QString();
}

void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    typeText(edit, text); // Polish letters too
}

class CentrePartnersTest : public WindowTest
{
protected:
    CentreService centre(GuiTestDatabase& on, const User& user)
    {
        return CentreService(on.session(user), KeyDerivationCost::minimal());
    }

    // The other centre (a PCPR) with its keys, its card written to a file in this test's folder.
    QString pcprCardFile()
    {
        auto card = centre(pcpr, pcpr.admin()).init(pcprDetails(), kPassphrase);
        EXPECT_TRUE(card.ok()) << (card ? "" : qPrintable(card.error().message));
        if (!card)
            return {};
        pcprCard = *card;
        const QString file = QDir(db.dir()).filePath(QStringLiteral("pcpr-card.json"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(CentreIdentity::toJson(*card));
        return file;
    }

    // This centre (an OPS) with its keys, made through the service.
    void opsKeys()
    {
        auto card = centre(db, db.admin())
                        .init({QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"),
                               CentreKind::Ops, QStringLiteral("Testowo"), kRegon},
                              kPassphrase);
        ASSERT_TRUE(card.ok()) << qPrintable(card.error().message);
    }

    GuiTestDatabase pcpr;
    CentreCard pcprCard;
};

} // namespace

TEST_F(CentrePartnersTest, AnAdministratorMakesTheKeysAndSeesTheFingerprintToReadOverThePhone)
{
    ui::CentrePartnersDialog dialog(db.session(db.admin()), KeyDerivationCost::minimal());
    auto* make = child<QPushButton>(&dialog, "makeCentreKeysButton");
    ASSERT_NE(make, nullptr);
    EXPECT_FALSE(make->isHidden()) << "no keys yet: the administrator may make them";
    EXPECT_FALSE(child<QPushButton>(&dialog, "saveCentreCardButton")->isEnabled());
    EXPECT_TRUE(textOf(&dialog, "noCentreKeysLabel").contains(QStringLiteral("no keys yet")));

    bool seen = false;
    whenDialog(QStringLiteral("makeCentreKeysDialog"), seen, [](QWidget* modal) {
        expectNamed(modal);
        type(modal, "centreNameEdit", QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"));
        type(modal, "centreAreaEdit", QStringLiteral("Testowo"));
        type(modal, "centreRegonEdit", kRegon);
        EXPECT_EQ(modal->findChild<QLineEdit*>(QStringLiteral("centrePassphraseEdit"))->echoMode(),
                  QLineEdit::Password);
        // Two different passphrases: said under the fields, the dialog stays open.
        type(modal, "centrePassphraseEdit", QString::fromLatin1(kPassphrase));
        type(modal, "centrePassphraseRepeatEdit", QStringLiteral("centrala-testowa-13"));
        click(modal, "makeCentreKeysOkButton");
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(textOf(modal, "makeCentreKeysMessage").contains(QStringLiteral("differ")));
        // Too short: the service's minimum.
        type(modal, "centrePassphraseEdit", QStringLiteral("krotkie"));
        type(modal, "centrePassphraseRepeatEdit", QStringLiteral("krotkie"));
        click(modal, "makeCentreKeysOkButton");
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(textOf(modal, "makeCentreKeysMessage").contains(QStringLiteral("12")));
        type(modal, "centrePassphraseEdit", QString::fromLatin1(kPassphrase));
        type(modal, "centrePassphraseRepeatEdit", QString::fromLatin1(kPassphrase));
        click(modal, "makeCentreKeysOkButton");
    });
    make->click();
    ASSERT_TRUE(seen);

    auto card = centre(db, db.manager()).card();
    ASSERT_TRUE(card.ok()) << qPrintable(card.error().message);
    EXPECT_EQ(card->details.regon, kRegon);
    EXPECT_EQ(textOf(&dialog, "centreNameValue"),
              QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"));
    EXPECT_EQ(textOf(&dialog, "centreRegonValue"), kRegon);
    EXPECT_TRUE(make->isHidden()) << "made once";
    // The eight groups of five digits, four to a line, as the partner will read them aloud.
    const QString shown = textOf(&dialog, "centreFingerprintValue");
    const QStringList lines = shown.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << shown.toStdString();
    EXPECT_EQ(lines.join(QLatin1Char(' ')), CentreIdentity::fingerprint(*card));
    EXPECT_EQ(lines.at(0).split(QLatin1Char(' ')).size(), 4);
}

TEST_F(CentrePartnersTest, TheCardIsSavedToAFileAPartnerCanImport)
{
    opsKeys();
    ui::CentrePartnersDialog dialog(db.session(db.manager()), KeyDerivationCost::minimal());
    EXPECT_TRUE(child<QPushButton>(&dialog, "makeCentreKeysButton")->isHidden());
    const QString file = QDir(db.dir()).filePath(QStringLiteral("ops-card.json"));
    ASSERT_TRUE(dialog.saveCardTo(file));
    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    auto read = CentreIdentity::parseCard(in.readAll(), file);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    ASSERT_TRUE(dialog.card().has_value());
    EXPECT_EQ(*read, *dialog.card());
}

TEST_F(CentrePartnersTest, TheCardIsNotWrittenOverADeviceOrALink)
{
    // As every output: a path that is not a regular file (here a FIFO, standing for a device
    // such as /dev/null) or is a link is refused and left as it was, not replaced by a file.
    opsKeys();
    ui::CentrePartnersDialog dialog(db.session(db.manager()), KeyDerivationCost::minimal());
    const QString fifo = QDir(db.dir()).filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString said;
    acceptMessageWhenShown(said);
    EXPECT_FALSE(dialog.saveCardTo(fifo));
    EXPECT_FALSE(said.isEmpty());
    struct stat after
    {};
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &after), 0);
    EXPECT_TRUE(S_ISFIFO(after.st_mode)) << "the FIFO was replaced";

    const QString target = QDir(db.dir()).filePath(QStringLiteral("elsewhere.json"));
    const QString link = QDir(db.dir()).filePath(QStringLiteral("card-link.json"));
    ASSERT_TRUE(QFile::link(target, link));
    QString saidAgain;
    acceptMessageWhenShown(saidAgain);
    EXPECT_FALSE(dialog.saveCardTo(link));
    EXPECT_FALSE(saidAgain.isEmpty());
    EXPECT_FALSE(QFile::exists(target)) << "the card followed the link";
}

TEST_F(CentrePartnersTest, AManagerWithoutKeysIsToldAnAdministratorMakesThem)
{
    ui::CentrePartnersDialog dialog(db.session(db.manager()), KeyDerivationCost::minimal());
    EXPECT_TRUE(child<QPushButton>(&dialog, "makeCentreKeysButton")->isHidden());
    EXPECT_TRUE(textOf(&dialog, "noCentreKeysLabel").contains(QStringLiteral("administrator")));
    EXPECT_FALSE(child<QPushButton>(&dialog, "addPartnerButton")->isEnabled());
}

TEST_F(CentrePartnersTest, APartnerIsTrustedOnlyAfterItsFingerprintIsConfirmed)
{
    opsKeys();
    const QString file = pcprCardFile();
    ui::CentrePartnersDialog dialog(db.session(db.manager()), KeyDerivationCost::minimal());
    const QString fingerprint = CentreIdentity::fingerprint(pcprCard);

    // Shown before anything is trusted; cancelled: nothing is added.
    bool seen = false;
    whenDialog(QStringLiteral("partnerCardDialog"), seen, [&](QWidget* modal) {
        expectNamed(modal);
        EXPECT_EQ(textOf(modal, "partnerNameValue"), pcprDetails().name);
        EXPECT_EQ(
            textOf(modal, "partnerFingerprintValue").replace(QLatin1Char('\n'), QLatin1Char(' ')),
            fingerprint);
        auto* trust = child<QPushButton>(modal, "trustPartnerButton");
        EXPECT_FALSE(trust->isEnabled()) << "not before the digits are confirmed";
        click(modal, "trustPartnerCancelButton");
    });
    EXPECT_FALSE(dialog.addPartnerFrom(file));
    ASSERT_TRUE(seen);
    EXPECT_EQ(dialog.partnersTable()->rowCount(), 0);
    auto partners = centre(db, db.manager()).partners();
    ASSERT_TRUE(partners.ok());
    EXPECT_TRUE(partners->isEmpty());

    // Confirmed: the partner is trusted and listed with who added it, when.
    seen = false;
    whenDialog(QStringLiteral("partnerCardDialog"), seen, [](QWidget* modal) {
        child<QCheckBox>(modal, "sameDigitsCheck")->click();
        auto* trust = child<QPushButton>(modal, "trustPartnerButton");
        EXPECT_TRUE(trust->isEnabled());
        trust->click();
    });
    EXPECT_TRUE(dialog.addPartnerFrom(file));
    ASSERT_TRUE(seen);
    const QTableWidget* table = dialog.partnersTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), pcprDetails().name);
    EXPECT_EQ(table->item(0, 1)->text(), ui::centreKindLabel(CentreKind::Pcpr));
    EXPECT_EQ(table->item(0, 3)->text(), fingerprint);
    EXPECT_EQ(table->item(0, 4)->text(), ui::Labels::date(QDate::currentDate()));
    EXPECT_EQ(table->item(0, 5)->text(), db.manager().login);
}

TEST_F(CentrePartnersTest, AChangedCardIsRefusedBeforeAnythingIsAsked)
{
    opsKeys();
    const QString file = pcprCardFile();
    QFile card(file);
    ASSERT_TRUE(card.open(QIODevice::ReadWrite));
    QByteArray bytes = card.readAll();
    bytes.replace("Testowie", "Testowiu");
    card.resize(0);
    card.write(bytes);
    card.close();
    ui::CentrePartnersDialog dialog(db.session(db.manager()), KeyDerivationCost::minimal());
    QString said;
    acceptMessageWhenShown(said);
    EXPECT_FALSE(dialog.addPartnerFrom(file));
    EXPECT_FALSE(said.isEmpty());
    EXPECT_EQ(dialog.partnersTable()->rowCount(), 0);
}

TEST_F(CentrePartnersTest, SettingsMenuOpensTheDialogForManagersWithEveryControlNamed)
{
    ASSERT_TRUE(openWindow());
    auto* action = window.findChild<QAction*>(QStringLiteral("centrePartnersAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isVisible());
    expectModalNamed([action] { action->trigger(); }, QStringLiteral("centrePartnersDialog"),
                     "Settings › Centre Identity and Partners…");
    const User worker = *db.addAccount(QStringLiteral("socjalna"), Role::SocialWorker, std::nullopt,
                                       "haslo-pracownika-1");
    EXPECT_FALSE(ui::CentrePartnersDialog::isFor(db.session(worker)));
    EXPECT_TRUE(ui::CentrePartnersDialog::isFor(db.session(db.admin())));
}

TEST_F(CentrePartnersTest, TheCentrePassphraseIsAskedMaskedSayingWhatFor)
{
    opsKeys();
    bool seen = false;
    int tries = 0;
    whenDialog(QStringLiteral("centrePassphraseDialog"), seen, [](QWidget* modal) {
        expectNamed(modal);
        EXPECT_TRUE(textOf(modal, "passphraseIntro").contains(QStringLiteral("test referral")));
        EXPECT_TRUE(textOf(modal, "passphraseIntro").contains(QStringLiteral("not the password")));
        EXPECT_EQ(modal->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->echoMode(),
                  QLineEdit::Password);
        // A wrong passphrase: the service's reason, the dialog stays open.
        type(modal, "passphraseEdit", QStringLiteral("to-nie-jest-haslo"));
        QTest::keyClick(modal, Qt::Key_Return);
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(textOf(modal, "passphraseMessage").contains(QStringLiteral("wrong")));
        type(modal, "passphraseEdit", QString::fromLatin1(kPassphrase));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    const bool done = ui::CentrePassphraseDialog::ask(
        nullptr, QStringLiteral("To sign the test referral."), [&](const QByteArray& passphrase) {
            ++tries;
            return Status(centre(db, db.manager()).unlock(passphrase));
        });
    ASSERT_TRUE(seen);
    EXPECT_TRUE(done);
    EXPECT_EQ(tries, 2);
}
