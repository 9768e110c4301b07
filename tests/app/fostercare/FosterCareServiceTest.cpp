#include "AssignmentRepository.h"
#include "ChildCareService.h"
#include "CoordinatorDeskService.h"
#include "FosterRegisterService.h"
#include "ImportService.h"
#include "MemberService.h"
#include "PastDates.h"
#include "PlacementService.h"
#include "ReportService.h"
#include "TestWorkspace.h"

#include <QMap>
#include <gtest/gtest.h>

using namespace opieka;
using test::kToday;

namespace {

class FosterCareServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{4, "Dorota", "Koordynatorka", Role::FosterCareCoordinator}});
        ws.load(DataSet::Families, test::familiesCsv(2, 1, QStringLiteral("2020-01-01")));
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępczy,non_professional,Bochnia,2019-01-01,\n"
                                         "2,Pogotowie,emergency,Bochnia,2019-01-01,\n"
                                         "3,Dziadkowie,kinship,Bochnia,2019-01-01,\n");
        ws.load(DataSet::Assignments,
                "worker_id,case_kind,case_id,from,to\n4,foster_family,1,2020-01-01,\n"
                "4,foster_family,2,2020-01-01,\n");
        // Four children of family 1 (siblings) and a baby of family 2.
        const QDate births[] = {QDate(2012, 3, 1), QDate(2014, 5, 2), QDate(2016, 7, 3),
                                QDate(2018, 9, 4)};
        for (int i = 0; i < 4; ++i)
            children << addChild(1, QStringLiteral("Dziecko%1").arg(i + 1), births[i], i);
        baby = addChild(2, QStringLiteral("Niemowlę"), QDate(2023, 12, 1), 9);
    }

    qint64 addChild(qint64 familyId, const QString& name, const QDate& birth, int serial)
    {
        Member m;
        m.familyId = familyId;
        m.firstName = name;
        m.lastName = QStringLiteral("Testowe");
        m.pesel = Pesel::compose(birth, 500 + serial, Sex::Female);
        m.relation = Relation::Child;
        auto id = MemberService(ws.session(ws.manager())).add(m);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    Placement courtPlacement(qint64 child, qint64 fosterFamily, const QDate& from)
    {
        return test::courtPlacement(child, fosterFamily, from, QStringLiteral("III Nsm 123/24"),
                                    from.addDays(-2));
    }

    // The first three siblings placed by the court with the non-professional family (1) on
    // 2024-01-10: it is full then.
    void fillFamily1WithThreeSiblings()
    {
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(
                placementService.place(courtPlacement(children[i], 1, QDate(2024, 1, 10))).ok());
    }

    // The fourth sibling's placement with family 1 on the same day, without the consent.
    Result<qint64> placeTheFourthSibling()
    {
        return placementService.place(courtPlacement(children[3], 1, QDate(2024, 1, 10)));
    }

    // The baby taken in by the emergency family (2) on `from`, the three notices sent that day or
    // none.
    Placement emergencyIntake(const QDate& from, bool noticesSent) const
    {
        Placement p;
        p.childMemberId = baby;
        p.fosterFamilyId = 2;
        p.from = from;
        p.basis = PlacementBasis::Emergency;
        if (noticesSent)
            p.emergencyNoticeOn = p.starostaNoticeOn = p.opsNoticeOn = from;
        return p;
    }

    test::TestWorkspace ws;
    FosterRegisterService fosterRegister{ws.session(ws.manager())};
    PlacementService placementService{ws.session(ws.manager())};
    ChildCareService childCare{ws.session(ws.manager())};
    QList<qint64> children;
    qint64 baby = 0;
};
} // namespace

TEST_F(FosterCareServiceTest, ANonProfessionalFamilyTakesThreeAndAFourthOnlyWithConsent)
{
    ASSERT_NO_FATAL_FAILURE(fillFamily1WithThreeSiblings());
    auto fourth = placeTheFourthSibling();
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(fourth.error().message.contains(QStringLiteral("3 of 3")))
        << fourth.error().message.toStdString();
    Placement withConsent = courtPlacement(children[3], 1, QDate(2024, 1, 10));
    withConsent.overCapacityConsent =
        QStringLiteral("Rodzeństwo; zgoda rodziny i opinia koordynatora z 2024-01-09");
    ASSERT_TRUE(placementService.place(withConsent).ok());
    EXPECT_EQ(fosterRegister.familyStatus(1, kToday)->childrenPlaced, 4);
}

