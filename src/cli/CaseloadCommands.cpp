// assign, release, caseload and rules.
#include "CaseloadFormat.h"
#include "CaseloadService.h"
#include "Cli.h"
#include "Csv.h"
#include "IsoDate.h"
#include "PastDates.h"
#include "TextTable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace opieka::cli {
namespace {
// --override "reason": a limit passed over knowingly, with the reason in words.
std::optional<QString> overrideArgument(Context& c)
{
    auto reason = c.args.option(QStringLiteral("--override"));
    if (reason && reason->trimmed().isEmpty())
        c.args.addError(Cli::tr("--override needs a reason in words."));
    return reason;
}
} // namespace

int runAssign(Context& c)
{
    const auto worker = c.args.idOption(QStringLiteral("--worker"), true);
    const auto caseId = c.args.idOption(QStringLiteral("--case"), true);
    const auto from = c.args.dateOption(QStringLiteral("--from"));
    const auto reason = overrideArgument(c);
    auto session = c.start(QStringLiteral("assign"));
    if (!session)
        return session.exitCode();
    CaseloadService service(session->signedIn());
    AssignRequest request{*worker, *caseId, from.value_or(QDate::currentDate()),
                          reason.value_or(QString())};
    auto id = service.assign(request);
    if (!id)
        return c.fail(id.error());
    auto preview = service.report(request.from);
    c.out << Cli::tr("Assigned case %1 to worker %2 from %3 (assignment %4).")
                 .arg(*caseId)
                 .arg(*worker)
                 .arg(localDate(request.from))
                 .arg(*id)
          << Qt::endl;
    if (preview)
        for (const WorkerCaseload& row : preview->rows)
            if (row.worker.id == *worker)
                c.out << Cli::tr("%1 now has %2 cases; limit %3; status %4.")
                             .arg(row.worker.displayName())
                             .arg(row.load.cases)
                             .arg(row.load.limit ? QString::number(*row.load.limit)
                                                 : QStringLiteral("-"))
                             .arg(loadStatusName(row.load.status))
                      << Qt::endl;
    return Done;
}

int runRelease(Context& c)
{
    const auto worker = c.args.idOption(QStringLiteral("--worker"), true);
    const auto caseId = c.args.idOption(QStringLiteral("--case"), true);
    const auto on = c.args.dateOption(QStringLiteral("--on"));
    auto session = c.start(QStringLiteral("release"));
    if (!session)
        return session.exitCode();
    const QDate day = on.value_or(QDate::currentDate());
    if (Status s = CaseloadService(session->signedIn()).release(*worker, *caseId, day); !s)
        return c.fail(s.error());
    c.out << Cli::tr("Worker %1 no longer works with case %2 from %3.")
                 .arg(*worker)
                 .arg(*caseId)
                 .arg(localDate(day))
          << Qt::endl;
    return Done;
}

int runTransfer(Context& c)
{
    const auto from = c.args.idOption(QStringLiteral("--from-worker"), true);
    const auto worker = c.args.idOption(QStringLiteral("--worker"), true);
    const auto caseId = c.args.idOption(QStringLiteral("--case"), true);
    const auto on = c.args.dateOption(QStringLiteral("--on"));
    const auto reason = overrideArgument(c);
    auto session = c.start(QStringLiteral("transfer"));
    if (!session)
        return session.exitCode();
    const AssignRequest request{*worker, *caseId, on.value_or(QDate::currentDate()),
                                reason.value_or(QString())};
    auto id = CaseloadService(session->signedIn()).transfer(*from, request);
    if (!id)
        return c.fail(id.error());
    c.out << Cli::tr("Case %1 passed from worker %2 to worker %3 on %4 (assignment %5).")
                 .arg(*caseId)
                 .arg(*from)
                 .arg(*worker)
                 .arg(localDate(request.from))
                 .arg(*id)
          << Qt::endl;
    return Done;
}

int runCaseload(Context& c)
{
    const auto asOf = c.args.dateOption(QStringLiteral("--as-of"));
    const bool summary = c.args.flag(QStringLiteral("--summary"));
    const QString format = formatArgument(c);
    const auto roleText = c.args.option(QStringLiteral("--role"));
    std::optional<Role> role;
    if (roleText) {
        role = parseRole(*roleText);
        if (!role || !carriesCases(*role))
            c.args.addError(Cli::tr("--role takes social_worker, family_assistant or "
                                    "foster_care_coordinator, not '%1'.")
                                .arg(*roleText));
    }
    // Every worker's load is the caseload report: read by whom `report caseload` is read.
    auto session = c.start(QStringLiteral("caseload"), Capability::ReadReports);
    if (!session)
        return session.exitCode();
    CaseloadFilter filter;
    filter.role = role;
    auto report =
        CaseloadService(session->signedIn()).report(asOf.value_or(QDate::currentDate()), filter);
    if (!report)
        return c.fail(report.error());

    if (format == QLatin1String("csv")) {
        c.out << QString::fromUtf8(summary ? caseload_format::summaryCsv(*report)
                                           : caseload_format::workersCsv(*report));
        return Done;
    }
    if (format == QLatin1String("json")) {
        printJson(c, summary ? caseload_format::summaryJson(*report)
                             : caseload_format::workersJson(*report));
        return Done;
    }
    c.out << Cli::tr("Caseload as of %1").arg(isoDate(report->asOf)) << Qt::endl << Qt::endl;
    if (summary) {
        TextTable table(caseload_format::summaryColumns(),
                        {false, true, true, true, true, true, true, true, true});
        for (const QStringList& row : caseload_format::summaryRows(*report))
            table.addRow(row);
        c.out << table.render();
    } else {
        TextTable table(caseload_format::workerColumns(),
                        {true, false, false, true, true, true, true, false});
        for (const QStringList& row : caseload_format::workerRows(*report))
            table.addRow(row);
        c.out << table.render();
    }
    return Done;
}

