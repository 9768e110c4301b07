// The exchange between two centres (issue 22 parts 2 and 3): an OPS and a PCPR, each with its
// own database, send each other packages; what arrives is exactly what left, refusals store
// nothing, and both audits name every package by its SHA-256.
#include "ExchangeService.h"

#include "AssessmentService.h"
#include "AuditRepository.h"
#include "CentreService.h"
#include "ChildCareRepository.h"
#include "ContactService.h"
#include "ExchangeErasure.h"
#include "ExchangeRepository.h"
#include "ExchangeTestRows.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "WorkPlanService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

const QByteArray kPassphrase("dwa koty na płocie");

const KeyDerivationCost kFast = KeyDerivationCost::minimal();

// One centre: its workspace, its keys, a manager linked to a worker (visits are written under a
// worker) and a social worker of unit 1 whose case is family 1 there.
struct Centre
{
    explicit Centre(const CentreDetails& details)
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Bogdan", "Próbny", Role::SocialWorker, 1, "Zespół 2"}});
        manager = ws.manager();
        manager.workerId = 1;
        anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
        anna.workerId = 1;
        bogdan = ws.addUser(QStringLiteral("bogdan"), Role::SocialWorker);
        bogdan.workerId = 2;
        auto card = CentreService(ws.session(ws.admin()), kFast).init(details, kPassphrase);
        EXPECT_TRUE(card.ok()) << (card.ok() ? "" : qPrintable(card.error().message));
    }

    ExchangeService service(const User& user) { return ExchangeService(ws.session(user), kFast); }
    ExchangeService service() { return service(manager); }

    QByteArray cardFile()
    {
        auto card = CentreService(ws.session(ws.manager()), kFast).card();
        EXPECT_TRUE(card.ok());
        return card.ok() ? CentreIdentity::toJson(*card) : QByteArray();
    }
    void trust(Centre& other, const QString& source)
    {
        auto added =
            CentreService(ws.session(ws.manager()), kFast).addPartner(other.cardFile(), source);
        ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    }

    int count(const char* table) { return test::rowCount(ws.database(), table); }
    // Every row a received package could leave behind.
    QList<int> stored()
    {
        return {count("exchange_items"),    count("exchange_contents"),
                count("exchange_receipts"), count("families"),
                count("members"),           count("contacts"),
                count("work_plans"),        count("family_assessments"),
                count("partner_plans")};
    }
    // The audit records of `action`, their new values as JSON text.
    QStringList audited(const QString& action)
    {
        return test::auditedValues(ws.database(), action);
    }
    void expectChainVerifies() { test::expectAuditChainVerifies(ws.database()); }

    test::TestWorkspace ws;
    User manager;
    User anna;
    User bogdan;
};

CentreDetails opsDetails()
{
    return {QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
            QStringLiteral("Testowo"), QStringLiteral("123456785")};
}

CentreDetails pcprDetails()
{
    return {QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"), CentreKind::Pcpr,
            QStringLiteral("powiat przykładowski"), QString()};
}

CentreDetails thirdDetails()
{
    return {QStringLiteral("Ośrodek Pomocy Społecznej w Innowie"), CentreKind::Ops,
            QStringLiteral("Innowo"), QString()};
}

WorkPlan withGoal(WorkPlan plan, const QString& goal, const QString& action)
{
    PlanAction a;
    a.description = action;
    a.responsible = QStringLiteral("asystent rodziny");
    a.responsibleKind = Responsible::Assistant;
    a.deadline = QDate(2026, 9, 30);
    PlanGoal g;
    g.description = goal;
    g.actions << a;
    plan.goals << g;
    return plan;
}

class ExchangeServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ops.trust(pcpr, QStringLiteral("pcpr.card"));
        pcpr.trust(ops, QStringLiteral("ops.card"));
        family = makeFamily(ops, QStringLiteral("Kowalczyk-Testowa"), 3, 1, 2);
        // Family 1 is Anna's case (unit 1).
        ops.ws.load(DataSet::Assignments,
                    QStringLiteral("worker_id,case_kind,case_id,from,to\n1,family,%1,2026-01-10,\n")
                        .arg(family)
                        .toUtf8());
    }

    // A family with `members` members, `versions` agreed plan versions, an assessment per
    // version and `visits` visits, made through the services as a manager would.
    qint64 makeFamily(Centre& centre, const QString& name, int members, int versions, int visits)
    {
        const Session session = centre.ws.session(centre.manager);
        Family f;
        f.name = name;
        f.municipality = QStringLiteral("Testowo");
        f.address = QStringLiteral("ul. Polna 3");
        f.openedOn = QDate(2026, 1, 10);
        auto id = FamilyService(session).create(f);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : qPrintable(id.error().message));
        const QStringList firstNames{QStringLiteral("Joanna"), QStringLiteral("Piotr"),
                                     QStringLiteral("Kasia"), QStringLiteral("Tomek")};
        for (int i = 0; i < members; ++i) {
            Member m;
            m.familyId = *id;
            m.firstName = firstNames.at(i);
            m.lastName = name;
            m.birthDate = QDate(1985 + 10 * i, 3, 1 + i);
            m.relation = i < 2 ? Relation::Parent : Relation::Child;
            m.sex = i % 2 == 0 ? Sex::Female : Sex::Male;
            auto added = MemberService(session).add(m);
            EXPECT_TRUE(added.ok()) << (added.ok() ? "" : qPrintable(added.error().message));
        }
        WorkPlanService plans(session);
        std::optional<qint64> plan;
        for (int v = 0; v < versions; ++v) {
            auto made = plan ? plans.newVersion(*plan, QDate(2026, 2 + v, 1))
                             : plans.createDraft(*id, QDate(2026, 2, 1));
            EXPECT_TRUE(made.ok()) << (made.ok() ? "" : qPrintable(made.error().message));
            auto draft = plans.plan(*made);
            EXPECT_TRUE(draft.ok());
            WorkPlan edited = *draft;
            edited.goals.clear();
            edited =
                withGoal(edited, QStringLiteral("Regularna nauka dzieci, wersja %1").arg(v + 1),
                         QStringLiteral("Odrabianie lekcji codziennie"));
            EXPECT_TRUE(plans.saveDraft(edited).ok());
            EXPECT_TRUE(plans.agree(*made, QDate(2026, 2 + v, 10), true, true).ok());
            plan = *made;
            FamilyAssessment a;
            a.familyId = *id;
            a.assessedOn = QDate(2026, 3 + v, 1);
            a.findings = QStringLiteral("Sytuacja rodziny stabilna, ocena %1").arg(v + 1);
            EXPECT_TRUE(AssessmentService(session).record(a).ok());
        }
        for (int i = 0; i < visits; ++i) {
            Contact c;
            c.familyId = *id;
            c.workerId = 1;
            c.date = QDate(2026, 4 + i, 5);
            c.kind = ContactKind::HomeVisit;
            c.present = QStringLiteral("matka, dzieci");
            c.notes = QStringLiteral("Notatka poufna %1").arg(i + 1);
            auto logged = ContactService(session).log(c);
            EXPECT_TRUE(logged.ok()) << (logged.ok() ? "" : qPrintable(logged.error().message));
        }
        return id.ok() ? *id : 0;
    }

    QList<qint64> visitIds(Centre& centre, qint64 familyId)
    {
        auto contacts = ContactService(centre.ws.session(centre.manager)).contacts(familyId);
        EXPECT_TRUE(contacts.ok());
        QList<qint64> ids;
        for (const Contact& c : *contacts)
            ids << c.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // The OPS family's daughter Kasia, with a one-item help plan; 0 when she is not there.
    qint64 kasiaWithHelpPlan(const QString& goal, const QString& task, const QString& responsible)
    {
        auto members = MemberService(ops.ws.session(ops.manager)).members(family);
        EXPECT_TRUE(members.ok());
        if (!members.ok())
            return 0;
        const auto kasia = std::find_if(members->begin(), members->end(), [](const Member& m) {
            return m.firstName == QStringLiteral("Kasia");
        });
        if (kasia == members->end())
            return 0;
        HelpPlanItem item;
        item.childMemberId = kasia->id;
        item.goal = goal;
        item.task = task;
        item.responsible = responsible;
        EXPECT_TRUE(ChildCareRepository(ops.ws.database()).replaceHelpPlan(kasia->id, {item}).ok());
        return kasia->id;
    }

    SendRequest referral()
    {
        SendRequest request;
        request.familyId = family;
        request.partner = QStringLiteral("powiatowe centrum pomocy rodzinie w przykładowie");
        request.purpose = PackagePurpose::Referral;
        request.visitIds = visitIds(ops, family);
        request.noteVisitIds = {request.visitIds.first()};
        return request;
    }

    SentPackage send(Centre& from, const SendRequest& request)
    {
        auto sent = from.service().send(request, kPassphrase);
        EXPECT_TRUE(sent.ok()) << (sent.ok() ? "" : qPrintable(sent.error().message));
        return sent.ok() ? *sent : SentPackage{};
    }

    ExchangeItem receive(Centre& at, const QByteArray& bytes)
    {
        auto item = at.service().receive(bytes, QStringLiteral("paczka.opx"), kPassphrase);
        EXPECT_TRUE(item.ok()) << (item.ok() ? "" : qPrintable(item.error().message));
        return item.ok() ? *item : ExchangeItem{};
    }

    Centre ops{opsDetails()};
    Centre pcpr{pcprDetails()};
    qint64 family = 0;
};

