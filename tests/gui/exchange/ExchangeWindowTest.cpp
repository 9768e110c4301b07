// Sending and receiving packages in the window (issue 22 part 4), between two centres with a
// database each: the send dialog shows what will leave, notes ticked one by one; the centre
// passphrase is asked masked and a wrong one is typed again; the partner's Exchange tab receives,
// accepts and saves the receipt, which the sender's tab reads back as "accepted"; a declined
// package needs its reason; the partner's plan shows beside the family's own, dated as people
// read dates.
#include "AccessibilityCheck.h"
#include "CentreIdentity.h"
#include "CentreService.h"
#include "CentreSettingsDialog.h"
#include "ContactService.h"
#include "ExchangeService.h"
#include "ExchangeTab.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "ModalHelper.h"
#include "PartnerPlansBox.h"
#include "RecordTestHelpers.h"
#include "SendToPartnerDialog.h"
#include "SettingsService.h"
#include "WindowTest.h"
#include "WorkPlanTab.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {

const QByteArray kPassphrase = "dwa koty na plocie";
const KeyDerivationCost kFast = KeyDerivationCost::minimal();
constexpr qint64 kFamily = 1;

const CentreDetails kOps{QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
                         QStringLiteral("Testowo"), QStringLiteral("123456785")};
const CentreDetails kPcpr{QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"),
                          CentreKind::Pcpr, QStringLiteral("powiat przykładowski"), QString()};

const QByteArray kMembers = QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,"
                                           "relation\n"
                                           "1,,Joanna,Testowa,1985-03-01,F,parent\n"
                                           "1,,Piotr,Testowy,1983-06-11,M,parent\n"
                                           "1,,Kasia,Testowa,2015-09-02,F,child\n")
                                .toUtf8();

// Answers the centre passphrase dialog: a wrong passphrase first (the dialog stays open and
// says so), then the right one.
void typePassphraseWhenAsked(bool& seen, bool wrongFirst = true)
{
    whenDialog(QStringLiteral("centrePassphraseDialog"), seen, [wrongFirst](QWidget* modal) {
        auto* edit = modal->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        ASSERT_NE(edit, nullptr);
        EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
        if (wrongFirst) {
            edit->setText(QStringLiteral("to nie jest to haslo"));
            QTest::keyClick(modal, Qt::Key_Return);
            EXPECT_TRUE(modal->isVisible()) << "a wrong passphrase is typed again";
            EXPECT_FALSE(
                modal->findChild<QLabel*>(QStringLiteral("passphraseMessage"))->text().isEmpty());
        }
        edit->setText(QString::fromLatin1(kPassphrase));
        QTest::keyClick(modal, Qt::Key_Return);
    });
}

class ExchangeWindowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        for (GuiTestDatabase* centre : {&db, &pcpr})
            centre->loadStaff({staff::cezary});
        db.loadFamilies(1);
        db.load(DataSet::Members, kMembers);
        db.assign(1, 1, 1);
        opsManager = db.manager();
        opsManager.workerId = 1;
        pcprManager = pcpr.manager();
        pcprManager.workerId = 1;
        ASSERT_TRUE(CentreService(db.session(db.admin()), kFast).init(kOps, kPassphrase).ok());
        ASSERT_TRUE(CentreService(pcpr.session(pcpr.admin()), kFast).init(kPcpr, kPassphrase).ok());
        trust(db, pcpr);
        trust(pcpr, db);
        ContactService contacts(db.session(opsManager));
        for (int month : {4, 5}) {
            Contact contact;
            contact.familyId = kFamily;
            contact.workerId = 1;
            contact.date = QDate::currentDate().addMonths(-month);
            contact.kind = ContactKind::HomeVisit;
            contact.present = QStringLiteral("matka, dzieci");
            contact.notes = QStringLiteral("Notatka poufna %1").arg(month);
            auto logged = contacts.log(contact);
            ASSERT_TRUE(logged.ok()) << qPrintable(logged.error().message);
            visits << *logged;
        }
        const qint64 plan = db.draftPlan(kFamily, QDate::currentDate().addMonths(-3),
                                         QStringLiteral("Regularna nauka dzieci"),
                                         QStringLiteral("Odrabianie lekcji codziennie"));
        ASSERT_GT(plan, 0);
        ASSERT_TRUE(db.agreePlan(plan, QDate::currentDate().addMonths(-3)));
    }

    static void trust(GuiTestDatabase& at, GuiTestDatabase& other)
    {
        auto card = CentreService(other.session(other.manager()), kFast).card();
        ASSERT_TRUE(card.ok());
        auto added = CentreService(at.session(at.manager()), kFast)
                         .addPartner(CentreIdentity::toJson(*card), QStringLiteral("card.json"));
        ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    }

    QString file(const QString& name) const { return QDir(db.dir()).filePath(name); }

    // The referral through the dialog, visits 1 and 2 with the notes of the first only.
    QString sendReferral()
    {
        ui::SendToPartnerDialog dialog(db.session(opsManager), kFamily, QStringLiteral("Family-1"));
        dialog.setKeyDerivationCost(kFast);
        EXPECT_TRUE(dialog.choosePartner(kPcpr.name));
        dialog.choosePurpose(PackagePurpose::Referral);
        EXPECT_TRUE(dialog.includeVisit(visits.at(0), true));
        EXPECT_TRUE(dialog.includeVisit(visits.at(1), true));
        EXPECT_TRUE(dialog.includeNotes(visits.at(0), true));
        const SendRequest request = dialog.request();
        EXPECT_EQ(request.noteVisitIds, QList<qint64>{visits.at(0)});
        EXPECT_EQ(request.visitIds.size(), 2);
        // Shown as the service will put it in the package.
        auto preview = ExchangeService(db.session(opsManager), kFast).preview(request);
        EXPECT_TRUE(preview.ok()) << (preview ? "" : qPrintable(preview.error().message));
        if (preview) {
            EXPECT_EQ(dialog.previewText()->toPlainText(), preview->lines.join(QLatin1Char('\n')));
            EXPECT_EQ(preview->visitsWithNotes, 1);
        }
        EXPECT_TRUE(dialog.previewText()->toPlainText().contains(QStringLiteral("Kasia")));
        const QString out = file(QStringLiteral("referral.opieka"));
        bool seen = false;
        typePassphraseWhenAsked(seen);
        EXPECT_TRUE(dialog.sendTo(out));
        EXPECT_TRUE(seen);
        EXPECT_TRUE(dialog.sent().has_value());
        EXPECT_TRUE(QFileInfo::exists(out));
        return out;
    }

    // The status cell of the item `id` in `tab`.
    static QString statusOf(ui::ExchangeTab& tab, qint64 id)
    {
        for (int row = 0; row < tab.items().size(); ++row)
            if (tab.items().at(row).id == id)
                return tab.table()->item(row, 1)->text();
        return {};
    }

    GuiTestDatabase pcpr;
    User opsManager;
    User pcprManager;
    QList<qint64> visits;
};

} // namespace

TEST_F(ExchangeWindowTest, AReferralSentFromTheRecordIsAcceptedByThePartnerAndItsReceiptComesBack)
{
    const QString package = sendReferral();

    ui::ExchangeTab pcprTab(pcpr.session(pcprManager));
    pcprTab.setKeyDerivationCost(kFast);
    bool seen = false;
    typePassphraseWhenAsked(seen, false);
    ASSERT_TRUE(pcprTab.receiveFrom(package));
    ASSERT_EQ(pcprTab.items().size(), 1);
    const ExchangeItem received = pcprTab.items().first();
    EXPECT_EQ(received.partner, kOps.name);
    EXPECT_EQ(statusOf(pcprTab, received.id),
              ui::exchangeStatusLabel(QStringLiteral("in"), QStringLiteral("received")));
    ASSERT_TRUE(pcprTab.selectItem(received.id));
    ASSERT_TRUE(pcprTab.acceptSelected(std::nullopt));
    const ExchangeItem accepted = pcprTab.items().first();
    EXPECT_EQ(accepted.status, QStringLiteral("accepted"));
    ASSERT_TRUE(accepted.familyId.has_value());
    auto contacts = ContactService(pcpr.session(pcprManager)).contacts(*accepted.familyId);
    ASSERT_TRUE(contacts.ok());
    EXPECT_EQ(contacts->size(), 2);

    const QString receipt = file(QStringLiteral("receipt.opieka"));
    seen = false;
    typePassphraseWhenAsked(seen, false);
    ASSERT_TRUE(pcprTab.saveReceiptTo(receipt));
    EXPECT_TRUE(seen);

    ui::ExchangeTab opsTab(db.session(opsManager));
    opsTab.setKeyDerivationCost(kFast);
    seen = false;
    typePassphraseWhenAsked(seen, false);
    ASSERT_TRUE(opsTab.receiveFrom(receipt));
    qint64 outbox = 0;
    for (const ExchangeItem& item : opsTab.items())
        if (item.direction == QLatin1String("out"))
            outbox = item.id;
    ASSERT_GT(outbox, 0);
    EXPECT_EQ(statusOf(opsTab, outbox),
              ui::exchangeStatusLabel(QStringLiteral("out"), QStringLiteral("accepted")));
}

