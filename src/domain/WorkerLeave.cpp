#include "WorkerLeave.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<LeaveKind, 4> kKinds{
    "LeaveKind",
    {{
        {LeaveKind::Annual, "annual", QT_TRANSLATE_NOOP("LeaveKind", "Annual leave")},
        {LeaveKind::Sick, "sick", QT_TRANSLATE_NOOP("LeaveKind", "Sick leave")},
        {LeaveKind::Parental, "parental",
         QT_TRANSLATE_NOOP("LeaveKind", "Maternity or parental leave")},
        {LeaveKind::Other, "other", QT_TRANSLATE_NOOP("LeaveKind", "Other absence")},
    }}};
} // namespace

QString leaveKindName(LeaveKind kind)
{
    return kKinds.name(kind);
}

std::optional<LeaveKind> parseLeaveKind(const QString& text)
{
    return kKinds.parse(text.trimmed().toLower());
}

QStringList leaveKindNames()
{
    return kKinds.names();
}

QString leaveKindLabel(LeaveKind kind)
{
    return kKinds.label(kind);
}

std::optional<WorkerLeave> leaveOn(const QList<WorkerLeave>& leaves, const QDate& day)
{
    for (const WorkerLeave& leave : leaves)
        if (leave.coversDay(day))
            return leave;
    return std::nullopt;
}

std::optional<WorkerLeave> currentOrNextLeave(const QList<WorkerLeave>& leaves, const QDate& day)
{
    if (auto now = leaveOn(leaves, day))
        return now;
    std::optional<WorkerLeave> next;
    for (const WorkerLeave& leave : leaves)
        if (leave.from > day && (!next || leave.from < next->from))
            next = leave;
    return next;
}

} // namespace opieka
