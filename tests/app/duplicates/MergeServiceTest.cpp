// Merging two records of one family or one person (issue 21 part 4): what a manager checks
// afterwards, in the record and in the audit.
#include "MergeService.h"

#include "AuditService.h"
#include "Clock.h"
#include "ContactService.h"
#include "Database.h"
#include "DocumentService.h"
#include "ExchangeRepository.h"
#include "ExchangeService.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "PlacementService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "VerifyService.h"
#include "WorkPlanService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace opieka;
using test::kToday;

namespace {

// Kowalska (family 1) and Kowalski (family 2): one family entered twice, both in Testowo, with
// the same daughter in each. The social worker (worker 1) works with both records; the family
// assistant (worker 2) only with the second. Visits in both; a closed plan in the first, a
// draft in the second.
class MergeServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Socjalna", Role::SocialWorker},
                        {2, "Beata", "Asystentka", Role::FamilyAssistant}});
        ws.load(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                   "1,Kowalska,Testowo,struggling,2021-01-01,\n"
                                   "2,Kowalski,Testowo,at_risk,2022-01-01,\n"
                                   "3,Nowak,Testowo,coping,2022-01-01,\n");
        ws.load(DataSet::Members, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                                  "1,,Zofia,Kowalska,2015-03-04,F,child\n"
                                  "2,,Zofia,Kowalska,2015-03-04,F,child\n"
                                  "2,,Jan,Kowalski,1985-06-07,M,parent\n");
        ws.load(DataSet::Visits, "family_id,worker_id,date,kind,notes\n"
                                 "1,1,2023-03-01,home_visit,pierwsza\n"
                                 "1,1,2023-04-01,phone,\n"
                                 "2,1,2023-05-01,home_visit,druga\n"
                                 "2,1,2023-06-01,office_meeting,\n"
                                 "2,2,2023-07-01,home_visit,asystentka\n");
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2021-01-01,\n"
                                      "1,family,2,2022-01-01,\n"
                                      "2,family,2,2023-01-01,\n");
        WorkPlanService plans(manager());
        auto first = plans.createDraft(1, {2023, 2, 1});
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        ASSERT_TRUE(plans.close(*first, {2023, 8, 1}).ok());
        auto second = plans.createDraft(2, {2023, 9, 1});
        ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
        secondPlan = *second;
    }

    Session manager() { return ws.session(ws.manager()); }

    int count(const char* table, const char* column, qint64 id)
    {
        auto n = sql::number(ws.database(),
                             QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                                 .arg(QLatin1String(table), QLatin1String(column)),
                             {QVariant(id)});
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }
    int familyRows(const char* table, qint64 familyId)
    {
        return count(table, "family_id", familyId);
    }
    // The rows of every table that points at a family, for "nothing changed".
    QList<int> everything()
    {
        QList<int> rows;
        for (qint64 family : {1, 2})
            for (const char* table : {"members", "contacts", "assignments", "work_plans",
                                      "category_changes", "families"})
                rows << count(table, qstrcmp(table, "families") == 0 ? "id" : "family_id", family);
        return rows;
    }

    Result<MergeOutcome> mergeFamilies(qint64 kept, qint64 removed, const QSet<QString>& taken = {},
                                       std::optional<User> as = std::nullopt)
    {
        return MergeService(ws.session(as.value_or(ws.manager())))
            .merge({DuplicateKind::Families, kept, removed, taken});
    }

    // The family's audit trail, as a manager reads it.
    QList<AuditEntry> trail(qint64 familyId)
    {
        auto entries = AuditService(manager()).ofFamily(familyId);
        EXPECT_TRUE(entries.ok());
        return entries.ok() ? *entries : QList<AuditEntry>{};
    }
    static QJsonObject json(const QString& text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    void expectVerifies()
    {
        auto report = VerifyService(ws.database()).verify();
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        EXPECT_TRUE(report->ok())
            << VerifyService::describe(*report).join(QLatin1Char('\n')).toStdString();
        if (!ws.database().dialect().isSqlite())
            return; // the server refuses a dangling reference itself
        QSqlQuery dangling(ws.database().connection());
        ASSERT_TRUE(dangling.exec(QStringLiteral("PRAGMA foreign_key_check")));
        EXPECT_FALSE(dangling.next()) << "a row points at a record that is gone";
    }

    // A referral from a partner centre about family `familyId`, accepted (issue 22): its inbox
    // item and content, the link from the partner's family 45, the partner's plan copy, and the
    // records it made (the family, and member `memberId` as the partner's member 451).
    qint64 exchangeHistory(qint64 familyId, qint64 memberId)
    {
        ExchangeRepository exchange(ws.database());
        const QDateTime at(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC);
        StoredExchangeItem item;
        item.direction = QStringLiteral("in");
        item.packageId = QStringLiteral("7c1e0d1a-0000-4000-8000-000000000045");
        item.sha256 = QString(64, QLatin1Char('a'));
        item.purpose = QStringLiteral("referral");
        item.partnerFingerprint = kPartner;
        item.partnerName = QStringLiteral("PCPR w Przykładowie");
        item.familyId = familyId;
        item.partnerFamilyId = 45;
        item.status = QStringLiteral("accepted");
        item.summary = QStringLiteral("Referral: partner's family no. 45, 2 members, 0 visits");
        item.packageCreatedAt = at;
        item.createdAt = at;
        item.updatedAt = at;
        item.createdBy = ws.manager().login;
        auto id = exchange.insertItem(item);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : qPrintable(id.error().message));
        if (!id.ok())
            return 0;
        EXPECT_TRUE(exchange.insertContent(*id, QStringLiteral("{\"purpose\":\"referral\"}")).ok());
        EXPECT_TRUE(exchange.link(kPartner, 45, familyId, at, ws.manager().login).ok());
        EXPECT_TRUE(exchange.insertRecord(*id, QStringLiteral("family"), familyId, 45).ok());
        EXPECT_TRUE(exchange.insertRecord(*id, QStringLiteral("member"), memberId, 451).ok());
        StoredPartnerPlan plan;
        plan.familyId = familyId;
        plan.itemId = *id;
        plan.partnerFingerprint = kPartner;
        plan.partnerName = item.partnerName;
        plan.kind = QStringLiteral("work_plan");
        plan.version = 2;
        plan.versionDate = QDate(2024, 1, 20);
        plan.receivedAt = at;
        plan.packageId = item.packageId;
        plan.text = QStringLiteral("Cel: regularna nauka");
        plan.json = QStringLiteral("{}");
        EXPECT_TRUE(exchange.insertPartnerPlan(plan).ok());
        return *id;
    }

    static inline const QString kPartner = QStringLiteral("12345 67890 12345 67890");

    test::TestWorkspace ws;
    ScopedToday today{kToday};
    qint64 secondPlan = 0;
};

