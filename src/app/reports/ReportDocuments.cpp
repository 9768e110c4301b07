#include "ReportDocuments.h"

#include "CaseloadFormat.h"
#include "Categories.h"
#include "PrintLayout.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace opieka {
namespace {
QString optionalNumber(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

// Averages and shares carry one decimal; counts none.
bool isRatio(const QString& metric)
{
    return metric.startsWith(QLatin1String("cases_per_worker")) ||
           metric.contains(QLatin1String("_pct"));
}

QString workerName(const CaseloadReport& report, qint64 workerId)
{
    for (const WorkerCaseload& row : report.rows)
        if (row.worker.id == workerId)
            return row.worker.displayName();
    return QString::number(workerId);
}
} // namespace

QString ReportDocuments::caseloadTitle()
{
    return tr("Caseload report");
}

QString ReportDocuments::statisticsTitle()
{
    return tr("Statistics report");
}

QString ReportDocuments::deadlinesTitle()
{
    return tr("Deadlines report");
}

QString ReportDocuments::statusLabel(LoadStatus status, bool hasLimit)
{
    if (!hasLimit)
        return tr("no limit");
    switch (status) {
    case LoadStatus::Ok:
        return tr("within the limit");
    case LoadStatus::Near:
        return tr("near the limit");
    case LoadStatus::Full:
        return tr("at the limit");
    case LoadStatus::Over:
        return tr("over the limit");
    }
    return {};
}

QString ReportDocuments::filterText(const CaseloadFilter& filter)
{
    QStringList parts;
    if (filter.role)
        parts << tr("role: %1").arg(roleLabel(*filter.role));
    if (!filter.unit.isEmpty())
        parts << tr("unit: %1").arg(filter.unit);
    if (!filter.municipality.isEmpty())
        parts << tr("municipality: %1 (workers with a case there, their whole caseload)")
                     .arg(filter.municipality);
    return parts.isEmpty() ? tr("all workers") : parts.join(QStringLiteral("; "));
}

QString ReportDocuments::caseText(const CountedCase& c)
{
    const QString kind = c.caseRef.kind == CaseKind::Family ? tr("family") : tr("foster family");
    return c.caseNumber.isEmpty() ? QStringLiteral("%1 %2").arg(kind, c.name)
                                  : QStringLiteral("%1 %2 (%3)").arg(kind, c.name, c.caseNumber);
}

QString ReportDocuments::normText(const RoleSummary& s)
{
    const QString byResidents = s.workersNeededByResidents
                                    ? QString::number(*s.workersNeededByResidents)
                                    : tr("not known (the centre's residents are not recorded)");
    return tr("Social workers needed under art. 110 ust. 11 u.p.s. (one full-time worker per "
              "2,000 residents or per at most 50 families, at least three): by residents %1, by "
              "families %2.")
        .arg(byResidents)
        .arg(s.workersNeededByFamilies.value_or(0));
}

QString ReportDocuments::caseloadHtml(const CaseloadReport& report, const QString& centre,
                                      const DateText& date)
{
    PrintLayout layout(centre, caseloadTitle());
    layout.facts({{tr("As of"), date(report.asOf)}, {tr("Workers"), filterText(report.filter)}});

    layout.heading(tr("By role"));
    QList<QStringList> roles;
    for (const RoleSummary& s : report.summaries)
        roles << QStringList{roleLabel(s.role),
                             QString::number(s.workers),
                             QString::number(s.cases),
                             localFigure(s.casesPerWorker, 1),
                             optionalNumber(s.limit),
                             QString::number(s.nearLimit),
                             QString::number(s.atLimit),
                             QString::number(s.overLimit),
                             QString::number(report.overrideCountOf(s.role)),
                             QString::number(s.extraWorkersNeeded)};
    layout.table({tr("Role"), tr("Workers"), tr("Cases"), tr("Cases per worker"),
                  tr("Full-time limit"), tr("Near"), tr("Full"), tr("Over"), tr("Overrides"),
                  tr("Full-time workers missing")},
                 roles);
    // Footnote: where each limit comes from, and the social workers' norm of art. 110 u.p.s.
    for (const RoleSummary& s : report.summaries) {
        if (!s.limit)
            continue;
        layout.paragraph(tr("Limit for %1: %2 (%3).")
                             .arg(roleLabel(s.role))
                             .arg(*s.limit)
                             .arg(report.limitSource(s.role)));
        if (s.workersNeededByFamilies)
            layout.paragraph(normText(s));
    }

    layout.heading(tr("Overrides in force"));
    if (report.overrides.isEmpty()) {
        layout.paragraph(tr("No case is carried beyond a limit by a manager's decision."));
    } else {
        QList<QStringList> rows;
        for (const CountedCase& c : report.overrides)
            rows << QStringList{workerName(report, c.workerId), caseText(c), date(c.from),
                                c.overrideReason};
        layout.table({tr("Worker"), tr("Case"), tr("Since"), tr("Reason")}, rows);
    }

    layout.heading(tr("By worker"));
    QList<QStringList> rows;
    for (const WorkerCaseload& row : report.rows)
        rows << QStringList{row.worker.displayName(),
                            roleLabel(row.worker.role),
                            row.worker.unit,
                            QLocale().toString(row.worker.fte),
                            optionalNumber(row.load.limit),
                            QString::number(row.load.cases),
                            row.load.utilisationPct
                                ? localFigure(*row.load.utilisationPct, 1) + QStringLiteral(" %")
                                : QStringLiteral("—"),
                            statusLabel(row.load.status, row.load.limit.has_value())};
    layout.table({tr("Worker"), tr("Role"), tr("Unit"), tr("FTE"), tr("Limit"), tr("Cases"),
                  tr("Utilisation"), tr("Status")},
                 rows);
    return layout.html();
}

QString ReportDocuments::metricLabel(const QString& metric)
{
    static const QString kInCare = QStringLiteral("children_in_care_");
    static const QString kWorkers = QStringLiteral("workers_");
    static const QString kPerWorker = QStringLiteral("cases_per_worker_");
    if (metric == QLatin1String("families_helped"))
        return tr("Families helped");
    if (metric == QLatin1String("families_with_children"))
        return tr("of them families with children");
    if (metric == QLatin1String("families_with_assistant"))
        return tr("Families with a family assistant");
    if (metric == QLatin1String("families_with_assistant_pct_of_families_with_children"))
        return tr("Families with an assistant, % of families with children");
    if (metric == QLatin1String("children_in_care"))
        return tr("Children in foster care");
    if (metric.startsWith(kInCare)) {
        const QString form = metric.mid(kInCare.size());
        if (form == QLatin1String("institution"))
            return tr("in institutional care");
        if (const auto kind = parseFosterFamilyKind(form))
            return tr("in care: %1").arg(fosterFamilyKindLabel(*kind));
    }
    if (metric.startsWith(kWorkers))
        if (const auto role = parseRole(metric.mid(kWorkers.size())))
            return tr("Workers: %1").arg(roleLabel(*role));
    if (metric.startsWith(kPerWorker))
        if (const auto role = parseRole(metric.mid(kPerWorker.size())))
            return tr("Cases per worker: %1").arg(roleLabel(*role));
    return metric;
}

QString ReportDocuments::localFigure(double value, int decimals)
{
    return QLocale().toString(std::round(value * 10.0) / 10.0, 'f', decimals);
}

QString ReportDocuments::displayFigure(const QString& metric, double value)
{
    return localFigure(value, isRatio(metric) ? 1 : 0);
}

QString ReportDocuments::figureText(const QString& metric, double value)
{
    return isRatio(metric) ? caseload_format::oneDecimal(value)
                           : QString::number(static_cast<qint64>(value));
}

QString ReportDocuments::statisticsHtml(const QList<StatisticsRow>& rows, const QDate& asOf,
                                        const QString& centre, const DateText& date)
{
    PrintLayout layout(centre, statisticsTitle());
    layout.facts({{tr("As of"), date(asOf)},
                  {tr("Compared with"), date(asOf.addYears(-1))},
                  {tr("Personal data"), tr("none: counts only")}});
    QList<QStringList> table;
    for (const StatisticsRow& r : rows) {
        const double change = r.value - r.yearEarlier;
        table << QStringList{metricLabel(r.metric), displayFigure(r.metric, r.value),
                             displayFigure(r.metric, r.yearEarlier),
                             (change > 0 ? QStringLiteral("+") : QString()) +
                                 displayFigure(r.metric, change)};
    }
    layout.table({tr("Figure"), date(asOf), date(asOf.addYears(-1)), tr("Change")}, table);
    return layout.html();
}

QString ReportDocuments::deadlineKindLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("next_step"), QT_TR_NOOP("next step agreed with the family")},
        {QStringLiteral("family_assessment"), QT_TR_NOOP("assessment of the family's situation")},
        {QStringLiteral("child_review"), QT_TR_NOOP("review of a placed child")},
        {QStringLiteral("foster_assessment"), QT_TR_NOOP("foster family assessment")},
        {QStringLiteral("health_certificate"), QT_TR_NOOP("carers' health certificate")},
        {QStringLiteral("psychologist_opinion"), QT_TR_NOOP("psychologist's opinion")},
        {QStringLiteral("emergency_stay"), QT_TR_NOOP("end of an emergency stay")},
        {QStringLiteral("adoption_report"), QT_TR_NOOP("report to the adoption centre")},
        {QStringLiteral("independence_guardian"), QT_TR_NOOP("guardian of independence")},
        {QStringLiteral("independence_programme"), QT_TR_NOOP("independence programme")},
        {QStringLiteral("intake_notice_court"), QT_TR_NOOP("tell the court of the intake")},
        {QStringLiteral("intake_notice_starosta"), QT_TR_NOOP("tell the starosta of the intake")},
        {QStringLiteral("intake_notice_home_ops"),
         QT_TR_NOOP("tell the child's home OPS of the intake")},
        {QStringLiteral("no_coordinator"),
         QT_TR_NOOP("no coordinator: the organiser carries out the tasks")},
    };
    const char* label = labels.value(kind);
    return label ? tr(label) : kind;
}

