#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

// One change made in a copy and not yet taken by the centre (field_changes).
struct FieldChange
{
    qint64 id = 0;
    QString table;
    qint64 recordId = 0;
    QString operation; // insert, update, delete
    QString field;     // updates: the column; empty for insert and delete
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QDateTime changedAt; // UTC
    QString changedBy;
};

// A field changed on both sides (field "*": a record deleted on one side, changed on the other).
struct FieldConflict
{
    qint64 id = 0;
    QString table;
    qint64 recordId = 0;
    QString field;
    std::optional<QString> baseValue;
    std::optional<QString> centreValue;
    std::optional<QString> fieldValue;
    QString centreChangedBy;
    QDateTime centreChangedAt;
    QString fieldChangedBy;
    QDateTime fieldChangedAt;
    QString resolution; // empty (open), centre, field, value
    std::optional<QString> resolvedValue;
};

struct FieldSyncReport
{
    int inserted = 0; // records made in the copy, now at the centre
    int updated = 0;  // fields applied at the centre
    int deleted = 0;
    int unchanged = 0; // changes the centre already had (the same value on both sides)
    int resolved = 0;  // conflicts whose choice was carried out
    // Rows of the copy the centre changed, added or removed since the copy last met it (the
    // copy's own changes coming back, with the centre's ids and keys, do not count).
    int refreshed = 0;
    QList<FieldConflict> conflicts; // open after this sync
};

// Syncing a field copy back (issue 23 part 3, docs/field-work.md "Sync").
class FieldSync
{
    Q_DECLARE_TR_FUNCTIONS(FieldSync)

public:
    // What the copy has not synced yet, oldest first.
    static Result<QList<FieldChange>> pending(Database& copy);
    // The copy's conflicts; open ones only unless `all`.
    static Result<QList<FieldConflict>> conflicts(Database& copy, bool all = false);

    // `copy` and `centre` are sessions of the same login on the copy and on the centre's
    // database. Push in one centre transaction, then refresh the copy in one transaction
    // (recording off); safe to run again after being killed at any point. Conflicts do not fail
    // the sync: they are in the report (the CLI exits 4).
    static Result<FieldSyncReport> sync(const Session& copy, const Session& centre,
                                        const std::function<void(int, int)>& progress = {});

    enum class Keep
    {
        Centre,
        Field,
        Value
    };
    // Records a person's choice for an open conflict in the copy (carried out by the next sync).
    static Status resolve(const Session& copy, const QString& table, qint64 recordId,
                          const QString& field, Keep keep, const QString& value = {});
};

} // namespace opieka
