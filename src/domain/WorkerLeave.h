#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// Why a worker is away: leave (urlop wypoczynkowy), sick leave (zwolnienie lekarskie, L4),
// maternity or parental leave (urlop macierzyński, rodzicielski), anything else.
enum class LeaveKind
{
    Annual,
    Sick,
    Parental,
    Other,
};

QString leaveKindName(LeaveKind kind); // stable text: "annual", "sick", "parental", "other"
std::optional<LeaveKind> parseLeaveKind(const QString& text);
QStringList leaveKindNames();
QString leaveKindLabel(LeaveKind kind); // for people ("Sick leave"), translated

// A period a worker is away. Unlike the schema's end dates, `lastDay` is the last day away
// (inclusive), as a manager writes it ("on leave until 20.12.2026"); none: until further notice.
struct WorkerLeave
{
    qint64 id = 0;
    qint64 workerId = 0;
    LeaveKind kind = LeaveKind::Annual;
    QDate from;
    std::optional<QDate> lastDay;

    bool coversDay(const QDate& day) const { return from <= day && (!lastDay || day <= *lastDay); }
    bool overlaps(const WorkerLeave& other) const
    {
        return (!other.lastDay || from <= *other.lastDay) && (!lastDay || other.from <= *lastDay);
    }
};

// The period covering `day`, or else the next one to begin after it; none when the worker has
// neither. `leaves` are one worker's, in any order.
std::optional<WorkerLeave> currentOrNextLeave(const QList<WorkerLeave>& leaves, const QDate& day);
// The period covering `day`, if any.
std::optional<WorkerLeave> leaveOn(const QList<WorkerLeave>& leaves, const QDate& day);

} // namespace opieka
