#include "CaseloadTab.h"

#include "CaseloadModel.h"
#include "Labels.h"
#include "RoleSummaryModel.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class CaseloadTabTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::anna, staff::beata, staff::cezary, staff::dorota});
        db.loadFamilies(80);
        db.assign(1, 1, 21); // over 20
        db.assign(2, 21, 5);
        db.assign(3, 1, 46); // near 50
        db.assign(4, 1, 9);
        ASSERT_TRUE(window.openDatabase(db.path()));
        tab = window.caseloadTab();
        ASSERT_NE(tab, nullptr);
        window.show();
        window.tabs()->setCurrentWidget(tab); // a tab reads its data when first shown
        table = tab->findChild<QTableView*>(QStringLiteral("caseloadTable"));
        ASSERT_NE(table, nullptr);
        watch(tab->model());
        watch(tab->proxy());
        watch(tab->summaryModel());
    }

    QList<qint64> workerIdsInViewOrder() const
    {
        QList<qint64> ids;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids << table->model()->index(row, ui::CaseloadModel::IdColumn).data().toLongLong();
        return ids;
    }

    QModelIndex rowOf(qint64 workerId, int column) const
    {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, ui::CaseloadModel::IdColumn).data().toLongLong() ==
                workerId)
                return table->model()->index(row, column);
        return {};
    }

    ui::CaseloadTab* tab = nullptr;
    QTableView* table = nullptr;
};
} // namespace

TEST_F(CaseloadTabTest, SortsCasesAsNumbers)
{
    table->sortByColumn(ui::CaseloadModel::CasesColumn, Qt::AscendingOrder);
    EXPECT_EQ(workerIdsInViewOrder(), (QList<qint64>{2, 4, 1, 3})); // 5, 9, 21, 46
}

TEST_F(CaseloadTabTest, StatusIsTextAndColour)
{
    const QModelIndex over = rowOf(1, ui::CaseloadModel::StatusColumn);
    ASSERT_TRUE(over.isValid());
    EXPECT_EQ(over.data().toString(), QStringLiteral("Over limit"));
    EXPECT_EQ(over.data(Qt::BackgroundRole).value<QColor>(),
              ui::Labels::statusBackground(LoadStatus::Over));
    EXPECT_EQ(rowOf(3, ui::CaseloadModel::StatusColumn).data().toString(),
              QStringLiteral("Near limit"));
    EXPECT_EQ(rowOf(2, ui::CaseloadModel::StatusColumn).data().toString(),
              QStringLiteral("Below limit"));
}

TEST_F(CaseloadTabTest, RoleFilterShowsOneRole)
{
    auto* roles = tab->findChild<QComboBox*>(QStringLiteral("roleFilterCombo"));
    ASSERT_NE(roles, nullptr);
    roles->setCurrentIndex(roles->findData(roleName(Role::SocialWorker)));
    table->sortByColumn(ui::CaseloadModel::IdColumn, Qt::AscendingOrder);
    EXPECT_EQ(workerIdsInViewOrder(), (QList<qint64>{3, 4}));
    roles->setCurrentIndex(0);
    EXPECT_EQ(table->model()->rowCount(), 4);
}

TEST_F(CaseloadTabTest, AsOfDateReadsThePast)
{
    auto* asOf = tab->findChild<QDateEdit*>(QStringLiteral("asOfDate"));
    ASSERT_NE(asOf, nullptr);
    asOf->setDate(QDate(2020, 6, 1)); // before every assignment
    EXPECT_EQ(rowOf(1, ui::CaseloadModel::CasesColumn).data().toInt(), 0);
    asOf->setDate(QDate::currentDate());
    EXPECT_EQ(rowOf(1, ui::CaseloadModel::CasesColumn).data().toInt(), 21);
}

TEST_F(CaseloadTabTest, SummaryCountsEachRole)
{
    ui::RoleSummaryModel* summary = tab->summaryModel();
    ASSERT_EQ(summary->rowCount(), 3);
    // Row 1: family assistants, 2 workers, 26 cases, one over the limit.
    EXPECT_EQ(summary->index(1, ui::RoleSummaryModel::RoleColumn).data().toString(),
              QStringLiteral("Family assistant"));
    EXPECT_EQ(summary->index(1, ui::RoleSummaryModel::WorkersColumn).data().toInt(), 2);
    EXPECT_EQ(summary->index(1, ui::RoleSummaryModel::CasesColumn).data().toInt(), 26);
    EXPECT_EQ(summary->index(1, ui::RoleSummaryModel::OverLimitColumn).data().toInt(), 1);
}