TEST_F(ExchangeServiceTest, AReferralArrivesWithExactlyWhatLeftAndItsReceiptClosesTheOutboxItem)
{
    const SendRequest request = referral();
    auto preview = ops.service().preview(request);
    ASSERT_TRUE(preview.ok()) << qPrintable(preview.error().message);
    EXPECT_EQ(preview->members.size(), 3);
    EXPECT_EQ(preview->visits.size(), 2);
    EXPECT_EQ(preview->visitsWithNotes, 1);
    EXPECT_FALSE(preview->workPlan.isEmpty());
    EXPECT_EQ(preview->assessments.size(), 1);
    EXPECT_TRUE(preview->lines.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Joanna Kowalczyk-Testowa")));

    const SentPackage sent = send(ops, request);
    EXPECT_EQ(sent.item.status, QStringLiteral("sent"));
    EXPECT_EQ(sent.item.direction, QStringLiteral("out"));
    EXPECT_EQ(sent.item.sha256, Package::sha256(sent.bytes));

    const ExchangeItem received = receive(pcpr, sent.bytes);
    EXPECT_EQ(received.status, QStringLiteral("received"));
    EXPECT_EQ(received.packageId, sent.item.packageId);
    EXPECT_EQ(received.sha256, sent.item.sha256);
    EXPECT_EQ(received.partner, opsDetails().name);
    EXPECT_FALSE(received.familyId);
    EXPECT_EQ(pcpr.count("families"), 0); // nothing applied before it is accepted

    auto accepted = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    EXPECT_EQ(accepted->status, QStringLiteral("accepted"));
    ASSERT_TRUE(accepted->familyId);
    const qint64 local = *accepted->familyId;
    const Session session = pcpr.ws.session(pcpr.manager);

    auto theFamily = FamilyService(session).family(local);
    ASSERT_TRUE(theFamily.ok());
    EXPECT_EQ(theFamily->name, QStringLiteral("Kowalczyk-Testowa"));
    EXPECT_EQ(theFamily->address, QStringLiteral("ul. Polna 3"));
    auto members = MemberService(session).members(local);
    ASSERT_TRUE(members.ok());
    QStringList names;
    for (const Member& m : *members)
        names << m.displayName();
    names.sort();
    EXPECT_EQ(names, QStringList({QStringLiteral("Joanna Kowalczyk-Testowa"),
                                  QStringLiteral("Kasia Kowalczyk-Testowa"),
                                  QStringLiteral("Piotr Kowalczyk-Testowa")}));
    auto plans = WorkPlanService(session).versions(local);
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 1);
    EXPECT_EQ(plans->at(0).status, PlanStatus::Agreed);
    ASSERT_EQ(plans->at(0).goals.size(), 1);
    EXPECT_EQ(plans->at(0).goals.at(0).description,
              QStringLiteral("Regularna nauka dzieci, wersja 1"));
    auto assessments = AssessmentService(session).assessments(local);
    ASSERT_TRUE(assessments.ok());
    EXPECT_EQ(assessments->size(), 1);
    auto contacts = ContactService(session).contacts(local);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 2);
    QStringList notes;
    for (const Contact& c : *contacts)
        notes << c.notes;
    notes.sort();
    // Only the ticked visit's notes came.
    EXPECT_EQ(notes, QStringList({QString(), QStringLiteral("Notatka poufna 1")}));
    EXPECT_EQ(pcpr.count("families"), 1);
    EXPECT_EQ(pcpr.count("members"), 3);

    // PCPR's receipt, received by OPS, makes the outbox item accepted.
    auto receipt = pcpr.service().receipt(received.id, kPassphrase);
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    const ExchangeItem receiptItem = receive(ops, *receipt);
    EXPECT_EQ(receiptItem.purpose, PackagePurpose::Receipt);
    auto outbox = ops.service().item(sent.item.id);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(outbox->status, QStringLiteral("accepted"));

    // Both audits name the package's SHA-256, and both chains still verify.
    const QStringList sends = ops.audited(QStringLiteral("exchange.send"));
    ASSERT_EQ(sends.size(), 1);
    EXPECT_TRUE(sends.first().contains(sent.item.sha256));
    EXPECT_FALSE(sends.first().contains(QStringLiteral("Notatka")));
    const QStringList receives = pcpr.audited(QStringLiteral("exchange.receive"));
    ASSERT_EQ(receives.size(), 1);
    EXPECT_TRUE(receives.first().contains(sent.item.sha256));
    EXPECT_TRUE(pcpr.audited(QStringLiteral("exchange.accept")).first().contains(sent.item.sha256));
    EXPECT_TRUE(
        pcpr.audited(QStringLiteral("exchange.receipt")).first().contains(sent.item.sha256));
    EXPECT_TRUE(
        ops.audited(QStringLiteral("exchange.receive")).first().contains(sent.item.packageId));
    ops.expectChainVerifies();
    pcpr.expectChainVerifies();
}

