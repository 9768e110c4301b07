#include "WorkerLeave.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<LeaveKind, 4> kKinds{{{
    {LeaveKind::Annual, "annual"},
    {LeaveKind::Sick, "sick"},
    {LeaveKind::Parental, "parental"},
    {LeaveKind::Other, "other"},
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
    switch (kind) {
    case LeaveKind::Annual:
        return QCoreApplication::translate("LeaveKind", "Annual leave");
    case LeaveKind::Sick:
        return QCoreApplication::translate("LeaveKind", "Sick leave");
    case LeaveKind::Parental:
        return QCoreApplication::translate("LeaveKind", "Maternity or parental leave");
    case LeaveKind::Other:
        return QCoreApplication::translate("LeaveKind", "Other absence");
    }
    return {};
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
