#include "FieldSyncSteps.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "BlockingKey.h"
#include "CaseAccess.h"
#include "Clock.h"
#include "Database.h"
#include "FamilyRepository.h"
#include "FieldCheckout.h"
#include "SchemaMigrator.h"
#include "SqlTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace opieka {
namespace {

const QString kFamilies = QStringLiteral("families");
const QString kFosterFamilies = QStringLiteral("foster_families");
const QString kMembers = QStringLiteral("members");
const QString kEveryField = QStringLiteral("*");

QJsonValue jsonOf(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonOf(const FieldRow& row)
{
    QJsonObject object;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        object.insert(it.key(), jsonOf(FieldSyncSteps::textOf(it.value())));
    return object;
}

QString textOfJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A deleted record's values as the delete trigger kept them (JSON).
FieldRow rowFromJson(const std::optional<QString>& json)
{
    FieldRow row;
    if (!json)
        return row;
    const QJsonObject object = QJsonDocument::fromJson(json->toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined())
            row.insert(it.key(), QVariant());
        else if (v.isDouble()) {
            const double d = v.toDouble();
            const auto whole = static_cast<qint64>(d);
            row.insert(it.key(), static_cast<double>(whole) == d ? QVariant(whole) : QVariant(d));
        } else
            row.insert(it.key(), v.toVariant());
    }
    return row;
}

bool isNumericType(const QString& type, bool& whole)
{
    whole = type.contains(QLatin1String("int"));
    return whole || type.contains(QLatin1String("double")) ||
           type.contains(QLatin1String("real")) || type.contains(QLatin1String("numeric")) ||
           type.contains(QLatin1String("float"));
}

} // namespace

FieldSyncSteps::FieldSyncSteps(Database& copy, Database& centre, const User& actor)
    : m_copy(copy)
    , m_centre(centre)
    , m_actor(actor)
    , m_changes(copy)
    , m_copyRows(copy)
    , m_centreRows(centre)
    , m_now(QDateTime::currentDateTimeUtc())
{}

