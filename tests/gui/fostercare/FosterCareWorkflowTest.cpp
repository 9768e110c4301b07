// The foster-care coordinator's workspace: register a foster family, place children through
// the placement dialog with its live verdict, record a review and see the next one due, and the
// coordinator's start page with overdue items first.
#include "CaseloadService.h"
#include "ChildCareService.h"
#include "CoordinatorDeskModel.h"
#include "CoordinatorDeskTab.h"
#include "DeadlinesPage.h"
#include "FosterCareTab.h"
#include "FosterChildrenModel.h"
#include "FosterFamiliesModel.h"
#include "FosterRegisterService.h"
#include "LocaleFormat.h"
#include "ManagerDeskTab.h"
#include "MemberService.h"
#include "ModalHelper.h"
#include "PastDates.h"
#include "PlacementService.h"
#include "PolishLocale.h"
#include "RecordTestHelpers.h"
#include "ReportRunner.h"
#include "ReportService.h"
#include "ReportsTab.h"
#include "WindowTest.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kCoordinator = 2;

class FosterCareWorkflowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::ewa});
        db.loadFamilies(2);
        const QDate today = QDate::currentDate();
        // Three siblings in Family-1 (the youngest under 3), one child in Family-2.
        olderChild = addChild(1, QStringLiteral("Ala"), today.addYears(-8), 11);
        middleChild = addChild(1, QStringLiteral("Bartek"), today.addYears(-6), 12);
        baby = addChild(1, QStringLiteral("Celina"), today.addYears(-1), 13);
        otherChild = addChild(2, QStringLiteral("Darek"), today.addYears(-5), 14);
    }

    qint64 addChild(qint64 familyId, const QString& firstName, const QDate& born, int serial)
    {
        Member child;
        child.familyId = familyId;
        child.firstName = firstName;
        child.lastName = QStringLiteral("Family-%1").arg(familyId);
        child.relation = Relation::Child;
        child.pesel = Pesel::compose(born, serial, serial % 2 ? Sex::Male : Sex::Female);
        auto id = MemberService(db.session(db.manager())).add(child);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    void openWindow()
    {
        ASSERT_TRUE(WindowTest::openWindow());
        tab = window.fosterCareTab();
        ASSERT_NE(tab, nullptr);
        window.tabs()->setCurrentWidget(tab);
        watch(tab->familiesModel());
        watch(tab->childrenModel());
    }

    qint64 registerThroughService(const QString& name)
    {
        FosterFamily family;
        family.name = name;
        family.kind = FosterFamilyKind::NonProfessional;
        family.municipality = QStringLiteral("Testowo");
        family.openedOn = QDate::currentDate().addYears(-2);
        family.healthCertificateOn = QDate::currentDate().addMonths(-1);
        family.psychologistOpinionOn = QDate::currentDate().addMonths(-1);
        auto id = FosterRegisterService(db.session(db.manager())).registerFamily(family);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // An emergency family (rodzina zastępcza pełniąca funkcję pogotowia rodzinnego), registered
    // two years ago through the service: its id, 0 (and a failure) if refused.
    qint64 registerEmergencyFamily()
    {
        FosterFamily emergency;
        emergency.name = QStringLiteral("Pogotowie Nowaków");
        emergency.kind = FosterFamilyKind::Emergency;
        emergency.municipality = QStringLiteral("Testowo");
        emergency.openedOn = QDate::currentDate().addYears(-2);
        auto id = FosterRegisterService(db.session(db.manager())).registerFamily(emergency);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // otherChild's emergency placement with `fosterId` from `from`, no notice recorded.
    Placement emergencyIntake(qint64 fosterId, const QDate& from) const
    {
        Placement p;
        p.childMemberId = otherChild;
        p.fosterFamilyId = fosterId;
        p.from = from;
        p.basis = PlacementBasis::Emergency;
        return p;
    }

    void placeThroughService(qint64 child, qint64 fosterFamily, const QDate& from)
    {
        Placement p;
        p.childMemberId = child;
        p.fosterFamilyId = fosterFamily;
        p.from = from;
        p.courtOrder = QStringLiteral("III Nsm 9/24");
        p.courtOrderDate = from;
        auto id = PlacementService(db.session(db.manager())).place(p);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    // Opens the placement dialog from the tab and runs `answer` on it.
    void withPlacementDialog(const std::function<void(QWidget*)>& answer)
    {
        bool seen = false;
        whenDialog(QStringLiteral("placementDialog"), seen, [&](QWidget* modal) { answer(modal); });
        click(tab, "placeButton");
        EXPECT_TRUE(seen);
    }

    static QPushButton* okButton(QWidget* dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    // Finds the child's family by the search field and picks the child.
    static void pickChild(QWidget* dialog, const QString& search, qint64 childId)
    {
        auto* edit = child<QLineEdit>(dialog, "familySearchEdit");
        edit->clear();
        typeText(edit, search);
        auto* children = child<QComboBox>(dialog, "childCombo");
        const int index = children->findData(childId);
        ASSERT_GE(index, 0) << "child " << childId << " not offered";
        children->setCurrentIndex(index);
    }

    QString childColumn(qint64 childId, int column) const
    {
        const int row = tab->childrenModel()->rowOfChild(childId);
        return row < 0 ? QString() : tab->childrenModel()->index(row, column).data().toString();
    }

    ui::FosterCareTab* tab = nullptr;
    qint64 olderChild = 0;
    qint64 middleChild = 0;
    qint64 baby = 0;
    qint64 otherChild = 0;
};
} // namespace

TEST_F(FosterCareWorkflowTest, RegisterPlaceRefuseAFourthAndReview)
{
    openWindow();
    const QDate today = QDate::currentDate();

    // Register a non-professional foster family through the dialog.
    bool registered = false;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("fosterFamilyDialog"));
        EXPECT_FALSE(okButton(modal)->isEnabled()); // a name and municipality first
        typeText(child<QLineEdit>(modal, "nameEdit"), QStringLiteral("Nowakowie"));
        auto* kind = child<QComboBox>(modal, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("non_professional")));
        typeText(child<QLineEdit>(modal, "carersEdit"), QStringLiteral("Anna i Jan Nowak"));
        typeText(child<QLineEdit>(modal, "municipalityEdit"), QStringLiteral("Testowo"));
        child<QDateEdit>(modal, "openedDateEdit")->setDate(today.addYears(-1));
        child<QCheckBox>(modal, "healthCheck")->setChecked(true);
        child<QDateEdit>(modal, "healthDateEdit")->setDate(today.addMonths(-2));
        EXPECT_TRUE(child<QLabel>(modal, "capacityHintLabel")->text().contains(QLatin1Char('3')));
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
        registered = true;
    });
    click(tab, "registerButton");
    ASSERT_TRUE(registered);
    ASSERT_EQ(tab->familiesModel()->rowCount(), 1);
    const qint64 fosterId = tab->selectedFosterFamilyId();
    ASSERT_NE(fosterId, 0);
    EXPECT_EQ(tab->familiesModel()->index(0, ui::FosterFamiliesModel::ChildrenColumn).data(),
              QStringLiteral("0 / 3"));

    // Place two children through the placement dialog, a month ago, by court order.
    for (qint64 childId : {olderChild, middleChild}) {
        withPlacementDialog([&](QWidget* modal) {
            pickChild(modal, QStringLiteral("Family-1"), childId);
            EXPECT_EQ(child<QComboBox>(modal, "fosterFamilyCombo")->currentData().toLongLong(),
                      fosterId);
            child<QDateEdit>(modal, "fromDateEdit")->setDate(today.addMonths(-1));
            EXPECT_FALSE(okButton(modal)->isEnabled()) << "the order's number is missing";
            typeText(child<QLineEdit>(modal, "courtOrderEdit"), QStringLiteral("III Nsm 1/24"));
            const QString verdict = child<QLabel>(modal, "verdictLabel")->text();
            EXPECT_TRUE(verdict.startsWith(QStringLiteral("Allowed"))) << verdict.toStdString();
            EXPECT_FALSE(child<QLineEdit>(modal, "consentEdit")->isEnabled());
            ASSERT_TRUE(okButton(modal)->isEnabled());
            QTest::mouseClick(okButton(modal), Qt::LeftButton);
        });
    }
    EXPECT_EQ(tab->childrenModel()->rowCount(), 2);
    EXPECT_EQ(tab->familiesModel()->index(0, ui::FosterFamiliesModel::ChildrenColumn).data(),
              QStringLiteral("2 / 3"));

    // The third sibling (under 3) fills the family.
    placeThroughService(baby, fosterId, today.addMonths(-1));
    tab->refresh();
    const QModelIndex children =
        tab->familiesModel()->index(0, ui::FosterFamiliesModel::ChildrenColumn);
    EXPECT_EQ(children.data(), QStringLiteral("3 / 3"));
    EXPECT_TRUE(children.data(ui::FosterFamiliesModel::FullRole).toBool());
    EXPECT_TRUE(children.data(Qt::BackgroundRole).isValid()) << "a full family is tinted";

    // A fourth child: the live verdict refuses and OK stays disabled; the consent field opens.
    withPlacementDialog([&](QWidget* modal) {
        pickChild(modal, QStringLiteral("Family-2"), otherChild);
        typeText(child<QLineEdit>(modal, "courtOrderEdit"), QStringLiteral("III Nsm 2/24"));
        const QString verdict = child<QLabel>(modal, "verdictLabel")->text();
        EXPECT_TRUE(verdict.contains(QStringLiteral("already has 3 of 3")))
            << verdict.toStdString();
        EXPECT_FALSE(okButton(modal)->isEnabled());
        auto* consent = child<QLineEdit>(modal, "consentEdit");
        EXPECT_TRUE(consent->isEnabled());
        // Darek is of another family: text in the consent field decides nothing (issue 17).
        typeText(consent, QStringLiteral("Zgoda rodziny, opinia koordynatora"));
        EXPECT_FALSE(okButton(modal)->isEnabled())
            << "a child of another family was let in beyond the capacity";
        const QString refused = child<QLabel>(modal, "verdictLabel")->text();
        EXPECT_TRUE(refused.contains(QStringLiteral("no sibling placed there")))
            << refused.toStdString();
        child<QDialogButtonBox>(modal, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    });
    EXPECT_EQ(tab->childrenModel()->rowCount(), 3) << "nothing placed on cancel";

    // Record a review of the older child: the next one six months on, shown in the table.
    const QDate reviewedOn = today.addDays(-3);
    ASSERT_TRUE(tab->selectChild(olderChild));
    bool reviewed = false;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("reviewDialog"));
        child<QDateEdit>(modal, "reviewDateEdit")->setDate(reviewedOn);
        child<QCheckBox>(modal, "teamPsychologistCheck")->setChecked(true);
        EXPECT_TRUE(child<QLabel>(modal, "nextReviewLabel")
                        ->text()
                        .contains(reviewedOn.addMonths(6).toString(Qt::ISODate)));
        // Without findings the service refuses and the dialog stays open.
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible());
        EXPECT_FALSE(child<QLabel>(modal, "errorLabel")->text().isEmpty());
        child<QPlainTextEdit>(modal, "findingsEdit")->setPlainText(QStringLiteral("Dobrze."));
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
        reviewed = true;
    });
    click(tab, "reviewButton");
    ASSERT_TRUE(reviewed);
    const QString next = reviewedOn.addMonths(6).toString(Qt::ISODate);
    EXPECT_EQ(childColumn(olderChild, ui::FosterChildrenModel::NextReviewColumn), next);
    EXPECT_TRUE(child<QLabel>(tab, "fosterStatusLabel")->text().contains(next));

    // The child under 3 is reviewed every three months.
    ASSERT_TRUE(tab->selectChild(baby));
    whenModal([&](QWidget* modal) {
        child<QDateEdit>(modal, "reviewDateEdit")->setDate(reviewedOn);
        child<QPlainTextEdit>(modal, "findingsEdit")->setPlainText(QStringLiteral("Dobrze."));
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
    });
    click(tab, "reviewButton");
    EXPECT_EQ(childColumn(baby, ui::FosterChildrenModel::NextReviewColumn),
              reviewedOn.addMonths(3).toString(Qt::ISODate));
}

