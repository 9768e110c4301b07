#include "FosterFamiliesModel.h"

#include "FosterLabels.h"
#include "Labels.h"

namespace opieka::ui {

FosterFamiliesModel::FosterFamiliesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FosterFamiliesModel::setRows(const QList<FosterFamilyStatus>& rows, const QDate& today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int FosterFamiliesModel::rowOf(qint64 fosterFamilyId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).family.id == fosterFamilyId)
            return row;
    return -1;
}

int FosterFamiliesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FosterFamiliesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QDate> FosterFamiliesModel::dateOf(const FosterFamilyStatus& row, int column) const
{
    switch (column) {
    case HealthCertificateColumn:
        return row.healthCertificateDue;
    case PsychologistOpinionColumn:
        return row.psychologistOpinionDue;
    case AssessmentColumn:
        return row.assessmentDue;
    default:
        return std::nullopt;
    }
}

QVariant FosterFamiliesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FosterFamilyStatus& row = m_rows.at(index.row());
    const bool full = row.capacity && row.childrenPlaced >= *row.capacity;
    const std::optional<QDate> date = dateOf(row, index.column());
    const bool overdue = date && date->isValid() && *date < m_today;
    switch (role) {
    case FosterFamilyIdRole:
        return row.family.id;
    case FullRole:
        return full;
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        if (index.column() == ChildrenColumn && full)
            return Labels::statusBackground(row.childrenPlaced > *row.capacity ? LoadStatus::Over
                                                                               : LoadStatus::Full);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChildrenColumn && full)
            return Labels::statusForeground();
        return overdue ? QVariant(Labels::warningForeground()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ChildrenColumn
                   ? QVariant::fromValue(Qt::AlignCenter | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return row.family.name;
    case KindColumn:
        return role == Qt::ToolTipRole ? FosterLabels::kind(row.family.kind)
                                       : FosterLabels::shortKind(row.family.kind);
    case CarersColumn:
        return row.family.carers;
    case MunicipalityColumn:
        return row.family.municipality;
    case ChildrenColumn:
        if (!row.capacity)
            return role == Qt::ToolTipRole ? tr("No statutory limit for this kind")
                                           : tr("%1, no limit").arg(row.childrenPlaced);
        if (role == Qt::ToolTipRole && full)
            return tr("Full: a further child only as a sibling, with consent recorded");
        return tr("%1 / %2").arg(row.childrenPlaced).arg(*row.capacity);
    case HealthCertificateColumn:
    case PsychologistOpinionColumn:
    case AssessmentColumn:
        if (!date)
            return role == Qt::ToolTipRole ? tr("Due a year after the first placement") : QString();
        return overdue ? tr("%1 (overdue)").arg(Labels::date(*date)) : Labels::date(*date);
    default:
        return {};
    }
}

QVariant FosterFamiliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Foster family");
    case KindColumn:
        return tr("Kind");
    case CarersColumn:
        return tr("Carers");
    case MunicipalityColumn:
        return tr("Municipality");
    case ChildrenColumn:
        return tr("Children");
    case HealthCertificateColumn:
        return tr("Health certificate");
    case PsychologistOpinionColumn:
        return tr("Psychologist");
    case AssessmentColumn:
        return tr("Assessment");
    default:
        return {};
    }
}

} // namespace opieka::ui