std::optional<QString> FieldSyncSteps::textOf(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

bool FieldSyncSteps::sameValue(const std::optional<QString>& a, const std::optional<QString>& b)
{
    if (!a || !b)
        return !a && !b;
    if (*a == *b)
        return true;
    bool aNumber = false;
    bool bNumber = false;
    const double x = a->toDouble(&aNumber);
    const double y = b->toDouble(&bNumber);
    return aNumber && bNumber && x == y;
}

QString FieldSyncSteps::entityOf(const QString& table)
{
    static const QHash<QString, QString> names{
        {kFamilies, QStringLiteral("family")},
        {kFosterFamilies, QStringLiteral("foster_family")},
        {kMembers, QStringLiteral("member")},
        {QStringLiteral("category_changes"), QStringLiteral("category_change")},
        {QStringLiteral("blue_cards"), QStringLiteral("blue_card")},
        {QStringLiteral("contacts"), QStringLiteral("contact")},
        {QStringLiteral("team_links"), QStringLiteral("team_link")},
        {QStringLiteral("work_plans"), QStringLiteral("work_plan")},
        {QStringLiteral("plan_goals"), QStringLiteral("plan_goal")},
        {QStringLiteral("plan_actions"), QStringLiteral("plan_action")},
        {QStringLiteral("family_assessments"), QStringLiteral("family_assessment")},
        {QStringLiteral("placements"), QStringLiteral("placement")},
        {QStringLiteral("child_reviews"), QStringLiteral("child_review")},
        {QStringLiteral("foster_assessments"), QStringLiteral("foster_assessment")},
        {QStringLiteral("help_plan_items"), QStringLiteral("help_plan_item")},
        {QStringLiteral("child_status"), QStringLiteral("child_status")},
    };
    return names.value(table, table);
}

bool FieldSyncSteps::hasRowVersion(const QString& table) const
{
    return m_centreTypes.value(table).contains(QStringLiteral("row_version"));
}

// ---- what both sides are, and the checks ----

Status FieldSyncSteps::prepare()
{
    auto info = m_changes.info();
    if (!info)
        return info.error();
    if (!*info)
        return refused(
            tr("%1 is not a field copy: there is nothing to sync.").arg(m_copy.location()));
    m_info = **info;

    auto centreId = m_centreRows.databaseId();
    if (!centreId)
        return centreId.error();
    if (*centreId != m_info.centreDatabaseId)
        return refused(tr("This copy was taken from another database: it can only be synced "
                          "with the centre's database it came from. Nothing was synced."));
    auto known = m_centreRows.copyKnown(m_info.copyId);
    if (!known)
        return known.error();
    if (!*known)
        return refused(tr("The centre has no record of this copy (%1). Nothing was synced.")
                           .arg(m_info.copyId));

    auto copyVersion = SchemaMigrator(m_copy).currentVersion();
    if (!copyVersion)
        return copyVersion.error();
    auto centreVersion = SchemaMigrator(m_centre).currentVersion();
    if (!centreVersion)
        return centreVersion.error();
    if (*copyVersion != *centreVersion)
        return refused(tr("The copy is at schema %1 and the centre's database at schema %2: "
                          "open both with the same version of Opieka first. Nothing was synced.")
                           .arg(*copyVersion)
                           .arg(*centreVersion));

    auto generated = m_centreRows.generatedKeyTables();
    if (!generated)
        return generated.error();
    m_generated = *generated;
    for (const FieldCheckout::ScopedTable& table : FieldCheckout::scopedTables()) {
        m_scoped << table.table;
        auto key = m_copyRows.primaryKey(table.table);
        if (!key)
            return key.error();
        m_keys.insert(table.table, *key);
        auto references = m_copyRows.foreignKeys(table.table);
        if (!references)
            return references.error();
        m_foreignKeys.insert(table.table, *references);
        if (!table.tracked)
            continue;
        m_tracked << table.table;
        auto types = m_centreRows.columnTypes(table.table);
        if (!types)
            return types.error();
        m_centreTypes.insert(table.table, *types);
    }

    auto pending = m_changes.pending();
    if (!pending)
        return pending.error();
    QHash<RecordKey, qsizetype> index;
    for (const FieldChangeRow& change : std::as_const(*pending)) {
        if (!m_tracked.contains(change.table))
            return storageError(tr("The copy holds a change of '%1', which is not synced. "
                                   "Nothing was synced.")
                                    .arg(change.table));
        const RecordKey key(change.table, change.recordId);
        auto at = index.constFind(key);
        if (at == index.constEnd()) {
            at = index.insert(key, m_records.size());
            m_records << RecordChanges{change.table, change.recordId, {}, false, false};
        }
        RecordChanges& record = m_records[*at];
        record.changes << change;
        if (change.operation == QLatin1String("insert")) {
            record.inserted = true;
            m_madeInCopy.insert(key);
        } else if (change.operation == QLatin1String("delete")) {
            record.deleted = true;
        }
    }

    auto conflicts = m_changes.conflicts(false);
    if (!conflicts)
        return conflicts.error();
    for (const FieldConflictRow& conflict : std::as_const(*conflicts)) {
        if (conflict.resolution.isEmpty())
            continue;
        if (!m_tracked.contains(conflict.table))
            return storageError(tr("The copy holds a conflict of '%1', which is not synced. "
                                   "Nothing was synced.")
                                    .arg(conflict.table));
        m_resolutions << conflict;
    }

    auto applied = m_centreRows.appliedChanges(m_info.copyId);
    if (!applied)
        return applied.error();
    m_applied = *applied;
    return checkReach();
}

Result<FieldRow> FieldSyncSteps::copyImage(const RecordChanges& record)
{
    auto row = m_copyRows.row(record.table, keyOf(record.table), record.recordId);
    if (!row)
        return row.error();
    if (*row)
        return **row;
    // Deleted in the copy: its values as the delete kept them.
    for (const FieldChangeRow& change : record.changes)
        if (change.operation == QLatin1String("delete"))
            return rowFromJson(change.oldValue);
    return FieldRow{};
}

Status FieldSyncSteps::caseRoots(const QString& table, const FieldRow& row, int depth,
                                 QSet<RecordKey>& roots)
{
    if (table == kFamilies || table == kFosterFamilies) {
        const QVariant id = row.value(keyOf(table));
        if (!id.isNull())
            roots.insert(RecordKey(table, id.toLongLong()));
        return {};
    }
    if (depth > 5)
        return {};
    for (const FieldForeignKey& reference : m_foreignKeys.value(table)) {
        const QVariant value = row.value(reference.column);
        if (value.isNull())
            continue;
        const qint64 id = value.toLongLong();
        if (reference.table == kFamilies || reference.table == kFosterFamilies) {
            roots.insert(RecordKey(reference.table, id));
            continue;
        }
        if (!m_tracked.contains(reference.table))
            continue; // workers: not a case
        auto parent = m_copyRows.row(reference.table, keyOf(reference.table), id);
        if (!parent)
            return parent.error();
        if (!*parent && !m_madeInCopy.contains(RecordKey(reference.table, id))) {
            parent = m_centreRows.row(reference.table, keyOf(reference.table), id);
            if (!parent)
                return parent.error();
        }
        if (*parent)
            OPIEKA_TRY(caseRoots(reference.table, **parent, depth + 1, roots));
    }
    return {};
}

Status FieldSyncSteps::checkReach()
{
    QSet<RecordKey> roots;
    for (const RecordChanges& record : std::as_const(m_records)) {
        auto image = copyImage(record);
        if (!image)
            return image.error();
        OPIEKA_TRY(caseRoots(record.table, *image, 0, roots));
    }
    for (const FieldConflictRow& conflict : std::as_const(m_resolutions)) {
        auto row = m_copyRows.row(conflict.table, keyOf(conflict.table), conflict.recordId);
        if (!row)
            return row.error();
        if (!*row) {
            row = m_centreRows.row(conflict.table, keyOf(conflict.table), conflict.recordId);
            if (!row)
                return row.error();
        }
        if (*row)
            OPIEKA_TRY(caseRoots(conflict.table, **row, 0, roots));
    }
    QList<RecordKey> ordered(roots.cbegin(), roots.cend());
    std::sort(ordered.begin(), ordered.end());
    CaseAccess access(m_centre);
    const QDate today = Clock::today();
    for (const RecordKey& root : std::as_const(ordered)) {
        if (m_madeInCopy.contains(root))
            continue; // made in this copy: the centre has no such case yet
        const Status may = root.first == kFamilies
                               ? access.mayChangeFamily(m_actor, root.second, today)
                               : access.mayChangeFosterFamily(m_actor, root.second, today);
        if (!may)
            return refused(tr("Nothing was synced: %1 Ask a manager to give the case back, or "
                              "leave its changes in the copy.")
                               .arg(may.error().message));
    }
    return {};
}

// ---- the push ----

Status FieldSyncSteps::push(const std::function<void(int, int)>& progress)
{
    auto transaction = SqlTransaction::begin(m_centre);
    if (!transaction)
        return transaction.error();
    const int total = int(m_records.size() + m_resolutions.size());
    int done = 0;
    for (const RecordChanges& record : std::as_const(m_records)) {
        if (record.inserted)
            OPIEKA_TRY(pushInsert(record));
        else if (record.deleted)
            OPIEKA_TRY(pushDelete(record));
        else
            OPIEKA_TRY(pushUpdates(record));
        if (progress)
            progress(++done, total);
    }
    for (const FieldConflictRow& conflict : std::as_const(m_resolutions)) {
        OPIEKA_TRY(pushResolution(conflict));
        if (progress)
            progress(++done, total);
    }
    OPIEKA_TRY(refreshDerived());
    // After this sync's own audit records: the next conflict names only later changes.
    m_syncedAt = QDateTime::currentDateTimeUtc();
    OPIEKA_TRY(m_centreRows.setCopyLastSynced(m_info.copyId, m_syncedAt));
    return transaction->commit();
}

Status FieldSyncSteps::decide(const FieldChangeRow& change, const QString& outcome)
{
    if (m_applied.contains(change.id))
        return {};
    OPIEKA_TRY(m_centreRows.recordApplied(m_info.copyId, change.id, outcome, m_now));
    m_applied.insert(change.id, outcome);
    return {};
}

Status FieldSyncSteps::audit(const QString& table, qint64 centreId, const QJsonObject& oldValues,
                             const QJsonObject& newValues)
{
    QJsonObject named = newValues;
    named.insert(QStringLiteral("copy"), m_info.copyId);
    named.insert(QStringLiteral("table"), table);
    return AuditTrail(m_centre).record(m_actor, QStringLiteral("field.sync"), entityOf(table),
                                       QString::number(centreId), oldValues, named);
}

QVariant FieldSyncSteps::centreValue(const QString& table, const QString& column,
                                     const std::optional<QString>& value) const
{
    if (!value)
        return QVariant();
    bool whole = false;
    if (isNumericType(m_centreTypes.value(table).value(column), whole)) {
        bool ok = false;
        if (whole) {
            const qint64 number = value->toLongLong(&ok);
            if (ok)
                return number;
        } else {
            const double number = value->toDouble(&ok);
            if (ok)
                return number;
        }
    }
    return *value;
}

Result<std::optional<QString>> FieldSyncSteps::mapReference(const QString& table,
                                                            const QString& column,
                                                            const std::optional<QString>& value)
{
    if (!value)
        return value;
    for (const FieldForeignKey& reference : m_foreignKeys.value(table)) {
        if (reference.column != column)
            continue;
        const qint64 fieldId = value->toLongLong();
        if (!m_madeInCopy.contains(RecordKey(reference.table, fieldId)))
            return value;
        auto mapped = m_centreRows.mappedId(m_info.copyId, reference.table, fieldId);
        if (!mapped)
            return mapped.error();
        if (!*mapped)
            return storageError(tr("A record of '%1' refers to a record of '%2' made in the "
                                   "copy that the centre does not have yet. Nothing was synced.")
                                    .arg(table, reference.table));
        return std::optional<QString>(QString::number(**mapped));
    }
    return value;
}

Result<qint64> FieldSyncSteps::insertAtCentre(const QString& table, qint64 fieldId,
                                              const FieldRow& row)
{
    const QMap<QString, QString> types = m_centreTypes.value(table);
    const QString key = keyOf(table);
    FieldRow values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!types.contains(it.key()) || FieldCheckout::isDerivedColumn(it.key()))
            continue;
        auto mapped = mapReference(table, it.key(), textOf(it.value()));
        if (!mapped)
            return mapped.error();
        values.insert(it.key(), centreValue(table, it.key(), *mapped));
    }
    bool keyIsReference = false;
    for (const FieldForeignKey& reference : m_foreignKeys.value(table))
        keyIsReference = keyIsReference || reference.column == key;
    bool generated = false;
    if (!keyIsReference) {
        generated = m_generated.contains(table);
        if (!generated) {
            auto next = m_centreRows.nextKey(table, key);
            if (!next)
                return next.error();
            values.insert(key, *next);
        }
    }
    auto id = m_centreRows.insertRow(table, key, values, generated);
    if (!id)
        return id.error();
    OPIEKA_TRY(m_centreRows.recordMapping(m_info.copyId, table, fieldId, *id));
    values.insert(key, *id);
    OPIEKA_TRY(audit(table, *id, {},
                     {{QStringLiteral("operation"), QStringLiteral("insert")},
                      {QStringLiteral("values"), jsonOf(values)}}));
    OPIEKA_TRY(touch(table, *id, values));
    return id;
}