// Art. 58 ust. 3: the intake is recorded at once; the notices follow within 24 hours, and one not
// recorded is a deadline.
TEST_F(FosterCareWorkflowTest, AnEmergencyIntakeIsSavedBeforeItsNotices)
{
    registerThroughService(QStringLiteral("Pogotowie Kowalskich"));
    openWindow();
    withPlacementDialog([&](QWidget* modal) {
        pickChild(modal, QStringLiteral("Family-2"), otherChild);
        child<QRadioButton>(modal, "emergencyRadio")->setChecked(true);
        EXPECT_FALSE(child<QLineEdit>(modal, "courtOrderEdit")->isEnabled());
        EXPECT_FALSE(child<QCheckBox>(modal, "noticeCheck")->isChecked());
        const QString verdict = child<QLabel>(modal, "verdictLabel")->text();
        EXPECT_TRUE(verdict.startsWith(QStringLiteral("Allowed"))) << verdict.toStdString();
        EXPECT_TRUE(verdict.contains(QStringLiteral("24 hours"))) << verdict.toStdString();
        EXPECT_TRUE(verdict.contains(QStringLiteral("starosta"))) << verdict.toStdString();
        ASSERT_TRUE(okButton(modal)->isEnabled());
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
    });
    EXPECT_EQ(tab->childrenModel()->rowCount(), 1);
    auto d = ChildCareService(db.session(db.manager())).deadlines(otherChild, QDate::currentDate());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->missingNotices.size(), 3) << "the court, the starosta and the home OPS";
}

