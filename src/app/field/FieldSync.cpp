#include "FieldSync.h"

#include "AuditTrail.h"
#include "Database.h"
#include "FieldChangeRepository.h"
#include "FieldSyncRepository.h"
#include "FieldSyncSteps.h"
#include "Logging.h"
#include "SqlTransaction.h"

#include <QDate>
#include <QJsonObject>
#include <csignal>

namespace opieka {
namespace {

FieldConflict conflictFrom(const FieldConflictRow& c)
{
    FieldConflict conflict;
    conflict.id = c.id;
    conflict.table = c.table;
    conflict.recordId = c.recordId;
    conflict.field = c.field;
    conflict.baseValue = c.baseValue;
    conflict.centreValue = c.centreValue;
    conflict.fieldValue = c.fieldValue;
    conflict.centreChangedBy = c.centreChangedBy;
    conflict.centreChangedAt = c.centreChangedAt;
    conflict.fieldChangedBy = c.fieldChangedBy;
    conflict.fieldChangedAt = c.fieldChangedAt;
    conflict.resolution = c.resolution;
    conflict.resolvedValue = c.resolvedValue;
    return conflict;
}

// The longest value a person may choose for a field (the longest texts, a visit's notes, stay
// well under it).
constexpr int kLongestValue = 20000;

const char* keepName(FieldSync::Keep keep)
{
    switch (keep) {
    case FieldSync::Keep::Centre:
        return "centre";
    case FieldSync::Keep::Field:
        return "field";
    case FieldSync::Keep::Value:
        break;
    }
    return "value";
}

bool isDateColumn(const QString& column)
{
    return column.endsWith(QLatin1String("_on")) || column.endsWith(QLatin1String("_date")) ||
           column.endsWith(QLatin1String("_due")) || column == QLatin1String("deadline");
}

// A value a person typed for a field, checked as the field takes it: its length, a whole number
// for a column of numbers, a date for a date, and the table's own rules (tried on the copy's
// record in a transaction that is rolled back).
Status checkChosenValue(Database& database, const QString& table, qint64 recordId,
                        const QString& field, const QString& value)
{
    if (value.contains(QChar(u'\0')))
        return badInput(FieldSync::tr("The value holds a NUL character; type it again."));
    if (value.size() > kLongestValue)
        return badInput(
            FieldSync::tr("The value is longer than %1 characters.").arg(kLongestValue));
    FieldSyncRepository rows(database);
    auto types = rows.columnTypes(table);
    if (!types)
        return types.error();
    if (types->value(field).contains(QLatin1String("int"))) {
        bool whole = false;
        value.toLongLong(&whole);
        if (!whole)
            return badInput(FieldSync::tr("'%1' takes a whole number.").arg(field));
    }
    if (isDateColumn(field) && !QDate::fromString(value, Qt::ISODate).isValid())
        return badInput(
            FieldSync::tr("'%1' takes a date as YYYY-MM-DD; '%2' is not one.").arg(field, value));
    auto key = rows.primaryKey(table);
    if (!key)
        return key.error();
    auto probe = SqlTransaction::begin(database);
    if (!probe)
        return probe.error();
    OPIEKA_TRY(FieldChangeRepository(database).setRecording(false));
    Status fits = rows.updateField(table, *key, recordId, field, value, false);
    if (!fits && fits.error().kind == ErrorKind::Storage)
        return badInput(FieldSync::tr("The field '%1' does not take '%2'.").arg(field, value));
    return fits; // the probe's guard rolls back: the value was only tried
}

} // namespace

Result<QList<FieldChange>> FieldSync::pending(Database& copy)
{
    auto rows = FieldChangeRepository(copy).pending();
    if (!rows)
        return rows.error();
    QList<FieldChange> changes;
    for (const FieldChangeRow& row : std::as_const(*rows))
        changes << FieldChange{row.id,       row.table,    row.recordId,  row.operation, row.field,
                               row.oldValue, row.newValue, row.changedAt, row.changedBy};
    return changes;
}

Result<QList<FieldConflict>> FieldSync::conflicts(Database& copy, bool all)
{
    auto rows = FieldChangeRepository(copy).conflicts(all);
    if (!rows)
        return rows.error();
    QList<FieldConflict> conflicts;
    for (const FieldConflictRow& row : std::as_const(*rows))
        conflicts << conflictFrom(row);
    return conflicts;
}

Result<FieldSyncReport> FieldSync::sync(const Session& copy, const Session& centre,
                                        const std::function<void(int, int)>& progress)
{
    if (copy.actor().login != centre.actor().login)
        return refused(tr("Sign in at the centre with the same login as in the copy ('%1'); "
                          "'%2' is another account. Nothing was synced.")
                           .arg(copy.actor().login, centre.actor().login));
    if (&copy.database() == &centre.database())
        return badInput(tr("The copy and the centre are the same database."));

    // One sync of a copy at a time: the copy's write lock is held from reading what is pending
    // to the end of the refresh (the refresh's transaction nests in it), so a second sync of the
    // same copy waits and then finds nothing left, instead of pushing the same changes again.
    auto oneAtATime = SqlTransaction::begin(copy.database());
    if (!oneAtATime)
        return oneAtATime.error();
    FieldSyncSteps steps(copy.database(), centre.database(), centre.actor());
    OPIEKA_TRY(steps.prepare());
    OPIEKA_TRY(steps.push(progress));
    // Test hook (docs/field-work.md): a sync killed between the push and the refresh.
    if (qEnvironmentVariableIntValue("OPIEKA_TEST_KILL_AFTER_PUSH") == 1)
        std::raise(SIGKILL);
    OPIEKA_TRY(steps.refresh());
    OPIEKA_TRY(oneAtATime->commit());

    FieldSyncReport report = steps.report();
    auto open = conflicts(copy.database());
    if (!open)
        return open.error();
    report.conflicts = *open;
    logging::get("app")->info("field copy synced: {} inserted, {} updated, {} deleted, {} "
                              "resolved, {} conflicts open",
                              report.inserted, report.updated, report.deleted, report.resolved,
                              report.conflicts.size());
    return report;
}

Status FieldSync::resolve(const Session& copy, const QString& table, qint64 recordId,
                          const QString& field, Keep keep, const QString& value)
{
    Database& database = copy.database();
    FieldChangeRepository repository(database);
    auto conflict = repository.openConflict(table, recordId, field);
    if (!conflict)
        return conflict.error();
    if (!*conflict)
        return badInput(tr("There is no open conflict of field '%1' of record %2 of '%3' in this "
                           "copy.")
                            .arg(field)
                            .arg(recordId)
                            .arg(table));
    std::optional<QString> chosen;
    if (keep == Keep::Value) {
        if (field == QLatin1String("*"))
            return badInput(tr("A record deleted on one side is kept as the centre has it or as "
                               "the copy has it: choose centre or field."));
        OPIEKA_TRY(checkChosenValue(database, table, recordId, field, value));
        chosen = value;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto transaction = SqlTransaction::begin(database);
    if (!transaction)
        return transaction.error();
    OPIEKA_TRY(repository.resolveConflict((*conflict)->id, QString::fromLatin1(keepName(keep)),
                                          chosen, copy.actor().login, now));
    QJsonObject values{{QStringLiteral("table"), table},
                       {QStringLiteral("record"), recordId},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("keep"), QString::fromLatin1(keepName(keep))}};
    if (chosen)
        values.insert(QStringLiteral("value"), *chosen);
    OPIEKA_TRY(AuditTrail(database).record(copy.actor(), QStringLiteral("field.resolve"),
                                           QStringLiteral("field_conflict"),
                                           QString::number((*conflict)->id), {}, values));
    return transaction->commit();
}

} // namespace opieka