Status FieldSyncSteps::pushInsert(const RecordChanges& record)
{
    auto decideAll = [&](const QString& outcome) -> Status {
        for (const FieldChangeRow& change : record.changes)
            OPIEKA_TRY(decide(change, outcome));
        return {};
    };
    if (record.deleted)
        return decideAll(QStringLiteral("dropped")); // made and deleted in the copy
    auto mapped = m_centreRows.mappedId(m_info.copyId, record.table, record.recordId);
    if (!mapped)
        return mapped.error();
    if (*mapped)
        return decideAll(QStringLiteral("inserted")); // a sync before this one inserted it
    auto row = m_copyRows.row(record.table, keyOf(record.table), record.recordId);
    if (!row)
        return row.error();
    if (!*row)
        return decideAll(QStringLiteral("dropped"));
    auto id = insertAtCentre(record.table, record.recordId, **row);
    if (!id)
        return id.error();
    ++m_report.inserted;
    return decideAll(QStringLiteral("inserted"));
}

FieldConflictRow FieldSyncSteps::conflictOf(const QString& table, qint64 recordId,
                                            const QString& field,
                                            const std::optional<QString>& base,
                                            const std::optional<QString>& centre,
                                            const std::optional<QString>& fieldValueOfCopy,
                                            const FieldChangeRow& last)
{
    FieldConflictRow conflict;
    conflict.table = table;
    conflict.recordId = recordId;
    conflict.field = field;
    conflict.baseValue = base;
    conflict.centreValue = centre;
    conflict.fieldValue = fieldValueOfCopy;
    conflict.fieldChangedBy = last.changedBy;
    conflict.fieldChangedAt = last.changedAt;
    // Who changed it at the centre: the record's last audit record since the copy last met it,
    // one that names the field if any does. This copy's own syncs are never the other side (the
    // one running now may just have written another field of the same record).
    const QDateTime since = m_info.lastSyncedAt.value_or(m_info.takenAt);
    auto entries = AuditRepository(m_centre).forEntity(entityOf(table), QString::number(recordId));
    if (entries) {
        bool namesField = false;
        for (const AuditEntry& entry : std::as_const(*entries)) {
            if (entry.at <= since)
                continue;
            const QJsonObject changed = QJsonDocument::fromJson(entry.newValues.toUtf8()).object();
            if (entry.action == QLatin1String("field.sync") &&
                changed.value(QStringLiteral("copy")).toString() == m_info.copyId)
                continue;
            const bool names = changed.contains(field);
            if (namesField && !names)
                continue;
            if (names && !namesField) {
                namesField = true;
                conflict.centreChangedAt = {};
            }
            if (!conflict.centreChangedAt.isValid() || entry.at >= conflict.centreChangedAt) {
                conflict.centreChangedBy = entry.userLogin;
                conflict.centreChangedAt = entry.at;
            }
        }
    }
    return conflict;
}

