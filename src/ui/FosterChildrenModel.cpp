#include "FosterChildrenModel.h"

#include "FosterLabels.h"
#include "Labels.h"

namespace opieka::ui {

FosterChildrenModel::FosterChildrenModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FosterChildrenModel::setRows(const QList<PlacedChild>& rows, const QDate& today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int FosterChildrenModel::rowOfChild(qint64 childMemberId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).placement.childMemberId == childMemberId)
            return row;
    return -1;
}

int FosterChildrenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FosterChildrenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FosterChildrenModel::dueText(const std::optional<QDate>& date) const
{
    if (!date)
        return {};
    return *date < m_today ? tr("%1 (overdue)").arg(Labels::date(*date)) : Labels::date(*date);
}

QString FosterChildrenModel::flags(const ChildDeadlines& d) const
{
    QStringList list;
    // Art. 58 ust. 3: each notice of an emergency intake not yet recorded, due the day after.
    if (d.placement)
        for (IntakeNotice notice : d.missingNotices) {
            const QString due = Labels::date(foster_rules::intakeNoticeDue(*d.placement));
            switch (notice) {
            case IntakeNotice::Court:
                list << tr("tell the court of the intake by %1").arg(due);
                break;
            case IntakeNotice::Starosta:
                list << tr("tell the starosta of the intake by %1").arg(due);
                break;
            case IntakeNotice::HomeOps:
                list << tr("tell the child's home OPS of the intake by %1").arg(due);
                break;
            }
        }
    if (d.toReportForAdoption)
        list << tr("to report for adoption");
    // Leaving care shows up in the child's last year before 18, not from the first day.
    const QDate soon = m_today.addYears(1);
    if (d.guardianDue && *d.guardianDue <= soon)
        list << tr("guardian of independence by %1").arg(Labels::date(*d.guardianDue));
    if (d.programmeDue && *d.programmeDue <= soon)
        list << tr("leaving-care programme by %1").arg(Labels::date(*d.programmeDue));
    return list.join(QStringLiteral("; "));
}

QVariant FosterChildrenModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacedChild& row = m_rows.at(index.row());
    const ChildDeadlines& d = row.deadlines;
    const bool reviewOverdue = d.nextReview && *d.nextReview < m_today;
    const bool stayOverdue = d.emergencyStayEnds && *d.emergencyStayEnds < m_today;
    const bool overdue = (index.column() == NextReviewColumn && reviewOverdue) ||
                         (index.column() == EmergencyStayColumn && stayOverdue);
    switch (role) {
    case ChildIdRole:
        return row.placement.childMemberId;
    case PlacementIdRole:
        return row.placement.id;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue || (index.column() == FlagsColumn &&
                           (d.toReportForAdoption || !d.missingNotices.isEmpty()))
                   ? QVariant(Labels::warningForeground())
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ChildColumn:
        return d.child.displayName();
    case BornColumn:
        return d.child.birthDate ? Labels::date(*d.child.birthDate) : QString();
    case FromColumn:
        return Labels::date(row.placement.from);
    case BasisColumn:
        if (row.placement.basis == PlacementBasis::CourtOrder)
            return tr("%1 %2").arg(FosterLabels::basis(row.placement.basis),
                                   row.placement.courtOrder);
        return FosterLabels::basis(row.placement.basis);
    case NextReviewColumn:
        return dueText(d.nextReview);
    case EmergencyStayColumn:
        return dueText(d.emergencyStayEnds);
    case FlagsColumn:
        return flags(d);
    default:
        return {};
    }
}

QVariant FosterChildrenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case BornColumn:
        return tr("Born");
    case FromColumn:
        return tr("Placed from");
    case BasisColumn:
        return tr("Basis");
    case NextReviewColumn:
        return tr("Next review");
    case EmergencyStayColumn:
        return tr("Emergency stay ends");
    case FlagsColumn:
        return tr("To do");
    default:
        return {};
    }
}

} // namespace opieka::ui
