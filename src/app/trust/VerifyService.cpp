#include "VerifyService.h"

#include "AuditRepository.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "Logging.h"

#include <QFile>
#include <sys/stat.h>

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
    if (m_database.dialect().isSqlite()) {
        report.file = m_database.location();
        struct stat st = {};
        if (::stat(QFile::encodeName(report.file).constData(), &st) == 0 && (st.st_mode & 077))
            report.exposedMode = static_cast<int>(st.st_mode & 0777);
    }
    if (!report.ok())
        logging::get("app")->warn(
            "verify: integrity {}, audit chain broken at record {}, {} records of {} the head "
            "counts, erased without a record: {}",
            report.integrityProblems.isEmpty() ? "ok" : "damaged",
            report.chain.brokenAt.value_or(0), report.chain.records,
            report.chain.anchor ? report.chain.anchor->records : -1,
            report.chain.erasedWithoutRecord.value_or(0));
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
    const AuditChainCheck& chain = report.chain;
    if (chain.intact())
        lines << tr("Audit trail: %n record(s), the chain is intact.", nullptr,
                    report.chain.records);
    if (chain.brokenAt)
        // The record's own number (ids are not renumbered when records are deleted, so it may
        // be higher than the count) and how many records the trail holds now.
        lines << tr("Audit trail: BROKEN at the record numbered %1 (%n record(s) in the trail): "
                    "%2. A record was edited or deleted outside Opieka; restore a backup and "
                    "compare.",
                    nullptr, report.chain.records)
                     .arg(*report.chain.brokenAt)
                     .arg(problemText(report.chain.problem));
    if (chain.erasedWithoutRecord)
        lines << tr("Audit trail: BROKEN: record %1 was erased without an erasure record (its "
                    "values were blanked outside Opieka); restore a backup and compare.")
                     .arg(*chain.erasedWithoutRecord);
    lines << anchorLines(chain);
    return lines;
}

// What the stored head says against the records there are, and the database's identity.
QStringList VerifyService::anchorLines(const AuditChainCheck& chain)
{
    if (!chain.anchor)
        return {tr("Audit trail: BROKEN: the database's identity and the chain's head are "
                   "missing (deleted outside Opieka); restore a backup and compare.")};
    const AuditAnchor& anchor = *chain.anchor;
    QStringList lines;
    if (!chain.brokenAt && !chain.endsAtHead()) {
        if (chain.records == 0)
            lines << tr("Audit trail: BROKEN: 0 records but the chain's head says %1: every "
                        "record was deleted outside Opieka; restore a backup and compare.")
                         .arg(anchor.records);
        else if (chain.records < anchor.records)
            lines << tr("Audit trail: BROKEN: %n audit record(s) are missing after record %1 "
                        "(the chain's head counts %2): the last records were deleted outside "
                        "Opieka; restore a backup and compare.",
                        nullptr, static_cast<int>(anchor.records - chain.records))
                         .arg(chain.lastId)
                         .arg(anchor.records);
        else if (chain.records > anchor.records)
            lines << tr("Audit trail: BROKEN: %n record(s) more than the chain's head counts "
                        "(%1): records were added outside Opieka.",
                        nullptr, static_cast<int>(chain.records - anchor.records))
                         .arg(anchor.records);
        else
            lines << tr("Audit trail: BROKEN: the last record (number %1) is not the chain's "
                        "head: the end of the trail was replaced outside Opieka; restore a "
                        "backup and compare.")
                         .arg(chain.lastId);
    }
    lines << tr("Database identity %1; the chain's head: record count %2, last hash %3.")
                 .arg(anchor.databaseId)
                 .arg(anchor.records)
                 .arg(anchor.head);
    return lines;
}

QStringList VerifyService::warnings(const VerifyReport& report)
{
    if (!report.exposedMode)
        return {};
    return {tr("Warning: other accounts on this computer can read the database file %1 (mode "
               "%2), and its -wal and -shm files, which SQLite makes alike: it holds personal "
               "data. Make it the owner's only: chmod 600 %1")
                .arg(report.file,
                     QString::number(*report.exposedMode, 8).rightJustified(4, QLatin1Char('0')))};
}

} // namespace opieka