Status FieldSyncSteps::pushDelete(const RecordChanges& record)
{
    const FieldChangeRow& removal = record.changes.last();
    bool done = true;
    for (const FieldChangeRow& change : record.changes)
        done = done && m_applied.contains(change.id);
    if (done && m_applied.value(removal.id) != QLatin1String("conflict"))
        return {};

    // The record as the copy had it from the centre: the first old value of each field changed
    // before the deletion, else the deleted values.
    FieldRow base;
    for (const FieldChangeRow& change : record.changes)
        if (change.operation == QLatin1String("delete"))
            base = rowFromJson(change.oldValue);
    for (const FieldChangeRow& change : record.changes) {
        if (change.operation != QLatin1String("update"))
            continue;
        // Only the first change of a field holds what the centre had.
        bool first = true;
        for (const FieldChangeRow& earlier : record.changes) {
            if (earlier.id >= change.id)
                break;
            if (earlier.operation == QLatin1String("update") && earlier.field == change.field)
                first = false;
        }
        if (first)
            base.insert(change.field, change.oldValue ? QVariant(*change.oldValue) : QVariant());
    }

    const QString key = keyOf(record.table);
    auto centreRow = m_centreRows.row(record.table, key, record.recordId);
    if (!centreRow)
        return centreRow.error();
    auto decideAll = [&](const QString& outcome) -> Status {
        for (const FieldChangeRow& change : record.changes)
            OPIEKA_TRY(decide(change, outcome));
        return {};
    };
    if (!*centreRow) {
        ++m_report.unchanged; // deleted on both sides
        return decideAll(QStringLiteral("unchanged"));
    }
    const QMap<QString, QString> types = m_centreTypes.value(record.table);
    bool changedAtCentre = false;
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        if (!types.contains(it.key()) || FieldCheckout::isDerivedColumn(it.key()))
            continue;
        if (!sameValue(textOf(it.value()), textOf((*centreRow)->value(it.key()))))
            changedAtCentre = true;
    }
    bool referenced = false;
    for (const QString& table : std::as_const(m_tracked)) {
        for (const FieldForeignKey& reference : m_foreignKeys.value(table)) {
            if (reference.table != record.table || referenced)
                continue;
            auto any = m_centreRows.referenced(table, reference.column, record.recordId);
            if (!any)
                return any.error();
            referenced = *any;
        }
    }
    if (done || changedAtCentre || referenced) {
        m_newConflicts << conflictOf(record.table, record.recordId, kEveryField,
                                     textOfJson(jsonOf(base)), textOfJson(jsonOf(**centreRow)),
                                     std::nullopt, removal);
        return decideAll(QStringLiteral("conflict"));
    }
    OPIEKA_TRY(m_centreRows.deleteRow(record.table, key, record.recordId));
    OPIEKA_TRY(audit(record.table, record.recordId,
                     {{QStringLiteral("values"), jsonOf(**centreRow)}},
                     {{QStringLiteral("operation"), QStringLiteral("delete")}}));
    OPIEKA_TRY(touch(record.table, record.recordId, **centreRow));
    ++m_report.deleted;
    return decideAll(QStringLiteral("deleted"));
}

