// "My caseload": a worker's families with the last contact and the next step, overdue first.
#include "ContactService.h"
#include "FamilyRecordWindow.h"
#include "RecordTestHelpers.h"
#include "SocialWorkerDeskModel.h"
#include "SocialWorkerDeskTab.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kWorker = 1;
constexpr qint64 kOnTime = 1;  // next step due next week
constexpr qint64 kOverdue = 2; // next step was due two days ago
constexpr qint64 kNoContact = 3;

class SocialWorkerDeskTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::dorota});
        db.loadFamilies(4);
        db.assign(kWorker, 1, 3);
        db.assign(2, 4, 1);
        const QDate today = QDate::currentDate();
        logContact(kOnTime, today.addDays(-20), today.addDays(7));
        logContact(kOverdue, today.addDays(-10), today.addDays(-2));
        ASSERT_TRUE(openWindow());
        tab = window.myCaseloadTab();
        ASSERT_NE(tab, nullptr);
        window.tabs()->setCurrentWidget(tab); // a tab reads its data when first shown
        ASSERT_TRUE(tab->selectWorker(kWorker));
        watch(tab->model());
    }

    void logContact(qint64 family, const QDate& on, const QDate& due)
    {
        Contact contact;
        contact.familyId = family;
        contact.workerId = kWorker;
        contact.date = on;
        contact.kind = ContactKind::HomeVisit;
        contact.nextStep = QStringLiteral("Step for family %1").arg(family);
        contact.nextStepDue = due;
        ASSERT_TRUE(ContactService(db.session(db.manager())).log(contact).ok());
    }

    qint64 familyAt(int row) const
    {
        return tab->model()
            ->index(row, 0)
            .data(ui::SocialWorkerDeskModel::FamilyIdRole)
            .toLongLong();
    }

    ui::SocialWorkerDeskTab* tab = nullptr;
};
} // namespace

TEST_F(SocialWorkerDeskTest, ListsOverdueFirst)
{
    const ui::SocialWorkerDeskModel* model = tab->model();
    ASSERT_EQ(model->rowCount(), 3); // not the other worker's family
    EXPECT_EQ(familyAt(0), kOverdue);
    EXPECT_TRUE(model->index(0, 0).data(ui::SocialWorkerDeskModel::OverdueRole).toBool());
    EXPECT_TRUE(model->index(0, 0).data(Qt::BackgroundRole).isValid()); // highlighted
    EXPECT_TRUE(model->index(0, ui::SocialWorkerDeskModel::DueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("overdue")));
    EXPECT_EQ(model->index(0, ui::SocialWorkerDeskModel::DaysSinceColumn).data().toInt(), 10);
    EXPECT_EQ(familyAt(1), kOnTime);
    EXPECT_FALSE(model->index(1, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(familyAt(2), kNoContact);
    EXPECT_TRUE(
        child<QLabel>(tab, "myCaseloadCountLabel")->text().contains(QStringLiteral("overdue")));
}

TEST_F(SocialWorkerDeskTest, WorkerPickerSwitchesTheList)
{
    ASSERT_TRUE(tab->selectWorker(2));
    ASSERT_EQ(tab->model()->rowCount(), 1);
    EXPECT_EQ(familyAt(0), 4);
}

TEST_F(SocialWorkerDeskTest, OpensTheFamilyRecord)
{
    window.tabs()->setCurrentWidget(tab);
    child<QTableView>(tab, "myCaseloadTable")->selectRow(0);
    click(tab, "openButton");
    ASSERT_EQ(window.recordWindows().size(), 1);
    EXPECT_EQ(window.recordWindows().first()->familyId(), kOverdue);
}