TEST_F(MergeServiceTest, TwoFamiliesBecomeOneAndNothingIsLost)
{
    const int members = familyRows("members", 1) + familyRows("members", 2);
    const int visits = familyRows("contacts", 1) + familyRows("contacts", 2);

    auto outcome = mergeFamilies(1, 2, {QStringLiteral("address")});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();

    EXPECT_EQ(familyRows("members", 1), members);
    EXPECT_EQ(familyRows("contacts", 1), visits);
    EXPECT_EQ(outcome->moved.value(QStringLiteral("members")), 2);
    EXPECT_EQ(outcome->moved.value(QStringLiteral("contacts")), 3);
    EXPECT_EQ(outcome->moved.value(QStringLiteral("work_plans")), 1);
    EXPECT_EQ(outcome->moved.value(QStringLiteral("assignments")), 2);
    // The visits read from the kept family's record: all five, the removed family's among them.
    auto read = ContactService(manager()).contacts(1);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->size(), 5);
    // The removed family is gone.
    auto gone = FamilyService(manager()).family(2);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, ErrorKind::BadInput);
    for (const char* table : {"members", "contacts", "assignments", "work_plans",
                              "category_changes", "blue_cards", "team_links"})
        EXPECT_EQ(familyRows(table, 2), 0) << table;
    expectVerifies();
}

