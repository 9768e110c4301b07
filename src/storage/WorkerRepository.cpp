#include "WorkerRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<Worker> kWorkers{
    QStringLiteral("workers"),
    {sql::column("id", &Worker::id), sql::column("first_name", &Worker::firstName),
     sql::column("last_name", &Worker::lastName),
     sql::named("role", &Worker::role, roleName, parseRole, Role::SocialWorker),
     sql::column("fte", &Worker::fte), sql::column("active_from", &Worker::activeFrom),
     sql::column("active_to", &Worker::activeTo), sql::optionalText("unit", &Worker::unit)}};
} // namespace

template <> const sql::Columns<Worker>& TableRepository<Worker>::columns()
{
    return kWorkers;
}
template class TableRepository<Worker>;

Status WorkerRepository::insert(const Worker& w)
{
    return kWorkers.insertWithId(m_database, w.id, w);
}

Result<qint64> WorkerRepository::nextId()
{
    return sql::nextId(m_database, QStringLiteral("workers"));
}

Result<bool> WorkerRepository::exists(qint64 id)
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM workers WHERE id = ?"), {id});
}

Result<QList<Worker>> WorkerRepository::all()
{
    return kWorkers.table(m_database).list(QStringLiteral("ORDER BY id"));
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