Status FieldSyncSteps::applyField(const QString& table, qint64 centreId, const QString& column,
                                  const std::optional<QString>& oldValue,
                                  const std::optional<QString>& newValue)
{
    const RecordKey record(table, centreId);
    const bool bump = hasRowVersion(table) && !m_bumped.contains(record);
    OPIEKA_TRY(m_centreRows.updateField(table, keyOf(table), centreId, column,
                                        centreValue(table, column, newValue), bump));
    m_bumped.insert(record);
    OPIEKA_TRY(audit(table, centreId, {{column, jsonOf(oldValue)}},
                     {{QStringLiteral("field"), column}, {column, jsonOf(newValue)}}));
    auto row = m_centreRows.row(table, keyOf(table), centreId);
    if (!row)
        return row.error();
    return *row ? touch(table, centreId, **row) : Status();
}

Status FieldSyncSteps::pushUpdates(const RecordChanges& record)
{
    const QString key = keyOf(record.table);
    auto centreRow = m_centreRows.row(record.table, key, record.recordId);
    if (!centreRow)
        return centreRow.error();
    auto copyRow = m_copyRows.row(record.table, key, record.recordId);
    if (!copyRow)
        return copyRow.error();

    if (!*centreRow) {
        // Deleted at the centre while the copy changed it.
        bool done = true;
        for (const FieldChangeRow& change : record.changes)
            done = done && m_applied.contains(change.id);
        if (done && m_applied.value(record.changes.first().id) != QLatin1String("conflict"))
            return {};
        m_newConflicts << conflictOf(
            record.table, record.recordId, kEveryField, std::nullopt, std::nullopt,
            *copyRow ? std::optional<QString>(textOfJson(jsonOf(**copyRow))) : std::nullopt,
            record.changes.last());
        for (const FieldChangeRow& change : record.changes)
            OPIEKA_TRY(decide(change, QStringLiteral("conflict")));
        return {};
    }

    QStringList fields;
    for (const FieldChangeRow& change : record.changes)
        if (!fields.contains(change.field))
            fields << change.field;
    const QMap<QString, QString> types = m_centreTypes.value(record.table);
    for (const QString& field : std::as_const(fields)) {
        QList<FieldChangeRow> changes;
        for (const FieldChangeRow& change : record.changes)
            if (change.field == field)
                changes << change;
        bool done = true;
        for (const FieldChangeRow& change : std::as_const(changes))
            done = done && m_applied.contains(change.id);
        if (done && m_applied.value(changes.first().id) != QLatin1String("conflict"))
            continue;
        auto decideAll = [&](const QString& outcome) -> Status {
            for (const FieldChangeRow& change : std::as_const(changes))
                OPIEKA_TRY(decide(change, outcome));
            return {};
        };
        if (!types.contains(field) || FieldCheckout::isDerivedColumn(field)) {
            OPIEKA_TRY(decideAll(QStringLiteral("skipped")));
            continue;
        }
        const std::optional<QString> base = changes.first().oldValue;
        auto fieldValue =
            mapReference(record.table, field,
                         *copyRow ? textOf((*copyRow)->value(field)) : changes.last().newValue);
        if (!fieldValue)
            return fieldValue.error();
        const std::optional<QString> centre = textOf((*centreRow)->value(field));
        if (done) {
            m_newConflicts << conflictOf(record.table, record.recordId, field, base, centre,
                                         *fieldValue, changes.last());
            continue;
        }
        if (sameValue(centre, *fieldValue)) {
            ++m_report.unchanged;
            OPIEKA_TRY(decideAll(QStringLiteral("unchanged")));
        } else if (sameValue(centre, base)) {
            OPIEKA_TRY(applyField(record.table, record.recordId, field, centre, *fieldValue));
            ++m_report.updated;
            OPIEKA_TRY(decideAll(QStringLiteral("applied")));
        } else {
            m_newConflicts << conflictOf(record.table, record.recordId, field, base, centre,
                                         *fieldValue, changes.last());
            OPIEKA_TRY(decideAll(QStringLiteral("conflict")));
        }
    }
    return {};
}

