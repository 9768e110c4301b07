#include "CaseloadReportPage.h"

#include "CaseloadFormat.h"
#include "CaseloadModel.h"
#include "CasesBehindDialog.h"
#include "ColumnFitter.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "ReportDocuments.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "RoleSummaryModel.h"
#include "UtilisationChart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace opieka::ui {
namespace {
QLabel* newHeading(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CaseloadReportPage::CaseloadReportPage(const Session& session, QWidget* parent)
    : ReportPage(session, QStringLiteral("caseloadReportPage"), parent)
    , m_caseloads(session)
    , m_roleCombo(new QComboBox(this))
    , m_unitCombo(new QComboBox(this))
    , m_municipalityCombo(new QComboBox(this))
    , m_summary(new RoleSummaryModel(this))
    , m_workers(new CaseloadModel(this))
    , m_workersProxy(new QSortFilterProxyModel(this))
    , m_overrides(CasesBehindDialog::newModel(this))
    , m_chart(new UtilisationChart(this))
    , m_details(new QTabWidget(this))
{
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Report on workers of role"));
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->setAccessibleName(tr("Report on workers of unit"));
    m_municipalityCombo->setObjectName(QStringLiteral("municipalityCombo"));
    m_municipalityCombo->setAccessibleName(tr("Report on workers with cases in municipality"));
    for (QComboBox* combo : {m_roleCombo, m_unitCombo, m_municipalityCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addControl(tr("&Role:"), m_roleCombo);
    addControl(tr("&Unit:"), m_unitCombo);
    addControl(tr("&Municipality:"), m_municipalityCombo);
    fillChoices();

    m_summary->setObjectName(QStringLiteral("reportSummaryModel"));
    m_workers->setObjectName(QStringLiteral("reportWorkersModel"));
    m_overrides->setObjectName(QStringLiteral("overridesModel"));
    m_summaryTable = newReportTable(QStringLiteral("roleSummaryTable"),
                                    tr("Caseload by role; double-click a figure for its cases"),
                                    m_summary, this);
    m_summaryTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    ColumnFitter::wrapTitles(m_summaryTable, RoleSummaryModel::RoleColumn);
    m_summaryTable->setToolTip(tr("Double-click a figure to see the cases behind it."));
    m_overridesTable = newReportTable(QStringLiteral("overridesTable"), tr("Overrides in force"),
                                      m_overrides, this);
    m_noOverrides =
        new QLabel(tr("No case is carried beyond a limit by a manager's decision."), this);
    m_noOverrides->setObjectName(QStringLiteral("noOverridesLabel"));

    m_workersProxy->setSourceModel(m_workers);
    m_workersProxy->setSortRole(CaseloadModel::SortRole);
    m_workersTable = newReportTable(QStringLiteral("workersTable"),
                                    tr("Caseload per worker; double-click a worker for the cases"),
                                    m_workersProxy, this);
    m_workersTable->setSortingEnabled(true);
    m_workersTable->sortByColumn(CaseloadModel::UtilisationColumn, Qt::DescendingOrder);
    m_workersTable->setColumnHidden(CaseloadModel::IdColumn, true);
    m_workersTable->horizontalHeader()->moveSection(CaseloadModel::UnitColumn,
                                                    CaseloadModel::FteColumn);
    ColumnFitter::attach(m_workersTable, {CaseloadModel::NameColumn, CaseloadModel::RoleColumn,
                                          CaseloadModel::UnitColumn});

    // The chart, the workers and the overrides share the room below the totals: each gets the
    // page's full width when shown.
    m_details->setObjectName(QStringLiteral("caseloadDetails"));
    m_details->setAccessibleName(tr("Caseload details"));
    m_details->addTab(m_chart, tr("C&hart"));
    m_details->addTab(m_workersTable, tr("&Workers"));
    auto* overrides = new QWidget(this);
    auto* overridesLayout = new QVBoxLayout(overrides);
    overridesLayout->addWidget(m_noOverrides);
    overridesLayout->addWidget(m_overridesTable, 1);
    m_details->addTab(overrides, tr("&Overrides in force"));

    body()->addWidget(newHeading(tr("By role"), m_summaryTable, this));
    body()->addWidget(m_summaryTable);
    body()->addWidget(m_details, 1);

    for (QComboBox* combo : {m_roleCombo, m_unitCombo, m_municipalityCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportPage::refresh);
    connect(m_summaryTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.row() < m_summary->summaries().size())
            showFigureCases(m_summary->summaries().at(index.row()).role, index.column());
    });
    connect(m_workersTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        showWorkerCases(index.data(CaseloadModel::WorkerIdRole).toLongLong());
    });
    connect(m_overridesTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(ReportTableModel::IdRole).toLongLong();
        if (index.data(ReportTableModel::KindRole).toInt() == static_cast<int>(CaseKind::Family))
            emit openFamilyRequested(id);
        else
            emit showFosterFamilyRequested(id);
    });
    connect(m_chart, &UtilisationChart::workerClicked, this, &CaseloadReportPage::showWorkerCases);
}

void CaseloadReportPage::fillChoices()
{
    m_roleCombo->addItem(tr("All roles"), QString());
    for (Role role : caseloadRoles())
        m_roleCombo->addItem(Labels::role(role), roleName(role));
    m_unitCombo->addItem(tr("All units"), QString());
    if (auto units = m_caseloads.units())
        for (const QString& unit : *units)
            m_unitCombo->addItem(unit, unit);
    m_municipalityCombo->addItem(tr("All municipalities"), QString());
    if (auto places = m_caseloads.municipalities())
        for (const QString& place : *places)
            m_municipalityCombo->addItem(place, place);
}

CaseloadFilter CaseloadReportPage::filter() const
{
    CaseloadFilter f;
    f.role = parseRole(m_roleCombo->currentData().toString());
    f.unit = m_unitCombo->currentData().toString();
    f.municipality = m_municipalityCombo->currentData().toString();
    return f;
}

void CaseloadReportPage::restoreControls()
{
    ReportPage::restoreControls();
    if (hasReport())
        showFilter(m_report.filter);
}

void CaseloadReportPage::setFilter(const CaseloadFilter& f, std::optional<QDate> day)
{
    if (day)
        setAsOf(*day, false);
    showFilter(f);
    refresh();
}

void CaseloadReportPage::showFilter(const CaseloadFilter& f)
{
    const QSignalBlocker roles(m_roleCombo);
    const QSignalBlocker units(m_unitCombo);
    const QSignalBlocker places(m_municipalityCombo);
    m_roleCombo->setCurrentIndex(
        std::max(0, m_roleCombo->findData(f.role ? roleName(*f.role) : QString())));
    m_unitCombo->setCurrentIndex(std::max(0, m_unitCombo->findData(f.unit)));
    m_municipalityCombo->setCurrentIndex(
        std::max(0, m_municipalityCombo->findData(f.municipality)));
}

void CaseloadReportPage::startReport()
{
    runner()->build<CaseloadReport>(
        // The page shows the overrides in force: their list is read with the figures (off the
        // GUI thread, as the whole report).
        [day = asOf(), f = filter(), actor = session().actor()](Database& db) {
            return CaseloadService(Session(db, actor))
                .report(day, f, CaseloadDetail::WithOverrides);
        },
        [this](const CaseloadReport& report) { display(report); });
}

void CaseloadReportPage::display(const CaseloadReport& report)
{
    m_report = report;
    m_summary->setReport(report);
    m_workers->setReport(report);
    m_overrides->setRows(CasesBehindDialog::rows(report.overrides, workerNames()));
    m_overridesTable->setVisible(!report.overrides.isEmpty());
    m_noOverrides->setVisible(report.overrides.isEmpty());
    m_details->setTabText(m_details->indexOf(m_overridesTable->parentWidget()),
                          tr("&Overrides in force (%1)").arg(report.overrides.size()));
    m_chart->setRows(report.rows);
    fitHeight(m_summaryTable, m_summary->rowCount());
    reportDone(report.asOf);
}

void CaseloadReportPage::fitHeight(QTableView* table, int rows)
{
    const QHeaderView* header = table->horizontalHeader();
    int height =
        std::max(header->sizeHint().height(), header->minimumHeight()) + 2 * table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

QHash<qint64, QString> CaseloadReportPage::workerNames() const
{
    QHash<qint64, QString> names;
    for (const WorkerCaseload& row : m_report.rows)
        names.insert(row.worker.id, row.worker.displayName());
    return names;
}

CasesBehindDialog* CaseloadReportPage::showWorkerCases(qint64 workerId)
{
    const QString name = workerNames().value(workerId);
    if (name.isEmpty())
        return nullptr;
    return showCases(tr("Cases of %1").arg(name),
                     tr("The cases %1 carries on %2.").arg(name, Labels::date(m_report.asOf)),
                     {workerId});
}

CasesBehindDialog* CaseloadReportPage::showFigureCases(Role role, int column)
{
    const QString roleText = Labels::role(role);
    if (column == RoleSummaryModel::OverridesColumn)
        return showDialog(tr("Overrides: %1").arg(roleText),
                          tr("Cases carried beyond the limit by a manager's decision, with the "
                             "reason."),
                          m_report.overridesOf(role));
    std::optional<LoadStatus> status;
    QString what;
    switch (column) {
    case RoleSummaryModel::RoleColumn:
    case RoleSummaryModel::WorkersColumn:
    case RoleSummaryModel::CasesColumn:
    case RoleSummaryModel::PerWorkerColumn:
        what = tr("every worker");
        break;
    case RoleSummaryModel::NearLimitColumn:
        status = LoadStatus::Near;
        what = tr("workers near the limit");
        break;
    case RoleSummaryModel::AtLimitColumn:
        status = LoadStatus::Full;
        what = tr("workers at the limit");
        break;
    case RoleSummaryModel::OverLimitColumn:
        status = LoadStatus::Over;
        what = tr("workers over the limit");
        break;
    default:
        return nullptr;
    }
    QList<qint64> ids;
    QStringList names;
    for (const WorkerCaseload& row : m_report.rows)
        if (row.worker.role == role &&
            (!status || (row.load.limit && row.load.status == *status))) {
            ids << row.worker.id;
            names << row.worker.displayName();
        }
    return showCases(tr("Cases of %1: %2").arg(roleText, what),
                     names.isEmpty()
                         ? tr("No worker.")
                         : tr("%n worker(s): %1.", nullptr, static_cast<int>(names.size()))
                               .arg(names.join(QStringLiteral(", "))),
                     ids);
}

CasesBehindDialog* CaseloadReportPage::showCases(const QString& title, const QString& explanation,
                                                 const QList<qint64>& workerIds)
{
    QList<CountedCase> cases;
    if (!workerIds.isEmpty()) {
        auto behind = m_caseloads.casesBehind(m_report.asOf, workerIds);
        if (!behind) {
            logging::get("ui")->warn("cases behind a caseload figure could not be read");
            showError(this, tr("Cannot read the cases"), behind.error().message);
            return nullptr;
        }
        cases = *behind;
    }
    return showDialog(title, explanation, cases);
}

CasesBehindDialog* CaseloadReportPage::showDialog(const QString& title, const QString& explanation,
                                                  const QList<CountedCase>& cases)
{
    auto* dialog = CasesBehindDialog::open(title, explanation, cases, workerNames(), this);
    connect(dialog, &CasesBehindDialog::openFamilyRequested, this,
            &CaseloadReportPage::openFamilyRequested);
    connect(dialog, &CasesBehindDialog::showFosterFamilyRequested, this,
            &CaseloadReportPage::showFosterFamilyRequested);
    return dialog;
}

QString CaseloadReportPage::title() const
{
    return ReportDocuments::caseloadTitle();
}

QString CaseloadReportPage::html(const QString& centre) const
{
    return ReportDocuments::caseloadHtml(m_report, centre, &Labels::date);
}

QByteArray CaseloadReportPage::csv() const
{
    return caseload_format::workersCsv(m_report);
}

QString CaseloadReportPage::fileStem() const
{
    return tr("caseload-report");
}

} // namespace opieka::ui
