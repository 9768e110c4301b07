// verify: the database file's integrity and the audit trail's chain.
#include "Cli.h"
#include "VerifyService.h"

namespace opieka::cli {

int runVerify(Context& c)
{
    auto session = c.start(QStringLiteral("verify"));
    if (!session)
        return session.exitCode();
    auto report = VerifyService(session->database()).verify();
    if (!report)
        return c.fail(report.error());
    for (const QString& line : VerifyService::describe(*report))
        (report->ok() ? c.out : c.err) << line << Qt::endl;
    for (const QString& line : VerifyService::warnings(*report)) // the exit code stays
        c.err << line << Qt::endl;
    return report->ok() ? Done : StorageFailure;
}

} // namespace opieka::cli