TEST_F(MergeServiceTest, TheWorkerOfBothRecordsCountsTheFamilyOnce)
{
    auto outcome = mergeFamilies(1, 2);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->joined.value(QStringLiteral("assignments")), 1);
    // The social worker's two assignments became one, from the earlier start; the assistant's
    // stays as it was.
    QSqlQuery rows(ws.database().connection());
    ASSERT_TRUE(rows.exec(QStringLiteral("SELECT worker_id, from_date, to_date FROM assignments "
                                         "WHERE family_id = 1 ORDER BY worker_id")));
    QStringList seen;
    while (rows.next())
        seen << rows.value(0).toString() + QLatin1Char(' ') + rows.value(1).toString() +
                    QLatin1Char(' ') + rows.value(2).toString();
    EXPECT_EQ(seen,
              QStringList({QStringLiteral("1 2021-01-01 "), QStringLiteral("2 2023-01-01 ")}));
}

TEST_F(MergeServiceTest, OneNiebieskaKartaAndOneDraftPerAccountAfterTheMerge)
{
    FamilyService families(manager());
    ASSERT_TRUE(families.startBlueCard(1, {2023, 1, 10}).ok());
    ASSERT_TRUE(families.startBlueCard(2, {2023, 3, 1}).ok());
    ContactService contacts(manager());
    for (qint64 family : {1, 2}) {
        Contact draft;
        draft.familyId = family;
        draft.workerId = 1;
        draft.date = kToday;
        draft.notes = QStringLiteral("szkic %1").arg(family);
        ASSERT_TRUE(contacts.saveDraft(draft).ok());
    }
    auto outcome = mergeFamilies(1, 2);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->joined.value(QStringLiteral("blue_cards")), 1);
    EXPECT_EQ(outcome->joined.value(QStringLiteral("contact_drafts")), 1);
    // One procedure in progress, since the earlier start.
    auto cards = families.blueCards(1);
    ASSERT_TRUE(cards.ok());
    ASSERT_EQ(cards->size(), 1);
    EXPECT_EQ(cards->first().startedOn, QDate(2023, 1, 10));
    EXPECT_FALSE(cards->first().endedOn);
    auto draft = contacts.draft(1);
    ASSERT_TRUE(draft.ok());
    EXPECT_TRUE(draft->has_value());
    EXPECT_EQ(familyRows("contact_drafts", 1), 1);
    // The procedure can be ended as usual.
    EXPECT_TRUE(families.endBlueCard(1, {2024, 5, 1}).ok());
    expectVerifies();
}

TEST_F(MergeServiceTest, ThePlansVersionsFollowOneAnotherWithThePlanInForceLast)
{
    ASSERT_TRUE(mergeFamilies(1, 2).ok());
    auto versions = WorkPlanService(manager()).versions(1);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).version, 1);
    EXPECT_EQ(versions->at(0).status, PlanStatus::Closed);
    EXPECT_EQ(versions->at(1).version, 2);
    EXPECT_EQ(versions->at(1).id, secondPlan);
    EXPECT_EQ(versions->at(1).status, PlanStatus::Draft) << "still the plan being worked on";
}

TEST_F(MergeServiceTest, KeepingTheSecondRecordNumbersTheClosedPlanFirst)
{
    ASSERT_TRUE(mergeFamilies(2, 1).ok());
    auto versions = WorkPlanService(manager()).versions(2);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).status, PlanStatus::Closed);
    EXPECT_EQ(versions->at(1).id, secondPlan);
    EXPECT_EQ(versions->at(1).version, 2);
    // And the draft can still be worked on.
    WorkPlan draft = versions->at(1);
    draft.participants = QStringLiteral("matka");
    EXPECT_TRUE(WorkPlanService(manager()).saveDraft(draft).ok());
    expectVerifies();
}