QString ReportDocuments::deadlineWorker(const DeadlineRow& row)
{
    return row.workerId ? row.workerName : tr("the organiser (art. 77 ust. 1a)");
}

QString ReportDocuments::deadlinesHtml(const QList<DeadlineRow>& rows, const QDate& asOf,
                                       const QString& centre, const DateText& date)
{
    PrintLayout layout(centre, deadlinesTitle());
    int overdue = 0;
    for (const DeadlineRow& r : rows)
        overdue += r.overdue || !r.due ? 1 : 0;
    layout.facts({{tr("As of"), date(asOf)},
                  {tr("Items"), QString::number(rows.size())},
                  {tr("Overdue or to do now"), QString::number(overdue)}});
    QList<QStringList> table;
    for (const DeadlineRow& r : rows)
        table << QStringList{deadlineWorker(r), deadlineKindLabel(r.kind), r.subject,
                             r.due ? date(*r.due) : tr("now"),
                             r.overdue || !r.due ? tr("overdue") : tr("due soon")};
    if (table.isEmpty())
        layout.paragraph(tr("Nothing is overdue or due within 14 days."));
    else
        layout.table({tr("Worker"), tr("Item"), tr("Concerns"), tr("Due"), tr("State")}, table);
    return layout.html();
}

} // namespace opieka
