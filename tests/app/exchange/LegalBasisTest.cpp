// The legal basis a package to a partner centre names (issue 22, docs/law.md): a centre setting
// per purpose with the program's proposal as its default, confirmed or changed by the centre and,
// for one package, by the sender; and a wrong centre passphrase recognised as such wherever the
// services pass it on.
#include "CentreService.h"
#include "ExchangeService.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "SettingsService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {

const QByteArray kPassphrase("dwa koty na płocie");
const KeyDerivationCost kFast = KeyDerivationCost::minimal();

const QString kCentresReferralBasis =
    QStringLiteral("art. 15 ust. 1 pkt 18 i 19 oraz ust. 2 ustawy z dnia 9 czerwca 2011 r. o "
                   "wspieraniu rodziny i systemie pieczy zastępczej");

// One centre with its keys, a manager and Anna, the social worker whose case family 1 is.
struct Centre
{
    Centre(const QString& name, CentreKind kind, const QString& area)
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker, 1, "Zespół 1"}});
        anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
        anna.workerId = 1;
        auto card =
            CentreService(ws.session(ws.admin()), kFast).init({name, kind, area, {}}, kPassphrase);
        EXPECT_TRUE(card.ok()) << (card.ok() ? "" : qPrintable(card.error().message));
    }

    void trust(Centre& other)
    {
        auto card = CentreService(other.ws.session(other.ws.manager()), kFast).card();
        ASSERT_TRUE(card.ok());
        auto added = CentreService(ws.session(ws.manager()), kFast)
                         .addPartner(CentreIdentity::toJson(*card), QStringLiteral("partner.card"));
        ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    }

    SettingsService settings(const User& user) { return SettingsService(ws.session(user)); }
    ExchangeService exchange(const User& user) { return ExchangeService(ws.session(user), kFast); }

    QStringList column(const QString& sql)
    {
        auto rows = sql::rows(ws.database(), sql, {}, sql::textColumn);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? *rows : QStringList();
    }

    test::TestWorkspace ws;
    User anna;
};

class LegalBasisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ops.trust(pcpr);
        pcpr.trust(ops);
        const Session session = ops.ws.session(ops.ws.manager());
        Family f;
        f.name = QStringLiteral("Kowalczyk-Testowa");
        f.municipality = QStringLiteral("Testowo");
        f.openedOn = QDate(2026, 1, 10);
        auto id = FamilyService(session).create(f);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
        family = *id;
        Member m;
        m.familyId = family;
        m.firstName = QStringLiteral("Joanna");
        m.lastName = f.name;
        m.birthDate = QDate(1988, 3, 1);
        m.relation = Relation::Parent;
        m.sex = Sex::Female;
        auto added = MemberService(session).add(m);
        ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
        ops.ws.load(DataSet::Assignments,
                    QStringLiteral("worker_id,case_kind,case_id,from,to\n1,family,%1,2026-01-10,\n")
                        .arg(family)
                        .toUtf8());
    }

    SendRequest request(PackagePurpose purpose) const
    {
        SendRequest r;
        r.familyId = family;
        r.partner = QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie");
        r.purpose = purpose;
        return r;
    }

    // What the PCPR stores of the package Anna sends: the legal basis its manifest named.
    QString receivedBasis(const SendRequest& asked)
    {
        auto sent = ops.exchange(ops.anna).send(asked, kPassphrase);
        EXPECT_TRUE(sent.ok()) << (sent.ok() ? "" : qPrintable(sent.error().message));
        if (!sent.ok())
            return {};
        auto received = pcpr.exchange(pcpr.ws.manager())
                            .receive(sent->bytes, QStringLiteral("pakiet.opieka"), kPassphrase);
        EXPECT_TRUE(received.ok()) << (received.ok() ? "" : qPrintable(received.error().message));
        if (!received.ok())
            return {};
        const QStringList bases =
            pcpr.column(QStringLiteral("SELECT legal_basis FROM exchange_items WHERE id = %1")
                            .arg(received->id));
        return bases.value(0);
    }

    Centre ops{QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
               QStringLiteral("Testowo")};
    Centre pcpr{QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"),
                CentreKind::Pcpr, QStringLiteral("powiat przykładowski")};
    qint64 family = 0;
};

