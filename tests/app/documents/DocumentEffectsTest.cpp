// What attaching a document stands for (issue 25): a foster family's certificates, a signed
// work plan, a placement's court order; and a person's erasure takes the documents about them.
#include "DocumentFixture.h"
#include "FosterRegisterService.h"
#include "MemberService.h"
#include "PlacementService.h"
#include "VerifyService.h"
#include "WorkPlanService.h"

using namespace opieka;
using opieka::test::DocumentTest;
using opieka::test::kToday;
using opieka::test::pdfBytes;
using opieka::test::pngBytes;

namespace {

class DocumentEffectsTest : public DocumentTest
{
protected:
    qint64 addChild(qint64 familyId, const QString& firstName)
    {
        Member m;
        m.familyId = familyId;
        m.firstName = firstName;
        m.lastName = QStringLiteral("Testowe");
        m.birthDate = QDate(2015, 3, 1);
        m.sex = Sex::Female;
        m.relation = Relation::Child;
        auto id = MemberService(ws.session(ws.manager())).add(m);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    // An agreed plan of family 1 with one goal and one action; its id.
    qint64 agreedPlan(const QDate& on)
    {
        WorkPlanService plans(ws.session(ws.manager()));
        auto id = plans.createDraft(1, on);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        if (!id.ok())
            return 0;
        WorkPlan plan = *plans.plan(*id);
        PlanGoal goal;
        goal.description = QStringLiteral("Regularne wizyty u lekarza");
        PlanAction action;
        action.description = QStringLiteral("Umówić wizytę");
        goal.actions << action;
        plan.goals << goal;
        EXPECT_TRUE(plans.saveDraft(plan).ok());
        Status agreed = plans.agree(*id, on, true, true);
        EXPECT_TRUE(agreed.ok()) << agreed.error().message.toStdString();
        return *id;
    }

    std::optional<QDate> healthCertificateDue()
    {
        auto status = FosterRegisterService(ws.session(ewa)).familyStatus(1, kToday);
        EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
        return status.ok() ? status->healthCertificateDue : std::nullopt;
    }
};

} // namespace

TEST_F(DocumentEffectsTest, AHealthCertificateMeetsTheDeadlineAndAnOlderOneDoesNotUndoIt)
{
    // Registered 2019-01-01 with no certificate: due 2021-01-01, long overdue on 2024-06-01.
    ASSERT_EQ(healthCertificateDue(), QDate(2021, 1, 1));
    auto id = service(ewa).attach(
        newDocument(DocumentOwner::fosterFamily(1), DocumentKind::HealthCertificate,
                    QStringLiteral("zaświadczenie lekarskie.pdf"), pdfBytes(), QDate(2024, 5, 20)),
        kToday);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(healthCertificateDue(), QDate(2026, 5, 20)) << "two years on from the document";
    auto status = FosterRegisterService(ws.session(ewa)).familyStatus(1, kToday);
    EXPECT_EQ(status->family.healthCertificateOn, QDate(2024, 5, 20));
    EXPECT_GT(*status->healthCertificateDue, kToday) << "no longer due";
    EXPECT_EQ(status->psychologistOpinionDue, QDate(2021, 1, 1)) << "the opinion is another one";

    // The change and its dates are in the attachment's audit record.
    auto values = sql::firstRow(ws.database(),
                                QStringLiteral("SELECT new_values FROM audit_log WHERE action = "
                                               "'document.attach' AND entity_id = ?"),
                                {QString::number(*id)}, sql::textColumn);
    ASSERT_TRUE(values.ok() && *values);
    EXPECT_TRUE((*values)->contains(QStringLiteral("\"health_certificate_on\":\"2024-05-20\"")))
        << (*values)->toStdString();

    // An older certificate attached later is kept, and moves nothing back.
    ASSERT_TRUE(
        service(ewa)
            .attach(newDocument(DocumentOwner::fosterFamily(1), DocumentKind::HealthCertificate,
                                QStringLiteral("stare zaświadczenie.png"), pngBytes(),
                                QDate(2023, 4, 1)),
                    kToday)
            .ok());
    EXPECT_EQ(healthCertificateDue(), QDate(2026, 5, 20));
    EXPECT_EQ(service(ewa).documents(DocumentOwner::fosterFamily(1))->size(), 2);

    // A psychologist's opinion moves its own date.
    ASSERT_TRUE(
        service(ewa)
            .attach(newDocument(DocumentOwner::fosterFamily(1), DocumentKind::PsychologistOpinion,
                                QStringLiteral("opinia.pdf"), pdfBytes(), QDate(2024, 2, 1)),
                    kToday)
            .ok());
    status = FosterRegisterService(ws.session(ewa)).familyStatus(1, kToday);
    EXPECT_EQ(status->psychologistOpinionDue, QDate(2026, 2, 1));
}

TEST_F(DocumentEffectsTest, ASignedPlanRecordsTheDayTheFamilySignedIt)
{
    auto none =
        managers().attach(newDocument(DocumentOwner::family(1), DocumentKind::SignedWorkPlan,
                                      QStringLiteral("plan.pdf"), pdfBytes()),
                          kToday);
    ASSERT_FALSE(none.ok()) << "no agreed plan to sign";
    EXPECT_EQ(none.error().kind, ErrorKind::Refused);
    EXPECT_EQ(documentRows(), 0);

    const qint64 planId = agreedPlan(QDate(2024, 3, 1));
    ASSERT_GT(planId, 0);
    EXPECT_FALSE(WorkPlanService(ws.session(ws.manager())).plan(planId)->familySignedOn);
    auto signedPlan = service(anna).attach(
        newDocument(DocumentOwner::family(1), DocumentKind::SignedWorkPlan,
                    QStringLiteral("plan podpisany.pdf"), pdfBytes(), QDate(2024, 3, 4)),
        kToday);
    ASSERT_TRUE(signedPlan.ok()) << signedPlan.error().message.toStdString();
    EXPECT_EQ(WorkPlanService(ws.session(ws.manager())).plan(planId)->familySignedOn,
              QDate(2024, 3, 4));
    EXPECT_EQ(managers().document(*signedPlan)->planId, planId) << "the latest agreed version";

    // A new version made from it was not signed (yet).
    auto next = WorkPlanService(ws.session(ws.manager())).newVersion(planId, QDate(2024, 4, 1));
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_FALSE(WorkPlanService(ws.session(ws.manager())).plan(*next)->familySignedOn);
    // A draft is not what a family signs; another family's plan is not this family's.
    NewDocument draft = newDocument(DocumentOwner::family(1), DocumentKind::SignedWorkPlan,
                                    QStringLiteral("szkic.pdf"), pdfBytes());
    draft.planId = *next;
    EXPECT_FALSE(managers().attach(draft, kToday).ok());
    NewDocument elsewhere = newDocument(DocumentOwner::family(2), DocumentKind::SignedWorkPlan,
                                        QStringLiteral("obcy.pdf"), pdfBytes());
    elsewhere.planId = planId;
    EXPECT_FALSE(managers().attach(elsewhere, kToday).ok());
    EXPECT_EQ(documentRows(), 1);
}

TEST_F(DocumentEffectsTest, APlacementPointsToItsLatestCourtOrder)
{
    const qint64 child = addChild(1, QStringLiteral("Dziecko"));
    auto placement =
        PlacementService(ws.session(ws.manager()))
            .place(test::courtPlacement(child, 1, QDate(2024, 1, 10),
                                        QStringLiteral("III Nsm 1/24"), QDate(2024, 1, 8)));
    ASSERT_TRUE(placement.ok()) << placement.error().message.toStdString();
    auto none = service(ewa).placementOrder(*placement);
    ASSERT_TRUE(none.ok()) << none.error().message.toStdString();
    EXPECT_FALSE(none->has_value());

    NewDocument order =
        newDocument(DocumentOwner::placement(*placement), DocumentKind::CourtOrder,
                    QStringLiteral("postanowienie.pdf"), pdfBytes(), QDate(2024, 1, 8));
    order.memberId = child;
    auto first = service(ewa).attach(order, kToday);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    order.date = QDate(2024, 4, 2);
    order.fileName = QStringLiteral("zmiana postanowienia.pdf");
    auto second = service(ewa).attach(order, kToday);
    ASSERT_TRUE(second.ok());
    NewDocument letter = order;
    letter.kind = DocumentKind::Letter;
    letter.date = QDate(2024, 5, 1);
    ASSERT_TRUE(service(ewa).attach(letter, kToday).ok());

    auto found = service(ewa).placementOrder(*placement);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->id, *second) << "the latest order, not the letter";
    // The child's family's worker reads it too; a worker of another unit does not.
    EXPECT_TRUE(service(anna).placementOrder(*placement).ok());
    EXPECT_FALSE(service(cezary).placementOrder(*placement).ok());

