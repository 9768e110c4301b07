// init, demo, import and export.
#include "Cli.h"
#include "DataSet.h"
#include "DemoService.h"
#include "ExportService.h"
#include "ImportService.h"
#include "OutputFile.h"
#include "PastDates.h"
#include "Secrets.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>

namespace opieka::cli {
namespace {
// A database file this command creates: removed with its companions unless keep() is called. Made
// before the workspace, so that the workspace is closed before the files go.
class NewDatabaseFile
{
public:
    explicit NewDatabaseFile(const QString& path)
        : m_path(QFileInfo::exists(path) || path.contains(QLatin1String("://")) ? QString() : path)
    {}
    ~NewDatabaseFile()
    {
        if (!m_path.isEmpty())
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_path + QLatin1String(suffix));
    }
    NewDatabaseFile(const NewDatabaseFile&) = delete;
    NewDatabaseFile& operator=(const NewDatabaseFile&) = delete;
    void keep() { m_path.clear(); }

private:
    QString m_path; // empty: nothing to remove (it was there before, or is a server)
};
} // namespace

int runInit(Context& c)
{
    const QString admin =
        c.args.option(QStringLiteral("--admin")).value_or(QStringLiteral("admin"));
    if (!c.argumentsOk(QStringLiteral("init")))
        return c.usage(QStringLiteral("init"));
    // An init that fails (a short password, two passwords that differ) leaves no half-made file.
    NewDatabaseFile made(c.databasePath);
    auto workspace = c.openForSetUp(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return c.fail(workspace.error());
    auto hasAdmin = (*workspace)->hasAdministrator();
    if (!hasAdmin)
        return c.fail(hasAdmin.error());
    QByteArray password;
    if (!*hasAdmin) {
        auto typed = secretFrom(c.err, {"OPIEKA_NEW_PASSWORD",
                                        Cli::tr("Password for the administrator '%1': ").arg(admin),
                                        Cli::tr("The same password again: ")});
        if (!typed && canPrompt())
            return BadInput; // typed twice, differently: said on standard error
        password = typed.value_or(QByteArray());
    }
    auto user = (*workspace)->ensureAdministrator(admin, password);
    password.fill('\0');
    if (!user)
        return c.fail(user.error());
    if (!*hasAdmin && !qEnvironmentVariableIsSet("OPIEKA_NEW_PASSWORD") && !canPrompt())
        c.err << Cli::tr("The administrator '%1' has no password: anyone who can open the "
                         "database acts as '%1'. Set one with 'opieka-cli user password %1'.")
                     .arg(user->login)
              << Qt::endl;
    made.keep();
    c.out << Cli::tr("Database %1 is ready (schema %2). Administrator: %3")
                 .arg(c.databasePath)
                 .arg(Workspace::latestSchemaVersion())
                 .arg(user->login)
          << Qt::endl;
    return Done;
}

int runDemo(Context& c)
{
    const QString scaleText =
        c.args.option(QStringLiteral("--scale")).value_or(QStringLiteral("small"));
    const QString seedText = c.args.option(QStringLiteral("--seed")).value_or(QStringLiteral("1"));
    c.args.rejectLeftovers(QStringLiteral("demo"));
    DemoService::Scale scale = DemoService::Scale::Small;
    if (scaleText == QLatin1String("county"))
        scale = DemoService::Scale::County;
    else if (scaleText == QLatin1String("voivodeship"))
        scale = DemoService::Scale::Voivodeship;
    else if (scaleText != QLatin1String("small"))
        c.args.addError(
            Cli::tr("--scale takes small, county or voivodeship, not '%1'.").arg(scaleText));
    bool seedOk = false;
    const quint64 seed = seedText.toULongLong(&seedOk);
    if (!seedOk)
        c.args.addError(Cli::tr("--seed takes a whole number, not '%1'.").arg(seedText));
    if (c.args.hasErrors())
        return c.usage(QStringLiteral("demo"));

    auto workspace = c.openForSetUp(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return c.fail(workspace.error());
    if (auto admin = (*workspace)->ensureAdministrator(QStringLiteral("admin")); !admin)
        return c.fail(admin.error());
    auto actor = c.signIn(**workspace);
    if (!actor)
        return c.fail(actor.error());
    auto summary =
        DemoService(opieka::Session((*workspace)->database(), *actor)).generate(scale, seed);
    if (!summary)
        return c.fail(summary.error());
    c.out << Cli::tr("Generated %1 workers, %2 families, %3 foster families and %4 assignments "
                     "(synthetic people only).")
                 .arg(summary->workers)
                 .arg(summary->families)
                 .arg(summary->fosterFamilies)
                 .arg(summary->assignments)
          << Qt::endl;
    c.out << Cli::tr("Household members: %1, visits: %2, children in foster care: %3.")
                 .arg(summary->members)
                 .arg(summary->contacts)
                 .arg(summary->placements)
          << Qt::endl;
    return Done;
}

namespace {
std::optional<DataSet> dataSetArgument(Context& c, const QString& command)
{
    const auto name = c.args.positional();
    if (!name) {
        c.args.addError(
            Cli::tr("Say what to %1: %2.").arg(command, dataSetNames().join(QLatin1Char('|'))));
        return std::nullopt;
    }
    const auto set = parseDataSet(*name);
    if (!set)
        c.args.addError(Cli::tr("'%1' is not one of: %2.")
                            .arg(*name, dataSetNames().join(QStringLiteral(", "))));
    return set;
}
} // namespace

int runImport(Context& c)
{
    const bool strict = c.args.flag(QStringLiteral("--strict"));
    const auto set = dataSetArgument(c, QStringLiteral("import"));
    const auto file = c.args.positional(Cli::tr("Give the CSV file to import."));
    // No data set is a usage error already (dataSetArgument).
    auto session = c.start(QStringLiteral("import"));
    if (!session)
        return session.exitCode();
    auto summary = ImportService(session->signedIn()).importFile(*set, *file, strict);
    if (!summary)
        return c.fail(summary.error());
    c.out << Cli::tr("Imported %n row(s) of %1 from %2.", nullptr, summary->imported)
                 .arg(dataSetName(*set), *file)
          << Qt::endl;
    if (*set == DataSet::Assignments)
        c.out << Cli::tr("%n worker(s) over their limits on %1.", nullptr,
                         summary->workersOverLimit)
                     .arg(localDate(summary->checkedOn))
              << Qt::endl;
    if (*set == DataSet::Members || *set == DataSet::Families) {
        if (summary->likelyDuplicates.isEmpty())
            c.out << Cli::tr("No likely duplicates of records already in the register.")
                  << Qt::endl;
        else
            c.out << Cli::tr("%n likely duplicate(s) of records already in the register, "
                             "imported all the same (--strict refuses them):",
                             nullptr, static_cast<int>(summary->likelyDuplicates.size()))
                  << Qt::endl;
        for (const ImportedDuplicate& found : std::as_const(summary->likelyDuplicates))
            c.out << ImportService::duplicateLine(*file, *set, found) << Qt::endl;
    }
    return Done;
}

int runExport(Context& c)
{
    const auto outPath = c.args.option(QStringLiteral("--out"));
    const auto set = dataSetArgument(c, QStringLiteral("export"));
    auto session = c.start(QStringLiteral("export"));
    if (!session)
        return session.exitCode();
    ExportService exporter(session->signedIn());
    if (!outPath) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return c.fail(storageError(Cli::tr("Cannot write to the standard output.")));
        c.out.flush();
        auto rows = exporter.exportCsv(*set, out);
        return rows ? Done : c.fail(rows.error());
    }
    // Written whole or not at all: a failed export leaves any earlier file as it was.
    OutputFile out(*outPath);
    if (Status opened = out.open(); !opened)
        return c.fail(opened.error());
    auto rows = exporter.exportCsv(*set, out.device());
    if (!rows)
        return c.fail(rows.error());
    if (Status written = out.commit(); !written)
        return c.fail(written.error());
    c.err << Cli::tr("Exported %n row(s) of %1 to %2.", nullptr, *rows)
                 .arg(dataSetName(*set), *outPath)
          << Qt::endl;
    return Done;
}

} // namespace opieka::cli
