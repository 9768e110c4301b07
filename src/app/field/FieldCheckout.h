#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace opieka {

// What a check-out put into the copy.
struct FieldCheckoutReport
{
    QString copyId;
    QString path;
    int families = 0;
    int fosterFamilies = 0;
    int members = 0;
    int visits = 0; // rows of contacts
};

// Taking a worker's cases into the field (issue 23 part 1, docs/field-work.md "Check-out").
class FieldCheckout
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheckout)

public:
    // `centre` is the signed-in session on the centre's database (SQLite or PostgreSQL); its
    // actor is the worker's own account or a manager. Writes a new encrypted copy at `path`
    // (refused when the path exists) holding only the cases `workerId` reaches today, records it
    // in field_copies and audits field.checkout on both sides. progress(done, total) is called
    // between tables. A failure leaves no file behind.
    static Result<FieldCheckoutReport> checkout(const Session& centre, qint64 workerId,
                                                const QString& path, const QByteArray& passphrase,
                                                const std::function<void(int, int)>& progress = {});

    // The tables whose rows a copy holds, in foreign-key order, each with the condition that picks
    // the rows of a worker's cases at the centre (used again by FieldSync's refresh).
    struct ScopedTable
    {
        QString table;
        bool tracked = false; // changes in the copy are recorded and synced back
    };
    static QList<ScopedTable> scopedTables();
    // Copies the rows of `table` that belong to `workerId`'s cases today from `centre` into
    // `copy` (insert or replace by primary key), in the caller's transaction on `copy`; returns
    // how many. The change triggers must be off (recording = 0) while it runs.
    static Result<int> copyScopedRows(Database& centre, Database& copy, const QString& table,
                                      qint64 workerId);
    // The change-recording triggers of the tracked tables (created at check-out).
    static Status createTriggers(Database& copy);
    // The columns not recorded and not synced: row_version and the derived search keys.
    static bool isDerivedColumn(const QString& column);
};

} // namespace opieka
