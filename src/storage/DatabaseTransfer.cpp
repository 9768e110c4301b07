#include "DatabaseTransfer.h"

#include "AuditRepository.h"
#include "Database.h"
#include "Logging.h"
#include "SchemaMigrator.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace opieka {
namespace {

// How a value is compared and bound, from the column's type on the target: SQLite keeps what
// it was given, PostgreSQL wants the column's own type.
enum class Kind
{
    Integer,
    Real,
    Text,
    Blob,
    Boolean,
};

struct Column
{
    QString name;
    Kind kind = Kind::Text;
};

Kind kindOf(const QString& declaredType)
{
    const QString type = declaredType.toLower();
    if (type.contains(QLatin1String("bool")))
        return Kind::Boolean;
    if (type.contains(QLatin1String("int")))
        return Kind::Integer;
    if (type.contains(QLatin1String("double")) || type.contains(QLatin1String("real")) ||
        type.contains(QLatin1String("float")))
        return Kind::Real;
    if (type.contains(QLatin1String("blob")) || type == QLatin1String("bytea"))
        return Kind::Blob;
    return Kind::Text;
}

QMetaType metaTypeOf(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
        return QMetaType::fromType<qlonglong>();
    case Kind::Real:
        return QMetaType::fromType<double>();
    case Kind::Blob:
        return QMetaType::fromType<QByteArray>();
    case Kind::Boolean:
        return QMetaType::fromType<bool>();
    case Kind::Text:
        break;
    }
    return QMetaType::fromType<QString>();
}

// The value as the target's column takes it; none when it cannot be (text in a number column).
std::optional<QVariant> converted(const QVariant& value, Kind kind)
{
    if (value.isNull())
        return QVariant(metaTypeOf(kind));
    bool ok = true;
    switch (kind) {
    case Kind::Integer: {
        const qlonglong number = value.toLongLong(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case Kind::Real: {
        const double number = value.toDouble(&ok);
        return ok ? std::optional<QVariant>(number) : std::nullopt;
    }
    case Kind::Blob:
        return QVariant(value.toByteArray());
    case Kind::Boolean:
        return QVariant(value.toBool());
    case Kind::Text:
        break;
    }
    return QVariant(value.toString());
}

// A row's content, independent of the driver that read it: NULL, exact integers, doubles to
// 17 digits (equal doubles give equal text), text as UTF-8, each field preceded by its length.
QByteArray fingerprint(const QList<QVariant>& values, const QList<Column>& columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        QByteArray field;
        if (value.isNull()) {
            field = "N";
        } else {
            switch (columns.at(i).kind) {
            case Kind::Integer:
                field = 'I' + QByteArray::number(value.toLongLong());
                break;
            case Kind::Boolean:
                field = 'I' + QByteArray::number(value.toBool() ? 1 : 0);
                break;
            case Kind::Real:
                field = 'R' + QByteArray::number(value.toDouble(), 'g', 17);
                break;
            case Kind::Blob:
                field = 'B' + value.toByteArray();
                break;
            case Kind::Text:
                field = 'T' + value.toString().toUtf8();
                break;
            }
        }
        hash.addData(QByteArray::number(field.size()) + ':');
        hash.addData(field);
    }
    return hash.result();
}

QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString columnList(const QList<Column>& columns)
{
    QStringList names;
    for (const Column& column : columns)
        names << quoted(column.name);
    return names.join(QStringLiteral(", "));
}

Result<QStringList> tablesOf(Database& database)
{
    return sql::rows(database, database.dialect().tableNames(), {}, sql::textColumn);
}

Result<QList<Column>> columnsOf(Database& database, const QString& table)
{
    return sql::rows(database, database.dialect().columnTypes(), {table}, [](const QSqlQuery& q) {
        return Column{q.value(0).toString(), kindOf(q.value(1).toString())};
    });
}

// Every row's fingerprint, sorted: two tables hold the same rows when these are equal.
Result<QList<QByteArray>> rowPrints(Database& database, const QString& table,
                                    const QList<Column>& columns)
{
    auto query = sql::run(
        database, QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), quoted(table)));
    if (!query)
        return query.error();
    QList<QByteArray> prints;
    QList<QVariant> values(columns.size());
    while (query->next()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            values[i] = query->value(static_cast<int>(i));
        prints << fingerprint(values, columns);
    }
    std::sort(prints.begin(), prints.end());
    return prints;
}

