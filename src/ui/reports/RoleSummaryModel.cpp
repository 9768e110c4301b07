#include "RoleSummaryModel.h"

#include "Labels.h"

#include <QLocale>

namespace opieka::ui {

RoleSummaryModel::RoleSummaryModel(QObject* parent)
    : RowTableModel(ToolTips::OnlyOwn, parent)
{
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {RoleColumn, QT_TR_NOOP("Role"), [](const RoleSummary& s) { return Labels::role(s.role); }},
        {WorkersColumn, QT_TR_NOOP("Workers"), [](const RoleSummary& s) { return s.workers; },
         number},
        {CasesColumn, QT_TR_NOOP("Cases"), [](const RoleSummary& s) { return s.cases; }, number},
        {PerWorkerColumn, QT_TR_NOOP("Cases per worker"),
         [](const RoleSummary& s) { return QLocale().toString(s.casesPerWorker, 'f', 1); }, number},
        {LimitColumn, QT_TR_NOOP("Limit"),
         [](const RoleSummary& s) { return s.limit ? QVariant(*s.limit) : QVariant(tr("none")); },
         number,
         // the limit's legal source
         [this](const RoleSummary& s) { return m_report.limitSource(s.role); }},
        {NearLimitColumn, QT_TR_NOOP("Near limit"),
         [](const RoleSummary& s) { return s.nearLimit; }, number},
        {AtLimitColumn, QT_TR_NOOP("At limit"), [](const RoleSummary& s) { return s.atLimit; },
         number},
        {OverLimitColumn, QT_TR_NOOP("Over limit"),
         [](const RoleSummary& s) { return s.overLimit; }, number},
        {OverridesColumn, QT_TR_NOOP("Overrides"),
         [this](const RoleSummary& s) { return m_report.overrideCountOf(s.role); }, number},
        {ExtraWorkersColumn, QT_TR_NOOP("Extra workers needed"),
         [](const RoleSummary& s) { return s.extraWorkersNeeded; }, number},
    });
}

void RoleSummaryModel::setReport(const CaseloadReport& report)
{
    setRows(report.summaries, [&] { m_report = report; });
}

QVariant RoleSummaryModel::roleData(const RoleSummary& s, int column, int role) const
{
    if (role == Qt::ForegroundRole && ((column == OverLimitColumn && s.overLimit > 0) ||
                                       (column == ExtraWorkersColumn && s.extraWorkersNeeded > 0)))
        return Labels::warningForeground();
    return {};
}

} // namespace opieka::ui
