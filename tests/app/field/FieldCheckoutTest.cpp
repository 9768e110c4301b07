// Taking a worker's cases into the field (issue 23 parts 1 and 2, docs/field-work.md): the copy
// holds exactly the cases she reaches today, is encrypted, records every change made in it
// through the services, and refuses what needs the whole centre.
#include "FieldCheckout.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "CaseloadService.h"
#include "Clock.h"
#include "ContactService.h"
#include "Database.h"
#include "DocumentService.h"
#include "EncryptedFile.h"
#include "ExchangeService.h"
#include "FamilyService.h"
#include "FieldCopy.h"
#include "MemberService.h"
#include "Pesel.h"
#include "ReportService.h"
#include "SignInService.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"
#include "TestWorkspace.h"
#include "UserRepository.h"
#include "VerifyService.h"
#include "WorkPlanService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace opieka;
using test::kToday;

namespace {

const QByteArray kPassphrase("pole-kukurydzy-2024");
const QByteArray kPassword("haslo-anny-1234");

// Families 1 and 2 are Anna's, 3 her unit colleague Bogdan's: Anna reaches 1-3. Families 4 and 5
// belong to the other unit (Cezary, Dorota), whose coordinator Ewa has foster family 1, where
// family 4's child is placed. Family 6 and foster family 2 are nobody's.
class FieldCheckoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Bogdan", "Próbny", Role::SocialWorker, 1, "Zespół 1"},
                        {3, "Cezary", "Przykładowy", Role::SocialWorker, 1, "Zespół 2"},
                        {4, "Ewa", "Próbna", Role::FosterCareCoordinator, 1, "Zespół 2"},
                        {5, "Dorota", "Wzorcowa", Role::SocialWorker, 1, "Zespół 2"}});
        ws.load(DataSet::Families, test::familiesCsv(6));
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępczy,non_professional,Bochnia,2019-01-01,\n"
                                         "2,Pogotowie,emergency,Bochnia,2019-01-01,\n");
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2023-01-10,\n"
                                      "1,family,2,2023-01-10,\n"
                                      "2,family,3,2023-01-10,\n"
                                      "3,family,4,2023-01-10,\n"
                                      "5,family,5,2023-01-10,\n"
                                      "4,foster_family,1,2023-01-10,\n");
        QByteArray members = "family_id,pesel,first_name,last_name,birth_date,sex,relation\n";
        QByteArray visits = "family_id,worker_id,date,kind,notes\n";
        for (int family = 1; family <= 6; ++family) {
            const QDate born(2015, 1, family);
            members += QByteArray::number(family) + ",," + "Matka,Testowa,1985-03-0" +
                       QByteArray::number(family) + ",F,parent\n";
            members += QByteArray::number(family) + "," +
                       Pesel::compose(born, 100 + family, Sex::Female).toLatin1() +
                       ",Córka,Testowa," + born.toString(Qt::ISODate).toLatin1() + ",F,child\n";
            for (int visit = 1; visit <= family; ++visit)
                visits += QByteArray::number(family) + ",1,2024-05-0" + QByteArray::number(visit) +
                          ",home_visit,Rozmowa\n";
        }
        ws.load(DataSet::Members, members);
        ws.load(DataSet::Visits, visits);
        ws.load(DataSet::Placements,
                QStringLiteral("child_pesel,foster_family_id,from,to,court_order,end_reason\n"
                               "%1,1,2023-02-01,,III Nsm 4/23,\n")
                    .arg(Pesel::compose(QDate(2015, 1, 4), 104, Sex::Female))
                    .toUtf8());
        FamilyService families(ws.session(ws.manager()));
        for (qint64 family : {2, 5})
            ASSERT_TRUE(families.startBlueCard(family, QDate(2024, 2, 1)).ok());
        WorkPlanService plans(ws.session(ws.manager()));
        for (qint64 family : {1, 4})
            ASSERT_TRUE(plans.createDraft(family, QDate(2024, 3, 1)).ok());

        anna = account(QStringLiteral("anna"), Role::SocialWorker, 1);
        cezary = account(QStringLiteral("cezary"), Role::SocialWorker, 3);
        ewa = account(QStringLiteral("ewa"), Role::FosterCareCoordinator, 4);
        ASSERT_TRUE(AccountService(ws.session(ws.admin()))
                        .setPassword(QStringLiteral("anna"), kPassword)
                        .ok());
    }

    void TearDown() override
    {
        for (const QString& path : unlocked)
            EncryptedFile::lock(path);
    }

    User account(const QString& login, Role role, qint64 workerId)
    {
        User user;
        user.login = login;
        user.role = role;
        user.workerId = workerId;
        auto id = UserRepository(ws.database()).insert(user);
        EXPECT_TRUE(id.ok());
        user.id = id.ok() ? *id : 0;
        return user;
    }

    QString copyPath(const char* name) const
    {
        return QDir(ws.dir()).filePath(QString::fromLatin1(name));
    }

    FieldCheckoutReport checkout(const User& actor, qint64 workerId, const QString& path)
    {
        auto report =
            FieldCheckout::checkout(ws.session(actor), workerId, path, kPassphrase, nullptr);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? *report : FieldCheckoutReport{};
    }

    // Opens a copy as the window does: unlocked with its passphrase, then like any database.
    std::unique_ptr<Workspace> openCopy(const QString& path)
    {
        Status open = FieldCopy::unlockFile(path, kPassphrase);
        EXPECT_TRUE(open.ok()) << open.error().message.toStdString();
        unlocked << path;
        auto copy = Workspace::open(path, Workspace::OpenMode::MustExist);
        EXPECT_TRUE(copy.ok()) << copy.error().message.toStdString();
        return copy.ok() ? std::move(*copy) : nullptr;
    }

    static int count(Database& database, const QString& sql)
    {
        auto n = sql::number(database, sql);
        EXPECT_TRUE(n.ok()) << sql.toStdString() << ": " << n.error().message.toStdString();
        return n.ok() ? *n : -1;
    }

    // Every scoped table of the copy holds the centre's rows of exactly `families` and
    // `fosterFamilies` (their members' and plans' rows with them), and no other case's.
    void expectOnlyCases(Database& copy, const QString& families, const QString& fosterFamilies)
    {
        Database& centre = ws.database();
        const auto same = [&](const QString& table, const QString& where) {
            const QString sql =
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where);
            const QString all = QStringLiteral("SELECT COUNT(*) FROM %1").arg(table);
            EXPECT_EQ(count(copy, all), count(centre, sql)) << table.toStdString();
            EXPECT_EQ(count(copy, all), count(copy, sql)) << table.toStdString();
        };
        const QString family = QStringLiteral("family_id IN (%1)").arg(families);
        const QString foster = QStringLiteral("foster_family_id IN (%1)").arg(fosterFamilies);
        const QString child =
            QStringLiteral("child_member_id IN (SELECT id FROM members WHERE %1)").arg(family);
        same(QStringLiteral("families"), QStringLiteral("id IN (%1)").arg(families));
        same(QStringLiteral("foster_families"), QStringLiteral("id IN (%1)").arg(fosterFamilies));
        for (const char* table : {"members", "category_changes", "blue_cards", "contacts",
                                  "team_links", "work_plans", "family_assessments"})
            same(QString::fromLatin1(table), family);
        same(QStringLiteral("assignments"), family + QStringLiteral(" OR ") + foster);
        same(QStringLiteral("plan_goals"),
             QStringLiteral("plan_id IN (SELECT id FROM work_plans WHERE %1)").arg(family));
        same(QStringLiteral("placements"), child + QStringLiteral(" AND ") + foster);
        for (const char* table : {"child_reviews", "help_plan_items", "child_status"})
            same(QString::fromLatin1(table), child);
        same(QStringLiteral("foster_assessments"), foster);
        // Never copied.
        for (const char* table : {"contact_drafts", "duplicate_dismissals", "partner_centres",
                                  "exchange_items", "partner_plans", "field_copies"})
            EXPECT_EQ(
                count(copy,
                      QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))),
                0)
                << table;
    }

    ScopedToday today{kToday};
    test::TestWorkspace ws;
    User anna;
    User cezary;
    User ewa;
    QStringList unlocked;
};