Result<qint64> countOf(Database& database, const QString& table)
{
    auto query = sql::run(database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

// The largest id SQLite's AUTOINCREMENT ever gave in each table: rows deleted at the end (an
// erased person, a saved draft) must not have their ids given again on the server, where the
// audit trail still names them.
Result<QHash<QString, qint64>> autoIncrementCounters(Database& sqlite)
{
    auto exists =
        sql::number(sqlite, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                           "type = 'table' AND name = 'sqlite_sequence'"));
    if (!exists)
        return exists.error();
    QHash<QString, qint64> counters;
    if (*exists == 0)
        return counters;
    auto query = sql::run(sqlite, QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
    if (!query)
        return query.error();
    while (query->next())
        counters.insert(query->value(0).toString(), query->value(1).toLongLong());
    return counters;
}

// A new database of the same schema, to tell rows the migrations put in from a centre's data.
Result<std::unique_ptr<Database>> referenceDatabase(int version)
{
    auto reference =
        Database::open(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    if (!reference)
        return reference.error();
    auto migrated = SchemaMigrator(**reference).migrate(version);
    if (!migrated)
        return migrated.error();
    return std::move(*reference);
}

Status sameTables(const QStringList& source, const QStringList& target, const QString& where)
{
    const QSet<QString> from(source.begin(), source.end());
    const QSet<QString> to(target.begin(), target.end());
    for (const QString& table : source)
        if (!to.contains(table))
            return storageError(DatabaseTransfer::tr("The table %1 of the file has no counterpart "
                                                     "in %2; nothing was copied.")
                                    .arg(table, where));
    for (const QString& table : target)
        if (!from.contains(table))
            return storageError(DatabaseTransfer::tr("The table %1 of %2 has no counterpart in "
                                                     "the file; nothing was copied.")
                                    .arg(table, where));
    return {};
}

} // namespace

Status DatabaseTransfer::checkSource(Database& source)
{
    if (!source.dialect().isSqlite())
        return badInput(tr("The database to move from must be an Opieka database file (SQLite), "
                           "not a server address."));
    auto version = SchemaMigrator(source).currentVersion();
    if (!version)
        return version.error();
    const int latest = SchemaMigrator::latestVersion();
    if (*version == 0)
        return storageError(
            tr("%1 holds no tables; it is not an Opieka database.").arg(source.location()));
    if (*version > latest)
        return storageError(tr("%1 was written by a newer version of Opieka (schema %2; this "
                               "program knows up to %3). Move it with that version.")
                                .arg(source.location())
                                .arg(*version)
                                .arg(latest));
    if (*version < latest)
        return storageError(tr("%1 has the schema of an older version of Opieka (%2; this "
                               "program's is %3). Upgrade and check it first with: opieka-cli "
                               "--db %1 verify, then move it.")
                                .arg(source.location())
                                .arg(*version)
                                .arg(latest));
    return {};
}

Result<QStringList> DatabaseTransfer::tablesInForeignKeyOrder(Database& sqlite)
{
    auto names = tablesOf(sqlite);
    if (!names)
        return names.error();
    QHash<QString, QSet<QString>> refersTo;
    for (const QString& table : *names) {
        auto keys = sql::run(
            sqlite, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"),
            {table});
        if (!keys)
            return keys.error();
        QSet<QString>& parents = refersTo[table];
        while (keys->next()) {
            const QString parent = keys->value(0).toString();
            if (parent != table) // a table referring to itself orders nothing
                parents.insert(parent);
        }
    }
    // Alphabetical within each step (tableNames is sorted), so the order is always the same.
    QStringList ordered;
    QStringList left = *names;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.begin(), left.end(), [&](const QString& table) {
            for (const QString& parent : refersTo.value(table))
                if (!ordered.contains(parent) && names->contains(parent))
                    return false;
            return true;
        });
        if (ready == left.end())
            return storageError(tr("The foreign keys of the tables %1 refer to each other in a "
                                   "circle; they cannot be copied one after another.")
                                    .arg(left.join(QStringLiteral(", "))));
        ordered << *ready;
        left.erase(ready);
    }
    return ordered;
}

Result<std::optional<QString>> DatabaseTransfer::tableHoldingData(Database& database)
{
    auto version = SchemaMigrator(database).currentVersion();
    if (!version)
        return version.error();
    if (*version == 0)
        return std::optional<QString>();
    auto reference = referenceDatabase(*version);
    if (!reference)
        return reference.error();
    auto referenceTables = tablesInForeignKeyOrder(**reference);
    if (!referenceTables)
        return referenceTables.error();
    auto tables = tablesOf(database);
    if (!tables)
        return tables.error();
    QStringList order;
    for (const QString& table : *referenceTables)
        if (tables->contains(table))
            order << table;
    for (const QString& table : *tables)
        if (!order.contains(table))
            order << table;

    for (const QString& table : order) {
        auto rows = countOf(database, table);
        if (!rows)
            return rows.error();
        const bool known = referenceTables->contains(table);
        qint64 newRows = 0;
        if (known) {
            auto counted = countOf(**reference, table);
            if (!counted)
                return counted.error();
            newRows = *counted;
        }
        if (*rows != newRows)
            return std::optional<QString>(table);
        if (*rows == 0)
            continue;
        // As many rows as a new database: they must be the very rows the migrations put in.
        auto columns = columnsOf(database, table);
        if (!columns)
            return columns.error();
        // Every new database has an identity of its own (schema 12); the file's replaces it.
        if (table == QLatin1String("database_anchor"))
            columns->removeIf(
                [](const Column& c) { return c.name == QLatin1String("database_id"); });
        auto held = rowPrints(database, table, *columns);
        if (!held)
            return held.error();
        auto fresh = rowPrints(**reference, table, *columns);
        if (!fresh)
            return fresh.error();
        if (*held != *fresh)
            return std::optional<QString>(table);
    }
    return std::optional<QString>();
}

