#include "CaseloadModel.h"

#include "Labels.h"

#include <QLocale>

namespace opieka::ui {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CaseloadModel::setReport(const CaseloadReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerCaseload& row = m_report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case RoleKeyRole:
        return roleName(row.worker.role);
    case WorkerIdRole:
        return row.worker.id;
    case Qt::ToolTipRole: // the limit's legal source
        return index.column() == LimitColumn && row.load.limit
                   ? QVariant(m_report.limitSource(row.worker.role))
                   : QVariant();
    case Qt::BackgroundRole:
        return row.load.limit ? QVariant(Labels::statusBackground(row.load.status)) : QVariant();
    case Qt::ForegroundRole:
        return row.load.limit ? QVariant(Labels::statusForeground()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != RoleColumn &&
            index.column() != UnitColumn && index.column() != StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CaseloadModel::display(const WorkerCaseload& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return row.worker.id;
    case NameColumn:
        return row.worker.displayName();
    case RoleColumn:
        return Labels::role(row.worker.role);
    case UnitColumn:
        return row.worker.unit;
    case FteColumn:
        return locale.toString(row.worker.fte, 'f', 2);
    case CasesColumn:
        return row.load.cases;
    case LimitColumn:
        return row.load.limit ? QVariant(*row.load.limit) : QVariant(tr("none"));
    case UtilisationColumn:
        return row.load.utilisationPct
                   ? QVariant(locale.toString(*row.load.utilisationPct, 'f', 0) +
                              QStringLiteral(" %"))
                   : QVariant(QStringLiteral("–"));
    case StatusColumn:
        return Labels::loadStatus(row.load.status, row.load.limit.has_value());
    default:
        return {};
    }
}

QVariant CaseloadModel::sortKey(const WorkerCaseload& row, int column) const
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

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Worker");
    case RoleColumn:
        return tr("Role");
    case UnitColumn:
        return tr("Unit");
    case FteColumn:
        return tr("FTE");
    case CasesColumn:
        return tr("Cases");
    case LimitColumn:
        return tr("Limit");
    case UtilisationColumn:
        return tr("Utilisation");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace opieka::ui