TEST_F(FieldCheckoutTest, TheCopyHoldsExactlyTheFamiliesSheReaches)
{
    const QString path = copyPath("anna.opieka");
    QList<int> steps;
    auto report =
        FieldCheckout::checkout(ws.session(anna), 1, path, kPassphrase, [&](int done, int total) {
            steps << done;
            EXPECT_LE(done, total);
        });
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->families, 3);
    EXPECT_EQ(report->fosterFamilies, 0);
    EXPECT_EQ(report->members, 6);
    EXPECT_EQ(report->visits, 1 + 2 + 3);
    EXPECT_GE(steps.size(), FieldCheckout::scopedTables().size());

    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    Database& db = copy->database();
    expectOnlyCases(db, QStringLiteral("1, 2, 3"), QStringLiteral("0"));
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM blue_cards")), 1) << "family 2's";
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM work_plans")), 1) << "family 1's";
    // Reference data: every worker, the rules, the settings; only her own account, ready to sign
    // in with her password.
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM workers")), 5);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM caseload_rules")),
              count(ws.database(), QStringLiteral("SELECT COUNT(*) FROM caseload_rules")));
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM users")), 1);
    auto signedIn = SignInService(db).signIn(QStringLiteral("anna"), kPassword);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    EXPECT_EQ(signedIn->workerId.value_or(0), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action <> "
                                       "'field.checkout'")),
              0)
        << "the centre's audit stays at the centre";

    // Where it came from.
    auto info = FieldCopy::info(db);
    ASSERT_TRUE(info.ok() && info->has_value());
    EXPECT_EQ((*info)->copyId, report->copyId);
    EXPECT_EQ((*info)->workerId, 1);
    EXPECT_EQ((*info)->takenBy, QStringLiteral("anna"));
    EXPECT_EQ((*info)->centreName, QStringLiteral("Ośrodek Pomocy Społecznej"));
    auto anchor = AuditRepository(ws.database()).anchor();
    ASSERT_TRUE(anchor.ok() && anchor->has_value());
    EXPECT_EQ((*info)->centreDatabaseId, (*anchor)->databaseId);
    EXPECT_FALSE(FieldCopy::isFieldCopy(ws.database()));
    EXPECT_TRUE(FieldCopy::isFieldCopy(db));
    EXPECT_EQ(count(ws.database(), QStringLiteral("SELECT COUNT(*) FROM field_copies WHERE "
                                                  "worker_id = 1 AND taken_by = 'anna'")),
              1);
}

