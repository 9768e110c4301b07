#pragma once

#include "Result.h"
#include "Session.h"
#include "User.h"
#include "Worker.h"
#include "WorkerLeave.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// A worker as the centre's list shows it, with the account that acts as the worker.
struct WorkerEntry
{
    Worker worker;
    QString login; // the active account acting as this worker; empty: none
};

// What to do with a change (an FTE cut, a new role) that leaves a worker carrying more cases
// than the new limit allows today.
enum class OverLimit
{
    Refuse, // refused, with the figures: nothing is saved
    Accept, // saved anyway: a manager confirmed it, and the audit says so
};

// The centre's workers (pracownicy): adding them, changing their name, role, unit and FTE
// (etat), and the end of their employment. Managers and administrators, as for an import of
// workers; every change checked, audited in its own transaction.
//
// A change that puts a worker over the caseload limit (typically a social worker's FTE cut to a
// half while they keep their families) is refused unless a manager confirms it: the FTE is a
// fact of the worker's contract that the centre must be able to record, but never without
// seeing what it does to the limit; the families beyond it are then to be handed over in the
// Caseload tab. An administrator (who assigns no cases) cannot confirm it.
class WorkerService
{
    Q_DECLARE_TR_FUNCTIONS(WorkerService)

public:
    explicit WorkerService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // Every worker, by id, with the account acting as each.
    Result<QList<WorkerEntry>> workers();
    // A new worker with the next free id, employed from `worker.activeFrom` (none: already).
    Result<Worker> add(Worker worker);
    // Name, role, unit and FTE of the worker with `changed.id`; employment dates stay.
    Result<Worker> update(const Worker& changed, OverLimit overLimit = OverLimit::Refuse,
                          const QDate& today = QDate::currentDate());
    // Empty when the change keeps the worker within the limit today; else what it would do
    // ("… has 40 families today; at FTE 0.5 the limit is 25 …").
    Result<QString> overLimitWarning(const Worker& changed,
                                     const QDate& today = QDate::currentDate());
    // The first day the worker no longer works at the centre (exclusive, like every end date);
    // none: employed again. Refused while cases are still assigned to them on or after it.
    Result<Worker> setEmploymentEnd(qint64 workerId, const std::optional<QDate>& endsOn);

    // Leave (urlop, zwolnienie lekarskie, urlop macierzyński or rodzicielski, other absence):
    // periods a worker is away, recorded, changed and ended by whoever may change workers, each
    // change audited on the worker (worker.leave_add, worker.leave_change, worker.leave_end).
    // A period's last day is not before its first, and a worker's periods do not overlap.
    // Implemented in WorkerLeaveService.cpp.
    Result<QList<WorkerLeave>> leaves(qint64 workerId);
    // Each worker's period covering `day`, or else their next one, by worker id.
    Result<QHash<qint64, WorkerLeave>> currentOrNextLeaves(const QDate& day);
    Result<WorkerLeave> recordLeave(WorkerLeave leave);
    // Kind and dates of the period with `changed.id`.
    Result<WorkerLeave> changeLeave(const WorkerLeave& changed);
    // The worker is back: `lastDay` is the last day away (the day before the return).
    Result<WorkerLeave> endLeave(qint64 leaveId, const QDate& lastDay);
    // Empty when the worker is not away on `day`; else a warning for whoever assigns a case
    // starting that day ("… is on leave until 20.12.2026 …"). It names no kind of leave: a sick
    // leave is nobody's business but the manager's.
    Result<QString> leaveWarning(qint64 workerId, const QDate& day);
    // Dates valid, the last day not before the first.
    static Status validate(const WorkerLeave& leave);

    // A name, a worker's role, an FTE in (0, 1].
    static Status validate(const Worker& worker);
    // A login to offer for the worker's account: the first name's initial and the surname, in
    // small letters without diacritics ("Łucja Żak" → "lzak").
    static QString suggestedLogin(const Worker& worker);

private:
    Result<Worker> load(qint64 workerId);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
