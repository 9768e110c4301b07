// report caseload|statistics|deadlines: the manager's reports on the command line.
#include "CaseloadFormat.h"
#include "CaseloadService.h"
#include "Cli.h"
#include "OutputFile.h"
#include "PagedDocument.h"
#include "PastDates.h"
#include "ReportDocuments.h"
#include "ReportFormat.h"
#include "ReportService.h"
#include "SettingsService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace opieka::cli {
namespace {
using report_format::Table;

Result<Table> statisticsTable(const Session& session, const QDate& asOf)
{
    auto rows = ReportService(session).statistics(asOf);
    if (!rows)
        return rows.error();
    return report_format::statistics(*rows, asOf);
}

Result<Table> deadlinesTable(const Session& session, const QDate& asOf, report_format::Json json)
{
    auto rows = ReportService(session).deadlines(asOf);
    if (!rows)
        return rows.error();
    return report_format::deadlines(*rows, json);
}

Result<Table> caseloadTable(const Session& session, const QDate& asOf, const CaseloadFilter& filter)
{
    auto report = CaseloadService(session).report(asOf, filter);
    if (!report)
        return report.error();
    return Table{caseload_format::workerColumns(), caseload_format::workerRows(*report),
                 caseload_format::workersJson(*report)};
}

// The printed report: the same figures as the screens, on A4 pages with the centre's name; dates
// in the language's format, as the window prints them (a document for people; CSV and JSON keep
// ISO).
Result<QString> reportHtml(const Session& session, const QString& kind, const QDate& asOf,
                           const CaseloadFilter& filter, const QString& centre)
{
    if (kind == QLatin1String("statistics")) {
        auto rows = ReportService(session).statistics(asOf);
        if (!rows)
            return rows.error();
        return ReportDocuments::statisticsHtml(*rows, asOf, centre, localDates());
    }
    if (kind == QLatin1String("deadlines")) {
        auto rows = ReportService(session).deadlines(asOf);
        if (!rows)
            return rows.error();
        return ReportDocuments::deadlinesHtml(*rows, asOf, centre, localDates());
    }
    // The printed report lists the overrides in force with their reasons.
    auto report = CaseloadService(session).report(asOf, filter, CaseloadDetail::WithOverrides);
    if (!report)
        return report.error();
    return ReportDocuments::caseloadHtml(*report, centre, localDates());
}

QString titleOf(const QString& kind)
{
    return kind == QLatin1String("statistics")  ? ReportDocuments::statisticsTitle()
           : kind == QLatin1String("deadlines") ? ReportDocuments::deadlinesTitle()
                                                : ReportDocuments::caseloadTitle();
}

int writePdf(Context& c, const Session& session, const QString& kind, const QDate& asOf,
             const CaseloadFilter& filter, const QString& path)
{
    auto centre = SettingsService(session).centreName();
    if (!centre)
        return c.fail(centre.error());
    auto html = reportHtml(session, kind, asOf, filter, *centre);
    if (!html)
        return c.fail(html.error());
    const PageFrame frame{*centre, titleOf(kind), localDate(QDate::currentDate())};
    if (Status written = PagedDocument(*html, frame).writePdf(path); !written)
        return c.fail(written.error());
    return Done;
}

CaseloadFilter filterArguments(Context& c, const std::optional<QString>& kind)
{
    CaseloadFilter filter;
    if (const auto roleText = c.args.option(QStringLiteral("--role"))) {
        filter.role = parseRole(*roleText);
        if (!filter.role || !carriesCases(*filter.role))
            c.args.addError(Cli::tr("--role takes social_worker, family_assistant or "
                                    "foster_care_coordinator, not '%1'.")
                                .arg(*roleText));
    }
    filter.unit = c.args.option(QStringLiteral("--unit")).value_or(QString());
    filter.municipality = c.args.option(QStringLiteral("--municipality")).value_or(QString());
    if (!filter.isEmpty() && kind && *kind != QLatin1String("caseload"))
        c.args.addError(
            Cli::tr("--role, --unit and --municipality filter the caseload report only."));
    return filter;
}
} // namespace

int runReport(Context& c)
{
    const auto kind = c.args.positional();
    const auto asOf = c.args.dateOption(QStringLiteral("--as-of"));
    const QString format =
        c.args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const auto outPath = c.args.option(QStringLiteral("--out"));
    if (!kind || (*kind != QLatin1String("caseload") && *kind != QLatin1String("statistics") &&
                  *kind != QLatin1String("deadlines")))
        c.args.addError(Cli::tr("Say which report: caseload, statistics or deadlines."));
    const CaseloadFilter filter = filterArguments(c, kind);
    const bool pdf = format == QLatin1String("pdf");
    if (pdf && !outPath)
        c.args.addError(Cli::tr("--format pdf needs --out FILE.pdf."));
    else if (!pdf && format != QLatin1String("text") && format != QLatin1String("csv") &&
             format != QLatin1String("json"))
        c.args.addError(Cli::tr("--format takes text, csv, json or pdf, not '%1'.").arg(format));
    auto session = c.start(QStringLiteral("report"), Capability::ReadReports);
    if (!session)
        return session.exitCode();
    const Session signedIn = session->signedIn();
    const QDate day = asOf.value_or(QDate::currentDate());
    if (pdf)
        return writePdf(c, signedIn, *kind, day, filter, *outPath);
    auto table = *kind == QLatin1String("statistics") ? statisticsTable(signedIn, day)
                 : *kind == QLatin1String("deadlines")
                     ? deadlinesTable(signedIn, day,
                                      format == QLatin1String("json") ? report_format::Json::Build
                                                                      : report_format::Json::Leave)
                     : caseloadTable(signedIn, day, filter);
    if (!table)
        return c.fail(table.error());

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = report_format::csv(*table);
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(table->json).toJson(QJsonDocument::Indented);
    } else {
        TextTable text(table->header);
        for (const QStringList& row : table->rows)
            text.addRow(row);
        bytes = text.render().toUtf8();
    }
    if (!outPath) {
        c.out << QString::fromUtf8(bytes);
        return Done;
    }
    OutputFile file(*outPath);
    if (Status opened = file.open(); !opened)
        return c.fail(opened.error());
    if (file.device().write(bytes) != bytes.size())
        return c.fail(storageError(
            Cli::tr("Cannot write %1: %2").arg(*outPath, file.device().errorString())));
    if (Status written = file.commit(); !written)
        return c.fail(written.error());
    return Done;
}

} // namespace opieka::cli