TEST_F(MergeServiceTest, WhatCameFromAPartnerCentreFollowsTheKeptFamily)
{
    const qint64 item = exchangeHistory(2, 3);
    ASSERT_NE(item, 0);

    auto outcome = mergeFamilies(1, 2);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->moved.value(QStringLiteral("exchange_items")), 1);
    EXPECT_EQ(outcome->moved.value(QStringLiteral("exchange_family_links")), 1);
    EXPECT_EQ(outcome->moved.value(QStringLiteral("partner_plans")), 1);

    // The inbox shows the package as about the kept family, and its plan copy is there.
    ExchangeService exchange(manager(), KeyDerivationCost::minimal());
    auto inbox = exchange.item(item);
    ASSERT_TRUE(inbox.ok()) << inbox.error().message.toStdString();
    ASSERT_TRUE(inbox->familyId);
    EXPECT_EQ(*inbox->familyId, 1);
    auto plans = exchange.partnerPlans(1);
    ASSERT_TRUE(plans.ok()) << plans.error().message.toStdString();
    ASSERT_EQ(plans->size(), 1);
    EXPECT_EQ(plans->first().version, 2);

    // A later package from the partner about its family 45 finds the kept family, and knows the
    // member it brought before.
    ExchangeRepository repository(ws.database());
    auto linked = repository.linkedFamily(kPartner, 45);
    ASSERT_TRUE(linked.ok());
    ASSERT_TRUE(*linked);
    EXPECT_EQ(**linked, 1);
    auto members = repository.recordedPartnerIds(kPartner, 1, QStringLiteral("member"));
    ASSERT_TRUE(members.ok());
    EXPECT_EQ(*members, QList<qint64>{451});
    EXPECT_EQ(count("exchange_records", "local_id", 2), 0) << "no record names the removed family";
    expectVerifies();
}

TEST_F(MergeServiceTest, TwoPlansInForceAreRefusedWithNothingChanged)
{
    auto third = WorkPlanService(manager()).createDraft(3, {2023, 9, 1});
    ASSERT_TRUE(third.ok());
    const QList<int> before = everything();
    auto refused = MergeService(manager()).merge({DuplicateKind::Families, 2, 3, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("work plan in force")))
        << refused.error().message.toStdString();
    EXPECT_EQ(everything(), before);
    EXPECT_EQ(familyRows("work_plans", 3), 1);
}

TEST_F(MergeServiceTest, TheChosenFieldsComeFromTheRemovedRecord)
{
    auto outcome = mergeFamilies(1, 2, {QStringLiteral("name"), QStringLiteral("category")});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    auto family = FamilyService(manager()).family(1);
    ASSERT_TRUE(family.ok());
    EXPECT_EQ(family->name, QStringLiteral("Kowalski"));
    EXPECT_EQ(family->category, NeedCategory::AtRisk);
    EXPECT_EQ(family->openedOn, QDate(2021, 1, 1)) << "not taken: the kept record's";
    // The category's history says it changed on the day of the merge.
    auto history = FamilyService(manager()).categoryHistory(1);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    EXPECT_EQ(history->last().changedOn, kToday);
    EXPECT_EQ(history->last().to, NeedCategory::AtRisk);
    expectVerifies();
}

TEST_F(MergeServiceTest, TheCategoryHistoryEndsInTheKeptCategory)
{
    ASSERT_TRUE(
        FamilyService(manager()).changeCategory(2, NeedCategory::Coping, {2024, 1, 2}).ok());
    ASSERT_TRUE(mergeFamilies(1, 2).ok());
    auto family = FamilyService(manager()).family(1);
    ASSERT_TRUE(family.ok());
    EXPECT_EQ(family->category, NeedCategory::Struggling);
    auto history = FamilyService(manager()).categoryHistory(1);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2) << "the removed record's change, then the merge's";
    EXPECT_EQ(history->first().changedOn, QDate(2024, 1, 2));
    EXPECT_EQ(history->last().changedOn, kToday);
    EXPECT_EQ(history->last().from, NeedCategory::Coping);
    EXPECT_EQ(history->last().to, NeedCategory::Struggling);
}