TEST_F(FosterCareServiceTest, AFullFamilyTakesNoChildOfAnotherFamilyWhateverTheConsentSays)
{
    ASSERT_NO_FATAL_FAILURE(fillFamily1WithThreeSiblings());
    // The baby is of another biological family: no brother or sister of it is placed there.
    Placement stranger = courtPlacement(baby, 1, QDate(2024, 1, 10));
    stranger.overCapacityConsent = QStringLiteral("zgoda");
    auto fourth = placementService.place(stranger);
    ASSERT_FALSE(fourth.ok()) << "text in the consent field let a fourth, unrelated child in";
    EXPECT_EQ(fourth.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(fourth.error().message.contains(QStringLiteral("3 of 3")))
        << fourth.error().message.toStdString();
    EXPECT_TRUE(fourth.error().message.contains(QStringLiteral("sibling")))
        << fourth.error().message.toStdString();
    EXPECT_FALSE(placementService.checkPlacement(stranger).ok())
        << "the dialog's verdict says the same";
    EXPECT_EQ(fosterRegister.familyStatus(1, kToday)->childrenPlaced, 3);
}

TEST_F(FosterCareServiceTest, ASiblingBeyondTheCapacityNeedsTheConsentAndASiblingStillPlaced)
{
    ASSERT_NO_FATAL_FAILURE(fillFamily1WithThreeSiblings());
    auto noConsent = placeTheFourthSibling();
    ASSERT_FALSE(noConsent.ok());
    EXPECT_TRUE(noConsent.error().message.contains(QStringLiteral("consent")))
        << noConsent.error().message.toStdString();
}

TEST_F(FosterCareServiceTest, CertificatesAreDueTwoYearsAfterTheRecordNeverTodayForWantOfOne)
{
    // Foster family 1 entered the register on 2019-01-01 with nothing else recorded.
    auto status = fosterRegister.familyStatus(1, kToday);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->healthCertificateDue, QDate(2021, 1, 1))
        << "from the registration, not today";
    EXPECT_EQ(status->psychologistOpinionDue, QDate(2021, 1, 1));

    FosterFamily family = status->family;
    family.qualifiedOn = QDate(2023, 3, 1);
    family.healthCertificateOn = QDate(2023, 9, 15);
    ASSERT_TRUE(fosterRegister.updateFamily(family).ok());
    status = fosterRegister.familyStatus(1, kToday);
    EXPECT_EQ(status->healthCertificateDue, QDate(2025, 9, 15)) << "two years from the last one";
    EXPECT_EQ(status->psychologistOpinionDue, QDate(2025, 3, 1))
        << "none presented since the qualification: two years from it";

    // Art. 45a does not bind kinship families.
    auto kinship = fosterRegister.familyStatus(3, kToday);
    ASSERT_TRUE(kinship.ok());
    EXPECT_FALSE(kinship->healthCertificateDue.has_value());
    EXPECT_FALSE(kinship->psychologistOpinionDue.has_value());

    // The centre's deadlines say the same: family 1's certificate overdue since 2025-09-15, the
    // emergency family's (nothing recorded since 2019-01-01) since 2021-01-01.
    auto deadlines = ReportService(ws.session(ws.manager())).deadlines(kToday.addYears(2));
    ASSERT_TRUE(deadlines.ok());
    QMap<QString, QDate> certificates;
    for (const DeadlineRow& d : *deadlines)
        if (d.kind == QStringLiteral("health_certificate") && d.due) {
            certificates.insert(d.subject, *d.due);
            EXPECT_TRUE(d.overdue) << d.subject.toStdString();
        }
    EXPECT_EQ(certificates.value(QStringLiteral("Zastępczy")), QDate(2025, 9, 15));
    EXPECT_EQ(certificates.value(QStringLiteral("Pogotowie")), QDate(2021, 1, 1));
    EXPECT_FALSE(certificates.contains(QStringLiteral("Dziadkowie")));
}

