#include "CaseloadTab.h"

#include "CaseloadModel.h"
#include "ColumnFitter.h"
#include "Labels.h"
#include "Logging.h"
#include "RoleSummaryModel.h"
#include "ui_CaseloadTab.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace opieka::ui {

CaseloadTab::CaseloadTab(CaseloadService caseloads, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CaseloadTab>())
    , m_caseloads(caseloads)
    , m_model(new CaseloadModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new RoleSummaryModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("caseloadTab"));
    m_model->setObjectName(QStringLiteral("caseloadModel"));
    m_proxy->setObjectName(QStringLiteral("caseloadProxy"));
    m_summary->setObjectName(QStringLiteral("roleSummaryModel"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseloadModel::SortRole);
    m_proxy->setFilterRole(CaseloadModel::RoleKeyRole);
    m_proxy->setFilterKeyColumn(CaseloadModel::RoleColumn);
    m_ui->caseloadTable->setModel(m_proxy);
    m_ui->caseloadTable->sortByColumn(CaseloadModel::UtilisationColumn, Qt::DescendingOrder);
    QHeaderView* header = m_ui->caseloadTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The figures and the status stay whole and in sight; the names, roles and units give way.
    ColumnFitter::attach(m_ui->caseloadTable, {CaseloadModel::NameColumn, CaseloadModel::RoleColumn,
                                               CaseloadModel::UnitColumn});

    m_ui->summaryTable->setModel(m_summary);
    ColumnFitter::wrapTitles(m_ui->summaryTable, RoleSummaryModel::RoleColumn);

    m_ui->roleFilterCombo->addItem(tr("All roles"), QString());
    for (Role role : caseloadRoles())
        m_ui->roleFilterCombo->addItem(Labels::role(role), roleName(role));

    m_ui->asOfDate->setDate(QDate::currentDate());
    connect(m_ui->asOfDate, &QDateEdit::dateChanged, this, &CaseloadTab::refresh);
    connect(m_ui->roleFilterCombo, &QComboBox::currentIndexChanged, this,
            &CaseloadTab::applyRoleFilter);
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

CaseloadTab::~CaseloadTab() = default;

void CaseloadTab::refresh()
{
    auto report = m_caseloads.report(m_ui->asOfDate->date());
    if (!report) {
        logging::get("ui")->error("caseload report could not be read");
        m_model->setReport({});
        m_summary->setReport({});
        emit loadFailed(report.error().message);
        return;
    }
    m_model->setReport(*report);
    m_summary->setReport(*report);
    fitSummaryHeight();
}

void CaseloadTab::applyRoleFilter()
{
    const QString role = m_ui->roleFilterCombo->currentData().toString();
    m_proxy->setFilterRegularExpression(
        role.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QRegularExpression::anchoredPattern(
                             QRegularExpression::escape(role))));
}

void CaseloadTab::fitSummaryHeight()
{
    // Three roles at most: show them all without a scroll bar.
    QTableView* table = m_ui->summaryTable;
    // The titles wrap onto two lines (ColumnFitter::wrapTitles): the header's own height, not
    // its one-line size hint, or the last role hides below the view.
    QHeaderView* header = table->horizontalHeader();
    int height = std::max(header->height(), header->minimumHeight()) + 2 * table->frameWidth();
    for (int row = 0; row < m_summary->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

} // namespace opieka::ui