TEST_F(ExchangeServiceTest, ALaterPlanPackageUpdatesThePartnersPlanCopy)
{
    const SentPackage sent = send(ops, referral());
    const ExchangeItem received = receive(pcpr, sent.bytes);
    auto accepted = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    const qint64 local = *accepted->familyId;

    // OPS agrees version 2 of its plan and sends it.
    WorkPlanService plans(ops.ws.session(ops.manager));
    auto versions = plans.versions(family);
    ASSERT_TRUE(versions.ok());
    auto next = plans.newVersion(versions->last().id, QDate(2026, 6, 1));
    ASSERT_TRUE(next.ok()) << qPrintable(next.error().message);
    auto draft = plans.plan(*next);
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(plans
                    .saveDraft(withGoal(*draft, QStringLiteral("Powrót do pracy"),
                                        QStringLiteral("Kurs zawodowy")))
                    .ok());
    ASSERT_TRUE(plans.agree(*next, QDate(2026, 6, 12), true, true).ok());

    SendRequest request = referral();
    request.purpose = PackagePurpose::Plan;
    const SentPackage planPackage = send(ops, request);
    const ExchangeItem planItem = receive(pcpr, planPackage.bytes);
    EXPECT_EQ(planItem.familyId, std::optional<qint64>(local)); // found by the link
    auto stored = pcpr.service().accept(planItem.id, std::nullopt);
    ASSERT_TRUE(stored.ok()) << qPrintable(stored.error().message);

    auto copies = pcpr.service().partnerPlans(local);
    ASSERT_TRUE(copies.ok());
    ASSERT_EQ(copies->size(), 1);
    EXPECT_EQ(copies->at(0).version, 2);
    EXPECT_EQ(copies->at(0).kind, QStringLiteral("work_plan"));
    EXPECT_EQ(copies->at(0).versionDate, std::optional<QDate>(QDate(2026, 6, 12)));
    EXPECT_EQ(copies->at(0).partner, opsDetails().name);
    EXPECT_TRUE(copies->at(0).text.contains(QStringLiteral("Powrót do pracy")));
    // The centre's own plan is untouched: still the one version the referral brought.
    auto own = WorkPlanService(pcpr.ws.session(pcpr.manager)).versions(local);
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own->size(), 1);
    pcpr.expectChainVerifies();
}

TEST_F(ExchangeServiceTest, AChildsHelpPlanArrivesAsANumberedReadOnlyCopy)
{
    const SentPackage sent = send(ops, referral());
    auto accepted = pcpr.service().accept(receive(pcpr, sent.bytes).id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    const qint64 local = *accepted->familyId;

    const qint64 kasia =
        kasiaWithHelpPlan(QStringLiteral("Powrót do szkoły"), QStringLiteral("Zajęcia wyrównawcze"),
                          QStringLiteral("pedagog szkolny"));
    ASSERT_NE(kasia, 0);

    SendRequest request = referral();
    request.purpose = PackagePurpose::Plan;
    request.helpPlanChildId = kasia;
    for (int round = 1; round <= 2; ++round) {
        const ExchangeItem planItem = receive(pcpr, send(ops, request).bytes);
        EXPECT_EQ(planItem.familyId, std::optional<qint64>(local));
        auto stored = pcpr.service().accept(planItem.id, std::nullopt);
        ASSERT_TRUE(stored.ok()) << qPrintable(stored.error().message);
    }
    auto copies = pcpr.service().partnerPlans(local);
    ASSERT_TRUE(copies.ok());
    ASSERT_EQ(copies->size(), 2);
    EXPECT_EQ(copies->at(0).kind, QStringLiteral("help_plan"));
    EXPECT_EQ(copies->at(0).childName, QStringLiteral("Kasia Kowalczyk-Testowa"));
    EXPECT_EQ(copies->at(0).version, 2); // newest first
    EXPECT_EQ(copies->at(1).version, 1);
    EXPECT_TRUE(copies->at(0).text.contains(QStringLiteral("Powrót do szkoły")));
}

TEST_F(ExchangeServiceTest, RefusedPackagesStoreNothingAndTheRefusalIsAudited)
{
    Centre third(thirdDetails());
    ops.trust(third, QStringLiteral("third.card"));
    third.trust(pcpr, QStringLiteral("pcpr.card"));
    const SentPackage good = send(ops, referral());
    const QList<int> before = pcpr.stored();
    const auto refusedWith = [&](const QByteArray& bytes, ErrorKind kind, const char* words,
                                 const QByteArray& passphrase = kPassphrase) {
        auto item = pcpr.service().receive(bytes, QStringLiteral("paczka.opx"), passphrase);
        ASSERT_FALSE(item.ok()) << words;
        EXPECT_EQ(item.error().kind, kind) << qPrintable(item.error().message);
        EXPECT_TRUE(item.error().message.contains(QString::fromUtf8(words)))
            << qPrintable(item.error().message);
        EXPECT_EQ(pcpr.stored(), before) << words;
    };

    // One changed byte.
    QByteArray changed = good.bytes;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    refusedWith(changed, ErrorKind::BadInput, "paczka.opx");

    // Meant for a third centre.
    SendRequest toThird = referral();
    toThird.partner = thirdDetails().name;
    refusedWith(send(ops, toThird).bytes, ErrorKind::Refused, "another centre");

    // From a centre PCPR does not trust.
    const qint64 theirs = makeFamily(third, QStringLiteral("Nowakowska-Próbna"), 1, 0, 0);
    SendRequest fromThird;
    fromThird.familyId = theirs;
    fromThird.partner = pcprDetails().name;
    refusedWith(send(third, fromThird).bytes, ErrorKind::Refused, "not a partner");

    // The wrong passphrase.
    refusedWith(good.bytes, ErrorKind::BadInput, "passphrase", QByteArray("zła fraza hasła"));

    // The same package twice: the first time it is taken, the second refused.
    receive(pcpr, good.bytes);
    const QList<int> once = pcpr.stored();
    auto again = pcpr.service().receive(good.bytes, QStringLiteral("paczka.opx"), kPassphrase);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("received before")));
    EXPECT_EQ(pcpr.stored(), once);

    // Every refusal is audited with the package's SHA-256.
    const QStringList refusals = pcpr.audited(QStringLiteral("exchange.refuse"));
    ASSERT_EQ(refusals.size(), 5);
    EXPECT_TRUE(refusals.at(0).contains(Package::sha256(changed)));
    EXPECT_TRUE(refusals.at(4).contains(good.item.sha256));
    for (const QString& refusal : refusals)
        EXPECT_FALSE(refusal.contains(QStringLiteral("Kowalczyk"))) << qPrintable(refusal);
    pcpr.expectChainVerifies();
}

