#include "VerifyService.h"

#include "DatabaseCopy.h"
#include "Logging.h"

namespace opieka {
namespace {
QString problemText(AuditChainProblem problem)
{
    switch (problem) {
    case AuditChainProblem::MissingHash:
        return VerifyService::tr("it has no hash");
    case AuditChainProblem::OutOfOrder:
        return VerifyService::tr("it does not follow the record before it (a record was deleted "
                                 "or put out of order)");
    case AuditChainProblem::Edited:
        return VerifyService::tr("its content does not match its hash (it was edited)");
    case AuditChainProblem::None:
        break;
    }
    return {};
}
} // namespace

Result<VerifyReport> VerifyService::verify()
{
    VerifyReport report;
    report.fileChecked = DatabaseCopy::available(m_database).ok();
    auto problems = DatabaseCopy::integrityProblems(m_database);
    if (!problems)
        return problems.error();
    report.integrityProblems = *problems;
    auto chain = AuditRepository(m_database).verifyChain();
    if (!chain)
        return chain.error();
    report.chain = *chain;
    if (!report.ok())
        logging::get("app")->warn("verify: integrity {}, audit chain broken at record {}",
                                  report.integrityProblems.isEmpty() ? "ok" : "damaged",
                                  report.chain.brokenAt.value_or(0));
    return report;
}

QStringList VerifyService::describe(const VerifyReport& report)
{
    QStringList lines;
    if (!report.fileChecked)
        lines << tr("Database server: its files are checked by PostgreSQL itself.");
    else
        lines << (report.integrityProblems.isEmpty()
                      ? tr("Database file: passes SQLite's integrity check.")
                      : tr("Database file: DAMAGED: %1").arg(report.integrityProblems));
    if (!report.chain.brokenAt)
        lines << tr("Audit trail: %n record(s), the chain is intact.", nullptr,
                    report.chain.records);
    else
        lines << tr("Audit trail: BROKEN at record %1 of %2: %3. A record was edited or deleted "
                    "outside Opieka; restore a backup and compare.")
                     .arg(*report.chain.brokenAt)
                     .arg(report.chain.records)
                     .arg(problemText(report.chain.problem));
    return lines;
}

} // namespace opieka
