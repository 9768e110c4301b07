#include "SqlHelpers.h"

#include "Database.h"
#include "IsoDate.h"
#include "Logging.h"

#include <QSqlError>
#include <atomic>
#include <utility>

namespace opieka::sql {

Status exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    // Driver messages name tables and constraints, never the bound values.
    logging::get("storage")->error("query failed: {}", query.lastError().text().toStdString());
    return storageError(QCoreApplication::translate("Database", "Database error: %1")
                            .arg(query.lastError().text()));
}

Status exec(const Database& database, QSqlQuery& query)
{
    if (query.exec())
        return {};
    logging::get("storage")->error("query failed: {}", query.lastError().text().toStdString());
    return database.failure(query.lastError());
}

namespace {
std::atomic<bool> keepStatements{true};
} // namespace

bool StatementCache::keeping()
{
    return keepStatements;
}

void StatementCache::setKeeping(bool keep)
{
    keepStatements = keep;
}

std::optional<QSqlQuery> StatementCache::take(const QString& sql)
{
    auto kept = m_free.find(sql);
    if (kept == m_free.end())
        return std::nullopt;
    QSqlQuery query = std::move(kept.value());
    m_free.erase(kept);
    ++m_reused;
    return query;
}

void StatementCache::give(const QString& sql, QSqlQuery query)
{
    // SQLite: resets the statement, which otherwise holds its read snapshot (and a checkpoint,
    // a VACUUM or a DROP would wait for it). PostgreSQL: the rows not read are dropped when the
    // connection's next statement is sent.
    query.finish();
    if (m_free.contains(sql))
        return; // a nested run's statement: the first one is kept, this one deallocated
    if (m_free.size() >= kLimit)
        m_free.clear(); // texts built per call (lists of ids): start again rather than grow
    m_free.emplace(sql, std::move(query));
}

void StatementCache::clear()
{
    m_free.clear();
}

PreparedQuery::PreparedQuery(QSqlQuery query, std::weak_ptr<StatementCache> home, QString sql)
    : QSqlQuery(std::move(query))
    , m_home(std::move(home))
    , m_sql(std::move(sql))
{}

PreparedQuery::PreparedQuery(PreparedQuery&& other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery&>(other)))
    , m_home(std::exchange(other.m_home, {}))
    , m_sql(std::move(other.m_sql))
{}

PreparedQuery& PreparedQuery::operator=(PreparedQuery&& other) noexcept
{
    if (this != &other) {
        checkIn();
        QSqlQuery::operator=(std::move(static_cast<QSqlQuery&>(other)));
        m_home = std::exchange(other.m_home, {});
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

PreparedQuery::~PreparedQuery()
{
    checkIn();
}

void PreparedQuery::checkIn()
{
    if (auto home = std::exchange(m_home, {}).lock())
        home->give(m_sql, QSqlQuery(std::move(static_cast<QSqlQuery&>(*this))));
}

namespace {

// The statements worth keeping: those a repository runs again with other values. Session and
// transaction statements, PRAGMAs and DDL are run as they are.
bool isReusable(const QString& sql)
{
    static const QLatin1String kinds[] = {QLatin1String("SELECT"), QLatin1String("INSERT"),
                                          QLatin1String("UPDATE"), QLatin1String("DELETE"),
                                          QLatin1String("WITH"),   QLatin1String("VALUES")};
    const QStringView text = QStringView(sql).trimmed();
    for (const QLatin1String kind : kinds)
        if (text.startsWith(kind, Qt::CaseInsensitive))
            return true;
    return false;
}

// A statement that changes tables: a kept statement may read columns that are no more
// (PostgreSQL refuses it: "cached plan must not change result type").
bool changesSchema(const QString& sql)
{
    const QStringView text = QStringView(sql).trimmed();
    return text.startsWith(QLatin1String("ALTER"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("DROP"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive);
}

} // namespace

Result<PreparedQuery> run(const Database& database, const QString& sql,
                          const QList<QVariant>& values)
{
    if (Status connected = database.ensureConnected(); !connected)
        return connected.error();
    const auto failed = [&](const QSqlQuery& query, const char* what) {
        // Driver messages name tables and constraints, never the bound values.
        logging::get("storage")->error("{} failed: {}", what,
                                       query.lastError().text().toStdString());
        return database.failure(query.lastError());
    };
    const bool reusable = StatementCache::keeping() && isReusable(sql);
    if (!reusable && changesSchema(sql))
        database.statements()->clear();
    if (values.isEmpty() && !database.dialect().isSqlite()) {
        // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES; a migration's
        // CREATE TABLE or ALTER TABLE has nothing to bind and runs as it is. A statement without
        // values is one round trip as it is (the simple query protocol): nothing to keep.
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return failed(query, "query");
        return PreparedQuery(std::move(query));
    }
    StatementCache& cache = *database.statements();
    std::optional<QSqlQuery> kept = reusable ? cache.take(sql) : std::nullopt;
    QSqlQuery query = kept ? std::move(*kept) : QSqlQuery(database.connection());
    if (!kept) {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failed(query, "prepare");
        cache.countPrepared();
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return failed(query, "query"); // not kept: a statement that failed is prepared anew
    if (!reusable)
        return PreparedQuery(std::move(query));
    return PreparedQuery(std::move(query), database.statements(), sql);
}

Result<qint64> returnedId(Result<PreparedQuery> query, const char* notSaved)
{
    if (!query)
        return query.error();
    if (!query->next())
        return storageError(
            notSaved ? QCoreApplication::translate("Database", notSaved)
                     : QCoreApplication::translate("Database", "The change was not saved."));
    return query->value(0).toLongLong();
}

Status updatedOrConflict(Result<PreparedQuery> query, const char* conflict)
{
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return refused(QCoreApplication::translate("Database", conflict));
    return {};
}

Result<qint64> nextId(const Database& database, const QString& table)
{
    auto next = firstRow(database, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table,
                         {}, idColumn);
    if (!next)
        return next.error();
    return next->value_or(1);
}

Result<bool> anyRow(const Database& database, const QString& sql, const QList<QVariant>& values)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    return query->next();
}

Result<int> number(const Database& database, const QString& sql, const QList<QVariant>& values)
{
    auto query = run(database, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

QVariant date(const QDate& day)
{
    return isoDate(day);
}

QVariant date(const std::optional<QDate>& day)
{
    return day ? QVariant(isoDate(*day)) : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

std::optional<QDate> optionalDate(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return parseIsoDate(value.toString());
}

QDate requiredDate(const QVariant& value)
{
    return parseIsoDate(value.toString()).value_or(QDate());
}

QString likePattern(const QString& userText)
{
    QString escaped = userText;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace opieka::sql