TEST_F(ExchangeServiceTest, ATransferCarriesTheWholeHistory)
{
    const qint64 moved = makeFamily(ops, QStringLiteral("Zielińska-Próbna"), 2, 2, 3);
    SendRequest request;
    request.familyId = moved;
    request.partner = pcprDetails().name;
    request.purpose = PackagePurpose::Transfer;
    const SentPackage sent = send(ops, request);
    const ExchangeItem received = receive(pcpr, sent.bytes);
    EXPECT_EQ(received.purpose, PackagePurpose::Transfer);
    auto accepted = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    const qint64 local = *accepted->familyId;
    const Session session = pcpr.ws.session(pcpr.manager);

    auto plans = WorkPlanService(session).versions(local);
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 2);
    EXPECT_EQ(plans->at(1).goals.at(0).description,
              QStringLiteral("Regularna nauka dzieci, wersja 2"));
    EXPECT_EQ(plans->at(1).agreedOn, std::optional<QDate>(QDate(2026, 3, 10)));
    auto assessments = AssessmentService(session).assessments(local);
    ASSERT_TRUE(assessments.ok());
    EXPECT_EQ(assessments->size(), 2);
    auto contacts = ContactService(session).contacts(local);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 3);
    for (const Contact& c : *contacts)
        EXPECT_TRUE(c.notes.startsWith(QStringLiteral("Notatka poufna"))); // every note goes
    auto members = MemberService(session).members(local);
    ASSERT_TRUE(members.ok());
    EXPECT_EQ(members->size(), 2);
    pcpr.expectChainVerifies();
}

TEST_F(ExchangeServiceTest, ALikelyDuplicateStopsTheAcceptUntilItIsLinked)
{
    // PCPR already registered the family itself (same name, municipality and address).
    Family own;
    own.name = QStringLiteral("Kowalczyk-Testowa");
    own.municipality = QStringLiteral("Testowo");
    own.address = QStringLiteral("ul. Polna 3");
    own.openedOn = QDate(2026, 2, 1);
    auto ownId = FamilyService(pcpr.ws.session(pcpr.manager)).create(own);
    ASSERT_TRUE(ownId.ok()) << qPrintable(ownId.error().message);

    const ExchangeItem received = receive(pcpr, send(ops, referral()).bytes);
    const QList<int> before = pcpr.stored();
    auto refusedAccept = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_FALSE(refusedAccept.ok());
    EXPECT_EQ(refusedAccept.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refusedAccept.error().message.contains(QStringLiteral("--link %1").arg(*ownId)))
        << qPrintable(refusedAccept.error().message);
    EXPECT_EQ(pcpr.stored(), before);

    auto linked = pcpr.service().accept(received.id, *ownId);
    ASSERT_TRUE(linked.ok()) << qPrintable(linked.error().message);
    EXPECT_EQ(linked->familyId, std::optional<qint64>(*ownId));
    EXPECT_EQ(pcpr.count("families"), 1);
    EXPECT_EQ(pcpr.count("members"), 3);

    // The family is linked now: the next referral of it shows the family at once, and the
    // members already there are not added again.
    const ExchangeItem again = receive(pcpr, send(ops, referral()).bytes);
    EXPECT_EQ(again.familyId, std::optional<qint64>(*ownId));
    auto second = pcpr.service().accept(again.id, std::nullopt);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);
    EXPECT_EQ(pcpr.count("families"), 1);
    EXPECT_EQ(pcpr.count("members"), 3);
    EXPECT_EQ(pcpr.count("contacts"), 2);           // the same two visits, not four
    EXPECT_EQ(pcpr.count("family_assessments"), 1); // and the same assessment
    pcpr.expectChainVerifies();
}

