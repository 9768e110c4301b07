// verify: the database file's integrity and the audit trail's chain.
#include "Cli.h"
#include "VerifyService.h"

namespace opieka::cli {

int runVerify(Context& c)
{
    if (!c.argumentsOk(QStringLiteral("verify")))
        return c.usage(QStringLiteral("verify"));
    auto workspace = c.open(Workspace::OpenMode::MustExist);
    if (!workspace)
        return c.fail(workspace.error());
    auto report = VerifyService((*workspace)->database()).verify();
    if (!report)
        return c.fail(report.error());
    for (const QString& line : VerifyService::describe(*report))
        (report->ok() ? c.out : c.err) << line << Qt::endl;
    for (const QString& line : VerifyService::warnings(*report)) // the exit code stays
        c.err << line << Qt::endl;
    return report->ok() ? Done : StorageFailure;
}

} // namespace opieka::cli