Status FieldSyncSteps::pushResolution(const FieldConflictRow& conflict)
{
    const qint64 marker = -conflict.id; // a resolution's own number in field_applied_changes
    if (m_applied.contains(marker)) {
        m_closedConflicts << conflict.id;
        return {};
    }
    for (const FieldConflictRow& found : std::as_const(m_newConflicts))
        if (found.table == conflict.table && found.recordId == conflict.recordId &&
            found.field == conflict.field)
            return {}; // changed again in the copy: the new conflict replaces the choice
    auto finish = [&](const QString& outcome) -> Status {
        OPIEKA_TRY(m_centreRows.recordApplied(m_info.copyId, marker, outcome, m_now));
        m_applied.insert(marker, outcome);
        m_closedConflicts << conflict.id;
        return {};
    };
    FieldChangeRow who;
    who.changedBy = conflict.fieldChangedBy;
    who.changedAt = conflict.fieldChangedAt;
    // The centre moved again since the conflict was found: shown again with its new value.
    auto again = [&](const std::optional<QString>& centreNow) -> Status {
        FieldConflictRow next = conflictOf(conflict.table, conflict.recordId, conflict.field,
                                           conflict.baseValue, centreNow, conflict.fieldValue, who);
        m_newConflicts << next;
        return finish(QStringLiteral("conflict"));
    };

    if (conflict.resolution == QLatin1String("centre")) {
        ++m_report.resolved;
        return finish(QStringLiteral("kept_centre"));
    }
    const std::optional<QString> chosen = conflict.resolution == QLatin1String("field")
                                              ? conflict.fieldValue
                                              : conflict.resolvedValue;
    const QString key = keyOf(conflict.table);
    auto centreRow = m_centreRows.row(conflict.table, key, conflict.recordId);
    if (!centreRow)
        return centreRow.error();

    if (conflict.field == kEveryField) {
        if (!conflict.fieldValue) {
            // Deleted in the copy, kept as the copy has it: deleted at the centre too.
            if (*centreRow) {
                const std::optional<QString> now = textOfJson(jsonOf(**centreRow));
                if (!sameValue(now, conflict.centreValue))
                    return again(now);
                bool referenced = false;
                for (const QString& table : std::as_const(m_tracked))
                    for (const FieldForeignKey& reference : m_foreignKeys.value(table))
                        if (reference.table == conflict.table && !referenced) {
                            auto any =
                                m_centreRows.referenced(table, reference.column, conflict.recordId);
                            if (!any)
                                return any.error();
                            referenced = *any;
                        }
                if (referenced)
                    return again(now);
                OPIEKA_TRY(m_centreRows.deleteRow(conflict.table, key, conflict.recordId));
                OPIEKA_TRY(audit(conflict.table, conflict.recordId,
                                 {{QStringLiteral("values"), jsonOf(**centreRow)}},
                                 {{QStringLiteral("operation"), QStringLiteral("delete")}}));
                OPIEKA_TRY(touch(conflict.table, conflict.recordId, **centreRow));
            }
        } else if (!*centreRow) {
            // Deleted at the centre, kept as the copy has it: the centre takes it as new.
            auto copyRow = m_copyRows.row(conflict.table, key, conflict.recordId);
            if (!copyRow)
                return copyRow.error();
            if (*copyRow) {
                m_madeInCopy.insert(RecordKey(conflict.table, conflict.recordId));
                auto id = insertAtCentre(conflict.table, conflict.recordId, **copyRow);
                if (!id)
                    return id.error();
            }
        }
        ++m_report.resolved;
        return finish(QStringLiteral("resolved"));
    }

    if (!*centreRow)
        return again(std::nullopt);
    const std::optional<QString> now = textOf((*centreRow)->value(conflict.field));
    if (!sameValue(now, conflict.centreValue))
        return again(now);
    if (!sameValue(now, chosen))
        OPIEKA_TRY(applyField(conflict.table, conflict.recordId, conflict.field, now, chosen));
    ++m_report.resolved;
    return finish(QStringLiteral("resolved"));
}