TEST_F(ExchangeServiceTest, ASocialWorkerSendsHerOwnCaseButNotAnotherUnits)
{
    SendRequest request = referral();
    auto bogdans = ops.service(ops.bogdan).send(request, kPassphrase);
    ASSERT_FALSE(bogdans.ok());
    EXPECT_EQ(bogdans.error().kind, ErrorKind::Refused);
    EXPECT_EQ(ops.count("exchange_items"), 0);
    EXPECT_TRUE(ops.audited(QStringLiteral("exchange.send")).isEmpty());

    auto annas = ops.service(ops.anna).send(request, kPassphrase);
    ASSERT_TRUE(annas.ok()) << qPrintable(annas.error().message);
    auto listed = ops.service(ops.bogdan).list();
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed->isEmpty()); // Bogdan does not see Anna's case's packages
    auto annasList = ops.service(ops.anna).list();
    ASSERT_TRUE(annasList.ok());
    EXPECT_EQ(annasList->size(), 1);

    // Declining needs a reason, and the receipt carries it back.
    const ExchangeItem received = receive(pcpr, annas->bytes);
    EXPECT_FALSE(pcpr.service().decline(received.id, QStringLiteral("  ")).ok());
    auto declined = pcpr.service().decline(received.id, QStringLiteral("Rodzina poza powiatem"));
    ASSERT_TRUE(declined.ok()) << qPrintable(declined.error().message);
    auto receipt = pcpr.service().receipt(received.id, kPassphrase);
    ASSERT_TRUE(receipt.ok());
    receive(ops, *receipt);
    auto outbox = ops.service(ops.anna).item(annas->item.id);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(outbox->status, QStringLiteral("declined"));
    EXPECT_EQ(outbox->reason, QStringLiteral("Rodzina poza powiatem"));
    EXPECT_EQ(pcpr.count("families"), 0);
    ops.expectChainVerifies();
}

// A receipt package made by hand, as another program (or a confused partner) could make it:
// `from` tells `to` that it accepted package `packageId` with bytes `sha`.
QByteArray receiptFrom(Centre& from, Centre& to, const QString& packageId, const QString& sha)
{
    auto keys = CentreService(from.ws.session(from.ws.manager()), kFast).unlock(kPassphrase);
    EXPECT_TRUE(keys.ok()) << (keys.ok() ? "" : qPrintable(keys.error().message));
    auto own = CentreIdentity::parseCard(from.cardFile(), QStringLiteral("own.card"));
    auto theirs = CentreIdentity::parseCard(to.cardFile(), QStringLiteral("their.card"));
    EXPECT_TRUE(own.ok() && theirs.ok());
    if (!keys.ok() || !own.ok() || !theirs.ok())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PackageManifest manifest;
    manifest.id = Package::newId();
    manifest.purpose = PackagePurpose::Receipt;
    manifest.senderFingerprint = CentreIdentity::fingerprint(*own);
    manifest.recipientFingerprint = CentreIdentity::fingerprint(*theirs);
    manifest.senderName = own->details.name;
    manifest.recipientName = theirs->details.name;
    manifest.createdAt = now.addMSecs(-now.time().msec());
    const QJsonObject content{{QStringLiteral("format"), QStringLiteral("opieka-exchange-content")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("purpose"), QStringLiteral("receipt")},
                              {QStringLiteral("package_id"), packageId},
                              {QStringLiteral("package_sha256"), sha},
                              {QStringLiteral("decision"), QStringLiteral("accepted")},
                              {QStringLiteral("reason"), QString()},
                              {QStringLiteral("decided_at"), now.toString(Qt::ISODate)}};
    auto bytes = Package::seal(manifest, QJsonDocument(content).toJson(QJsonDocument::Compact),
                               *keys, *theirs);
    EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : qPrintable(bytes.error().message));
    return bytes.ok() ? *bytes : QByteArray();
}

