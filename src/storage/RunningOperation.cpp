#include "RunningOperation.h"

#include "Database.h"
#include "Logging.h"
#include "SqlHelpers.h"
#include "SqlTransaction.h"

#include <QSysInfo>
#include <cerrno>
#include <signal.h>
#include <utility>

namespace opieka {
namespace {

struct Row
{
    qint64 id = 0;
    RunningOperation::Info info;
    QString host;
    qint64 processId = 0;
    QVariant serverProcessId;
};

QList<Row> rows(Database& database)
{
    auto found = sql::rows(
        database,
        QStringLiteral("SELECT id, kind, subject, login, started_at, host, "
                       "process_id, server_process_id FROM running_operations ORDER BY id DESC"),
        {}, [](const QSqlQuery& q) {
            Row row;
            row.id = q.value(0).toLongLong();
            row.info.kind = q.value(1).toString();
            row.info.subject = q.value(2).toString();
            row.info.login = q.value(3).toString();
            row.info.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
            row.host = q.value(5).toString();
            row.processId = q.value(6).toLongLong();
            row.serverProcessId = q.value(7);
            return row;
        });
    // A database not yet upgraded to schema 12 has none.
    return found ? *found : QList<Row>();
}

// On a server: the importing connection is still there (it goes when its process is killed). On
// a file: the process is still there, when it ran on this computer; a process on another computer
// (a file on a shared folder) cannot be asked, and counts as running.
bool stillRunning(Database& database, const Row& row)
{
    if (!database.dialect().isSqlite()) {
        auto q = sql::run(database,
                          QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"),
                          {row.serverProcessId});
        return q && q->next() && q->value(0).toLongLong() > 0;
    }
    if (row.host != QSysInfo::machineHostName())
        return true;
    return ::kill(static_cast<pid_t>(row.processId), 0) == 0 || errno == EPERM;
}

} // namespace

Result<RunningOperation> RunningOperation::start(Database& database, const QString& kind,
                                                 const QString& subject, const QString& login)
{
    // Inside another change the row would be seen only after its commit: of no use to anyone.
    if (database.inTransaction())
        return RunningOperation(nullptr, 0);
    QVariant serverProcessId(QMetaType::fromType<qlonglong>());
    if (!database.dialect().isSqlite()) {
        auto q = sql::run(database, QStringLiteral("SELECT pg_backend_pid()"));
        if (!q)
            return q.error();
        if (q->next())
            serverProcessId = q->value(0).toLongLong();
    }
    const QString host = QSysInfo::machineHostName();
    const qint64 processId = QCoreApplication::applicationPid();
    QList<qint64> stale;
    for (const Row& row : rows(database))
        if ((row.host == host && row.processId == processId) || !stillRunning(database, row))
            stale << row.id;

    auto transaction = SqlTransaction::begin(database);
    if (!transaction)
        return transaction.error();
    for (qint64 id : stale)
        if (auto removed = sql::run(
                database, QStringLiteral("DELETE FROM running_operations WHERE id = ?"), {id});
            !removed)
            return removed.error();
    auto id = sql::returnedId(sql::run(
        database,
        QStringLiteral("INSERT INTO running_operations (kind, subject, login, started_at, host, "
                       "process_id, server_process_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {kind, subject, login, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), host,
         processId, serverProcessId}));
    if (!id)
        return id.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return RunningOperation(&database, *id);
}

RunningOperation::RunningOperation(RunningOperation&& other) noexcept
    : m_database(other.m_database)
    , m_id(other.m_id)
{
    other.m_database = nullptr;
}

RunningOperation::~RunningOperation()
{
    if (!m_database)
        return;
    // In a transaction of its own, after the change's own has ended; left behind when it
    // cannot be removed now, and then recognised as stale once this process is gone.
    Status removed = [this]() -> Status {
        auto transaction = SqlTransaction::begin(*m_database);
        if (!transaction)
            return transaction.error();
        if (auto q = sql::run(
                *m_database, QStringLiteral("DELETE FROM running_operations WHERE id = ?"), {m_id});
            !q)
            return q.error();
        return transaction->commit();
    }();
    if (!removed)
        logging::get("storage")->warn("the record of running operation {} stays: {}", m_id,
                                      removed.error().message.toStdString());
}

std::optional<RunningOperation::Info> RunningOperation::current(Database& database)
{
    for (const Row& row : rows(database))
        if (stillRunning(database, row))
            return row.info;
    return std::nullopt;
}

QString RunningOperation::describe(const Info& info)
{
    // What is being imported, by the subject's name.
    static constexpr std::pair<const char*, const char*> imports[] = {
        {"workers", QT_TR_NOOP("an import of workers")},
        {"families", QT_TR_NOOP("an import of families")},
        {"foster-families", QT_TR_NOOP("an import of foster families")},
        {"assignments", QT_TR_NOOP("an import of assignments")},
        {"members", QT_TR_NOOP("an import of members")},
        {"visits", QT_TR_NOOP("an import of visits")},
        {"placements", QT_TR_NOOP("an import of placements")},
    };
    QString what = info.kind;
    if (info.kind == QLatin1String("import")) {
        what = tr("an import of %1").arg(info.subject);
        for (const auto& [subject, text] : imports)
            if (info.subject == QLatin1String(subject))
                what = tr(text);
    }
    const QDateTime local = info.startedAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? local.toString(QStringLiteral("HH:mm"))
                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 by %2 started at %3").arg(what, info.login, when);
}

} // namespace opieka