TEST_F(FosterCareServiceTest, AChildHasOnePlacementAtATime)
{
    auto first = placementService.place(courtPlacement(children[0], 1, QDate(2024, 1, 10)));
    ASSERT_TRUE(first.ok());
    auto second = placementService.place(courtPlacement(children[0], 3, QDate(2024, 3, 1)));
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("one placement at a time")));
    ASSERT_TRUE(
        placementService.endPlacement(*first, QDate(2024, 3, 1), PlacementEnd::AnotherPlacement)
            .ok());
    EXPECT_TRUE(placementService.place(courtPlacement(children[0], 3, QDate(2024, 3, 1))).ok())
        << "the next placement starts the day the first ends";
}

TEST_F(FosterCareServiceTest, BasisRulesCourtOrderOrTwentyFourHourNotice)
{
    Placement noOrder = courtPlacement(children[0], 1, QDate(2024, 1, 10));
    noOrder.courtOrder.clear();
    EXPECT_FALSE(placementService.place(noOrder).ok());
    Placement emergency;
    emergency.childMemberId = baby;
    emergency.fosterFamilyId = 2;
    emergency.from = QDate(2024, 2, 1);
    emergency.basis = PlacementBasis::Emergency;
    emergency.emergencyNoticeOn = QDate(2024, 1, 31);
    EXPECT_FALSE(placementService.place(emergency).ok()) << "a notice before the intake";
    // A late notice is recorded as it happened (the record keeps what was done, and when).
    emergency.emergencyNoticeOn = QDate(2024, 2, 2);
    auto id = placementService.place(emergency);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto d = childCare.deadlines(baby, kToday);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->emergencyStayEnds, QDate(2024, 6, 1));
    EXPECT_EQ(d->nextReview, QDate(2024, 5, 1)) << "a baby is reviewed every three months";
    EmergencyExtension extension{QDate(2024, 5, 20), QStringLiteral("Dyrektor PCPR"),
                                 ExtensionGround::EightMonths, QDate(2024, 10, 2)};
    EXPECT_FALSE(placementService.extendEmergencyStay(*id, extension).ok())
        << "beyond eight months";
    extension.until = QDate(2024, 9, 1);
    ASSERT_TRUE(placementService.extendEmergencyStay(*id, extension).ok());
    EXPECT_EQ(childCare.deadlines(baby, kToday)->emergencyStayEnds, QDate(2024, 9, 1));
}

TEST_F(FosterCareServiceTest, ReviewsMoveTheNextDueDate)
{
    ASSERT_TRUE(placementService.place(courtPlacement(children[0], 1, QDate(2024, 1, 10))).ok());
    EXPECT_EQ(childCare.deadlines(children[0], kToday)->nextReview, QDate(2024, 7, 10));
    ChildReview review;
    review.childMemberId = children[0];
    review.reviewedOn = QDate(2024, 5, 20);
    review.team = {QStringLiteral("foster_family"), QStringLiteral("coordinator"),
                   QStringLiteral("psychologist")};
    review.findings = QStringLiteral("Dziecko dobrze się rozwija.");
    ASSERT_TRUE(childCare.recordReview(review, kToday).ok());
    EXPECT_EQ(childCare.deadlines(children[0], kToday)->nextReview, QDate(2024, 11, 20));
    review.team.clear();
    EXPECT_FALSE(childCare.recordReview(review, kToday).ok()) << "who took part is recorded";
}

TEST_F(FosterCareServiceTest, AdoptionReportingAndLeavingCare)
{
    ASSERT_TRUE(placementService.place(courtPlacement(children[0], 1, QDate(2024, 1, 10))).ok());
    EXPECT_FALSE(
        placementService.reportForAdoption(children[0], kToday, QStringLiteral("OA Kraków")).ok())
        << "not before the legal situation is settled";
    ASSERT_TRUE(placementService.markLegalSituationSettled(children[0], QDate(2024, 4, 1)).ok());
    EXPECT_TRUE(childCare.deadlines(children[0], kToday)->toReportForAdoption);
    ASSERT_TRUE(
        placementService.reportForAdoption(children[0], kToday, QStringLiteral("OA Kraków")).ok());
    EXPECT_FALSE(childCare.deadlines(children[0], kToday)->toReportForAdoption);

    const auto d = childCare.deadlines(children[0], kToday);
    EXPECT_EQ(d->guardianDue, QDate(2029, 3, 1));
    EXPECT_EQ(d->programmeDue, QDate(2030, 2, 1));
    // Chosen early, on a day that has come (a choice dated ahead is refused: issue 17).
    ASSERT_TRUE(
        childCare
            .recordLeavingCare(children[0], QStringLiteral("Pan Opiekun"), kToday, std::nullopt)
            .ok());
    EXPECT_FALSE(childCare.deadlines(children[0], kToday)->guardianDue.has_value());
}