TEST_F(MergeServiceTest, TheAuditNamesBothRecordsAndTheRemovedTrailSaysWhereItWent)
{
    ASSERT_TRUE(mergeFamilies(1, 2, {QStringLiteral("address")}).ok());
    const QList<AuditEntry> kept = trail(1);
    ASSERT_FALSE(kept.isEmpty());
    const AuditEntry& merge = kept.last();
    EXPECT_EQ(merge.action, QStringLiteral("family.merge"));
    const QJsonObject details = json(merge.newValues);
    EXPECT_EQ(details.value(QStringLiteral("kept_id")).toInteger(), 1);
    EXPECT_EQ(details.value(QStringLiteral("removed_id")).toInteger(), 2);
    EXPECT_EQ(details.value(QStringLiteral("taken_from_removed")).toArray(),
              QJsonArray({QStringLiteral("address")}));
    EXPECT_EQ(
        details.value(QStringLiteral("moved")).toObject().value(QStringLiteral("contacts")).toInt(),
        3);
    // The removed family's trail is still there and ends with the merge.
    const QList<AuditEntry> removed = trail(2);
    ASSERT_GE(removed.size(), 2);
    EXPECT_EQ(removed.last().action, QStringLiteral("family.merged_into"));
    EXPECT_EQ(json(removed.last().newValues).value(QStringLiteral("kept_id")).toInteger(), 1);
}

TEST_F(MergeServiceTest, PairsMarkedAsSomeoneElseGoWithTheRemovedRecord)
{
    ASSERT_TRUE(DuplicateService(manager()).dismiss(DuplicateKind::Families, 2, 3).ok());
    ASSERT_TRUE(DuplicateService(manager()).dismiss(DuplicateKind::Families, 1, 3).ok());
    ASSERT_TRUE(mergeFamilies(1, 2).ok());
    auto left =
        sql::number(ws.database(), QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals WHERE "
                                                  "lower_id = 2 OR higher_id = 2"));
    ASSERT_TRUE(left.ok());
    EXPECT_EQ(*left, 0);
    auto kept =
        sql::number(ws.database(), QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals"));
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(*kept, 1) << "the kept family's own mark stays";
}

TEST_F(MergeServiceTest, ASocialWorkerIsRefusedAndNothingChanges)
{
    const User worker = ws.addUser(QStringLiteral("pracownik"), Role::SocialWorker);
    const QList<int> before = everything();
    auto refused = mergeFamilies(1, 2, {}, worker);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Only a manager")));
    auto compared = MergeService(ws.session(worker)).compare(DuplicateKind::Families, 1, 2);
    EXPECT_FALSE(compared.ok());
    EXPECT_EQ(everything(), before);
}

TEST_F(MergeServiceTest, TheSameIdAMissingRecordOrAnUnknownFieldAreRefusedWithNothingChanged)
{
    const QList<int> before = everything();
    auto same = mergeFamilies(1, 1);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().kind, ErrorKind::BadInput);
    auto missing = mergeFamilies(1, 99);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("99")));
    auto unknown = mergeFamilies(1, 2, {QStringLiteral("pesel")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("'pesel'")))
        << unknown.error().message.toStdString();
    EXPECT_EQ(everything(), before);
}

TEST_F(MergeServiceTest, CompareShowsBothRecordsFieldByField)
{
    auto fields = MergeService(manager()).compare(DuplicateKind::Families, 1, 2);
    ASSERT_TRUE(fields.ok()) << fields.error().message.toStdString();
    bool name = false;
    for (const MergeField& field : *fields)
        if (field.field == QLatin1String("name")) {
            name = true;
            EXPECT_EQ(field.keptValue, QStringLiteral("Kowalska"));
            EXPECT_EQ(field.removedValue, QStringLiteral("Kowalski"));
            EXPECT_TRUE(field.differs());
            EXPECT_FALSE(field.label.isEmpty());
        } else if (field.field == QLatin1String("municipality")) {
            EXPECT_FALSE(field.differs());
        }
    EXPECT_TRUE(name);
}

