// field checkout | status | sync | resolve: field copies taken out of the centre's database and
// synced back (issue 23 part 4; docs/field-work.md, docs/cli.md).
#include "Cli.h"
#include "Csv.h"
#include "FieldCheckout.h"
#include "FieldCopy.h"
#include "FieldSync.h"
#include "Secrets.h"
#include "TextTable.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace opieka::cli {
namespace {

const char* const passphraseVariable = "OPIEKA_FIELD_PASSPHRASE";

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue jsonText(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Progress of a long step on standard error, only for a person watching a terminal: a script's
// standard error stays free of it.
std::function<void(int, int)> progressOnTerminal(Context& c, const QString& what)
{
    if (isatty(STDERR_FILENO) == 0)
        return {};
    return [&c, what](int done, int total) {
        c.err << QStringLiteral("\r%1 %2/%3").arg(what).arg(done).arg(total);
        if (done >= total)
            c.err << Qt::endl;
        c.err.flush();
    };
}

// The copy's own description, or the refusal of a database that is none (exit 2).
Result<FieldCopyInfo> copyInfo(Context& c, Context::Session& session)
{
    auto info = FieldCopy::info(session.database());
    if (!info)
        return info.error();
    if (!*info)
        return badInput(Cli::tr("%1 is not a field copy: give the copy taken with field "
                                "checkout as --db.")
                            .arg(c.databasePath));
    return **info;
}

int checkout(Context& c)
{
    const auto worker = c.args.idOption(QStringLiteral("--worker"), true);
    const auto outPath = c.args.option(QStringLiteral("--out"));
    if (!outPath)
        c.args.addError(Cli::tr("--out is required: the file of the new field copy."));
    else if (QFileInfo::exists(*outPath))
        c.args.addError(Cli::tr("%1 already exists: a field copy is never written over a file. "
                                "Give a new --out.")
                            .arg(*outPath));
    auto session = c.start(QStringLiteral("field checkout"));
    if (!session)
        return session.exitCode();
    if (!qEnvironmentVariableIsSet(passphraseVariable) && !canPrompt())
        return c.fail(badInput(Cli::tr("No passphrase for the field copy: set "
                                       "OPIEKA_FIELD_PASSPHRASE or run the command in a terminal "
                                       "to type it twice.")));
    auto passphrase =
        secretFrom(c.err, {passphraseVariable, Cli::tr("Passphrase for the new field copy: "),
                           Cli::tr("The same passphrase again: ")});
    if (!passphrase)
        return BadInput; // the two typings differed (said by secretFrom)
    auto report = FieldCheckout::checkout(session->signedIn(), *worker, *outPath, *passphrase,
                                          progressOnTerminal(c, Cli::tr("Copying")));
    passphrase->fill('\0');
    if (!report)
        return c.fail(report.error());
    c.out << Cli::tr("Field copy %1 written to %2.").arg(report->copyId, report->path) << Qt::endl
          << Cli::tr("Families: %1").arg(report->families) << Qt::endl
          << Cli::tr("Foster families: %1").arg(report->fosterFamilies) << Qt::endl
          << Cli::tr("Members: %1").arg(report->members) << Qt::endl
          << Cli::tr("Visits: %1").arg(report->visits) << Qt::endl;
    return Done;
}

// Whether a conflict is about a change: the same record, and the same field or the whole
// record ("*").
bool concerns(const FieldConflict& conflict, const FieldChange& change)
{
    return conflict.table == change.table && conflict.recordId == change.recordId &&
           (conflict.field == change.field || conflict.field == QLatin1String("*") ||
            change.field.isEmpty());
}

// pending, or a change waiting on an open conflict (conflict) or on a person's choice not yet
// carried out (resolved).
QString changeState(const FieldChange& change, const QList<FieldConflict>& conflicts)
{
    QString state = QStringLiteral("pending");
    for (const FieldConflict& conflict : conflicts) {
        if (!concerns(conflict, change))
            continue;
        if (conflict.resolution.isEmpty())
            return QStringLiteral("conflict");
        state = QStringLiteral("resolved");
    }
    return state;
}

// The open conflicts under the contract's columns (field sync --format csv, field status).
Listing conflictList(const QList<FieldConflict>& conflicts)
{
    Listing list{{QStringLiteral("table"), QStringLiteral("record_id"), QStringLiteral("field"),
                  QStringLiteral("centre_value"), QStringLiteral("field_value"),
                  QStringLiteral("centre_changed_by"), QStringLiteral("field_changed_by")}};
    for (const FieldConflict& f : conflicts) {
        if (!f.resolution.isEmpty())
            continue;
        const QStringList row{f.table,
                              QString::number(f.recordId),
                              f.field,
                              f.centreValue.value_or(QString()),
                              f.fieldValue.value_or(QString()),
                              f.centreChangedBy,
                              f.fieldChangedBy};
        const QJsonObject object{{list.header[0], f.table},
                                 {list.header[1], f.recordId},
                                 {list.header[2], f.field},
                                 {QStringLiteral("base_value"), jsonText(f.baseValue)},
                                 {list.header[3], jsonText(f.centreValue)},
                                 {list.header[4], jsonText(f.fieldValue)},
                                 {list.header[5], f.centreChangedBy},
                                 {QStringLiteral("centre_changed_at"), isoUtc(f.centreChangedAt)},
                                 {list.header[6], f.fieldChangedBy},
                                 {QStringLiteral("field_changed_at"), isoUtc(f.fieldChangedAt)}};
        list.add(row, object);
    }
    return list;
}

QByteArray csvOf(const Listing& list)
{
    QByteArray csv = Csv::line(list.header);
    for (const QStringList& row : list.rows)
        csv += Csv::line(row);
    return csv;
}

QString tableOf(const Listing& list)
{
    TextTable text(list.header);
    for (const QStringList& row : list.rows)
        text.addRow(row);
    return text.render();
}

int status(Context& c)
{
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("field status"));
    if (!session)
        return session.exitCode();
    auto info = copyInfo(c, *session);
    if (!info)
        return c.fail(info.error());
    auto changes = FieldSync::pending(session->database());
    if (!changes)
        return c.fail(changes.error());
    // Open and decided, not yet carried out (closed ones are history).
    auto conflicts = FieldSync::conflicts(session->database());
    if (!conflicts)
        return c.fail(conflicts.error());

    // The columns are a contract (issue 23).
    Listing list{{QStringLiteral("id"), QStringLiteral("table"), QStringLiteral("record_id"),
                  QStringLiteral("operation"), QStringLiteral("field"), QStringLiteral("old_value"),
                  QStringLiteral("new_value"), QStringLiteral("changed_by"),
                  QStringLiteral("changed_at"), QStringLiteral("state")}};
    for (const FieldChange& change : std::as_const(*changes)) {
        const QStringList row{QString::number(change.id),
                              change.table,
                              QString::number(change.recordId),
                              change.operation,
                              change.field,
                              change.oldValue.value_or(QString()),
                              change.newValue.value_or(QString()),
                              change.changedBy,
                              isoUtc(change.changedAt),
                              changeState(change, *conflicts)};
        const QJsonObject object{
            {list.header[0], change.id},
            {list.header[1], change.table},
            {list.header[2], change.recordId},
            {list.header[3], change.operation},
            {list.header[4], change.field.isEmpty() ? QJsonValue() : QJsonValue(change.field)},
            {list.header[5], jsonText(change.oldValue)},
            {list.header[6], jsonText(change.newValue)},
            {list.header[7], change.changedBy},
            {list.header[8], row[8]},
            {list.header[9], row[9]}};
        list.add(row, object);
    }
    const Listing open = conflictList(*conflicts);

    if (format == QLatin1String("csv"))
        return printList(c, format, list);
    if (format == QLatin1String("json")) {
        const QJsonObject copy{
            {QStringLiteral("copy_id"), info->copyId},
            {QStringLiteral("centre_database_id"), info->centreDatabaseId},
            {QStringLiteral("centre_name"), info->centreName},
            {QStringLiteral("centre_location"), info->centreLocation},
            {QStringLiteral("worker_id"), info->workerId},
            {QStringLiteral("taken_by"), info->takenBy},
            {QStringLiteral("taken_at"), isoUtc(info->takenAt)},
            {QStringLiteral("last_synced_at"),
             info->lastSyncedAt ? QJsonValue(isoUtc(*info->lastSyncedAt)) : QJsonValue()}};
        const QJsonObject all{{QStringLiteral("copy"), copy},
                              {QStringLiteral("changes"), list.json},
                              {QStringLiteral("conflicts"), open.json}};
        c.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Done;
    }
    c.out << Cli::tr("Field copy %1 of %2, taken %3 by %4 (worker %5).")
                 .arg(info->copyId, info->centreName, isoUtc(info->takenAt), info->takenBy)
                 .arg(info->workerId)
          << Qt::endl
          << (info->lastSyncedAt ? Cli::tr("Last synced %1.").arg(isoUtc(*info->lastSyncedAt))
                                 : Cli::tr("Not synced yet."))
          << Qt::endl;
    if (list.rows.isEmpty()) {
        c.out << Cli::tr("Nothing is pending.") << Qt::endl;
    } else {
        c.out << Cli::tr("%n change(s) pending:", nullptr, static_cast<int>(list.rows.size()))
              << Qt::endl
              << tableOf(list);
    }
    if (!open.rows.isEmpty())
        c.out << Cli::tr("%n conflict(s) to resolve (field resolve):", nullptr,
                         static_cast<int>(open.rows.size()))
              << Qt::endl
              << tableOf(open);
    return Done;
}

int sync(Context& c)
{
    const auto to = c.args.option(QStringLiteral("--to"));
    if (!to)
        c.args.addError(Cli::tr("--to is required: the centre's database (a file or "
                                "postgresql://USER@HOST:PORT/DATABASE)."));
    const QString format = formatArgument(c);
    auto copy = c.start(QStringLiteral("field sync"));
    if (!copy)
        return copy.exitCode();
    if (auto info = copyInfo(c, *copy); !info)
        return c.fail(info.error());
    // The same account signs in at the centre (its password from OPIEKA_PASSWORD or typed).
    const Context onCentre{c.args, *to, c.login, c.out, c.err};
    auto centre = onCentre.signedIn();
    if (!centre)
        return centre.exitCode();
    auto report = FieldSync::sync(copy->signedIn(), centre->signedIn(),
                                  progressOnTerminal(c, Cli::tr("Syncing")));
    if (!report)
        return c.fail(report.error());
    const Listing open = conflictList(report->conflicts);
    const int code = open.rows.isEmpty() ? Done : ConflictsLeft;

    if (format == QLatin1String("csv")) {
        c.out << QString::fromUtf8(csvOf(open));
        return code;
    }
    if (format == QLatin1String("json")) {
        const QJsonObject all{{QStringLiteral("inserted"), report->inserted},
                              {QStringLiteral("updated"), report->updated},
                              {QStringLiteral("deleted"), report->deleted},
                              {QStringLiteral("unchanged"), report->unchanged},
                              {QStringLiteral("resolved"), report->resolved},
                              {QStringLiteral("refreshed"), report->refreshed},
                              {QStringLiteral("conflicts"), open.json}};
        c.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return code;
    }
    c.out << Cli::tr("Synced: inserted %1, updated %2, deleted %3, unchanged %4, resolved %5, "
                     "refreshed %6.")
                 .arg(report->inserted)
                 .arg(report->updated)
                 .arg(report->deleted)
                 .arg(report->unchanged)
                 .arg(report->resolved)
                 .arg(report->refreshed)
          << Qt::endl;
    if (open.rows.isEmpty())
        c.out << Cli::tr("No conflicts.") << Qt::endl;
    else
        c.out << Cli::tr("%n conflict(s) left to resolve (field resolve, then sync again):",
                         nullptr, static_cast<int>(open.rows.size()))
              << Qt::endl
              << tableOf(open);
    return code;
}

int resolve(Context& c)
{
    const auto table = c.args.option(QStringLiteral("--table"));
    const auto record = c.args.idOption(QStringLiteral("--record"), true);
    const auto field = c.args.option(QStringLiteral("--field"));
    const auto keep = c.args.option(QStringLiteral("--keep"));
    const auto value = c.args.option(QStringLiteral("--value"));
    if (!table)
        c.args.addError(Cli::tr("--table is required: the conflict's table."));
    if (!field)
        c.args.addError(Cli::tr("--field is required: the conflict's field (* for a whole "
                                "record)."));
    if (keep.has_value() == value.has_value())
        c.args.addError(Cli::tr("Say what stays: --keep centre, --keep field, --keep VALUE, or "
                                "--value TEXT (a value that reads 'centre' or 'field')."));
    auto session = c.start(QStringLiteral("field resolve"));
    if (!session)
        return session.exitCode();
    if (auto info = copyInfo(c, *session); !info)
        return c.fail(info.error());
    // --value is always the value itself; --keep is a side's name or the value.
    FieldSync::Keep choice = FieldSync::Keep::Value;
    if (!value && *keep == QLatin1String("centre"))
        choice = FieldSync::Keep::Centre;
    else if (!value && *keep == QLatin1String("field"))
        choice = FieldSync::Keep::Field;
    const QString chosen =
        choice == FieldSync::Keep::Value ? value.value_or(keep.value_or(QString())) : QString();
    if (Status resolved =
            FieldSync::resolve(session->signedIn(), *table, *record, *field, choice, chosen);
        !resolved)
        return c.fail(resolved.error());
    const QString which = QStringLiteral("%1 %2 %3").arg(*table, QString::number(*record), *field);
    switch (choice) {
    case FieldSync::Keep::Centre:
        c.out << Cli::tr("Conflict over %1 decided: the centre's value stays.").arg(which);
        break;
    case FieldSync::Keep::Field:
        c.out << Cli::tr("Conflict over %1 decided: the field copy's value goes to the centre.")
                     .arg(which);
        break;
    case FieldSync::Keep::Value:
        c.out
            << Cli::tr("Conflict over %1 decided: the value given goes to both sides.").arg(which);
        break;
    }
    c.out << Qt::endl << Cli::tr("The next field sync carries it out.") << Qt::endl;
    return Done;
}

} // namespace

int runField(Context& c)
{
    return runAction(c, QStringLiteral("field"),
                     {{QLatin1String("checkout"), checkout},
                      {QLatin1String("status"), status},
                      {QLatin1String("sync"), sync},
                      {QLatin1String("resolve"), resolve}},
                     Cli::tr("'%1' is not an action of field: checkout, status, sync or resolve."),
                     Cli::tr("Say what to do: field checkout, status, sync or resolve."));
}

} // namespace opieka::cli