TEST_F(FosterCareServiceTest, CoordinatorSeesWhatIsDue)
{
    ASSERT_TRUE(placementService.place(courtPlacement(children[0], 1, QDate(2023, 11, 10))).ok());
    ASSERT_TRUE(placementService.markLegalSituationSettled(children[0], QDate(2024, 4, 1)).ok());
    auto page = CoordinatorDeskService(ws.session(ws.manager())).forWorker(4, kToday);
    ASSERT_TRUE(page.ok());
    ASSERT_TRUE(page->capacity.has_value());
    EXPECT_EQ(page->capacity->load.cases, 2) << "coordinators count foster families";
    EXPECT_EQ(page->families.size(), 2);
    QStringList kinds;
    for (const CoordinatorItem& item : page->items)
        kinds << coordinatorItemName(item.kind) + QLatin1Char(item.overdue ? '!' : ' ');
    EXPECT_TRUE(kinds.contains(QStringLiteral("adoption_report ")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("child_review!"))) << "due 2024-05-10";
    // Nothing recorded since the registration on 2019-01-01: due two years later, overdue since
    // (issue 17: it was "due today" for every family without a record).
    EXPECT_TRUE(kinds.contains(QStringLiteral("health_certificate!")))
        << kinds.join(QLatin1Char(',')).toStdString();
}