// The daughter recorded twice: once in each family, the second time with her PESEL and her
// placement in a foster family.
// A scan attached to family 2, about member `memberId`: its id.
qint64 attachScan(test::TestWorkspace& ws, qint64 memberId, const QByteArray& content)
{
    NewDocument scan;
    scan.owner = DocumentOwner::family(2);
    scan.memberId = memberId;
    scan.kind = DocumentKind::Letter;
    scan.date = QDate(2024, 2, 1);
    scan.description = QStringLiteral("Pismo ze szkoły");
    scan.fileName = QStringLiteral("pismo.pdf");
    scan.content = content;
    auto id = DocumentService(ws.session(ws.manager())).attach(scan, kToday);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? *id : 0;
}

const QByteArray kScan("%PDF-1.4\n\x00\x01\xFFskan\n%%EOF\n", 24);

TEST_F(MergeServiceTest, TheRemovedRecordsDocumentsFollowTheKeptFamily)
{
    const qint64 scan = attachScan(ws, 2, kScan);
    auto outcome = mergeFamilies(1, 2);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->moved.value(QStringLiteral("documents")), 1);
    auto kept = DocumentService(manager()).documents(DocumentOwner::family(1));
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(kept->first().id, scan);
    auto content = DocumentService(manager()).view(scan);
    ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
    EXPECT_EQ(*content, kScan);
    EXPECT_EQ(familyRows("documents", 2), 0);
}

class MemberMergeTest : public MergeServiceTest
{
protected:
    void SetUp() override
    {
        MergeServiceTest::SetUp();
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępczy,non_professional,Testowo,2019-01-01,\n");
        Member second = *memberRecord(2);
        second.pesel = Pesel::compose({2015, 3, 4}, 123, Sex::Female);
        ASSERT_TRUE(MemberService(manager()).update(second).ok());
        auto placed = PlacementService(manager()).place(test::courtPlacement(
            2, 1, {2024, 1, 10}, QStringLiteral("III Nsm 1/24"), {2024, 1, 8}));
        ASSERT_TRUE(placed.ok()) << placed.error().message.toStdString();
    }

    // Member `id` of the register as the service reads it.
    std::optional<Member> memberRecord(qint64 id)
    {
        auto all = MemberService(manager()).members(id == 1 ? 1 : 2);
        if (!all.ok())
            return std::nullopt;
        for (const Member& m : *all)
            if (m.id == id)
                return m;
        return std::nullopt;
    }
};

TEST_F(MemberMergeTest, APlacementMovesToTheKeptRecordWithTheTakenPesel)
{
    const QString pesel = Pesel::compose({2015, 3, 4}, 123, Sex::Female);
    auto outcome =
        MergeService(manager()).merge({DuplicateKind::Members, 1, 2, {QStringLiteral("pesel")}});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->moved.value(QStringLiteral("placements")), 1);
    auto placements = PlacementService(manager()).placementsOfChild(1);
    ASSERT_TRUE(placements.ok());
    ASSERT_EQ(placements->size(), 1);
    EXPECT_EQ(placements->first().fosterFamilyId, 1);
    const auto kept = memberRecord(1);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->pesel, pesel);
    EXPECT_FALSE(memberRecord(2)) << "the removed record is gone";
    EXPECT_EQ(count("members", "id", 2), 0);
    expectVerifies();

    auto entries = AuditService(manager()).ofUser(ws.manager().login);
    ASSERT_TRUE(entries.ok());
    bool merge = false;
    bool mergedInto = false;
    for (const AuditEntry& entry : *entries) {
        if (entry.action == QLatin1String("member.merge") && entry.entityId == QLatin1String("1")) {
            merge = true;
            const QJsonObject details = json(entry.newValues);
            EXPECT_EQ(details.value(QStringLiteral("removed_id")).toInteger(), 2);
            EXPECT_FALSE(entry.newValues.contains(pesel)) << "field names, never values";
        }
        if (entry.action == QLatin1String("member.merged_into") &&
            entry.entityId == QLatin1String("2"))
            mergedInto = true;
    }
    EXPECT_TRUE(merge);
    EXPECT_TRUE(mergedInto);
}

