#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace opieka {

// One row of field_changes (a change made in a field copy).
struct FieldChangeRow
{
    qint64 id = 0;
    QString table;
    qint64 recordId = 0;
    QString operation; // insert, update, delete
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QDateTime changedAt;
    QString changedBy;
};

// One row of field_conflicts.
struct FieldConflictRow
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
    bool closed = false;
};

// Where a field copy came from (its one field_copy_info row).
struct FieldCopyInfoRow
{
    QString copyId;
    QString centreDatabaseId;
    qint64 workerId = 0;
    QDateTime takenAt;
    std::optional<QDateTime> lastSyncedAt;
};

// The field copy's own sync tables (schema 20): field_copy_info, field_changes and
// field_conflicts. Only a copy's database holds rows in them.
class FieldChangeRepository : public Repository
{
public:
    using Repository::Repository;

    Result<std::optional<FieldCopyInfoRow>> info();
    // The changes not yet taken by the centre, oldest first.
    Result<QList<FieldChangeRow>> pending();
    Status markSynced(const QList<qint64>& changeIds, const QDateTime& at);
    Status setRecording(bool on);
    Status setLastSynced(const QDateTime& at);

    Result<QList<FieldConflictRow>> conflicts(bool all);
    Result<std::optional<FieldConflictRow>> openConflict(const QString& table, qint64 recordId,
                                                         const QString& field);
    // Stores a conflict found by a sync: the open one of that field is updated (its earlier
    // choice forgotten), else a new one is added.
    Status storeConflict(const FieldConflictRow& conflict, const QDateTime& foundAt);
    Status closeConflict(qint64 id, const QDateTime& at);
    Status resolveConflict(qint64 id, const QString& resolution,
                           const std::optional<QString>& value, const QString& by,
                           const QDateTime& at);

    static QString timeText(const QDateTime& at);
    static QDateTime timeFrom(const QString& text);
};

} // namespace opieka