TEST_F(LegalBasisTest, EachPurposeHasTheProgramsProposalUntilTheCentreSetsItsOwn)
{
    SettingsService settings = ops.settings(ops.ws.manager());
    for (PackagePurpose purpose :
         {PackagePurpose::Referral, PackagePurpose::Plan, PackagePurpose::Transfer}) {
        auto basis = settings.legalBasis(purpose);
        ASSERT_TRUE(basis.ok());
        EXPECT_EQ(*basis, SettingsService::defaultLegalBasis(purpose));
    }
    EXPECT_TRUE(SettingsService::defaultLegalBasis(PackagePurpose::Referral)
                    .startsWith(QStringLiteral("art. 15 ust. 1 ustawy z dnia 9 czerwca 2011 r. "
                                               "o wspieraniu rodziny")));
    EXPECT_EQ(SettingsService::defaultLegalBasis(PackagePurpose::Plan),
              SettingsService::defaultLegalBasis(PackagePurpose::Referral));
    EXPECT_TRUE(SettingsService::defaultLegalBasis(PackagePurpose::Transfer)
                    .startsWith(QStringLiteral("art. 101 ust. 1 ustawy z dnia 12 marca 2004 r. "
                                               "o pomocy społecznej")));

    // The centre changes one purpose; the others keep the proposal.
    ASSERT_TRUE(
        settings
            .setLegalBasis(PackagePurpose::Referral, QStringLiteral("  ") + kCentresReferralBasis)
            .ok());
    EXPECT_EQ(*settings.legalBasis(PackagePurpose::Referral), kCentresReferralBasis);
    EXPECT_EQ(*settings.legalBasis(PackagePurpose::Plan),
              SettingsService::defaultLegalBasis(PackagePurpose::Plan));
    // Another workstation (another session) reads the same.
    EXPECT_EQ(*ops.settings(ops.anna).legalBasis(PackagePurpose::Referral), kCentresReferralBasis);

    // Audited as every setting, with the value before and after.
    const QStringList audited = ops.column(
        QStringLiteral("SELECT entity_id || ' ' || new_values FROM audit_log WHERE action = "
                       "'setting.change' ORDER BY id"));
    ASSERT_EQ(audited.size(), 1);
    EXPECT_TRUE(audited[0].startsWith(QStringLiteral("legal_basis_referral ")));
    EXPECT_TRUE(audited[0].contains(QStringLiteral("pkt 18 i 19"))) << qPrintable(audited[0]);

    // Emptied: back to the proposal.
    ASSERT_TRUE(settings.setLegalBasis(PackagePurpose::Referral, QString()).ok());
    EXPECT_EQ(*settings.legalBasis(PackagePurpose::Referral),
              SettingsService::defaultLegalBasis(PackagePurpose::Referral));
}