TEST_F(FosterCareServiceTest, PlacementsImportAllOrNothing)
{
    const QString pesel0 = Pesel::compose(QDate(2012, 3, 1), 500, Sex::Female);
    const QString pesel1 = Pesel::compose(QDate(2014, 5, 2), 501, Sex::Female);
    ImportService importer(ws.session(ws.manager()));
    auto bad = importer.importBytes(
        DataSet::Placements,
        QStringLiteral("child_pesel,foster_family_id,from,to,court_order,end_reason\n"
                       "%1,1,2023-01-01,2023-06-01,III Nsm 1/23,return_home\n"
                       "%1,3,2023-05-01,,III Nsm 2/23,\n"
                       "44051401359,1,2023-01-01,,,\n"
                       "%2,9,2023-01-01,,,\n"
                       "%2,1,2023-01-01,2023-02-01,,\n"
                       "%2,1,2023-01-01,,,escape\n")
            .arg(pesel0, pesel1)
            .toUtf8(),
        QStringLiteral("p.csv"), false, kToday);
    ASSERT_FALSE(bad.ok());
    const QString m = bad.error().message;
    EXPECT_TRUE(m.contains(QStringLiteral("p.csv:3:"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("p.csv:4: no family member has PESEL 44051401359")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("p.csv:5: foster_family_id 9"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("p.csv:6: an ended placement needs its end_reason")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("p.csv:7:"))) << m.toStdString();
    EXPECT_FALSE(m.contains(QStringLiteral("p.csv:2:")));
    EXPECT_TRUE(placementService.placementsOfChild(children[0])->isEmpty());

    auto good = importer.importBytes(
        DataSet::Placements,
        QStringLiteral("child_pesel,foster_family_id,from,to,court_order,end_reason\n"
                       "%1,1,2023-01-01,2023-06-01,III Nsm 1/23,return_home\n"
                       "%1,3,2023-06-01,,III Nsm 2/23,\n")
            .arg(pesel0)
            .toUtf8(),
        QStringLiteral("p.csv"), false, kToday);
    ASSERT_TRUE(good.ok()) << good.error().message.toStdString();
    EXPECT_EQ(placementService.placementsOfChild(children[0])->size(), 2);
}

namespace {
// The kinds of the centre's deadlines about `subject` on `day`, with '!' for an overdue one.
QStringList deadlineKinds(test::TestWorkspace& ws, const QString& subject, const QDate& day)
{
    QStringList kinds;
    auto rows = ReportService(ws.session(ws.manager())).deadlines(day);
    EXPECT_TRUE(rows.ok());
    if (rows.ok())
        for (const DeadlineRow& row : *rows)
            if (row.subject == subject)
                kinds << row.kind + (row.overdue ? QStringLiteral("!") : QString());
    return kinds;
}
} // namespace

// Art. 58 ust. 3: an intake without a court order is recorded at once; the court, the starosta and
// the child's home OPS are told within 24 hours, and each notice still missing is a deadline.
TEST_F(FosterCareServiceTest, AnEmergencyIntakeIsRecordedAndEachMissingNoticeIsDueWithin24Hours)
{
    auto id = placementService.place(emergencyIntake(QDate(2024, 2, 1), false));
    ASSERT_TRUE(id.ok()) << "the intake comes before the notices: "
                         << id.error().message.toStdString();
    const QString child = QStringLiteral("Niemowlę Testowe");
    EXPECT_EQ(deadlineKinds(ws, child, QDate(2024, 2, 2)).filter(QStringLiteral("intake_notice")),
              (QStringList{QStringLiteral("intake_notice_court"),
                           QStringLiteral("intake_notice_starosta"),
                           QStringLiteral("intake_notice_home_ops")}))
        << "due the day after the intake";
    EXPECT_EQ(deadlineKinds(ws, child, QDate(2024, 2, 3)).filter(QStringLiteral("intake_notice")),
              (QStringList{QStringLiteral("intake_notice_court!"),
                           QStringLiteral("intake_notice_starosta!"),
                           QStringLiteral("intake_notice_home_ops!")}))
        << "overdue once the 24 hours have passed";

    EXPECT_FALSE(
        placementService.recordIntakeNotice(*id, IntakeNotice::Court, QDate(2024, 1, 31)).ok())
        << "a notice before the intake";
    ASSERT_TRUE(
        placementService.recordIntakeNotice(*id, IntakeNotice::Court, QDate(2024, 2, 1)).ok());
    ASSERT_TRUE(
        placementService.recordIntakeNotice(*id, IntakeNotice::Starosta, QDate(2024, 2, 2)).ok());
    auto d = childCare.deadlines(baby, QDate(2024, 2, 3));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->missingNotices, QList<IntakeNotice>{IntakeNotice::HomeOps});
    EXPECT_EQ(deadlineKinds(ws, child, QDate(2024, 2, 3)).filter(QStringLiteral("intake_notice")),
              QStringList{QStringLiteral("intake_notice_home_ops!")});
    auto placement = placementService.placementsOfChild(baby);
    ASSERT_TRUE(placement.ok());
    EXPECT_EQ(placement->first().starostaNoticeOn, QDate(2024, 2, 2));
}

// A notice sent after the intake day is recorded later (issue 19): dated from the intake to today,
// and once: a notice already on the record is not silently redated.
TEST_F(FosterCareServiceTest, ANoticeSentLaterIsDatedFromTheIntakeToTodayAndRecordedOnce)
{
    const ScopedToday today(QDate(2024, 2, 5));
    auto id = placementService.place(emergencyIntake(QDate(2024, 2, 1), false));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto future =
        placementService.recordIntakeNotice(*id, IntakeNotice::HomeOps, QDate(2024, 2, 6));
    ASSERT_FALSE(future.ok()) << "a notice dated tomorrow";
    EXPECT_EQ(future.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(future.error().message.contains(localDate(QDate(2024, 2, 6))))
        << future.error().message.toStdString();
    auto early =
        placementService.recordIntakeNotice(*id, IntakeNotice::HomeOps, QDate(2024, 1, 31));
    ASSERT_FALSE(early.ok()) << "a notice dated before the intake";
    EXPECT_TRUE(early.error().message.contains(localDate(QDate(2024, 2, 1))))
        << "names the intake's day: " << early.error().message.toStdString();

    ASSERT_TRUE(
        placementService.recordIntakeNotice(*id, IntakeNotice::HomeOps, QDate(2024, 2, 5)).ok())
        << "today, four days after the intake: late, recorded as it happened";
    auto again = placementService.recordIntakeNotice(*id, IntakeNotice::HomeOps, QDate(2024, 2, 2));
    ASSERT_FALSE(again.ok()) << "the home OPS's notice is already on the record";
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(again.error().message.contains(localDate(QDate(2024, 2, 5))))
        << "names the day on the record: " << again.error().message.toStdString();
    auto placement = placementService.placementsOfChild(baby);
    ASSERT_TRUE(placement.ok());
    EXPECT_EQ(placement->first().opsNoticeOn, QDate(2024, 2, 5)) << "the first date stays";
    auto d = childCare.deadlines(baby, QDate(2024, 2, 5));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->missingNotices,
              (QList<IntakeNotice>{IntakeNotice::Court, IntakeNotice::Starosta}));
}

// Art. 58 ust. 4: four months; with the organiser's consent (recorded: when, who, which ground) to
// eight. The deadline on the days around the end of the 4th and of the 8th month.
TEST_F(FosterCareServiceTest, AnEmergencyStayAroundTheFourthAndTheEighthMonth)
{
    auto id = placementService.place(emergencyIntake(QDate(2024, 1, 15), true));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const QString child = QStringLiteral("Niemowlę Testowe");
    EXPECT_TRUE(
        deadlineKinds(ws, child, QDate(2024, 5, 15)).contains(QStringLiteral("emergency_stay")));
    EXPECT_TRUE(
        deadlineKinds(ws, child, QDate(2024, 5, 16)).contains(QStringLiteral("emergency_stay!")));

    EmergencyExtension noOne{QDate(2024, 5, 10), QString(), ExtensionGround::EightMonths,
                             QDate(2024, 9, 15)};
    EXPECT_FALSE(placementService.extendEmergencyStay(*id, noOne).ok())
        << "the consent names who gave it";
    EmergencyExtension consent{QDate(2024, 5, 10), QStringLiteral("Dyrektor PCPR"),
                               ExtensionGround::EightMonths, QDate(2024, 9, 16)};
    EXPECT_FALSE(placementService.extendEmergencyStay(*id, consent).ok()) << "past the 8th month";
    consent.until = QDate(2024, 9, 15);
    ASSERT_TRUE(placementService.extendEmergencyStay(*id, consent).ok());
    EXPECT_FALSE(
        deadlineKinds(ws, child, QDate(2024, 5, 16)).contains(QStringLiteral("emergency_stay!")));
    EXPECT_TRUE(
        deadlineKinds(ws, child, QDate(2024, 9, 15)).contains(QStringLiteral("emergency_stay")));
    EXPECT_TRUE(
        deadlineKinds(ws, child, QDate(2024, 9, 16)).contains(QStringLiteral("emergency_stay!")));
    auto placement = placementService.placementsOfChild(baby);
    ASSERT_TRUE(placement.ok());
    EXPECT_EQ(placement->first().extensionConsentOn, QDate(2024, 5, 10));
    EXPECT_EQ(placement->first().extensionConsentBy, QStringLiteral("Dyrektor PCPR"));
    EXPECT_EQ(placement->first().extensionGround, ExtensionGround::EightMonths);
}

// Art. 58 ust. 4: "or until the court's proceedings end". Past the 8th month no overdue flag while
// they are pending; once recorded ended, the deadline comes back.
TEST_F(FosterCareServiceTest, APendingCourtCasePastTheEighthMonthIsNotOverdue)
{
    auto id = placementService.place(emergencyIntake(QDate(2024, 1, 15), true));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_FALSE(placementService.recordCourtProceedingsEnded(*id, QDate(2024, 10, 1)).ok())
        << "no consent until the proceedings end";
    ASSERT_TRUE(placementService
                    .extendEmergencyStay(*id, {QDate(2024, 5, 14), QStringLiteral("Dyrektor PCPR"),
                                               ExtensionGround::CourtProceedings, std::nullopt})
                    .ok());
    const QString child = QStringLiteral("Niemowlę Testowe");
    for (const QDate& day :
         {QDate(2024, 5, 16), QDate(2024, 9, 15), QDate(2024, 9, 16), QDate(2024, 11, 20)})
        EXPECT_FALSE(deadlineKinds(ws, child, day)
                         .join(QLatin1Char(','))
                         .contains(QStringLiteral("emergency_stay")))
            << day.toString(Qt::ISODate).toStdString();
    auto d = childCare.deadlines(baby, QDate(2024, 9, 16));
    ASSERT_TRUE(d.ok());
    EXPECT_FALSE(d->emergencyStayEnds.has_value());
    EXPECT_TRUE(d->emergencyStayAwaitsCourt);

    EXPECT_FALSE(placementService.recordCourtProceedingsEnded(*id, QDate(2024, 1, 14)).ok())
        << "before the intake";
    ASSERT_TRUE(placementService.recordCourtProceedingsEnded(*id, QDate(2024, 11, 20)).ok());
    EXPECT_TRUE(
        deadlineKinds(ws, child, QDate(2024, 11, 20)).contains(QStringLiteral("emergency_stay")));
    EXPECT_TRUE(
        deadlineKinds(ws, child, QDate(2024, 11, 21)).contains(QStringLiteral("emergency_stay!")));
    EXPECT_FALSE(childCare.deadlines(baby, QDate(2024, 11, 21))->emergencyStayAwaitsCourt);
}

// Art. 53 ust. 1 and art. 61 ust. 1: the places count the adults who stay on after 18 (art. 37
// ust. 2) with the children; one who leaves frees the place.
TEST_F(FosterCareServiceTest, AdultsWhoStayOnCountTowardTheCapacity)
{
    const qint64 adult = addChild(2, QStringLiteral("Dorosła"), QDate(2005, 1, 20), 7);
    ASSERT_TRUE(placementService.place(courtPlacement(adult, 1, QDate(2022, 1, 10))).ok());
    ASSERT_TRUE(placementService.place(courtPlacement(children[0], 1, QDate(2024, 1, 10))).ok());
    ASSERT_TRUE(placementService.place(courtPlacement(children[1], 1, QDate(2024, 1, 10))).ok());
    auto status = fosterRegister.familyStatus(1, kToday);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->childrenPlaced, 3) << "the adult who stays on holds a place";
    EXPECT_EQ(status->adultsStaying, 1);
    Placement stranger = courtPlacement(children[2], 1, QDate(2024, 5, 1));
    auto fourth = placementService.place(stranger);
    ASSERT_FALSE(fourth.ok());
    EXPECT_TRUE(fourth.error().message.contains(QStringLiteral("3 of 3")))
        << fourth.error().message.toStdString();
    EXPECT_TRUE(fourth.error().message.contains(QStringLiteral("after 18")))
        << fourth.error().message.toStdString();
    auto placements = placementService.placementsOfChild(adult);
    ASSERT_TRUE(placements.ok());
    ASSERT_TRUE(
        placementService
            .endPlacement(placements->first().id, QDate(2024, 5, 1), PlacementEnd::LeavingCare)
            .ok());
    EXPECT_EQ(fosterRegister.familyStatus(1, kToday)->childrenPlaced, 2);
    EXPECT_TRUE(placementService.place(stranger).ok()) << "the place she left is free";
}

