#pragma once

#include "FieldChangeRepository.h"
#include "FieldSync.h"
#include "FieldSyncRepository.h"
#include "User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

class Database;

// The steps of one sync (FieldSync::sync): what both sides are, the checks, the push in one
// centre transaction and the refresh in one copy transaction. Private to FieldSync.
class FieldSyncSteps
{
    Q_DECLARE_TR_FUNCTIONS(FieldSync)

public:
    FieldSyncSteps(Database& copy, Database& centre, const User& actor);

    // Reads the copy's identity, its pending changes and the tables' shapes; then the checks
    // (the same centre, the same schema, every changed case still reached).
    Status prepare();
    // The push: one centre transaction (nothing when it fails).
    Status push(const std::function<void(int, int)>& progress);
    // The refresh: one copy transaction with recording off.
    Status refresh();

    const FieldSyncReport& report() const { return m_report; }

    // A column's value as text (NULL stays none), and the same-value rule of the three-way
    // comparison: NULL differs from '', numbers compare as numbers when both parse.
    static std::optional<QString> textOf(const QVariant& value);
    static bool sameValue(const std::optional<QString>& a, const std::optional<QString>& b);
    // The audit's entity name of a table's records (families: family, ...).
    static QString entityOf(const QString& table);

private:
    // The pending changes of one record, in the order made.
    struct RecordChanges
    {
        QString table;
        qint64 recordId = 0;
        QList<FieldChangeRow> changes;
        bool inserted = false;
        bool deleted = false;
    };
    using RecordKey = QPair<QString, qint64>;

    Status checkReach();
    Status caseRoots(const QString& table, const FieldRow& row, int depth, QSet<RecordKey>& roots);
    Result<FieldRow> copyImage(const RecordChanges& record);

    Status pushInsert(const RecordChanges& record);
    Status pushDelete(const RecordChanges& record);
    Status pushUpdates(const RecordChanges& record);
    Status pushResolution(const FieldConflictRow& conflict);
    Status decide(const FieldChangeRow& change, const QString& outcome);
    Status applyField(const QString& table, qint64 centreId, const QString& column,
                      const std::optional<QString>& oldValue,
                      const std::optional<QString>& newValue);
    Result<qint64> insertAtCentre(const QString& table, qint64 fieldId, const FieldRow& row);
    Status touch(const QString& table, qint64 centreId, const FieldRow& row);
    Status refreshDerived();
    FieldConflictRow conflictOf(const QString& table, qint64 recordId, const QString& field,
                                const std::optional<QString>& base,
                                const std::optional<QString>& centre,
                                const std::optional<QString>& fieldValueOfCopy,
                                const FieldChangeRow& last);
    Result<std::optional<QString>> mapReference(const QString& table, const QString& column,
                                                const std::optional<QString>& value);
    QVariant centreValue(const QString& table, const QString& column,
                         const std::optional<QString>& value) const;
    Status audit(const QString& table, qint64 centreId, const QJsonObject& oldValues,
                 const QJsonObject& newValues);
    QString keyOf(const QString& table) const { return m_keys.value(table); }
    bool hasRowVersion(const QString& table) const;

    Database& m_copy;
    Database& m_centre;
    const User& m_actor;
    FieldChangeRepository m_changes;
    FieldSyncRepository m_copyRows;
    FieldSyncRepository m_centreRows;
    FieldCopyInfoRow m_info;
    QDateTime m_now;
    QDateTime m_syncedAt; // when the push ended

    QList<RecordChanges> m_records;
    QList<FieldConflictRow> m_resolutions; // open conflicts a person has decided
    QSet<RecordKey> m_madeInCopy;          // pending inserts (table, copy id)
    QStringList m_tracked;
    QStringList m_scoped;
    QMap<QString, QString> m_keys;
    QMap<QString, QList<FieldForeignKey>> m_foreignKeys;
    QMap<QString, QMap<QString, QString>> m_centreTypes;
    QSet<QString> m_generated;

    QMap<qint64, QString> m_applied; // change id -> outcome (negative: -conflict id)
    QSet<RecordKey> m_bumped;        // centre rows whose row_version went up in this sync
    QSet<qint64> m_touchedFamilies;
    QSet<qint64> m_touchedMembers;
    QList<FieldConflictRow> m_newConflicts;
    QList<qint64> m_closedConflicts;
    FieldSyncReport m_report;
};

} // namespace opieka