TEST_F(FieldCheckoutTest, ACoordinatorsCopyHoldsHerFosterFamilyAndThePlacedChildsFamily)
{
    const QString path = copyPath("ewa.opieka");
    const FieldCheckoutReport report = checkout(ewa, 4, path);
    EXPECT_EQ(report.fosterFamilies, 1);
    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    // Her unit's families (4, 5) and foster family 1 with the placement of family 4's child.
    expectOnlyCases(copy->database(), QStringLiteral("4, 5"), QStringLiteral("1"));
    EXPECT_EQ(count(copy->database(), QStringLiteral("SELECT COUNT(*) FROM placements")), 1);
}

// Documents (issue 25): the copy carries those of her cases, byte for byte, to show in the field;
// attaching and removing wait for the centre (a copy's new document would not come back).
TEST_F(FieldCheckoutTest, TheCopyShowsHerCasesDocumentsAndRefusesNewOnes)
{
    DocumentService centre(ws.session(ws.manager()));
    const auto attach = [&](const DocumentOwner& owner, DocumentKind kind,
                            const QByteArray& bytes) {
        NewDocument d;
        d.owner = owner;
        d.kind = kind;
        d.date = QDate(2024, 5, 2);
        d.fileName = QStringLiteral("skan.pdf");
        d.content = bytes;
        auto id = centre.attach(d, kToday);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    };
    const QByteArray hers("%PDF-1.4\n\x00\x01\x02 pismo rodziny 1\n%%EOF", 33);
    const qint64 herDocument = attach(DocumentOwner::family(1), DocumentKind::Letter, hers);
    attach(DocumentOwner::family(4), DocumentKind::Letter, "%PDF-1.4 rodzina 4");
    attach(DocumentOwner::fosterFamily(1), DocumentKind::HealthCertificate, "%PDF-1.4 zaswiad.");

    const QString path = copyPath("anna.opieka");
    checkout(anna, 1, path);
    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    Database& db = copy->database();
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM document_contents")), 1);

    DocumentService inField(Session(db, anna));
    auto shown = inField.view(herDocument);
    ASSERT_TRUE(shown.ok()) << shown.error().message.toStdString();
    EXPECT_EQ(*shown, hers);

    NewDocument another;
    another.owner = DocumentOwner::family(1);
    another.kind = DocumentKind::Letter;
    another.date = QDate(2024, 5, 3);
    another.fileName = QStringLiteral("nowy.pdf");
    another.content = "%PDF-1.4 nowy";
    auto attached = inField.attach(another, kToday);
    ASSERT_FALSE(attached.ok());
    EXPECT_EQ(attached.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(attached.error().message.contains(QStringLiteral("field copy")));
    auto removed = inField.remove(herDocument, QStringLiteral("pomyłka"));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind, ErrorKind::Refused);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE removed_at IS NULL")),
              1);
}

