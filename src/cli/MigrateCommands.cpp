// migrate: a centre's database file moved to its PostgreSQL server (docs/deployment.md).
#include "Cli.h"
#include "MoveService.h"
#include "TextTable.h"

#include <QElapsedTimer>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace opieka::cli {
namespace {

bool isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

void printReport(Context& c, const TransferReport& report, qint64 milliseconds)
{
    TextTable table({QStringLiteral("table"), QStringLiteral("file"), QStringLiteral("server")},
                    {false, true, true});
    for (const TableCount& count : report.tables)
        table.addRow(
            {count.table, QString::number(count.sourceRows), QString::number(count.targetRows)});
    c.out << table.render();
    c.out << Cli::tr("Moved %n row(s) in %1 tables (schema %2) in %3 s; every table holds the "
                     "same rows on the server as in the file.",
                     nullptr, static_cast<int>(std::min<qint64>(report.rows(), INT_MAX)))
                 .arg(report.tables.size())
                 .arg(report.schemaVersion)
                 .arg(QLocale::c().toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1))
          << Qt::endl;
    c.out << Cli::tr("Audit trail: %n record(s), the chain verifies on the server.", nullptr,
                     report.auditRecords)
          << Qt::endl;
}

} // namespace

int runMigrate(Context& c)
{
    const auto from = c.args.option(QStringLiteral("--from"));
    const auto to = c.args.option(QStringLiteral("--to"));
    if (!from)
        c.args.addError(Cli::tr("Give the database file to move with --from FILE."));
    if (!to)
        c.args.addError(Cli::tr("Give the server database to move it to with --to "
                                "postgresql://user@host:port/database."));
    else if (!isServerAddress(*to))
        c.args.addError(Cli::tr("--to takes a server database, "
                                "postgresql://user@host:port/database, not '%1'.")
                            .arg(*to));
    if (!c.argumentsOk(QStringLiteral("migrate")))
        return c.usage(QStringLiteral("migrate"));

    // The file is checked before the app opens it: opening upgrades an older schema, and a
    // move must not change the file.
    if (Status usable = MoveService::checkSource(*from); !usable)
        return c.fail(usable.error());
    // The accounts and the whole audit trail move with the data: an administrator of the file.
    const Context onSource{c.args, *from, c.login, c.out, c.err};
    auto session = onSource.signedIn();
    if (!session)
        return session.exitCode();
    MoveService move(session->signedIn());
    if (Status may = move.mayMove(); !may)
        return c.fail(may.error());
    QElapsedTimer timer;
    timer.start();
    // The service checks that the account may move it, and records the move on the server.
    auto report = move.moveToServer(*from, *to);
    if (!report)
        return c.fail(report.error());
    printReport(c, *report, timer.elapsed());
    c.out << Cli::tr("The move is recorded in the server's audit trail (database.migrate).")
          << Qt::endl;
    return Done;
}

} // namespace opieka::cli
