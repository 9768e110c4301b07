#include "Cli.h"

#include "Csv.h"
#include "FieldCopy.h"
#include "OutputFile.h"
#include "Secrets.h"
#include "SignInService.h"
#include "TextTable.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <functional>
#include <map>

namespace opieka::cli {

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Refused:
        return Refused;
    case ErrorKind::BadInput:
        return BadInput;
    case ErrorKind::Storage:
    case ErrorKind::ConnectionLost:
        return StorageFailure;
    case ErrorKind::Busy:
        return Busy;
    }
    return StorageFailure;
}

Status Context::unlockFieldCopy() const
{
    if (!FieldCopy::isFieldCopyFile(databasePath))
        return {};
    auto passphrase =
        secretFrom(err, {"OPIEKA_FIELD_PASSPHRASE",
                         Cli::tr("Passphrase of the field copy %1: ").arg(databasePath),
                         {}});
    if (!passphrase)
        return badInput(Cli::tr("%1 is a field copy: set OPIEKA_FIELD_PASSPHRASE or run the "
                                "command in a terminal to type its passphrase.")
                            .arg(databasePath));
    Status unlocked = FieldCopy::unlockFile(databasePath, *passphrase);
    passphrase->fill('\0');
    return unlocked;
}

Result<std::unique_ptr<Workspace>> Context::openForSetUp(Workspace::OpenMode mode) const
{
    OPIEKA_TRY(unlockFieldCopy());
    return Workspace::open(databasePath, mode);
}

Context::Started Context::start(const QString& command, std::optional<Capability> needs)
{
    if (!argumentsOk(command))
        return usage(command.section(QLatin1Char(' '), 0, 0));
    return signedIn(needs);
}

Context::Started Context::signedIn(std::optional<Capability> needs) const
{
    auto opened = session(Workspace::OpenMode::MustExist);
    if (!opened)
        return fail(opened.error());
    if (needs)
        if (Status allowed = opened->may(*needs); !allowed)
            return fail(allowed.error());
    return std::move(*opened);
}

Result<User> Context::signIn(Workspace& workspace) const
{
    auto resumed = resumeSession(workspace);
    if (!resumed)
        return resumed.error();
    if (*resumed)
        return **resumed;
    return signInWithPassword(workspace);
}

// The acting account (--user, OPIEKA_USER, or the first administrator), with its password from
// OPIEKA_PASSWORD or typed at the terminal when the account has one.
Result<User> Context::signInWithPassword(Workspace& workspace) const
{
    auto actor = workspace.actingUser(login);
    if (!actor)
        return actor.error();
    SignInService accounts(workspace.database());
    auto protectedByPassword = accounts.hasPassword(*actor);
    if (!protectedByPassword)
        return protectedByPassword.error();
    if (!*protectedByPassword) {
        // In a field copy the change triggers name who acts (SignInService does it for an
        // account with a password).
        OPIEKA_TRY(FieldCopy::setActingLogin(workspace.database(), actor->login));
        return actor;
    }
    auto password =
        secretFrom(err, {"OPIEKA_PASSWORD", Cli::tr("Password for '%1': ").arg(actor->login), {}});
    if (!password)
        return badInput(Cli::tr("The account '%1' has a password: set OPIEKA_PASSWORD or run the "
                                "command in a terminal to type it.")
                            .arg(actor->login));
    auto user = accounts.signIn(actor->login, *password);
    password->fill('\0');
    return user;
}

Result<Context::Session> Context::session(Workspace::OpenMode mode) const
{
    auto workspace = openForSetUp(mode);
    if (!workspace)
        return workspace.error();
    auto actor = signIn(**workspace);
    if (!actor)
        return actor.error();
    return Session{std::move(*workspace), *actor};
}

QString formatArgument(Context& c)
{
    QString format = c.args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        c.args.addError(Cli::tr("--format takes text, csv or json, not '%1'.").arg(format));
    return format;
}