    ASSERT_TRUE(managers().remove(*second, QStringLiteral("Uchylone w apelacji")).ok());
    found = service(ewa).placementOrder(*placement);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->id, *first) << "a removed order is no longer the placement's";

    NewDocument otherChild = order;
    otherChild.memberId = addChild(2, QStringLiteral("Inne"));
    EXPECT_FALSE(managers().attach(otherChild, kToday).ok()) << "not the placed child";
}

TEST_F(DocumentEffectsTest, ErasingAPersonRemovesTheDocumentsAboutThem)
{
    const qint64 child = addChild(1, QStringLiteral("Zuzanna"));
    const qint64 sister = addChild(1, QStringLiteral("Ewelina"));
    NewDocument about = newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                    QStringLiteral("Zuzanna opinia szkoły.pdf"), pdfBytes());
    about.memberId = child;
    const qint64 first = attached(about);
    about.fileName = QStringLiteral("Zuzanna świadectwo.png");
    about.content = pngBytes();
    const qint64 second = attached(about);
    ASSERT_TRUE(managers().view(first).ok());
    ASSERT_TRUE(managers().remove(second, QStringLiteral("duplikat")).ok());
    NewDocument hers = about;
    hers.memberId = sister;
    hers.fileName = QStringLiteral("Ewelina.pdf");
    hers.content = pdfBytes();
    const qint64 sisters = attached(hers);
    const qint64 familys = attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                                QStringLiteral("rodzina.pdf"), pdfBytes()));

    auto erased = MemberService(ws.session(ws.manager())).erase(child, QStringLiteral("RODO/9"));
    ASSERT_TRUE(erased.ok()) << erased.error().message.toStdString();
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE id IN (?, ?)"), {first, second}),
        0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM document_contents WHERE document_id IN "
                                   "(?, ?)"),
                    {first, second}),
              0);
    EXPECT_EQ(documentRows(), 2) << "the sister's and the family's stay";
    EXPECT_TRUE(managers().view(sisters).ok());
    EXPECT_TRUE(managers().view(familys).ok());

    // The audit keeps no file name of hers, says how many went, and still verifies.
    auto audit = sql::rows(ws.database(),
                           QStringLiteral("SELECT COALESCE(old_values, '') || COALESCE("
                                          "new_values, '') FROM audit_log"),
                           {}, sql::textColumn);
    ASSERT_TRUE(audit.ok());
    const QString all = audit->join(QLatin1Char('\n'));
    EXPECT_FALSE(all.contains(QStringLiteral("Zuzanna")));
    EXPECT_TRUE(all.contains(QStringLiteral("Ewelina.pdf")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"documents_removed\":2"))) << all.toStdString();
    auto report = VerifyService(ws.database()).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
}