Status FieldSyncSteps::touch(const QString& table, qint64 centreId, const FieldRow& row)
{
    if (table == kFamilies)
        m_touchedFamilies.insert(centreId);
    if (table == kMembers) {
        m_touchedMembers.insert(centreId);
        const QVariant family = row.value(QStringLiteral("family_id"));
        if (!family.isNull())
            m_touchedFamilies.insert(family.toLongLong());
    }
    return {};
}

Status FieldSyncSteps::refreshDerived()
{
    // The derived columns as the member and family repositories keep them.
    const QString idColumn = QStringLiteral("id");
    for (qint64 id : std::as_const(m_touchedMembers)) {
        auto row = m_centreRows.row(kMembers, idColumn, id);
        if (!row)
            return row.error();
        if (!*row)
            continue;
        OPIEKA_TRY(m_centreRows.updateField(
            kMembers, idColumn, id, QStringLiteral("name_key"),
            personNameKey((*row)->value(QStringLiteral("first_name")).toString(),
                          (*row)->value(QStringLiteral("last_name")).toString()),
            false));
    }
    FamilyRepository families(m_centre);
    for (qint64 id : std::as_const(m_touchedFamilies)) {
        auto family = families.find(id);
        if (!family)
            return family.error();
        if (!*family)
            continue;
        OPIEKA_TRY(families.storeMatchKeys(**family));
        OPIEKA_TRY(families.refreshSearchText(id));
    }
    return {};
}

// ---- the refresh ----