// Art. 58 ust. 4: the organiser's consent is recorded with the extension (when, who, which
// ground); "until the court's proceedings end" leaves no end date while they are pending, and
// their end, recorded in the same dialog, brings the deadline back.
TEST_F(FosterCareWorkflowTest, ExtendingAnEmergencyStayRecordsTheOrganisersConsent)
{
    PlacementService placementService(db.session(db.manager()));
    ChildCareService childCare(db.session(db.manager()));
    const qint64 fosterId = registerEmergencyFamily();
    ASSERT_NE(fosterId, 0);
    Placement intake =
        emergencyIntake(fosterId, QDate::currentDate().addMonths(-5)); // past the 4 months
    intake.emergencyNoticeOn = intake.starostaNoticeOn = intake.opsNoticeOn = intake.from;
    ASSERT_TRUE(placementService.place(intake).ok());
    openWindow();
    ASSERT_TRUE(tab->selectFosterFamily(fosterId));
    ASSERT_TRUE(tab->selectChild(otherChild));

    bool seen = false;
    whenDialog(QStringLiteral("extendStayDialog"), seen, [&](QWidget* modal) {
        EXPECT_FALSE(child<QCheckBox>(modal, "proceedingsEndedCheck")->isVisible());
        auto* ground = child<QComboBox>(modal, "groundCombo");
        ground->setCurrentIndex(ground->findData(QStringLiteral("court_proceedings")));
        EXPECT_FALSE(child<QDateEdit>(modal, "untilDateEdit")->isEnabled())
            << "the proceedings' end, not a day, ends the stay";
        QTest::mouseClick(child<QPushButton>(modal, "saveButton"), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible()) << "the consent names who gave it";
        EXPECT_TRUE(child<QLabel>(modal, "errorLabel")->isVisible());
        typeText(child<QLineEdit>(modal, "consentByEdit"), QStringLiteral("Dyrektor PCPR"));
        QTest::mouseClick(child<QPushButton>(modal, "saveButton"), Qt::LeftButton);
    });
    click(tab, "extendStayButton");
    ASSERT_TRUE(seen);
    auto placed = placementService.placementsOfChild(otherChild);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->first().extensionGround, ExtensionGround::CourtProceedings);
    EXPECT_EQ(placed->first().extensionConsentBy, QStringLiteral("Dyrektor PCPR"));
    EXPECT_EQ(placed->first().extensionConsentOn, QDate::currentDate());
    auto d = childCare.deadlines(otherChild, QDate::currentDate());
    ASSERT_TRUE(d.ok());
    EXPECT_FALSE(d->emergencyStayEnds.has_value()) << "pending: not overdue";

    // The proceedings end: recorded in the same dialog, the stay is due again.
    ASSERT_TRUE(tab->selectChild(otherChild));
    seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        auto* ended = child<QCheckBox>(modal, "proceedingsEndedCheck");
        ASSERT_TRUE(ended->isVisible());
        ended->setChecked(true);
        child<QDateEdit>(modal, "proceedingsEndedDateEdit")->setDate(QDate::currentDate());
        QTest::mouseClick(child<QPushButton>(modal, "saveButton"), Qt::LeftButton);
    });
    click(tab, "extendStayButton");
    ASSERT_TRUE(seen);
    d = childCare.deadlines(otherChild, QDate::currentDate());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->emergencyStayEnds, QDate::currentDate());
}