TEST_F(LegalBasisTest, OnlyManagersAndAdministratorsSetItAndOnlyAsOneLineOfText)
{
    auto byWorker = ops.settings(ops.anna).setLegalBasis(PackagePurpose::Transfer,
                                                         QStringLiteral("art. 101 u.p.s."));
    ASSERT_FALSE(byWorker.ok());
    EXPECT_EQ(byWorker.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(ops.settings(ops.ws.admin())
                    .setLegalBasis(PackagePurpose::Transfer, QStringLiteral("art. 101 u.p.s."))
                    .ok());

    SettingsService settings = ops.settings(ops.ws.manager());
    for (const QString& bad :
         {QStringLiteral("art. 15\nust. 2"), QStringLiteral("art.\t15"), QString(1001, u'x')}) {
        auto set = settings.setLegalBasis(PackagePurpose::Plan, bad);
        ASSERT_FALSE(set.ok());
        EXPECT_EQ(set.error().kind, ErrorKind::BadInput);
    }
    auto receipt = settings.setLegalBasis(PackagePurpose::Receipt, QStringLiteral("art. 1"));
    ASSERT_FALSE(receipt.ok());
    EXPECT_EQ(receipt.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(*settings.legalBasis(PackagePurpose::Plan),
              SettingsService::defaultLegalBasis(PackagePurpose::Plan));
    EXPECT_EQ(*settings.legalBasis(PackagePurpose::Transfer), QStringLiteral("art. 101 u.p.s."));
}

TEST_F(LegalBasisTest, APackageNamesTheCentresSettingOrWhatTheSenderWroteForIt)
{
    // The proposal, before the centre sets anything.
    auto before = ops.exchange(ops.anna).preview(request(PackagePurpose::Transfer));
    ASSERT_TRUE(before.ok()) << qPrintable(before.error().message);
    EXPECT_EQ(before->legalBasis, SettingsService::defaultLegalBasis(PackagePurpose::Transfer));

    ASSERT_TRUE(ops.settings(ops.ws.manager())
                    .setLegalBasis(PackagePurpose::Referral, kCentresReferralBasis)
                    .ok());
    auto preview = ops.exchange(ops.anna).preview(request(PackagePurpose::Referral));
    ASSERT_TRUE(preview.ok()) << qPrintable(preview.error().message);
    EXPECT_EQ(preview->legalBasis, kCentresReferralBasis);
    EXPECT_TRUE(preview->lines.contains(QStringLiteral("Legal basis: ") + kCentresReferralBasis))
        << qPrintable(preview->lines.join(QLatin1Char('\n')));
    // What the preview said is what the partner receives.
    EXPECT_EQ(receivedBasis(request(PackagePurpose::Referral)), kCentresReferralBasis);

    // The sender's own text for this one package; the setting stays.
    SendRequest own = request(PackagePurpose::Referral);
    own.legalBasis = QStringLiteral(" art. 15 ust. 1 pkt 18 ustawy o wspieraniu rodziny ");
    auto ownPreview = ops.exchange(ops.anna).preview(own);
    ASSERT_TRUE(ownPreview.ok());
    EXPECT_EQ(ownPreview->legalBasis,
              QStringLiteral("art. 15 ust. 1 pkt 18 ustawy o wspieraniu rodziny"));
    EXPECT_EQ(receivedBasis(own),
              QStringLiteral("art. 15 ust. 1 pkt 18 ustawy o wspieraniu rodziny"));
    EXPECT_EQ(*ops.settings(ops.anna).legalBasis(PackagePurpose::Referral), kCentresReferralBasis);

    // A text no manifest may carry is said before anything is sealed.
    SendRequest twoLines = request(PackagePurpose::Referral);
    twoLines.legalBasis = QStringLiteral("art. 15\nust. 2");
    auto refusedPreview = ops.exchange(ops.anna).preview(twoLines);
    ASSERT_FALSE(refusedPreview.ok());
    EXPECT_EQ(refusedPreview.error().kind, ErrorKind::BadInput);
    auto refusedSend = ops.exchange(ops.anna).send(twoLines, kPassphrase);
    ASSERT_FALSE(refusedSend.ok());
    EXPECT_EQ(refusedSend.error().kind, ErrorKind::BadInput);
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(refusedSend.error()));
}

TEST_F(LegalBasisTest, AWrongPassphraseIsRecognisedWhereverTheServicesPassItOn)
{
    const QByteArray wrong("trzy koty na płocie");
    auto sent = ops.exchange(ops.anna).send(request(PackagePurpose::Referral), wrong);
    ASSERT_FALSE(sent.ok());
    EXPECT_TRUE(CentreIdentity::isWrongPassphrase(sent.error()))
        << qPrintable(sent.error().message);

    auto good = ops.exchange(ops.anna).send(request(PackagePurpose::Referral), kPassphrase);
    ASSERT_TRUE(good.ok()) << qPrintable(good.error().message);
    auto received =
        pcpr.exchange(pcpr.ws.manager()).receive(good->bytes, QStringLiteral("p.opieka"), wrong);
    ASSERT_FALSE(received.ok());
    EXPECT_TRUE(CentreIdentity::isWrongPassphrase(received.error()));

    // Refusals that are not the passphrase: a changed byte, a package received twice.
    QByteArray changed = good->bytes;
    changed[changed.size() - 5] = static_cast<char>(changed[changed.size() - 5] ^ 0x01);
    auto damaged =
        pcpr.exchange(pcpr.ws.manager()).receive(changed, QStringLiteral("p.opieka"), kPassphrase);
    ASSERT_FALSE(damaged.ok());
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(damaged.error()));
    ASSERT_TRUE(pcpr.exchange(pcpr.ws.manager())
                    .receive(good->bytes, QStringLiteral("p.opieka"), kPassphrase)
                    .ok());
    auto twice = pcpr.exchange(pcpr.ws.manager())
                     .receive(good->bytes, QStringLiteral("p.opieka"), kPassphrase);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(twice.error()));
}

} // namespace