TEST_F(ExchangeServiceTest, AReceiptFromAnotherPartnerOrForAPackageNeverSentChangesNothing)
{
    Centre third(thirdDetails());
    ops.trust(third, QStringLiteral("third.card"));
    third.trust(ops, QStringLiteral("ops.card"));
    const SentPackage sent = send(ops, referral()); // to PCPR
    const QList<int> before = ops.stored();
    const auto refusedWith = [&](const QByteArray& bytes, const char* words) {
        ASSERT_FALSE(bytes.isEmpty());
        auto item = ops.service().receive(bytes, QStringLiteral("potwierdzenie.opx"), kPassphrase);
        ASSERT_FALSE(item.ok()) << words;
        EXPECT_EQ(item.error().kind, ErrorKind::Refused) << qPrintable(item.error().message);
        EXPECT_TRUE(item.error().message.contains(QString::fromUtf8(words)))
            << qPrintable(item.error().message);
        EXPECT_EQ(ops.stored(), before) << words;
    };

    // A trusted partner, but not the one the package went to, says it was accepted.
    refusedWith(receiptFrom(third, ops, sent.item.packageId, sent.item.sha256),
                "but the package went to");
    // The right partner, about a package this centre never sent.
    refusedWith(receiptFrom(pcpr, ops, Package::newId(), sent.item.sha256), "did not send");

    // The outbox item still waits for PCPR's word, and both refusals are audited.
    auto outbox = ops.service().item(sent.item.id);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(outbox->status, QStringLiteral("sent"));
    EXPECT_EQ(ops.audited(QStringLiteral("exchange.refuse")).size(), 2);
    // PCPR's own receipt for it is still taken.
    receive(ops, receiptFrom(pcpr, ops, sent.item.packageId, sent.item.sha256));
    outbox = ops.service().item(sent.item.id);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(outbox->status, QStringLiteral("accepted"));
    ops.expectChainVerifies();
}

TEST_F(ExchangeServiceTest, ErasingAPersonErasesWhatPartnersSentThatNamesThem)
{
    // PCPR accepts OPS's referral and Kasia's help plan, and holds a second help plan for her
    // and a referral of another family not yet accepted.
    const SentPackage sent = send(ops, referral());
    EXPECT_FALSE(sent.item.summary.contains(QStringLiteral("Kowalczyk"))) << "no names in summary";
    const ExchangeItem referralItem = receive(pcpr, sent.bytes);
    EXPECT_FALSE(referralItem.summary.contains(QStringLiteral("Kowalczyk")));
    auto accepted = pcpr.service().accept(referralItem.id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    const qint64 local = *accepted->familyId;

    auto opsMembers = MemberService(ops.ws.session(ops.manager)).members(family);
    ASSERT_TRUE(opsMembers.ok());
    qint64 opsKasia = 0;
    for (const Member& m : *opsMembers)
        if (m.firstName == QStringLiteral("Kasia"))
            opsKasia = m.id;
    HelpPlanItem goal;
    goal.childMemberId = opsKasia;
    goal.goal = QStringLiteral("Powrót do szkoły");
    goal.task = QStringLiteral("Zajęcia wyrównawcze");
    goal.responsible = QStringLiteral("pedagog szkolny");
    ASSERT_TRUE(ChildCareRepository(ops.ws.database()).replaceHelpPlan(opsKasia, {goal}).ok());
    SendRequest helpPlan = referral();
    helpPlan.purpose = PackagePurpose::Plan;
    helpPlan.helpPlanChildId = opsKasia;
    const ExchangeItem planItem = receive(pcpr, send(ops, helpPlan).bytes);
    EXPECT_FALSE(planItem.summary.contains(QStringLiteral("Kasia")));
    ASSERT_TRUE(pcpr.service().accept(planItem.id, std::nullopt).ok());
    const ExchangeItem waiting = receive(pcpr, send(ops, helpPlan).bytes);
    const qint64 other = makeFamily(ops, QStringLiteral("Nowakowska-Próbna"), 2, 0, 0);
    SendRequest otherReferral;
    otherReferral.familyId = other;
    otherReferral.partner = pcprDetails().name;
    const ExchangeItem unrelated = receive(pcpr, send(ops, otherReferral).bytes);

    const Session session = pcpr.ws.session(pcpr.manager);
    auto members = MemberService(session).members(local);
    ASSERT_TRUE(members.ok());
    qint64 kasia = 0;
    for (const Member& m : *members)
        if (m.firstName == QStringLiteral("Kasia"))
            kasia = m.id;
    ASSERT_NE(kasia, 0);
    auto erased = MemberService(session).erase(kasia, QStringLiteral("wniosek RODO 12/2026"));
    ASSERT_TRUE(erased.ok()) << qPrintable(erased.error().message);

    const auto content = [&](qint64 itemId) {
        auto text = ExchangeRepository(pcpr.ws.database()).content(itemId);
        EXPECT_TRUE(text.ok());
        return text.ok() ? text->value_or(QString()) : QString();
    };
    // The three packages that name her keep only the note; the unrelated one is untouched.
    for (qint64 itemId : {referralItem.id, planItem.id, waiting.id}) {
        const QString text = content(itemId);
        EXPECT_FALSE(text.contains(QStringLiteral("Kasia"))) << qPrintable(text);
        EXPECT_FALSE(text.contains(QStringLiteral("Kowalczyk"))) << qPrintable(text);
        EXPECT_FALSE(text.contains(QStringLiteral("Powrót do szkoły"))) << qPrintable(text);
        EXPECT_TRUE(isErased(QJsonDocument::fromJson(text.toUtf8()).object())) << qPrintable(text);
    }
    EXPECT_TRUE(content(unrelated.id).contains(QStringLiteral("Nowakowska-Próbna")));

    // The inbox still lists each package with its id, SHA-256 and summary.
    auto listed = pcpr.service().item(referralItem.id);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->sha256, sent.item.sha256);
    EXPECT_EQ(listed->summary, referralItem.summary);
    EXPECT_EQ(listed->status, QStringLiteral("accepted"));

    // Her help plan copy keeps partner, version and date, without her name or the plan.
    auto copies = pcpr.service().partnerPlans(local);
    ASSERT_TRUE(copies.ok());
    ASSERT_EQ(copies->size(), 1);
    EXPECT_EQ(copies->first().version, 1);
    EXPECT_FALSE(copies->first().childName.contains(QStringLiteral("Kasia")));
    EXPECT_FALSE(copies->first().text.contains(QStringLiteral("Powrót do szkoły")));
    EXPECT_FALSE(copies->first().planJson.contains(QStringLiteral("Kasia")));
    EXPECT_TRUE(copies->first().text.contains(QStringLiteral("erased")));

    // The package still waiting cannot be accepted any more; it can be declined.
    auto refusedAccept = pcpr.service().accept(waiting.id, std::nullopt);
    ASSERT_FALSE(refusedAccept.ok());
    EXPECT_EQ(refusedAccept.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refusedAccept.error().message.contains(QStringLiteral("erased")));
    EXPECT_TRUE(pcpr.service().decline(waiting.id, QStringLiteral("dane usunięte")).ok());

    // The erasure's audit record counts what it erased, and the chain verifies.
    const QStringList erasures = pcpr.audited(AuditRepository::erasureAction());
    ASSERT_EQ(erasures.size(), 1);
    const QJsonObject details = QJsonDocument::fromJson(erasures.first().toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("exchange_contents_erased")).toInt(), 3);
    EXPECT_EQ(details.value(QStringLiteral("partner_plans_erased")).toInt(), 1);
    pcpr.expectChainVerifies();
}

} // namespace