TEST_F(ExchangeWindowTest, TheSamePackageTwiceIsRefusedAndSaysWhy)
{
    const QString package = sendReferral();
    ui::ExchangeTab pcprTab(pcpr.session(pcprManager));
    pcprTab.setKeyDerivationCost(kFast);
    bool seen = false;
    typePassphraseWhenAsked(seen, false);
    ASSERT_TRUE(pcprTab.receiveFrom(package));
    seen = false;
    QString said;
    // After the passphrase dialog: the refusal.
    whenDialog(QStringLiteral("centrePassphraseDialog"), seen, [&said](QWidget* modal) {
        acceptMessageWhenShown(said);
        modal->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
            ->setText(QString::fromLatin1(kPassphrase));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    EXPECT_FALSE(pcprTab.receiveFrom(package));
    EXPECT_FALSE(said.isEmpty());
    EXPECT_EQ(pcprTab.items().size(), 1) << "nothing stored";
}

TEST_F(ExchangeWindowTest, ADeclineNeedsItsReason)
{
    const QString package = sendReferral();
    ui::ExchangeTab pcprTab(pcpr.session(pcprManager));
    pcprTab.setKeyDerivationCost(kFast);
    bool seen = false;
    typePassphraseWhenAsked(seen, false);
    ASSERT_TRUE(pcprTab.receiveFrom(package));
    ASSERT_TRUE(pcprTab.selectItem(pcprTab.items().first().id));
    seen = false;
    whenDialog(QStringLiteral("declinePackageDialog"), seen, [](QWidget* modal) {
        expectNamed(modal);
        click(modal, "declinePackageOkButton");
        EXPECT_TRUE(modal->isVisible()) << "no reason: not declined";
        modal->findChild<QLineEdit*>(QStringLiteral("declineReasonEdit"))
            ->setText(QStringLiteral("Rodzina mieszka poza powiatem"));
        click(modal, "declinePackageOkButton");
    });
    pcprTab.askDecline();
    ASSERT_TRUE(seen);
    EXPECT_EQ(pcprTab.items().first().status, QStringLiteral("declined"));
    EXPECT_TRUE(pcprTab.table()->item(0, 1)->text().contains(
        QStringLiteral("Rodzina mieszka poza powiatem")));
}

TEST_F(ExchangeWindowTest, ThePartnersPlanShowsBesideTheFamilysOwnWithItsVersionAndDate)
{
    // The referral accepted at PCPR links the families; then OPS sends its plan.
    const QString package = sendReferral();
    ExchangeService pcprService(pcpr.session(pcprManager), kFast);
    QFile in(package);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    auto received = pcprService.receive(in.readAll(), QStringLiteral("referral"), kPassphrase);
    ASSERT_TRUE(received.ok()) << qPrintable(received.error().message);
    auto accepted = pcprService.accept(received->id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    SendRequest plan;
    plan.familyId = kFamily;
    plan.partner = kPcpr.name;
    plan.purpose = PackagePurpose::Plan;
    auto sent = ExchangeService(db.session(opsManager), kFast).send(plan, kPassphrase);
    ASSERT_TRUE(sent.ok()) << qPrintable(sent.error().message);
    auto planItem = pcprService.receive(sent->bytes, QStringLiteral("plan"), kPassphrase);
    ASSERT_TRUE(planItem.ok()) << qPrintable(planItem.error().message);
    ASSERT_TRUE(pcprService.accept(planItem->id, std::nullopt).ok());

    ui::WorkPlanTab tab(pcpr.session(pcprManager), *accepted->familyId);
    const QStringList headings = tab.partnerPlans()->headings();
    ASSERT_EQ(headings.size(), 1);
    EXPECT_FALSE(tab.partnerPlans()->isHidden());
    EXPECT_TRUE(headings.first().startsWith(kOps.name)) << headings.first().toStdString();
    EXPECT_TRUE(headings.first().contains(QStringLiteral("version 1")))
        << headings.first().toStdString();
    EXPECT_TRUE(headings.first().contains(ui::Labels::date(QDate::currentDate().addMonths(-3))))
        << "the date as people read it: " << headings.first().toStdString();
    auto* text = tab.findChild<QPlainTextEdit*>(QStringLiteral("partnerPlanText1"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->isReadOnly());
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Regularna nauka dzieci")));
}

TEST_F(ExchangeWindowTest, TheExchangeTabAndTheSendEntryAreInTheMenusWithEveryControlNamed)
{
    ASSERT_TRUE(openWindow());
    auto* action = window.findChild<QAction*>(QStringLiteral("exchangeAction"));
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isVisible());
    action->trigger();
    auto* tab = qobject_cast<ui::ExchangeTab*>(window.tabs()->currentWidget());
    ASSERT_NE(tab, nullptr);
    expectNamed(tab);
    auto* close = window.findChild<QWidget*>(QStringLiteral("closeExchangeTabButton"));
    ASSERT_NE(close, nullptr);
    EXPECT_FALSE(close->accessibleName().isEmpty());

    ui::FamilyRecordWindow* record = window.openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    auto* send = record->findChild<QAction*>(QStringLiteral("sendToPartnerAction"));
    ASSERT_NE(send, nullptr);
    expectModalNamed([send] { send->trigger(); }, QStringLiteral("sendToPartnerDialog"),
                     "Record › Send to Partner Centre…");
}

TEST_F(ExchangeWindowTest, APlanPackageOffersTheFamilysWorkPlanOrAChildsHelpPlan)
{
    ui::SendToPartnerDialog dialog(db.session(opsManager), kFamily, QStringLiteral("Family-1"));
    dialog.choosePurpose(PackagePurpose::Plan);
    EXPECT_FALSE(dialog.request().helpPlanChildId) << "the family's work plan first";
    EXPECT_TRUE(dialog.request().visitIds.isEmpty()) << "a plan carries no visits";
    auto* plans = dialog.findChild<QComboBox*>(QStringLiteral("sendPlanCombo"));
    ASSERT_NE(plans, nullptr);
    EXPECT_TRUE(plans->isEnabled());
    ASSERT_EQ(plans->count(), 2) << "the work plan and Kasia's help plan (the one child)";
    EXPECT_TRUE(plans->itemText(1).contains(QStringLiteral("Kasia Testowa")));
    plans->setCurrentIndex(1);
    EXPECT_EQ(dialog.request().helpPlanChildId, plans->itemData(1).toLongLong());
    dialog.choosePurpose(PackagePurpose::Referral);
    EXPECT_FALSE(plans->isEnabled());
    EXPECT_FALSE(dialog.request().helpPlanChildId);
}

// Case workers send packages: Cezary, the social worker whose case family 1 is, finds the partner
// centre in the dialog (not only managers do) and his package goes out under the centre's keys.
TEST_F(ExchangeWindowTest, TheCasesSocialWorkerChoosesThePartnerAndSends)
{
    const std::optional<User> cezary =
        db.addAccount(QStringLiteral("cezary"), Role::SocialWorker, 1, "haslo-cezarego-1");
    ASSERT_TRUE(cezary.has_value());
    ui::SendToPartnerDialog dialog(db.session(*cezary), kFamily, QStringLiteral("Family-1"));
    dialog.setKeyDerivationCost(kFast);
    auto* partners = dialog.findChild<QComboBox*>(QStringLiteral("partnerCombo"));
    ASSERT_NE(partners, nullptr);
    ASSERT_EQ(partners->count(), 1);
    EXPECT_TRUE(partners->itemText(0).startsWith(kPcpr.name));
    EXPECT_TRUE(dialog.choosePartner(kPcpr.name));
    EXPECT_TRUE(dialog.previewText()->toPlainText().contains(QStringLiteral("Kasia")));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("sendMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().isEmpty()) << message->text().toStdString();

    const QString out = file(QStringLiteral("by-cezary.opieka"));
    bool seen = false;
    typePassphraseWhenAsked(seen);
    ASSERT_TRUE(dialog.sendTo(out));
    EXPECT_TRUE(seen);
    EXPECT_TRUE(QFileInfo::exists(out));

    // A worker whose case it is not finds the partner too, but the family is refused her.
    const std::optional<User> other = db.addAccount(
        QStringLiteral("asystentka"), Role::FamilyAssistant, std::nullopt, "haslo-asystentki-1");
    ASSERT_TRUE(other.has_value());
    ui::SendToPartnerDialog refusedDialog(db.session(*other), kFamily, QStringLiteral("Family-1"));
    EXPECT_EQ(refusedDialog.findChild<QComboBox*>(QStringLiteral("partnerCombo"))->count(), 1);
    EXPECT_FALSE(
        refusedDialog.findChild<QPushButton*>(QStringLiteral("sendPackageButton"))->isEnabled());
}

// The legal basis: a centre setting per purpose (Settings › Centre Settings…), shown in the send
// dialog for the purpose chosen and changeable there for one package.
TEST_F(ExchangeWindowTest, TheLegalBasisIsTheCentreSettingAndCanBeChangedForOnePackage)
{
    const QString centres = QStringLiteral("art. 15 ust. 1 pkt 18 i 19 oraz ust. 2 ustawy z dnia "
                                           "9 czerwca 2011 r. o wspieraniu rodziny i systemie "
                                           "pieczy zastępczej");
    {
        ui::CentreSettingsDialog settings(SettingsService(db.session(db.manager())));
        auto* referral = settings.findChild<QLineEdit*>(QStringLiteral("referralBasisEdit"));
        auto* transfer = settings.findChild<QLineEdit*>(QStringLiteral("transferBasisEdit"));
        ASSERT_NE(referral, nullptr);
        ASSERT_NE(transfer, nullptr);
        EXPECT_EQ(referral->text(), SettingsService::defaultLegalBasis(PackagePurpose::Referral));
        EXPECT_EQ(transfer->text(), SettingsService::defaultLegalBasis(PackagePurpose::Transfer));
        EXPECT_FALSE(referral->accessibleName().isEmpty());
        referral->setText(centres);
        settings.accept();
        EXPECT_EQ(settings.result(), QDialog::Accepted);
    }
    EXPECT_EQ(*SettingsService(db.session(db.manager())).legalBasis(PackagePurpose::Referral),
              centres);

    ui::SendToPartnerDialog dialog(db.session(opsManager), kFamily, QStringLiteral("Family-1"));
    QLineEdit* basis = dialog.legalBasisEdit();
    ASSERT_NE(basis, nullptr);
    dialog.choosePurpose(PackagePurpose::Referral);
    EXPECT_EQ(basis->text(), centres);
    EXPECT_TRUE(dialog.previewText()->toPlainText().contains(centres));
    EXPECT_TRUE(dialog.legalBasisNote()->text().contains(QStringLiteral("centre setting")));
    dialog.choosePurpose(PackagePurpose::Transfer);
    EXPECT_EQ(basis->text(), SettingsService::defaultLegalBasis(PackagePurpose::Transfer));

    // Changed for this package: the preview and the request carry it; the setting stays.
    dialog.choosePurpose(PackagePurpose::Referral);
    basis->selectAll();
    QTest::keyClicks(basis, QStringLiteral("art. 15 ust. 1 pkt 18"));
    EXPECT_EQ(dialog.request().legalBasis, QStringLiteral("art. 15 ust. 1 pkt 18"));
    EXPECT_TRUE(dialog.previewText()
                    ->toPlainText()
                    .split(QLatin1Char('\n'))
                    .contains(QStringLiteral("Legal basis: art. 15 ust. 1 pkt 18")))
        << dialog.previewText()->toPlainText().toStdString();
    EXPECT_TRUE(dialog.legalBasisNote()->text().contains(QStringLiteral("this package only")));
    EXPECT_EQ(*SettingsService(db.session(db.manager())).legalBasis(PackagePurpose::Referral),
              centres);
}