TEST_F(FieldCheckoutTest, OnlyTheWorkerHerselfOrAManagerTakesHerCases)
{
    auto other = FieldCheckout::checkout(ws.session(cezary), 1, copyPath("c.opieka"), kPassphrase);
    ASSERT_FALSE(other.ok()) << "Cezary is another unit's social worker";
    EXPECT_EQ(other.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("'cezary'")))
        << other.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(copyPath("c.opieka")));

    const FieldCheckoutReport forAnna = checkout(ws.manager(), 1, copyPath("m.opieka"));
    EXPECT_EQ(forAnna.families, 3);
    auto copy = openCopy(copyPath("m.opieka"));
    ASSERT_TRUE(copy);
    auto info = FieldCopy::info(copy->database());
    ASSERT_TRUE(info.ok() && info->has_value());
    EXPECT_EQ((*info)->takenBy, QStringLiteral("szefowa"));
    EXPECT_EQ((*info)->workerId, 1);

    // Never over an existing file, which stays as it was.
    QFile existing(copyPath("existing.txt"));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    auto over = FieldCheckout::checkout(ws.session(anna), 1, copyPath("existing.txt"), kPassphrase);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().kind, ErrorKind::Refused);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("keep me"));

    // A link to a file that does not exist yet: nothing is written where it points, and the
    // link stays.
    const QString link = copyPath("link.opieka");
    ASSERT_TRUE(QFile::link(copyPath("target.opieka"), link));
    auto viaLink = FieldCheckout::checkout(ws.session(anna), 1, link, kPassphrase);
    ASSERT_FALSE(viaLink.ok());
    EXPECT_EQ(viaLink.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(QFile::exists(copyPath("target.opieka")));
    EXPECT_TRUE(QFileInfo(link).isSymLink());

    // A worker without an account could not sign in to her copy.
    auto dorota =
        FieldCheckout::checkout(ws.session(ws.manager()), 5, copyPath("d.opieka"), kPassphrase);
    ASSERT_FALSE(dorota.ok());
    EXPECT_FALSE(QFile::exists(copyPath("d.opieka")));
    EXPECT_EQ(count(ws.database(), QStringLiteral("SELECT COUNT(*) FROM field_copies")), 1);
}