TEST_F(FosterCareWorkflowTest, CoordinatorSeesAnOverdueReviewFirst)
{
    const QDate today = QDate::currentDate();
    const qint64 fosterId = registerThroughService(QStringLiteral("Wiśniewscy"));
    db.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n" +
                                      QByteArray::number(kCoordinator) + ",foster_family," +
                                      QByteArray::number(fosterId) + ",2021-01-01,\n");
    placeThroughService(middleChild, fosterId, today.addMonths(-5).addDays(-10)); // due soon
    placeThroughService(olderChild, fosterId, today.addMonths(-8));               // overdue
    openWindow();
    ui::CoordinatorDeskTab* coordinator = window.coordinatorTab();
    ASSERT_NE(coordinator, nullptr);
    window.tabs()->setCurrentWidget(coordinator);     // a tab reads its data when first shown
    EXPECT_EQ(coordinator->workerId(), kCoordinator); // the first coordinator by default
    QAbstractItemModelTester tester(coordinator->itemsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const ui::CoordinatorDeskModel* items = coordinator->itemsModel();
    ASSERT_GE(items->rowCount(), 2);
    EXPECT_TRUE(items->index(0, 0).data(ui::CoordinatorDeskModel::OverdueRole).toBool());
    EXPECT_EQ(items->index(0, ui::CoordinatorDeskModel::KindColumn).data(),
              QStringLiteral("Child's review"));
    EXPECT_TRUE(items->index(0, ui::CoordinatorDeskModel::WhoColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Ala")));
    EXPECT_TRUE(items->index(0, 0).data(Qt::ForegroundRole).isValid()) << "overdue in red";
    EXPECT_FALSE(items->index(1, 0).data(ui::CoordinatorDeskModel::OverdueRole).toBool());
    EXPECT_EQ(coordinator->familiesModel()->rowCount(), 1);
    const QString capacity = child<QLabel>(coordinator, "capacityLabel")->text();
    // 15 foster families per coordinator since 2015 (u.w.r.s.p.z. art. 77 ust. 4).
    EXPECT_TRUE(capacity.contains(QStringLiteral("of the limit 15 (below limit)")))
        << capacity.toStdString() << ": the status inside the sentence is in lower case";

    // "Show in the register" selects the family in the foster care tab.
    window.tabs()->setCurrentWidget(coordinator);
    child<QTableView>(coordinator, "itemsTable")->selectRow(0);
    click(coordinator, "showFamilyButton");
    EXPECT_EQ(window.tabs()->currentWidget(), window.fosterCareTab());
    EXPECT_EQ(window.fosterCareTab()->selectedFosterFamilyId(), fosterId);
}

// Art. 77 ust. 1a: a foster family no coordinator works with is flagged on the manager's start
// page, and no longer once a coordinator takes it.
TEST_F(FosterCareWorkflowTest, TheManagerSeesAFosterFamilyWithoutACoordinator)
{
    const qint64 fosterId = registerThroughService(QStringLiteral("Wiśniewscy"));
    openWindow();
    ui::ManagerDeskTab* start = window.managerStartTab();
    ASSERT_NE(start, nullptr);
    start->refresh();
    ASSERT_TRUE(start->runner()->waitForIdle());
    EXPECT_EQ(start->glance().fosterFamiliesWithoutCoordinator, 1);
    auto* button = start->findChild<QAbstractButton*>(QStringLiteral("noCoordinatorButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(
        button->text().startsWith(QStringLiteral("1 foster family(ies) without a coordinator")))
        << button->text().toStdString();

    db.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n" +
                                      QByteArray::number(kCoordinator) + ",foster_family," +
                                      QByteArray::number(fosterId) + ",2020-01-01,\n");
    start->refresh();
    ASSERT_TRUE(start->runner()->waitForIdle());
    EXPECT_EQ(start->glance().fosterFamiliesWithoutCoordinator, 0);
    EXPECT_TRUE(button->text().startsWith(QStringLiteral("0 foster family(ies)")))
        << button->text().toStdString();
}

namespace {
// The kinds of the deadlines page's rows about `subject`, as the report lists them.
QStringList deadlineKinds(const ui::DeadlinesPage* page, const QString& subject)
{
    QStringList kinds;
    for (const DeadlineRow& row : page->rows())
        if (row.subject == subject)
            kinds << row.kind;
    return kinds;
}
} // namespace

// Art. 58 ust. 3 (issue 19): a notice sent the day after an emergency intake is recorded later
// through "Record the notice…" (only the missing ones offered; the service refuses a day before
// the intake, and the dialog shows its words); its deadline then leaves the register's To do,
// the coordinator's desk and the deadlines report, which were on screen before, without F5.
// Closing the dialog with the window's close button saves nothing.
TEST_F(FosterCareWorkflowTest, ANoticeSentAfterTheIntakeIsRecordedAndLeavesEveryList)
{
    const QDate today = QDate::currentDate();
    const QDate intake = today.addDays(-2);
    PlacementService placementService(db.session(db.manager()));
    ChildCareService childCare(db.session(db.manager()));
    const qint64 fosterId = registerEmergencyFamily();
    ASSERT_NE(fosterId, 0);
    db.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n" +
                                      QByteArray::number(kCoordinator) + ",foster_family," +
                                      QByteArray::number(fosterId) + ",2021-01-01,\n");
    // No notice recorded at the intake.
    ASSERT_TRUE(placementService.place(emergencyIntake(fosterId, intake)).ok());
    const QString childName = QStringLiteral("Darek Family-2");
    const auto missing = [&] {
        auto d = childCare.deadlines(otherChild, today);
        EXPECT_TRUE(d.ok());
        return d.ok() ? d->missingNotices.size() : -1;
    };

    openWindow();
    // Seen first on the coordinator's desk and in the deadlines report.
    ui::CoordinatorDeskTab* coordinator = window.coordinatorTab();
    window.tabs()->setCurrentWidget(coordinator);
    const auto deskKinds = [&] {
        return columnTexts(coordinator->itemsModel(), ui::CoordinatorDeskModel::KindColumn)
            .filter(QStringLiteral("of the intake"));
    };
    EXPECT_EQ(deskKinds(),
              (QStringList{QStringLiteral("Tell the court of the intake"),
                           QStringLiteral("Tell the starosta of the intake"),
                           QStringLiteral("Tell the child's home OPS of the intake")}));
    ui::ReportsTab* reports = window.reportsTab();
    ASSERT_NE(reports, nullptr);
    window.tabs()->setCurrentWidget(reports);
    reports->showDeadlines();
    ui::DeadlinesPage* deadlines = reports->deadlinesPage();
    deadlines->refresh();
    ASSERT_TRUE(deadlines->runner()->waitForIdle());
    EXPECT_EQ(deadlineKinds(deadlines, childName).filter(QStringLiteral("intake_notice")).size(),
              3);

    window.tabs()->setCurrentWidget(tab);
    ASSERT_TRUE(tab->selectFosterFamily(fosterId));
    ASSERT_TRUE(tab->selectChild(otherChild));
    const QString toDo = childColumn(otherChild, ui::FosterChildrenModel::FlagsColumn);
    EXPECT_TRUE(toDo.contains(QStringLiteral("tell the court of the intake by")))
        << toDo.toStdString();
    auto* noticeButton = child<QPushButton>(tab, "noticeButton");
    ASSERT_TRUE(noticeButton->isVisible()) << "the action is where the missing notice is seen";

    // Closed with the window's close button: nothing saved.
    bool closed = false;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("intakeNoticeDialog"));
        child<QDateEdit>(modal, "sentDateEdit")->setDate(intake.addDays(1));
        closed = modal->close();
    });
    click(tab, "noticeButton");
    ASSERT_TRUE(closed);
    EXPECT_EQ(missing(), 3);

    bool recorded = false;
    whenModal([&](QWidget* modal) {
        auto* notices = child<QComboBox>(modal, "noticeCombo");
        EXPECT_EQ(notices->count(), 3);
        auto* sent = child<QDateEdit>(modal, "sentDateEdit");
        EXPECT_EQ(sent->date(), today) << "today by default";
        EXPECT_EQ(sent->displayFormat(), ui::LocaleFormat::dateFormat()) << "the language's format";
        notices->setCurrentIndex(notices->findData(QStringLiteral("court")));
        // A day before the intake: the service refuses, the dialog says why and stays open.
        sent->setDate(intake.addDays(-1));
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible());
        const QString error = child<QLabel>(modal, "errorLabel")->text();
        EXPECT_TRUE(error.contains(localDate(intake)))
            << "names the intake's day: " << error.toStdString();
        EXPECT_EQ(missing(), 3);
        sent->setDate(intake.addDays(1)); // sent the day after the intake
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
        recorded = !modal->isVisible();
    });
    click(tab, "noticeButton");
    ASSERT_TRUE(recorded);
    EXPECT_EQ(missing(), 2);
    auto placements = placementService.placementsOfChild(otherChild);
    ASSERT_TRUE(placements.ok());
    EXPECT_EQ(placements->first().emergencyNoticeOn, intake.addDays(1));

    // Gone from the register's To do, the other two still there; the action stays for them.
    const QString after = childColumn(otherChild, ui::FosterChildrenModel::FlagsColumn);
    EXPECT_FALSE(after.contains(QStringLiteral("court"))) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("starosta"))) << after.toStdString();
    EXPECT_TRUE(noticeButton->isVisible());
    // The desk and the report, shown again, no longer list it (no F5).
    window.tabs()->setCurrentWidget(coordinator);
    EXPECT_EQ(deskKinds(),
              (QStringList{QStringLiteral("Tell the starosta of the intake"),
                           QStringLiteral("Tell the child's home OPS of the intake")}));
    window.tabs()->setCurrentWidget(reports);
    QTest::qWait(20);
    ASSERT_TRUE(deadlines->runner()->waitForIdle());
    EXPECT_EQ(deadlineKinds(deadlines, childName).filter(QStringLiteral("intake_notice")),
              (QStringList{QStringLiteral("intake_notice_starosta"),
                           QStringLiteral("intake_notice_home_ops")}));

    // From the coordinator's desk: the selected item's notice is offered first.
    window.tabs()->setCurrentWidget(coordinator);
    auto* items = child<QTableView>(coordinator, "itemsTable");
    const int starostaRow =
        columnTexts(coordinator->itemsModel(), ui::CoordinatorDeskModel::KindColumn)
            .indexOf(QStringLiteral("Tell the starosta of the intake"));
    ASSERT_GE(starostaRow, 0);
    items->selectRow(starostaRow);
    ASSERT_TRUE(child<QPushButton>(coordinator, "noticeButton")->isEnabled());
    bool fromDesk = false;
    whenModal([&](QWidget* modal) {
        auto* notices = child<QComboBox>(modal, "noticeCombo");
        EXPECT_EQ(notices->count(), 2) << "the court's is recorded: not offered again";
        EXPECT_EQ(notices->currentData().toString(), QStringLiteral("starosta"));
        child<QDateEdit>(modal, "sentDateEdit")->setDate(intake);
        QTest::mouseClick(okButton(modal), Qt::LeftButton);
        fromDesk = !modal->isVisible();
    });
    click(coordinator, "noticeButton");
    ASSERT_TRUE(fromDesk);
    EXPECT_EQ(deskKinds(), QStringList{QStringLiteral("Tell the child's home OPS of the intake")});
    window.tabs()->setCurrentWidget(tab);
    const QString last = childColumn(otherChild, ui::FosterChildrenModel::FlagsColumn);
    EXPECT_FALSE(last.contains(QStringLiteral("starosta"))) << "the register, without F5";
    EXPECT_TRUE(last.contains(QStringLiteral("home OPS"))) << last.toStdString();
}

// The notice's button joins the row under the register only for a child whose intake lacks a
// notice; the Polish window still fits 1024 px then (its row of buttons is the widest).
TEST_F(FosterCareWorkflowTest, ThePolishWindowWithTheNoticeButtonFits1024Pixels)
{
    const PolishLocale polish;
    PlacementService placementService(db.session(db.manager()));
    const qint64 fosterId = registerEmergencyFamily();
    ASSERT_NE(fosterId, 0);
    ASSERT_TRUE(
        placementService.place(emergencyIntake(fosterId, QDate::currentDate().addDays(-1))).ok());
    openWindow();
    window.resize(1024, 768);
    ASSERT_TRUE(tab->selectFosterFamily(fosterId));
    ASSERT_TRUE(tab->selectChild(otherChild));
    ASSERT_TRUE(child<QPushButton>(tab, "noticeButton")->isVisible());
    QTest::qWait(20);
    EXPECT_LE(window.minimumSizeHint().width(), 1024);
    EXPECT_EQ(window.width(), 1024) << "the window did not grow for the button";
}
