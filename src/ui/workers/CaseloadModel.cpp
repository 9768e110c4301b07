#include "CaseloadModel.h"

#include "Labels.h"

#include <QLocale>

namespace opieka::ui {

CaseloadModel::CaseloadModel(QObject* parent)
    : RowTableModel(ToolTips::OnlyOwn, parent)
{
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {IdColumn, QT_TR_NOOP("ID"), [](const WorkerCaseload& r) { return r.worker.id; }, number},
        {NameColumn, QT_TR_NOOP("Worker"),
         [](const WorkerCaseload& r) { return r.worker.displayName(); }},
        {RoleColumn, QT_TR_NOOP("Role"),
         [](const WorkerCaseload& r) { return Labels::role(r.worker.role); }},
        {FteColumn, QT_TR_NOOP("FTE"),
         [](const WorkerCaseload& r) { return QLocale().toString(r.worker.fte, 'f', 2); }, number},
        {CasesColumn, QT_TR_NOOP("Cases"), [](const WorkerCaseload& r) { return r.load.cases; },
         number},
        {LimitColumn, QT_TR_NOOP("Limit"),
         [](const WorkerCaseload& r) {
             return r.load.limit ? QVariant(*r.load.limit) : QVariant(tr("none"));
         },
         number,
         // the limit's legal source
         [this](const WorkerCaseload& r) {
             return r.load.limit ? QVariant(m_report.limitSource(r.worker.role)) : QVariant();
         }},
        {UtilisationColumn, QT_TR_NOOP("Utilisation"),
         [](const WorkerCaseload& r) {
             return r.load.utilisationPct
                        ? QLocale().toString(*r.load.utilisationPct, 'f', 0) + QStringLiteral(" %")
                        : QStringLiteral("–");
         },
         number},
        {StatusColumn, QT_TR_NOOP("Status"),
         [](const WorkerCaseload& r) {
             return Labels::loadStatus(r.load.status, r.load.limit.has_value());
         }},
        {UnitColumn, QT_TR_NOOP("Unit"), [](const WorkerCaseload& r) { return r.worker.unit; }},
    });
}

void CaseloadModel::setReport(const CaseloadReport& report)
{
    setRows(report.rows, [&] { m_report = report; });
}

QVariant CaseloadModel::roleData(const WorkerCaseload& row, int column, int role) const
{
    switch (role) {
    case SortRole:
        return sortKey(row, column);
    case RoleKeyRole:
        return roleName(row.worker.role);
    case WorkerIdRole:
        return row.worker.id;
    case Qt::BackgroundRole:
        return row.load.limit ? QVariant(Labels::statusBackground(row.load.status)) : QVariant();
    case Qt::ForegroundRole:
        return row.load.limit ? QVariant(Labels::statusForeground()) : QVariant();
    default:
        return {};
    }
}

QVariant CaseloadModel::sortKey(const WorkerCaseload& row, int column)
{
    switch (column) {
    case IdColumn:
        return row.worker.id;
    case NameColumn:
        return QString(row.worker.lastName + QLatin1Char(' ') + row.worker.firstName);
    case RoleColumn:
        return static_cast<int>(row.worker.role);
    case UnitColumn:
        return row.worker.unit;
    case FteColumn:
        return row.worker.fte;
    case CasesColumn:
        return row.load.cases;
    case LimitColumn:
        return row.load.limit.value_or(-1);
    case UtilisationColumn:
        return row.load.utilisationPct.value_or(-1.0);
    case StatusColumn:
        return row.load.limit ? static_cast<int>(row.load.status) : -1;
    default:
        return {};
    }
}

} // namespace opieka::ui