void printJson(Context& c, const QJsonArray& array)
{
    c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void Listing::add(const QStringList& row)
{
    QJsonObject object;
    for (int i = 0; i < header.size(); ++i)
        object.insert(header[i], row[i]);
    add(row, object);
}

void Listing::add(const QStringList& row, const QJsonObject& object)
{
    rows << row;
    json.append(object);
}

int printList(Context& c, const QString& format, const Listing& list)
{
    if (format == QLatin1String("json")) {
        printJson(c, list.json);
    } else if (format == QLatin1String("csv")) {
        QByteArray csv = Csv::line(list.header);
        for (const QStringList& row : list.rows)
            csv += Csv::line(row);
        c.out << QString::fromUtf8(csv);
    } else {
        TextTable text(list.header);
        for (const QStringList& row : list.rows)
            text.addRow(row);
        c.out << text.render();
    }
    return Done;
}

int runAction(Context& c, const QString& command, std::initializer_list<Action> actions,
              const QString& notAnAction, const QString& use)
{
    const auto action = c.args.positional();
    for (const Action& known : actions)
        if (action == known.name)
            return known.run(c);
    c.args.addError(action ? notAnAction.arg(*action) : use);
    return c.usage(command);
}

bool Context::argumentsOk(const QString& command)
{
    args.rejectLeftovers(command);
    return !args.hasErrors();
}

int Context::fail(const Error& error) const
{
    err << error.message << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString& command) const
{
    err << args.errors() << Qt::endl
        << Cli::tr("See 'opieka-cli --help' for the use of '%1'.").arg(command) << Qt::endl;
    return BadInput;
}

QString Cli::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivateFolder(folder); // 0700: it holds the database and the log
    return QDir(folder).filePath(QStringLiteral("opieka.sqlite"));
}