int runRules(Context& c)
{
    const auto action = c.args.positional();
    if (action == QLatin1String("list")) {
        const QString format = formatArgument(c);
        auto session = c.start(QStringLiteral("rules list"));
        if (!session)
            return session.exitCode();
        CaseloadService service(session->signedIn());
        auto rules = service.rules();
        if (!rules)
            return c.fail(rules.error());
        auto differences = service.differencesFromStatute(QDate::currentDate());
        if (!differences)
            return c.fail(differences.error());
        // source is the last column (a contract: the columns before it never move); a centre's
        // own rule has the source "centre".
        const QStringList header{QStringLiteral("role"), QStringLiteral("limit"),
                                 QStringLiteral("prorated"), QStringLiteral("valid_from"),
                                 QStringLiteral("source")};
        QList<QStringList> rows;
        QJsonArray array;
        for (const CaseloadRule& r : rules->rules()) {
            const QString source = r.isCentresOwn() ? QStringLiteral("centre") : r.source;
            rows << QStringList{roleName(r.role), QString::number(r.limit),
                                r.prorated ? QStringLiteral("yes") : QStringLiteral("no"),
                                isoDate(r.validFrom), source};
            array.append(QJsonObject{{header[0], roleName(r.role)},
                                     {header[1], r.limit},
                                     {header[2], r.prorated},
                                     {header[3], isoDate(r.validFrom)},
                                     {header[4], source}});
        }
        // The note goes where a person reads it: after the table, or on stderr beside CSV/JSON
        // so that the data stays machine-readable.
        QTextStream& noteStream = format == QLatin1String("text") ? c.out : c.err;
        if (format == QLatin1String("json")) {
            printJson(c, array);
        } else if (format == QLatin1String("csv")) {
            c.out << QString::fromUtf8(Csv::line(header));
            for (const QStringList& row : rows)
                c.out << QString::fromUtf8(Csv::line(row));
        } else {
            TextTable table(header, {false, true, false, false, false});
            for (const QStringList& row : rows)
                table.addRow(row);
            c.out << table.render();
        }
        if (!differences->isEmpty()) {
            if (format == QLatin1String("text"))
                noteStream << Qt::endl;
            noteStream << Cli::tr("The centre's rules differ from the statute's today:")
                       << Qt::endl;
            for (const RuleDifference& d : *differences)
                noteStream << QStringLiteral("  ") << CaseloadService::differenceText(d)
                           << Qt::endl;
        }
        return Done;
    }
    if (action == QLatin1String("add")) {
        const auto roleText = c.args.option(QStringLiteral("--role"));
        const auto limitText = c.args.option(QStringLiteral("--limit"));
        const auto from = c.args.dateOption(QStringLiteral("--from"));
        const bool prorate = c.args.flag(QStringLiteral("--prorate"));
        c.args.rejectLeftovers(QStringLiteral("rules add"));
        std::optional<Role> role;
        if (!roleText)
            c.args.addError(Cli::tr("--role ROLE is required."));
        else if (role = parseRole(*roleText); !role || !carriesCases(*role))
            c.args.addError(Cli::tr("--role takes social_worker, family_assistant or "
                                    "foster_care_coordinator, not '%1'.")
                                .arg(*roleText));
        bool limitOk = false;
        const int limit = limitText ? limitText->toInt(&limitOk) : 0;
        if (!limitText)
            c.args.addError(Cli::tr("--limit N is required."));
        else if (!limitOk || limit < 0)
            c.args.addError(
                Cli::tr("--limit takes a whole number of cases, not '%1'.").arg(*limitText));
        if (!from && !c.args.hasErrors())
            c.args.addError(Cli::tr("--from YYYY-MM-DD is required."));
        if (c.args.hasErrors())
            return c.usage(QStringLiteral("rules add"));

        auto session = c.signedIn();
        if (!session)
            return session.exitCode();
        CaseloadRule rule{0, *role, limit, prorate, *from};
        auto id = CaseloadService(session->signedIn()).addRule(rule);
        if (!id)
            return c.fail(id.error());
        c.out << Cli::tr("Rule added: %1 limit %2%3 from %4.")
                     .arg(roleName(*role))
                     .arg(limit)
                     .arg(prorate ? Cli::tr(" (prorated by FTE)") : QString())
                     .arg(localDate(*from))
              << Qt::endl;
        return Done;
    }
    c.args.addError(
        action
            ? Cli::tr("'rules %1' is not a command; use 'rules list' or 'rules add'.").arg(*action)
            : Cli::tr("Use 'rules list' or 'rules add'."));
    return c.usage(QStringLiteral("rules"));
}

} // namespace opieka::cli