TEST_F(ExchangeServiceTest, ACoordinatorOnTheFamilysTeamSendsAChildsHelpPlan)
{
    // The coordinator works with the family through its team (or a placed child's foster
    // family), so the child's help plan is hers to send; a coordinator of another unit, outside
    // the team, sends nothing of this family.
    ops.ws.loadWorkers({{3, "Ewa", "Próbna", Role::FosterCareCoordinator, 1, "Zespół 3"},
                        {4, "Ola", "Inna", Role::FosterCareCoordinator, 1, "Zespół 4"}});
    User ewa = ops.ws.addUser(QStringLiteral("ewa"), Role::FosterCareCoordinator);
    ewa.workerId = 3;
    User ola = ops.ws.addUser(QStringLiteral("ola"), Role::FosterCareCoordinator);
    ola.workerId = 4;
    ASSERT_TRUE(sql::run(ops.ws.database(),
                         QStringLiteral("INSERT INTO team_links (family_id, worker_id, from_date) "
                                        "VALUES (?, 3, '2026-01-10')"),
                         {family})
                    .ok());
    const qint64 kasia =
        kasiaWithHelpPlan(QStringLiteral("Kontakty z rodzicami co tydzień"),
                          QStringLiteral("Spotkania w ośrodku"), QStringLiteral("koordynator"));
    ASSERT_NE(kasia, 0);
    SendRequest request = referral();
    request.purpose = PackagePurpose::Plan;
    request.helpPlanChildId = kasia;

    auto olas = ops.service(ola).send(request, kPassphrase);
    ASSERT_FALSE(olas.ok());
    EXPECT_EQ(olas.error().kind, ErrorKind::Refused);
    EXPECT_EQ(ops.count("exchange_items"), 0);

    auto ewas = ops.service(ewa).send(request, kPassphrase);
    ASSERT_TRUE(ewas.ok()) << qPrintable(ewas.error().message);
    EXPECT_EQ(ewas->item.status, QStringLiteral("sent"));
    const ExchangeItem arrived = receive(pcpr, ewas->bytes);
    EXPECT_EQ(arrived.purpose, PackagePurpose::Plan);
    EXPECT_EQ(arrived.status, QStringLiteral("received"));
    auto listed = ops.service(ewa).list();
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->size(), 1); // her own case's package
}