namespace {

// The target's columns of every table, which must be the file's (in any order).
Result<QList<QList<Column>>> columnsToCopy(Database& source, Database& target,
                                           const QStringList& tables)
{
    QList<QList<Column>> columns;
    for (const QString& table : tables) {
        auto onTarget = columnsOf(target, table);
        if (!onTarget)
            return onTarget.error();
        auto onSource = columnsOf(source, table);
        if (!onSource)
            return onSource.error();
        QStringList targetNames;
        for (const Column& column : *onTarget)
            targetNames << column.name;
        QStringList sourceNames;
        for (const Column& column : *onSource)
            sourceNames << column.name;
        std::sort(targetNames.begin(), targetNames.end());
        std::sort(sourceNames.begin(), sourceNames.end());
        if (targetNames != sourceNames)
            return storageError(DatabaseTransfer::tr("The table %1 has other columns in %2 than in "
                                                     "the file; nothing was copied.")
                                    .arg(table, target.location()));
        columns << *onTarget;
    }
    return columns;
}

// Inserts the file's rows of one table; returns their fingerprints, sorted.
Result<QList<QByteArray>> copyRows(Database& source, Database& target, const QString& table,
                                   const QList<Column>& columns)
{
    const QString list = columnList(columns);
    auto rows = sql::run(source, QStringLiteral("SELECT %1 FROM %2").arg(list, quoted(table)));
    if (!rows)
        return rows.error();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(target.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(table), list, marks.join(QStringLiteral(", ")))))
        return storageError(DatabaseTransfer::tr("Copying the table %1 failed: %2")
                                .arg(table, insert.lastError().text()));
    QList<QByteArray> prints;
    QList<QVariant> values(columns.size());
    while (rows->next()) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const auto value = converted(rows->value(static_cast<int>(i)), columns.at(i).kind);
            if (!value)
                return storageError(
                    DatabaseTransfer::tr("The table %1 of the file holds a value that is not a "
                                         "number in the column %2 (row %3); nothing was copied.")
                        .arg(table, columns.at(i).name)
                        .arg(prints.size() + 1));
            values[i] = *value;
            insert.bindValue(static_cast<int>(i), *value);
        }
        if (!insert.exec()) {
            // The driver's detail may quote the row's values: the log gets the code only.
            logging::get("storage")->error("copying table {} failed at row {}: SQLSTATE {}",
                                           table.toStdString(), prints.size() + 1,
                                           insert.lastError().nativeErrorCode().toStdString());
            return storageError(DatabaseTransfer::tr("Copying the table %1 failed at row %2 (%3); "
                                                     "nothing was copied.")
                                    .arg(table)
                                    .arg(prints.size() + 1)
                                    .arg(insert.lastError().databaseText()));
        }
        prints << fingerprint(values, columns);
    }
    std::sort(prints.begin(), prints.end());
    return prints;
}

// Generated ids go on after the largest the file ever gave (`counters`: SQLite's AUTOINCREMENT).
Status continueGeneratedIds(Database& target, const QHash<QString, qint64>& counters)
{
    auto ids = sql::run(target, target.dialect().generatedIdColumns());
    if (!ids)
        return ids.error();
    QList<std::pair<QString, QString>> idColumns;
    while (ids->next())
        idColumns << std::make_pair(ids->value(0).toString(), ids->value(1).toString());
    for (const auto& [table, column] : idColumns) {
        auto largest = sql::run(
            target, QStringLiteral("SELECT MAX(%1) FROM %2").arg(quoted(column), quoted(table)));
        if (!largest)
            return largest.error();
        const qint64 max = largest->next() ? largest->value(0).toLongLong() : 0;
        const qint64 next = std::max(max, counters.value(table, 0)) + 1;
        for (const QString& statement : target.dialect().restartGeneratedIds(table, column, next))
            if (Status s = sql::run(target, statement); !s)
                return s;
    }
    return {};
}