QString Cli::usageText()
{
    // In parts, one per group of commands, so that a new command changes one translation.
    return tr("Usage: opieka-cli [--db PATH] [--user LOGIN] COMMAND ...\n"
              "  (PATH also from OPIEKA_DB, LOGIN from OPIEKA_USER)\n"
              "\n"
              "  init [--admin LOGIN]                    create or upgrade the database\n"
              "  demo [--scale small|county|voivodeship] [--seed N]\n"
              "                                          fill an empty database with generated "
              "data\n"
              "  import DATA FILE.csv [--strict]          DATA: workers, families, "
              "foster-families,\n"
              "                                          assignments, members, visits, placements\n"
              "  export DATA [--out FILE]\n") +
           tr("  assign --worker ID --case ID [--from YYYY-MM-DD] [--override \"reason\"]\n"
              "  release --worker ID --case ID [--on YYYY-MM-DD]\n"
              "  caseload [--as-of YYYY-MM-DD] [--summary] [--format text|csv|json] [--role ROLE]\n"
              "  rules list [--format text|csv|json]\n"
              "  rules add --role ROLE --limit N --from YYYY-MM-DD [--prorate]\n") +
           tr("  settings show | settings set residents N | settings set document_max_mb N\n"
              "         the centre's settings (residents: for the social workers' norm;\n"
              "         document_max_mb: the largest document attached, 1 to 100 MB)\n") +
           tr("  transfer --from-worker ID --worker ID --case ID [--on YYYY-MM-DD]\n"
              "           [--override \"reason\"]   pass a case to another worker in one step\n") +
           tr("  report caseload|statistics|deadlines [--as-of YYYY-MM-DD]\n"
              "         [--format text|csv|json|pdf] [--out FILE]\n"
              "         caseload only: [--role ROLE] [--unit UNIT] [--municipality NAME]\n"
              "  verify                                  check the database file and the audit "
              "chain\n"
              "  audit family ID | audit user LOGIN [--format text|csv|json]  (managers)\n") +
           tr("  user add LOGIN --role ROLE [--worker ID] | user disable LOGIN\n"
              "  user password LOGIN | user list [--format text|csv|json]\n"
              "  erase-member --member ID --reason TEXT  erase a person's data (GDPR request)\n"
              "  (passwords: OPIEKA_PASSWORD for the acting account, OPIEKA_NEW_PASSWORD for a "
              "new\n"
              "   one, or typed at a terminal)\n") +
           tr("  user pending [--format text|csv|json] | user confirm LOGIN\n"
              "         manager accounts awaiting a manager's confirmation (four eyes)\n") +
           tr("  placement list --foster-family ID [--format text|csv|json]\n"
              "  placement notice --placement ID --to court|starosta|home_ops [--on YYYY-MM-DD]\n"
              "         an emergency intake's notice sent later (art. 58 ust. 3)\n") +
           tr("  duplicates [--kind members|families] [--min-score N] [--format text|csv|json]\n"
              "         likely duplicate people or families (managers; N: 0-100, default 70)\n") +
           tr("  duplicates merge --kind members|families --keep ID --remove ID\n"
              "         [--take FIELD[,FIELD...]]   two records of one person or family made one\n"
              "  duplicates dismiss --kind members|families ID ID\n"
              "         two records marked as different: not listed or warned of again\n") +
           tr("  backup FILE                             write an encrypted copy of the database\n"
              "  backup --daily FOLDER [--keep N]        the day's backup, keeping the newest N "
              "(7)\n"
              "  restore FILE                            replace the data with a backup's\n"
              "  restore FILE --replace-other-database   ... even one of another database\n"
              "  (the backup passphrase from OPIEKA_BACKUP_PASSPHRASE or typed at a terminal)\n") +
           tr("  centre init --name NAME --kind ops|pcpr --area NAME [--regon N]\n"
              "         make the centre's keys and card (administrators)\n"
              "  centre card --out FILE                  write the centre's card for partners\n"
              "  partner add FILE | partner list [--format text|csv|json]\n"
              "         trust a partner centre's card (compare its fingerprint by phone)\n"
              "  (the centre passphrase from OPIEKA_CENTRE_PASSPHRASE or typed at a terminal)\n") +
           tr("  exchange send --family ID --to PARTNER --purpose referral|plan|transfer\n"
              "         --out FILE [--include-notes]   a package for a partner centre (PARTNER:\n"
              "                                          its fingerprint or name)\n"
              "  exchange receive FILE                   check and store a partner's package\n"
              "  exchange accept ID [--link FAMILY_ID] | exchange decline ID --reason TEXT\n"
              "  exchange receipt ID --out FILE          the receipt for the sender\n"
              "  exchange list [--format text|csv|json]  the inbox and the outbox\n") +
           tr("  family update --family ID --set FIELD=VALUE [FIELD=VALUE...]\n"
              "         FIELD: name, municipality, address (--set may be repeated)\n"
              "  visit add --family ID --date YYYY-MM-DD --kind KIND [--notes TEXT]\n"
              "         logged under the acting account's worker; prints the visit's id\n"
              "  member add --family ID --first-name TEXT --last-name TEXT --relation RELATION\n"
              "         [--birth-date YYYY-MM-DD] [--sex F|M] [--pesel N] [--save-anyway]\n"
              "         a household member; prints the member's id\n") +
           tr("  document add --family ID --kind KIND --file PATH [--date YYYY-MM-DD]\n"
              "         [--note TEXT] [--member ID] [--plan ID]\n"
              "         attach a PDF, JPEG or PNG file (--foster-family ID or --placement ID\n"
              "         instead of --family); prints the document's id. KIND: court_order,\n"
              "         signed_work_plan, health_certificate, psychologist_opinion,\n"
              "         blue_card_form, letter, other\n"
              "  document list --family ID [--removed] [--format text|csv|json]\n"
              "         (or --foster-family ID, --placement ID) the case's documents\n"
              "  document get ID --out FILE              write a copy of the document's file\n"
              "  document remove ID --reason TEXT        remove a document (a recorded "
              "decision)\n") +
           tr("  field checkout --worker ID --out FILE  a worker's cases into an encrypted field "
              "copy\n"
              "  field status [--format text|csv|json]  (--db COPY) what the copy has not synced\n"
              "  field sync --to DB [--format text|csv|json]  (--db COPY)\n"
              "         send the changes, take the centre's; exit 4: conflicts left to resolve\n"
              "  field resolve --table T --record ID --field F --keep centre|field|VALUE\n"
              "         (or --value TEXT) a conflict decided, carried out by the next sync\n"
              "  (the copy's passphrase from OPIEKA_FIELD_PASSPHRASE or typed at a terminal)\n") +
           tr("  login                                   sign in once; later commands against "
              "this\n"
              "                                          database need no password (8 hours)\n"
              "  logout                                  end the session and remove its file\n") +
           tr("  migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE\n"
              "                                          move a centre's file to an empty server\n"
              "                                          database (administrators; the server's\n"
              "                                          password from OPIEKA_DB_PASSWORD)\n") +
           tr("\nExit codes: 0 done, 1 refused by a rule, 2 bad input or usage, 3 storage "
              "failure, 4 another change (an import) was being saved: try again.\n") +
           tr("OPIEKA_WAIT: how many seconds a change waits for another one being saved (30).\n");
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Arguments args(arguments);
    if (args.flag(QStringLiteral("--help")) || args.flag(QStringLiteral("-h"))) {
        out << usageText();
        return Done;
    }
    if (args.flag(QStringLiteral("--version"))) {
        out << QStringLiteral("opieka-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return Done;
    }
    QString database =
        args.option(QStringLiteral("--db")).value_or(qEnvironmentVariable("OPIEKA_DB"));
    const QString login =
        args.option(QStringLiteral("--user")).value_or(qEnvironmentVariable("OPIEKA_USER"));
    // How long a change waits for another one being saved (an import) before it gives up.
    if (const QString wait = qEnvironmentVariable("OPIEKA_WAIT"); !wait.isEmpty()) {
        bool number = false;
        const int seconds = wait.toInt(&number);
        if (!number || seconds < 0 || seconds > 86400)
            args.addError(
                tr("OPIEKA_WAIT takes a number of seconds from 0 to 86400, not '%1'.").arg(wait));
        else
            Workspace::setDefaultWriteWaitMs(seconds * 1000);
    }
    const auto command = args.positional();
    if (args.hasErrors() || !command) {
        if (!command)
            args.addError(tr("No command given."));
        err << args.errors() << Qt::endl << usageText();
        return BadInput;
    }
    if (*command == QLatin1String("help")) {
        out << usageText();
        return Done;
    }
    if (database.isEmpty())
        database = defaultDatabasePath();

    static const std::map<QString, std::function<int(Context&)>> commands{
        {QStringLiteral("init"), runInit},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("assign"), runAssign},
        {QStringLiteral("release"), runRelease},
        {QStringLiteral("transfer"), runTransfer},
        {QStringLiteral("caseload"), runCaseload},
        {QStringLiteral("rules"), runRules},
        {QStringLiteral("settings"), runSettings},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("verify"), runVerify},
        {QStringLiteral("user"), runUser},
        {QStringLiteral("erase-member"), runEraseMember},
        {QStringLiteral("audit"), runAudit},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("migrate"), runMigrate},
        {QStringLiteral("placement"), runPlacement},
        {QStringLiteral("duplicates"), runDuplicates},
        {QStringLiteral("centre"), runCentre},
        {QStringLiteral("partner"), runPartner},
        {QStringLiteral("exchange"), runExchange},
        {QStringLiteral("family"), runFamily},
        {QStringLiteral("visit"), runVisit},
        {QStringLiteral("member"), runMember},
        {QStringLiteral("document"), runDocument},
        {QStringLiteral("field"), runField},
        {QStringLiteral("login"), runLogin},
        {QStringLiteral("logout"), runLogout},
    };
    const auto found = commands.find(*command);
    if (found == commands.end()) {
        err << tr("Unknown command '%1'.").arg(*command) << Qt::endl << usageText();
        return BadInput;
    }
    Context context{args, database, login, out, err};
    return found->second(context);
}

} // namespace opieka::cli