TEST_F(MemberMergeTest, APeselContradictingTheKeptBirthDateIsRefusedWithNothingChanged)
{
    Member first = *memberRecord(1);
    first.birthDate = QDate(2015, 3, 5);
    ASSERT_TRUE(MemberService(manager()).update(first).ok());
    auto refused =
        MergeService(manager()).merge({DuplicateKind::Members, 1, 2, {QStringLiteral("pesel")}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(memberRecord(2)) << "rolled back: the removed record is still there";
    EXPECT_EQ(count("placements", "child_member_id", 2), 1);
}

TEST_F(MemberMergeTest, TheRecordAPartnersPackageMadeOfTheRemovedMemberNamesTheKeptOne)
{
    exchangeHistory(2, 2);
    auto outcome = MergeService(manager()).merge({DuplicateKind::Members, 1, 2, {}});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->moved.value(QStringLiteral("exchange_records")), 1);
    auto member =
        sql::number(ws.database(), QStringLiteral("SELECT local_id FROM exchange_records WHERE "
                                                  "entity = 'member' AND partner_id = 451"));
    ASSERT_TRUE(member.ok());
    EXPECT_EQ(*member, 1);
}

} // namespace

TEST_F(MemberMergeTest, ADocumentAboutTheRemovedPersonIsAboutTheKeptOne)
{
    const qint64 scan = attachScan(ws, 2, kScan);
    auto outcome =
        MergeService(manager()).merge({DuplicateKind::Members, 1, 2, {QStringLiteral("pesel")}});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->moved.value(QStringLiteral("documents")), 1);
    auto document = DocumentService(manager()).document(scan);
    ASSERT_TRUE(document.ok()) << document.error().message.toStdString();
    EXPECT_EQ(document->memberId, std::optional<qint64>(1));
}

TEST_F(MemberMergeTest, TheSamePlacementRecordedTwiceKeepsBothRecordsDocuments)
{
    // Member 1 is placed the same day with the same family: the one placement, entered twice.
    auto placed = PlacementService(manager()).place(
        test::courtPlacement(1, 1, {2024, 1, 10}, QStringLiteral("III Nsm 1/24"), {2024, 1, 8}));
    ASSERT_TRUE(placed.ok()) << placed.error().message.toStdString();
    auto removedRecords = PlacementService(manager()).placementsOfChild(2);
    ASSERT_TRUE(removedRecords.ok());
    ASSERT_EQ(removedRecords->size(), 1);
    NewDocument order;
    order.owner = DocumentOwner::placement(removedRecords->first().id);
    order.kind = DocumentKind::CourtOrder;
    order.date = QDate(2024, 1, 8);
    order.fileName = QStringLiteral("postanowienie.pdf");
    order.content = kScan;
    auto orderId = DocumentService(manager()).attach(order, kToday);
    ASSERT_TRUE(orderId.ok()) << orderId.error().message.toStdString();

    auto outcome =
        MergeService(manager()).merge({DuplicateKind::Members, 1, 2, {QStringLiteral("pesel")}});
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    auto kept = PlacementService(manager()).placementsOfChild(1);
    ASSERT_TRUE(kept.ok());
    ASSERT_EQ(kept->size(), 1);
    auto keptOrder = DocumentService(manager()).placementOrder(kept->first().id);
    ASSERT_TRUE(keptOrder.ok()) << keptOrder.error().message.toStdString();
    ASSERT_TRUE(keptOrder->has_value());
    EXPECT_EQ((*keptOrder)->id, *orderId);
}
