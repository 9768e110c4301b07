#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVariant>
#include <optional>

namespace opieka {

// A row of a case table read by column name (a field copy's sync moves rows of any tracked
// table between the copy and the centre).
using FieldRow = QMap<QString, QVariant>;

// A column of a table that references another table's key (PRAGMA foreign_key_list).
struct FieldForeignKey
{
    QString column;
    QString table;
};

// What a field copy's sync reads and writes row by row, on either side (schema 20):
// the centre's field_copies, field_applied_changes and field_id_map, and the rows of the
// tracked tables by table and column names. Table and column names must be plain names
// (letters, digits, underscores): a copy's own tables name them, so they are checked here before
// they go into SQL; every value is bound.
class FieldSyncRepository : public Repository
{
public:
    using Repository::Repository;

    // The centre side.
    Result<QString> databaseId();
    // The copy's changes the centre has decided, with their outcomes.
    Result<QMap<qint64, QString>> appliedChanges(const QString& copyId);
    Status recordApplied(const QString& copyId, qint64 changeId, const QString& outcome,
                         const QDateTime& at);
    Result<std::optional<qint64>> mappedId(const QString& copyId, const QString& table,
                                           qint64 fieldId);
    Status recordMapping(const QString& copyId, const QString& table, qint64 fieldId,
                         qint64 centreId);
    Status setCopyLastSynced(const QString& copyId, const QDateTime& at);
    Result<bool> copyKnown(const QString& copyId);

    // Either side: a table's columns with their declared types (lower case), in order.
    Result<QMap<QString, QString>> columnTypes(const QString& table);
    // The tables whose key the database generates itself ({{AUTO_ID}}).
    Result<QSet<QString>> generatedKeyTables();
    // SQLite only (the copy): a table's primary key column and its references.
    Result<QString> primaryKey(const QString& table);
    Result<QList<FieldForeignKey>> foreignKeys(const QString& table);

    Result<std::optional<FieldRow>> row(const QString& table, const QString& key, qint64 id);
    // Inserts the row; when `generated`, without its key, which the database makes. Returns the
    // new row's key.
    Result<qint64> insertRow(const QString& table, const QString& key, const FieldRow& row,
                             bool generated);
    // One past the highest key (the caller holds the write lock).
    Result<qint64> nextKey(const QString& table, const QString& key);
    // Sets one column; `bumpVersion` adds one to row_version too.
    Status updateField(const QString& table, const QString& key, qint64 id, const QString& column,
                       const QVariant& value, bool bumpVersion);
    Status deleteRow(const QString& table, const QString& key, qint64 id);
    // Whether a row of `table` has `column` = id.
    Result<bool> referenced(const QString& table, const QString& column, qint64 id);
    // Deletes the rows of `table` whose key is not among `keep` (a copy's refresh).
    Status deleteRowsExcept(const QString& table, const QString& key, const QSet<qint64>& keep);
    // Each row of `table` by its key, as one text of its columns' values but `skipped` ones
    // (SQLite's quote(): types and NULLs told apart), to tell which rows a refresh changed.
    Result<QHash<qint64, QString>> rowDigests(const QString& table, const QString& key,
                                              const QSet<QString>& skipped);
    // SQLite: the foreign keys of the open transaction are checked at its commit only.
    Status deferForeignKeys();
    // SQLite: the rows whose reference points at no row (PRAGMA foreign_key_check), as table
    // and rowid, and deleting one of them.
    Result<QList<QPair<QString, qint64>>> danglingRows();
    Status deleteByRowid(const QString& table, qint64 rowid);

    static bool isPlainName(const QString& name);
};

} // namespace opieka