TEST_F(FieldCheckoutTest, ACopyIsNotTakenFromAnotherCopy)
{
    const QString path = copyPath("anna.opieka");
    checkout(anna, 1, path);
    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    const Session inCopy(copy->database(), anna);
    auto again = FieldCheckout::checkout(inCopy, 1, copyPath("again.opieka"), kPassphrase);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("field copy")));
    EXPECT_FALSE(QFile::exists(copyPath("again.opieka")));
}

TEST_F(FieldCheckoutTest, ACheckOutTheCentreCannotRecordLeavesNoFileBehind)
{
    // Another change holds the centre's write lock (an import being saved) for longer than the
    // check-out waits to record the copy: the copy it made is removed, and nothing is recorded.
    auto other = Database::open(ws.path(), Database::OpenMode::MustExist);
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    auto held = SqlTransaction::begin(**other);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ws.database().setWriteWaitMs(200);
    const QString path = copyPath("anna.opieka");
    auto report = FieldCheckout::checkout(ws.session(anna), 1, path, kPassphrase);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, ErrorKind::Busy) << report.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    EXPECT_TRUE(QDir(ws.dir()).entryList({QStringLiteral("anna.opieka*")}).isEmpty());
    EXPECT_FALSE(EncryptedFile::isUnlocked(path));
    ASSERT_TRUE(held->commit().ok());
    EXPECT_EQ(count(ws.database(), QStringLiteral("SELECT COUNT(*) FROM field_copies")), 0);
}

