#pragma once

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace opieka {
class Database;
}

namespace opieka::sql {

// The statements one connection prepared, kept for the next run of the same SQL text (issue 24).
// On PostgreSQL QPSQL's prepare is a PREPARE on the server and the end of a QSqlQuery a
// DEALLOCATE: a statement prepared per call costs three round trips, a kept one only its EXECUTE.
// On SQLite a kept statement skips the parse and the planning. Owned by the Database (one per
// connection, so one per thread), emptied when the connection closes or reconnects. A statement
// is checked out while its rows are read (PreparedQuery) and checked back in after: a nested run
// of the same SQL text, while the outer one is still read, prepares a statement of its own.
class StatementCache
{
public:
    // The kept statement for `sql`, taken out of the cache; none when none is free.
    std::optional<QSqlQuery> take(const QString& sql);
    // Keeps `query` (reset: no rows held, no read lock on SQLite) for the next run of `sql`.
    void give(const QString& sql, QSqlQuery query);
    // Forgets every kept statement (the connection closes, reconnects, or its schema changed).
    void clear();
    qsizetype size() const { return m_free.size(); }
    // How many statements were prepared and how many runs reused a kept one (tests, benchmarks).
    qint64 preparedCount() const { return m_prepared; }
    qint64 reusedCount() const { return m_reused; }
    void countPrepared() { ++m_prepared; }
    // Whether statements are kept at all (on unless a benchmark measures the cost without).
    static bool keeping();
    static void setKeeping(bool keep);

private:
    static constexpr qsizetype kLimit = 256; // distinct SQL texts kept per connection
    QHash<QString, QSqlQuery> m_free;
    qint64 m_prepared = 0;
    qint64 m_reused = 0;
};

// A query sql::run executed: read it as a QSqlQuery. When it goes, its statement goes back to its
// connection's StatementCache (if the connection is still there) for the next run of its SQL.
class PreparedQuery : public QSqlQuery
{
public:
    explicit PreparedQuery(QSqlQuery query, std::weak_ptr<StatementCache> home = {},
                           QString sql = {});
    PreparedQuery(PreparedQuery&& other) noexcept;
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;
    PreparedQuery& operator=(PreparedQuery&& other) noexcept;
    ~PreparedQuery();

private:
    void checkIn();

    std::weak_ptr<StatementCache> m_home; // empty: not kept (moved from, or not reusable)
    QString m_sql;
};

// Values always go in bound, never spliced into the SQL text. On a server whose connection was
// lost, reconnects first (outside a transaction) or reports the loss (Database::ensureConnected).
// SELECT, INSERT, UPDATE, DELETE, WITH and VALUES statements are prepared once per connection and
// reused (StatementCache); others (PRAGMA, BEGIN, DDL) run as they are.
Result<PreparedQuery> run(const Database& database, const QString& sql,
                          const QList<QVariant>& values = {});
// The id an "INSERT ... RETURNING id" gave back, or the error. When no id came back, the error
// says `notSaved` (QT_TRANSLATE_NOOP("Database", "The contact was not saved.")), by default that
// the change was not saved.
Result<qint64> returnedId(Result<PreparedQuery> query, const char* notSaved = nullptr);
// An UPDATE that names the row version it read: refused, saying `conflict` (marked like
// `notSaved`), when no row matched.
Status updatedOrConflict(Result<PreparedQuery> query, const char* conflict);
// Runs a prepared query with what is bound now; false with a logged error on failure.
Status exec(QSqlQuery& query);
// The same for a query prepared on `database`'s connection: a dropped server connection is
// reported as such (ErrorKind::ConnectionLost). Never reconnects: the statement was prepared on
// the old connection, and it may be part of a transaction that went with it.
Status exec(const Database& database, QSqlQuery& query);

// Reading rows: a repository states its SQL and `fromRow`, a function from the query's current
// row to the value (Contact fromRow(const QSqlQuery&)); these run it and report the error.
template <typename FromRow>
using RowOf = std::decay_t<std::invoke_result_t<FromRow&, const QSqlQuery&>>;

// Every row, in the order the SQL gives.
template <typename FromRow>
Result<QList<RowOf<FromRow>>> rows(const Database& database, const QString& sql,
                                   const QList<QVariant>& values, FromRow fromRow)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    QList<RowOf<FromRow>> list;
    while (query->next())
        list << fromRow(*query);
    return list;
}

// The first row, or none.
template <typename FromRow>
Result<std::optional<RowOf<FromRow>>> firstRow(const Database& database, const QString& sql,
                                               const QList<QVariant>& values, FromRow fromRow)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<RowOf<FromRow>>();
    return std::optional<RowOf<FromRow>>(fromRow(*query));
}

// Each row to `visit` in turn, stopping early when it returns false (rows are not kept).
template <typename FromRow, typename Visit>
Status eachRow(const Database& database, const QString& sql, const QList<QVariant>& values,
               FromRow fromRow, Visit visit)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    while (query->next())
        if (!visit(fromRow(*query)))
            break;
    return {};
}

// The id a new row of `table` gets when the caller picks it: one past the highest (read under
// the write lock).
Result<qint64> nextId(const Database& database, const QString& table);

// The rows of one table read as values: its columns and how a row of them becomes a T. The
// `rest` of a query is what follows "SELECT columns FROM table ": "WHERE ... ORDER BY ...".
template <typename T> class Table
{
public:
    using FromRow = std::function<T(const QSqlQuery&)>;

    Table(const Database& database, const QString& table, const QString& columns, FromRow fromRow)
        : m_database(database)
        , m_select(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table +
                   QLatin1Char(' '))
        , m_fromRow(std::move(fromRow))
    {}

    Result<QList<T>> list(const QString& rest, const QList<QVariant>& values = {}) const
    {
        return rows(m_database, m_select + rest, values, m_fromRow);
    }
    Result<std::optional<T>> first(const QString& rest, const QList<QVariant>& values) const
    {
        return firstRow(m_database, m_select + rest, values, m_fromRow);
    }
    Result<std::optional<T>> find(qint64 id) const
    {
        return first(QStringLiteral("WHERE id = ?"), {id});
    }
    template <typename Visit> Status each(const QString& rest, Visit visit) const
    {
        return eachRow(m_database, m_select + rest, {}, m_fromRow, visit);
    }

private:
    const Database& m_database;
    QString m_select;
    FromRow m_fromRow;
};

// Whether the query gives any row ("SELECT 1 FROM ... WHERE ...").
Result<bool> anyRow(const Database& database, const QString& sql,
                    const QList<QVariant>& values = {});
// The number a query of one number gives ("SELECT COUNT(*) ..."), 0 when it gives no row.
Result<int> number(const Database& database, const QString& sql,
                   const QList<QVariant>& values = {});

// `fromRow` for a query of one column.
inline qint64 idColumn(const QSqlQuery& query)
{
    return query.value(0).toLongLong();
}
inline QString textColumn(const QSqlQuery& query)
{
    return query.value(0).toString();
}

QVariant date(const QDate& day);
QVariant date(const std::optional<QDate>& day); // NULL when none
QVariant text(const QString& value);            // NULL when empty
std::optional<QDate> optionalDate(const QVariant& value);
QDate requiredDate(const QVariant& value);
// Escapes LIKE wildcards in user input; use with ESCAPE '\'.
QString likePattern(const QString& userText);

} // namespace opieka::sql
