#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace opieka {

class Database;

// The rows of a worker's cases (docs/field-work.md "Check-out") read at the centre and written
// into a field copy, and the triggers that record the copy's changes (issue 23). Table and
// column names come from the program's own list and the copy's schema, never from input; every
// value is bound.
class FieldScopeQuery
{
public:
    // A table's columns in the copy (in order) and its one-column primary key.
    struct Shape
    {
        QStringList columns;
        QString primaryKey;
    };
    static Result<Shape> shape(Database& copy, const QString& table);

    // The condition that picks `table`'s rows of the cases `workerId` reaches on `day` (the
    // centre's), its values appended; none for a table that is never copied.
    static std::optional<QString> condition(const QString& table, qint64 workerId, const QDate& day,
                                            QList<QVariant>& values);
    // Reference tables taken whole, replacing what the copy had (its schema's shipped rows).
    static bool replacesWholeTable(const QString& table);

    // Copies the rows (insert, or update by primary key) in the caller's transaction on `copy`.
    static Result<int> copyRows(Database& centre, Database& copy, const QString& table,
                                qint64 workerId, const QDate& day);

    // AFTER INSERT / UPDATE / DELETE triggers on `table` writing field_changes while
    // field_copy_info.recording = 1; the `unrecorded` columns are left out of updates.
    static Status createTriggers(Database& copy, const QString& table,
                                 const QSet<QString>& unrecorded);
};

} // namespace opieka