TEST_F(FieldCheckoutTest, TheCopysFileIsEncrypted)
{
    const QString path = copyPath("anna.opieka");
    checkout(anna, 1, path);
    EXPECT_TRUE(EncryptedFile::isEncrypted(path));
    EXPECT_TRUE(FieldCopy::isFieldCopyFile(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains("Rozmowa")) << "a visit's notes in clear";
    EXPECT_FALSE(bytes.contains("Testowa"));
    // Locked after the check-out: nothing opens it without the passphrase.
    EXPECT_FALSE(Workspace::open(path, Workspace::OpenMode::MustExist).ok());
    EXPECT_FALSE(FieldCopy::unlockFile(path, "not-the-passphrase").ok());
}

TEST_F(FieldCheckoutTest, ChangesThroughTheServicesAreRecordedFieldByField)
{
    const QString path = copyPath("anna.opieka");
    checkout(anna, 1, path);
    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    Database& db = copy->database();
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM field_changes")), 0)
        << "the check-out itself is not a change";
    auto user = SignInService(db).signIn(QStringLiteral("anna"), kPassword);
    ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
    const Session session(db, *user);

    FamilyService families(session);
    auto family = families.family(1);
    ASSERT_TRUE(family.ok()) << family.error().message.toStdString();
    const QString oldAddress = family->address;
    Family moved = *family;
    moved.address = QStringLiteral("ul. Polna 3, Bochnia");
    Status updated = families.update(moved);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();

    Contact visit;
    visit.familyId = 1;
    visit.workerId = 1;
    visit.date = kToday;
    visit.kind = ContactKind::HomeVisit;
    visit.notes = QStringLiteral("Wizyta w terenie");
    auto visitId = ContactService(session).log(visit);
    ASSERT_TRUE(visitId.ok()) << visitId.error().message.toStdString();

    Member son;
    son.familyId = 2;
    son.firstName = QStringLiteral("Syn");
    son.lastName = QStringLiteral("Testowy");
    son.sex = Sex::Male;
    son.birthDate = QDate(2019, 4, 1);
    son.relation = Relation::Child;
    auto sonId = MemberService(session).add(son);
    ASSERT_TRUE(sonId.ok()) << sonId.error().message.toStdString();

    struct Row
    {
        QString table;
        qint64 record;
        QString operation;
        QString field;
        QVariant oldValue;
        QVariant newValue;
        QString by;
    };
    auto rows = sql::rows(db,
                          QStringLiteral("SELECT table_name, record_id, operation, field, "
                                         "old_value, new_value, changed_by, changed_at FROM "
                                         "field_changes ORDER BY id"),
                          {}, [](const QSqlQuery& q) {
                              EXPECT_TRUE(q.value(7).toString().endsWith(QLatin1Char('Z')));
                              return Row{q.value(0).toString(),
                                         q.value(1).toLongLong(),
                                         q.value(2).toString(),
                                         q.value(3).toString(),
                                         q.value(4),
                                         q.value(5),
                                         q.value(6).toString()};
                          });
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    // The address (not the derived keys or the row version), the new visit, the new member;
    // nothing else of the family changed (its search text, refreshed by the member, is derived).
    ASSERT_EQ(rows->size(), 3);
    const Row& address = rows->at(0);
    EXPECT_EQ(address.table, QStringLiteral("families"));
    EXPECT_EQ(address.record, 1);
    EXPECT_EQ(address.operation, QStringLiteral("update"));
    EXPECT_EQ(address.field, QStringLiteral("address"));
    EXPECT_EQ(address.oldValue.toString(), oldAddress);
    EXPECT_EQ(address.oldValue.isNull(), oldAddress.isEmpty());
    EXPECT_EQ(address.newValue.toString(), QStringLiteral("ul. Polna 3, Bochnia"));
    EXPECT_EQ(rows->at(1).table, QStringLiteral("contacts"));
    EXPECT_EQ(rows->at(1).record, *visitId);
    EXPECT_EQ(rows->at(1).operation, QStringLiteral("insert"));
    EXPECT_EQ(rows->at(2).table, QStringLiteral("members"));
    EXPECT_EQ(rows->at(2).record, *sonId);
    EXPECT_EQ(rows->at(2).operation, QStringLiteral("insert"));
    for (const Row& row : *rows)
        EXPECT_EQ(row.by, QStringLiteral("anna"));

    // A deleted record keeps all its values (deleted by hand here: no service deletes a period).
    ASSERT_TRUE(sql::run(db, QStringLiteral("DELETE FROM blue_cards WHERE family_id = 2")).ok());
    auto deleted = sql::firstRow(db,
                                 QStringLiteral("SELECT old_value FROM field_changes WHERE "
                                                "operation = 'delete' AND table_name = "
                                                "'blue_cards'"),
                                 {}, sql::textColumn);
    ASSERT_TRUE(deleted.ok() && deleted->has_value());
    const QJsonObject values = QJsonDocument::fromJson((**deleted).toUtf8()).object();
    EXPECT_EQ(values.value(QStringLiteral("family_id")).toInteger(), 2);
    EXPECT_EQ(values.value(QStringLiteral("started_on")).toString(), QStringLiteral("2024-02-01"));

    // Not recorded while recording is off (a sync's refresh).
    ASSERT_TRUE(
        sql::run(db, QStringLiteral("UPDATE field_copy_info SET recording = 0 WHERE id = 1")).ok());
    const int before = count(db, QStringLiteral("SELECT COUNT(*) FROM field_changes"));
    ASSERT_TRUE(
        sql::run(db, QStringLiteral("UPDATE families SET municipality = 'Tarnów' WHERE id = 3"))
            .ok());
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM field_changes")), before);
}

TEST_F(FieldCheckoutTest, CentreOnlyWorkIsRefusedInTheCopyWithTheReason)
{
    const QString path = copyPath("anna.opieka");
    checkout(anna, 1, path);
    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    Database& db = copy->database();
    auto info = FieldCopy::info(db);
    ASSERT_TRUE(info.ok() && info->has_value());
    // The same manager's session: at the centre it may, in the copy it is refused, saying why.
    const Session inCopy(db, ws.manager());
    const Session atCentre = ws.session(ws.manager());
    const auto expectOffline = [&](const Status& status, FieldCopy::CentreOnly what) {
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().kind, ErrorKind::Refused);
        EXPECT_EQ(status.error().message, FieldCopy::offlineReason(what, **info));
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("Ośrodek Pomocy Społecznej")));
    };

    AssignRequest request;
    request.workerId = 2;
    request.caseId = 6;
    request.from = kToday;
    expectOffline(CaseloadService(inCopy).assign(request), FieldCopy::CentreOnly::Assignments);
    expectOffline(CaseloadService(inCopy).release(1, 1, kToday),
                  FieldCopy::CentreOnly::Assignments);
    expectOffline(ReportService(inCopy).statistics(kToday), FieldCopy::CentreOnly::CentreReports);
    expectOffline(ReportService(inCopy).deadlines(kToday), FieldCopy::CentreOnly::CentreReports);
    SendRequest send;
    send.familyId = 1;
    send.partner = QStringLiteral("Partner");
    expectOffline(ExchangeService(inCopy).send(send, kPassphrase), FieldCopy::CentreOnly::Exchange);
    expectOffline(AccountService(Session(db, ws.admin())).disable(QStringLiteral("anna")),
                  FieldCopy::CentreOnly::Administration);
    expectOffline(FieldCopy::refuseOffline(db, FieldCopy::CentreOnly::Administration),
                  FieldCopy::CentreOnly::Administration);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM field_changes")), 0);

    // At the centre the same calls go ahead (the exchange then asks for a partner centre).
    EXPECT_TRUE(FieldCopy::refuseOffline(ws.database(), FieldCopy::CentreOnly::Exchange).ok());
    EXPECT_TRUE(ReportService(atCentre).statistics(kToday).ok());
    EXPECT_TRUE(ReportService(atCentre).deadlines(kToday).ok());
    auto assigned = CaseloadService(atCentre).assign(request);
    EXPECT_TRUE(assigned.ok()) << assigned.error().message.toStdString();
    auto sent = ExchangeService(atCentre).send(send, kPassphrase);
    ASSERT_FALSE(sent.ok()) << "no partner centre is set up";
    EXPECT_NE(sent.error().message,
              FieldCopy::offlineReason(FieldCopy::CentreOnly::Exchange, **info));
}