Error holdsData(const Database& target, const QString& table)
{
    return refused(DatabaseTransfer::tr("The database %1 already holds data (table %2). Opieka "
                                        "moves a centre only into an empty database; create a "
                                        "new one (docs/deployment.md). Nothing was changed.")
                       .arg(target.location(), table));
}

} // namespace

Result<TransferReport> DatabaseTransfer::copy(Database& source, Database& target)
{
    if (Status usable = checkSource(source); !usable)
        return usable.error();
    // Before anything is written to it, not even the schema.
    auto held = tableHoldingData(target);
    if (!held)
        return held.error();
    if (*held)
        return holdsData(target, **held);
    auto migrated = SchemaMigrator(target).migrate();
    if (!migrated)
        return migrated.error();

    // Held for writing: what the centre saves during the move would be missing on the server.
    auto sourceTransaction = SqlTransaction::begin(source);
    if (!sourceTransaction)
        return sourceTransaction.error();
    auto sourceChain = AuditRepository(source).verifyChain();
    if (!sourceChain)
        return sourceChain.error();
    if (!sourceChain->intact())
        return storageError(
            tr("The audit trail of %1 is broken at record %2; it would not verify "
               "on the server either. See: opieka-cli --db %1 verify. Nothing was "
               "copied.")
                .arg(source.location())
                .arg(sourceChain->brokenAt.value_or(
                    sourceChain->erasedWithoutRecord.value_or(sourceChain->lastId))));
    auto tables = tablesInForeignKeyOrder(source);
    if (!tables)
        return tables.error();
    auto counters = autoIncrementCounters(source);
    if (!counters)
        return counters.error();

    auto transaction = SqlTransaction::begin(target);
    if (!transaction)
        return transaction.error();
    // Again under the target's write lock: another workstation may have started meanwhile.
    held = tableHoldingData(target);
    if (!held)
        return held.error();
    if (*held)
        return holdsData(target, **held);
    auto targetTables = tablesOf(target);
    if (!targetTables)
        return targetTables.error();
    if (Status same = sameTables(*tables, *targetTables, target.location()); !same)
        return same.error();
    auto columns = columnsToCopy(source, target, *tables);
    if (!columns)
        return columns.error();

    // Only what the migrations put in is there (checked above): the file's rows replace it.
    for (qsizetype i = tables->size() - 1; i >= 0; --i)
        if (Status s =
                sql::run(target, QStringLiteral("DELETE FROM %1").arg(quoted(tables->at(i))));
            !s)
            return s.error();
    QList<QList<QByteArray>> sourcePrints;
    for (qsizetype t = 0; t < tables->size(); ++t) {
        auto prints = copyRows(source, target, tables->at(t), columns->at(t));
        if (!prints)
            return prints.error();
        sourcePrints << *prints;
    }
    if (Status continued = continueGeneratedIds(target, *counters); !continued)
        return continued.error();

    // The same rows on both sides, value for value; then the chain, recomputed on the target.
    TransferReport report;
    report.schemaVersion = SchemaMigrator::latestVersion();
    for (qsizetype t = 0; t < tables->size(); ++t) {
        auto copied = rowPrints(target, tables->at(t), columns->at(t));
        if (!copied)
            return copied.error();
        if (*copied != sourcePrints.at(t))
            return storageError(tr("After copying, the table %1 differs between the file (%2 "
                                   "rows) and %3 (%4 rows); nothing was copied.")
                                    .arg(tables->at(t))
                                    .arg(sourcePrints.at(t).size())
                                    .arg(target.location())
                                    .arg(copied->size()));
        report.tables << TableCount{tables->at(t), sourcePrints.at(t).size(), copied->size()};
    }
    auto chain = AuditRepository(target).verifyChain();
    if (!chain)
        return chain.error();
    if (!chain->intact() || chain->records != sourceChain->records ||
        chain->anchor->databaseId != sourceChain->anchor->databaseId)
        return storageError(tr("After copying, the audit trail does not verify on %1 (record "
                               "%2); nothing was copied.")
                                .arg(target.location())
                                .arg(chain->brokenAt.value_or(0)));
    report.auditRecords = chain->records;
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    // The server plans its queries from statistics it gathers only now and then (autovacuum may
    // be off, and would wait for its threshold): without them, every search and report right
    // after the move is planned blind. A failure here leaves a good copy, so it is only logged.
    if (!target.dialect().isSqlite())
        if (auto analysed = sql::run(target, QStringLiteral("ANALYZE")); !analysed)
            logging::get("storage")->warn("ANALYZE after the move failed: {}",
                                          analysed.error().message.toStdString());
    logging::get("storage")->info("database moved: {} tables, {} rows, {} audit records",
                                  report.tables.size(), report.rows(), report.auditRecords);
    return report;
}

} // namespace opieka