// Art. 77 ust. 1a: a foster family without a coordinator is the organiser's; the manager sees it
// among the centre's deadlines, and its own deadlines with no worker's name.
TEST_F(FosterCareServiceTest, AFosterFamilyWithoutACoordinatorIsFlaggedToTheManager)
{
    auto uncovered = fosterRegister.familiesWithoutCoordinator(kToday);
    ASSERT_TRUE(uncovered.ok());
    ASSERT_EQ(uncovered->size(), 1);
    EXPECT_EQ(uncovered->first().name, QStringLiteral("Dziadkowie"));
    EXPECT_EQ(deadlineKinds(ws, QStringLiteral("Dziadkowie"), kToday),
              QStringList{QStringLiteral("no_coordinator")})
        << "a kinship family owes no certificate (art. 45a)";

    // Family 1's coordinator leaves it: its overdue certificates stay on the list, the organiser's.
    auto assignments = AssignmentRepository(ws.database()).forWorker(4);
    ASSERT_TRUE(assignments.ok());
    for (const Assignment& a : *assignments) {
        if (a.caseRef.id == 1) {
            ASSERT_TRUE(AssignmentRepository(ws.database()).end(a.id, QDate(2024, 3, 1)).ok());
        }
    }
    const QStringList kinds = deadlineKinds(ws, QStringLiteral("Zastępczy"), kToday);
    EXPECT_TRUE(kinds.contains(QStringLiteral("no_coordinator")))
        << kinds.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("health_certificate!")))
        << kinds.join(QLatin1Char(',')).toStdString();
    auto rows = ReportService(ws.session(ws.manager())).deadlines(kToday);
    ASSERT_TRUE(rows.ok());
    for (const DeadlineRow& row : *rows) {
        if (row.subject == QStringLiteral("Zastępczy")) {
            EXPECT_EQ(row.workerId, 0) << "no coordinator's name on the organiser's items";
        }
    }
    auto before = fosterRegister.familiesWithoutCoordinator(QDate(2024, 2, 1));
    ASSERT_TRUE(before.ok());
    for (const FosterFamily& f : *before)
        EXPECT_NE(f.id, 1) << "it had its coordinator then";
}
