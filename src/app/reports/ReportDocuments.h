#pragma once

#include "CaseloadService.h"
#include "DateText.h"
#include "ReportService.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace opieka {

// The manager's reports as printable documents (HTML for print preview and PDF) and the
// translated labels the report screens share with them. Figures are formatted as in the CLI:
// counts whole, averages and shares with one decimal; printed figures follow the user's locale.
class ReportDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocuments)

public:
    static QString caseloadTitle();
    static QString statisticsTitle();
    static QString deadlinesTitle();

    // The report must be read with CaseloadDetail::WithOverrides: the document lists them.
    // Dates are written by `date`: the window's language's format, or ISO (isoDates()).
    static QString caseloadHtml(const CaseloadReport& report, const QString& centre,
                                const DateText& date);
    static QString statisticsHtml(const QList<StatisticsRow>& rows, const QDate& asOf,
                                  const QString& centre, const DateText& date);
    static QString deadlinesHtml(const QList<DeadlineRow>& rows, const QDate& asOf,
                                 const QString& centre, const DateText& date);

    // "families_helped" -> "Families helped" (in the user's language).
    static QString metricLabel(const QString& metric);
    // For files and scripts (CSV, JSON, the CLI's text): always a decimal point.
    static QString figureText(const QString& metric, double value);
    // For people (screens, printed reports): in the user's locale (38,0 in Polish).
    static QString displayFigure(const QString& metric, double value);
    static QString localFigure(double value, int decimals);
    static QString deadlineKindLabel(const QString& kind);
    // Who a deadline is for: its worker, or the organiser for a foster family no coordinator
    // works with (art. 77 ust. 1a).
    static QString deadlineWorker(const DeadlineRow& row);
    static QString statusLabel(LoadStatus status, bool hasLimit);
    // The art. 110 ust. 11 u.p.s. norm of a social workers' summary in words (start page, report).
    static QString normText(const RoleSummary& summary);
    static QString filterText(const CaseloadFilter& filter);
    static QString caseText(const CountedCase& c);
};

} // namespace opieka
