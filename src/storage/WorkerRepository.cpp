#include "WorkerRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kColumns =
    QStringLiteral("id, first_name, last_name, role, fte, active_from, active_to, unit");

Worker fromRow(const QSqlQuery& q)
{
    Worker w;
    w.id = q.value(0).toLongLong();
    w.firstName = q.value(1).toString();
    w.lastName = q.value(2).toString();
    w.role = parseRole(q.value(3).toString()).value_or(Role::SocialWorker);
    w.fte = q.value(4).toDouble();
    w.activeFrom = sql::optionalDate(q.value(5));
    w.activeTo = sql::optionalDate(q.value(6));
    w.unit = q.value(7).toString();
    return w;
}

sql::Table<Worker> workers(const Database& database)
{
    return {database, QStringLiteral("workers"), kColumns, fromRow};
}
} // namespace

Status WorkerRepository::insert(const Worker& w)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO workers (") + kColumns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {w.id, w.firstName, w.lastName, roleName(w.role), w.fte,
                     sql::date(w.activeFrom), sql::date(w.activeTo),
                     w.unit.isEmpty() ? QVariant() : QVariant(w.unit)});
}

Status WorkerRepository::update(const Worker& w)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE workers SET first_name = ?, last_name = ?, role = ?, "
                       "fte = ?, active_from = ?, active_to = ?, unit = ? WHERE id = ?"),
        {w.firstName, w.lastName, roleName(w.role), w.fte, sql::date(w.activeFrom),
         sql::date(w.activeTo), sql::text(w.unit), w.id});
}

Result<qint64> WorkerRepository::nextId()
{
    return sql::nextId(m_database, QStringLiteral("workers"));
}

Result<std::optional<Worker>> WorkerRepository::find(qint64 id)
{
    return workers(m_database).find(id);
}

Result<bool> WorkerRepository::exists(qint64 id)
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM workers WHERE id = ?"), {id});
}

Result<QList<Worker>> WorkerRepository::all()
{
    return workers(m_database).list(QStringLiteral("ORDER BY id"));
}

Result<QHash<qint64, Worker>> WorkerRepository::byId()
{
    auto list = all();
    if (!list)
        return list.error();
    QHash<qint64, Worker> workers;
    for (const Worker& w : *list)
        workers.insert(w.id, w);
    return workers;
}

} // namespace opieka