Status FieldSyncSteps::refresh()
{
    auto transaction = SqlTransaction::begin(m_copy);
    if (!transaction)
        return transaction.error();
    OPIEKA_TRY(m_copyRows.deferForeignKeys());
    OPIEKA_TRY(m_changes.setRecording(false));

    QList<qint64> decided;
    QSet<RecordKey> undecided;
    for (const RecordChanges& record : std::as_const(m_records))
        for (const FieldChangeRow& change : record.changes) {
            if (m_applied.contains(change.id))
                decided << change.id;
            else
                undecided.insert(RecordKey(record.table, record.recordId));
        }
    OPIEKA_TRY(m_changes.markSynced(decided, m_now));
    for (qint64 id : std::as_const(m_closedConflicts))
        OPIEKA_TRY(m_changes.closeConflict(id, m_now));
    for (const FieldConflictRow& conflict : std::as_const(m_newConflicts))
        OPIEKA_TRY(m_changes.storeConflict(conflict, m_now));

    auto open = m_changes.conflicts(false);
    if (!open)
        return open.error();
    QHash<QString, QSet<qint64>> keep;
    for (const FieldConflictRow& conflict : std::as_const(*open))
        keep[conflict.table].insert(conflict.recordId);
    for (const RecordKey& record : std::as_const(undecided))
        keep[record.first].insert(record.second);

    // What the copy holds before, to count what the centre changed in it (not what it merely
    // wrote again): the derived columns and row versions do not count, nor this copy's own new
    // records coming back with the centre's ids.
    QSet<QString> derived;
    QHash<QString, QHash<qint64, QString>> before;
    QHash<QString, QSet<qint64>> ownNew;      // the copy's ids of records it made
    QHash<QString, QSet<qint64>> ownAtCentre; // the centre's ids they were given
    for (const QString& table : std::as_const(m_scoped)) {
        auto columns = m_copyRows.columnTypes(table);
        if (!columns)
            return columns.error();
        for (const QString& column : columns->keys())
            if (FieldCheckout::isDerivedColumn(column))
                derived.insert(column);
    }
    for (const QString& table : std::as_const(m_scoped)) {
        auto digests = m_copyRows.rowDigests(table, keyOf(table), derived);
        if (!digests)
            return digests.error();
        before.insert(table, *digests);
    }
    for (const RecordChanges& record : std::as_const(m_records)) {
        if (!record.inserted)
            continue;
        ownNew[record.table].insert(record.recordId);
        auto mapped = m_centreRows.mappedId(m_info.copyId, record.table, record.recordId);
        if (!mapped)
            return mapped.error();
        if (*mapped)
            ownAtCentre[record.table].insert(**mapped);
    }

    // The copy's rows are the centre's again: those made in the copy come back with the
    // centre's ids, and those of cases the worker no longer reaches go (with the assignments and
    // reference rows, which the copy never changes).
    for (const QString& table : std::as_const(m_scoped))
        OPIEKA_TRY(m_copyRows.deleteRowsExcept(table, keyOf(table), keep.value(table)));
    for (const QString& table : std::as_const(m_scoped)) {
        auto copied = FieldCheckout::copyScopedRows(m_centre, m_copy, table, m_info.workerId);
        if (!copied)
            return copied.error();
    }
    // The fields still in conflict keep the copy's value until a person decides.
    for (const FieldConflictRow& conflict : std::as_const(*open)) {
        if (conflict.field == kEveryField)
            continue;
        OPIEKA_TRY(m_copyRows.updateField(
            conflict.table, keyOf(conflict.table), conflict.recordId, conflict.field,
            conflict.fieldValue ? QVariant(*conflict.fieldValue) : QVariant(), false));
    }
    for (const QString& table : std::as_const(m_scoped)) {
        auto after = m_copyRows.rowDigests(table, keyOf(table), derived);
        if (!after)
            return after.error();
        const QHash<qint64, QString>& was = before[table];
        for (auto row = after->cbegin(); row != after->cend(); ++row)
            if (!ownAtCentre[table].contains(row.key()) &&
                (!was.contains(row.key()) || was.value(row.key()) != row.value()))
                ++m_report.refreshed;
        for (auto row = was.cbegin(); row != was.cend(); ++row)
            if (!after->contains(row.key()) && !ownNew[table].contains(row.key()))
                ++m_report.refreshed;
    }
    // What the copy kept of its own that points at a case gone from it (a visit's draft).
    auto dangling = m_copyRows.danglingRows();
    if (!dangling)
        return dangling.error();
    for (const auto& [table, rowid] : std::as_const(*dangling))
        if (!m_scoped.contains(table))
            OPIEKA_TRY(m_copyRows.deleteByRowid(table, rowid));
    OPIEKA_TRY(m_changes.setLastSynced(m_syncedAt.isValid() ? m_syncedAt
                                                            : QDateTime::currentDateTimeUtc()));
    OPIEKA_TRY(m_changes.setRecording(true));
    return transaction->commit();
}

} // namespace opieka
