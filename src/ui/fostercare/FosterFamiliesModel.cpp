#include "FosterFamiliesModel.h"

#include "FosterLabels.h"
#include "Labels.h"

namespace opieka::ui {
namespace {
bool isFull(const FosterFamilyStatus& row)
{
    return row.capacity && row.childrenPlaced >= *row.capacity;
}
} // namespace

FosterFamiliesModel::FosterFamiliesModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    using Row = FosterFamilyStatus;
    const auto children = [](const Row& r) {
        if (!r.capacity)
            return tr("%1, no limit").arg(r.childrenPlaced);
        return tr("%1 / %2").arg(r.childrenPlaced).arg(*r.capacity);
    };
    const auto dueColumn = [this](int column, const char* header) {
        return ColumnSpec(
            column, header, [this, column](const Row& r) { return dueText(dateOf(r, column)); }, {},
            [this, column](const Row& r) {
                const std::optional<QDate> due = dateOf(r, column);
                return due ? dueText(due) : tr("Due a year after the first placement");
            });
    };
    setColumns({
        {NameColumn, QT_TR_NOOP("Foster family"), [](const Row& r) { return r.family.name; }},
        {KindColumn,
         QT_TR_NOOP("Kind"),
         [](const Row& r) { return FosterLabels::shortKind(r.family.kind); },
         {},
         [](const Row& r) { return FosterLabels::kind(r.family.kind); }},
        {CarersColumn, QT_TR_NOOP("Carers"), [](const Row& r) { return r.family.carers; }},
        {MunicipalityColumn, QT_TR_NOOP("Municipality"),
         [](const Row& r) { return r.family.municipality; }},
        {ChildrenColumn, QT_TR_NOOP("Children"), children, Qt::AlignCenter | Qt::AlignVCenter,
         [children](const Row& r) -> QVariant {
             if (!r.capacity)
                 return tr("No statutory limit for this kind");
             if (isFull(r))
                 return tr("Full: a further child only as a sibling, with consent recorded");
             return children(r);
         }},
        dueColumn(HealthCertificateColumn, QT_TR_NOOP("Health certificate")),
        dueColumn(PsychologistOpinionColumn, QT_TR_NOOP("Psychologist")),
        dueColumn(AssessmentColumn, QT_TR_NOOP("Assessment")),
    });
}

void FosterFamiliesModel::setRows(const QList<FosterFamilyStatus>& rows, const QDate& today)
{
    RowTableModel::setRows(rows, [&] { m_today = today; });
}

int FosterFamiliesModel::rowOf(qint64 fosterFamilyId) const
{
    return rowWhere(
        [fosterFamilyId](const FosterFamilyStatus& r) { return r.family.id == fosterFamilyId; });
}

bool FosterFamiliesModel::overdue(const std::optional<QDate>& date) const
{
    return date && date->isValid() && *date < m_today;
}

QString FosterFamiliesModel::dueText(const std::optional<QDate>& date) const
{
    if (!date)
        return {};
    return overdue(date) ? tr("%1 (overdue)").arg(Labels::date(*date)) : Labels::date(*date);
}

std::optional<QDate> FosterFamiliesModel::dateOf(const FosterFamilyStatus& row, int column)
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

QVariant FosterFamiliesModel::roleData(const FosterFamilyStatus& row, int column, int role) const
{
    const bool full = isFull(row);
    const std::optional<QDate> date = dateOf(row, column);
    switch (role) {
    case FosterFamilyIdRole:
        return row.family.id;
    case FullRole:
        return full;
    case OverdueRole:
        return overdue(date);
    case Qt::BackgroundRole:
        if (column == ChildrenColumn && full)
            return Labels::statusBackground(row.childrenPlaced > *row.capacity ? LoadStatus::Over
                                                                               : LoadStatus::Full);
        return {};
    case Qt::ForegroundRole:
        if (column == ChildrenColumn && full)
            return Labels::statusForeground();
        return overdue(date) ? QVariant(Labels::warningForeground()) : QVariant();
    default:
        return {};
    }
}

} // namespace opieka::ui
