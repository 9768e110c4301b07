#include "RoleSummaryModel.h"

#include "Labels.h"

#include <QLocale>

namespace opieka::ui {

RoleSummaryModel::RoleSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RoleSummaryModel::setReport(const CaseloadReport& report)
{
    beginResetModel();
    m_summaries = report.summaries;
    m_overrides.clear();
    m_sources.clear();
    for (const RoleSummary& s : m_summaries) {
        m_overrides << report.overrideCountOf(s.role);
        m_sources << report.limitSource(s.role);
    }
    endResetModel();
}

int RoleSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int RoleSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleSummary& s = m_summaries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != RoleColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole &&
        ((index.column() == OverLimitColumn && s.overLimit > 0) ||
         (index.column() == ExtraWorkersColumn && s.extraWorkersNeeded > 0)))
        return Labels::warningForeground();
    if (role == Qt::ToolTipRole && index.column() == LimitColumn) // the limit's legal source
        return m_sources.value(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RoleColumn:
        return Labels::role(s.role);
    case WorkersColumn:
        return s.workers;
    case CasesColumn:
        return s.cases;
    case PerWorkerColumn:
        return QLocale().toString(s.casesPerWorker, 'f', 1);
    case LimitColumn:
        return s.limit ? QVariant(*s.limit) : QVariant(tr("none"));
    case NearLimitColumn:
        return s.nearLimit;
    case AtLimitColumn:
        return s.atLimit;
    case OverLimitColumn:
        return s.overLimit;
    case OverridesColumn:
        return m_overrides.value(index.row());
    case ExtraWorkersColumn:
        return s.extraWorkersNeeded;
    default:
        return {};
    }
}

QVariant RoleSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case WorkersColumn:
        return tr("Workers");
    case CasesColumn:
        return tr("Cases");
    case PerWorkerColumn:
        return tr("Cases per worker");
    case LimitColumn:
        return tr("Limit");
    case NearLimitColumn:
        return tr("Near limit");
    case AtLimitColumn:
        return tr("At limit");
    case OverLimitColumn:
        return tr("Over limit");
    case OverridesColumn:
        return tr("Overrides");
    case ExtraWorkersColumn:
        return tr("Extra workers needed");
    default:
        return {};
    }
}

} // namespace opieka::ui