TEST_F(DocumentEffectsTest, RemovingAPersonEnteredByMistakeKeepsTheDocumentsInTheFamilysFile)
{
    const qint64 mistake = addChild(1, QStringLiteral("Pomyłka"));
    NewDocument about = newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                    QStringLiteral("pismo.pdf"), pdfBytes());
    about.memberId = mistake;
    const qint64 letter = attached(about);

    Status removed = MemberService(ws.session(ws.manager())).remove(mistake);
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    auto kept = managers().document(letter);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_FALSE(kept->memberId.has_value());
    EXPECT_TRUE(managers().view(letter).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'member.remove' AND old_values LIKE "
                                   "'%\"documents_unlinked\":1%'")),
              1);
}

TEST_F(DocumentEffectsTest, APlacementsDocumentIsAboutThePlacedChildWhenNobodyIsNamed)
{
    const qint64 child = addChild(1, QStringLiteral("Dziecko"));
    auto placement =
        PlacementService(ws.session(ws.manager()))
            .place(test::courtPlacement(child, 1, QDate(2024, 1, 10),
                                        QStringLiteral("III Nsm 1/24"), QDate(2024, 1, 8)));
    ASSERT_TRUE(placement.ok()) << placement.error().message.toStdString();
    const qint64 order =
        attached(newDocument(DocumentOwner::placement(*placement), DocumentKind::CourtOrder,
                             QStringLiteral("postanowienie.pdf"), pdfBytes(), QDate(2024, 1, 8)));
    auto stored = managers().document(order);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->memberId, std::optional<qint64>(child));
    // A family's document named about nobody stays about nobody.
    const qint64 letter = attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                               QStringLiteral("pismo.pdf"), pdfBytes()));
    EXPECT_FALSE(managers().document(letter)->memberId.has_value());
}
