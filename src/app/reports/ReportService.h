#pragma once

#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// One figure of the statistics report, with the same figure a year earlier.
struct StatisticsRow
{
    QString metric; // stable name, e.g. families_helped, children_in_care_kinship
    double value = 0;
    double yearEarlier = 0;
};

// One overdue or soon-due item of the centre (deadlines report).
struct DeadlineRow
{
    qint64 workerId = 0;
    QString workerName;
    QString kind;             // next_step, family_assessment, child_review, foster_assessment, ...
    QString subject;          // the family, foster family or child it concerns
    std::optional<QDate> due; // none: to do now
    bool overdue = false;
};

// The manager's reports beyond the caseload report (issue 6, first part): figures shaped like
// seed 004 (no names, no PESEL) and the centre's deadlines by worker.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // Managers and administrators (Permissions::mayReadReports).
    Result<QList<StatisticsRow>> statistics(const QDate& asOf);
    // Items overdue or due within `horizonDays` (14 by default), by worker, overdue first.
    // Managers only (Permissions::mayReadDeadlines).
    Result<QList<DeadlineRow>> deadlines(const QDate& asOf, int horizonDays = 14);
    // How many items of that report are overdue or to do now (the manager's glance), counted
    // without building the report's rows. Managers only, as the report.
    Result<int> overdueCount(const QDate& asOf);

private:
    Result<QList<std::pair<QString, double>>> figures(const QDate& asOf);
    Status addOrganisersDeadlines(const QDate& asOf, const QDate& horizon,
                                  QList<DeadlineRow>& rows);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
