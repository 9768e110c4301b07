#include "FosterChildrenModel.h"

#include "FosterLabels.h"
#include "Labels.h"

namespace opieka::ui {

FosterChildrenModel::FosterChildrenModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {ChildColumn, QT_TR_NOOP("Child"),
         [](const PlacedChild& r) { return r.deadlines.child.displayName(); }},
        {BornColumn, QT_TR_NOOP("Born"),
         [](const PlacedChild& r) {
             const auto& born = r.deadlines.child.birthDate;
             return born ? Labels::date(*born) : QString();
         }},
        {FromColumn, QT_TR_NOOP("Placed from"),
         [](const PlacedChild& r) { return Labels::date(r.placement.from); }},
        {BasisColumn, QT_TR_NOOP("Basis"),
         [](const PlacedChild& r) {
             if (r.placement.basis == PlacementBasis::CourtOrder)
                 return tr("%1 %2").arg(FosterLabels::basis(r.placement.basis),
                                        r.placement.courtOrder);
             return FosterLabels::basis(r.placement.basis);
         }},
        {NextReviewColumn, QT_TR_NOOP("Next review"),
         [this](const PlacedChild& r) { return dueText(r.deadlines.nextReview); }},
        {EmergencyStayColumn, QT_TR_NOOP("Emergency stay ends"),
         [this](const PlacedChild& r) { return dueText(r.deadlines.emergencyStayEnds); }},
        {FlagsColumn, QT_TR_NOOP("To do"),
         [this](const PlacedChild& r) { return flags(r.deadlines); }},
    });
}

void FosterChildrenModel::setRows(const QList<PlacedChild>& rows, const QDate& today)
{
    RowTableModel::setRows(rows, [&] { m_today = today; });
}

int FosterChildrenModel::rowOfChild(qint64 childMemberId) const
{
    return rowWhere([childMemberId](const PlacedChild& r) {
        return r.placement.childMemberId == childMemberId;
    });
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
        for (IntakeNotice notice : d.missingNotices)
            list << FosterLabels::intakeNoticeDue(
                notice, Labels::date(foster_rules::intakeNoticeDue(*d.placement)));
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

bool FosterChildrenModel::overdue(const PlacedChild& row, int column) const
{
    const ChildDeadlines& d = row.deadlines;
    switch (column) {
    case NextReviewColumn:
        return d.nextReview && *d.nextReview < m_today;
    case EmergencyStayColumn:
        return d.emergencyStayEnds && *d.emergencyStayEnds < m_today;
    default:
        return false;
    }
}

QVariant FosterChildrenModel::roleData(const PlacedChild& row, int column, int role) const
{
    const ChildDeadlines& d = row.deadlines;
    switch (role) {
    case ChildIdRole:
        return row.placement.childMemberId;
    case PlacementIdRole:
        return row.placement.id;
    case OverdueRole:
        return overdue(row, column);
    case Qt::ForegroundRole:
        return overdue(row, column) || (column == FlagsColumn &&
                                        (d.toReportForAdoption || !d.missingNotices.isEmpty()))
                   ? QVariant(Labels::warningForeground())
                   : QVariant();
    default:
        return {};
    }
}

} // namespace opieka::ui