TEST_F(FieldCheckoutTest, BothAuditChainsVerifyAfterTheCheckOutAndAfterChanges)
{
    const QString path = copyPath("anna.opieka");
    const FieldCheckoutReport report = checkout(anna, 1, path);
    auto copy = openCopy(path);
    ASSERT_TRUE(copy);
    Database& db = copy->database();
    const auto verified =
        [](Database& database) {
            auto found = VerifyService(database).verify();
            ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
            EXPECT_TRUE(found->ok())
                << VerifyService::describe(*found).join(QLatin1Char('\n')).toStdString();
        };
    verified(db);
    verified(ws.database());
    auto first = AuditRepository(db).latest(10);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 1) << "the copy's chain starts with the check-out";
    EXPECT_EQ(first->first().action, QStringLiteral("field.checkout"));
    EXPECT_EQ(first->first().entityId, report.copyId);
    auto atCentre =
        AuditRepository(ws.database()).forEntity(QStringLiteral("field_copy"), report.copyId);
    ASSERT_TRUE(atCentre.ok());
    ASSERT_EQ(atCentre->size(), 1);
    EXPECT_EQ(atCentre->first().action, QStringLiteral("field.checkout"));
    EXPECT_EQ(atCentre->first().userLogin, QStringLiteral("anna"));

    auto user = SignInService(db).signIn(QStringLiteral("anna"), kPassword);
    ASSERT_TRUE(user.ok());
    Contact visit;
    visit.familyId = 2;
    visit.workerId = 1;
    visit.date = kToday;
    visit.kind = ContactKind::Phone;
    ASSERT_TRUE(ContactService(Session(db, *user)).log(visit).ok());
    verified(db);
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 2);
}

} // namespace
