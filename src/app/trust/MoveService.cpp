#include "MoveService.h"

#include "AuditTrail.h"
#include "Database.h"
#include "DatabaseTransfer.h"
#include "Logging.h"
#include "Permissions.h"

#include <QJsonObject>

namespace opieka {

Status MoveService::checkSource(const QString& file)
{
    auto source = Database::open(file, Database::OpenMode::MustExist);
    if (!source)
        return source.error();
    return DatabaseTransfer::checkSource(**source);
}

Status MoveService::mayMove() const
{
    if (!Permissions::mayManageUsers(m_actor))
        return refused(tr("Only an administrator may move the database to a server; the account "
                          "'%1' is not one.")
                           .arg(m_actor.login));
    return {};
}

Result<TransferReport> MoveService::moveToServer(const QString& sourceName,
                                                 const QString& targetLocation)
{
    OPIEKA_TRY(mayMove());
    auto opened = Database::open(targetLocation, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    Database& target = **opened;
    auto report = DatabaseTransfer::copy(m_database, target);
    if (!report)
        return report.error();
    // The accounts came with the data: the signed-in account is an account of the target too.
    const QJsonObject moved{{QStringLiteral("from"), sourceName},
                            {QStringLiteral("rows"), report->rows()},
                            {QStringLiteral("audit_records"), report->auditRecords},
                            {QStringLiteral("schema"), report->schemaVersion}};
    if (Status recorded =
            AuditTrail(target).record(m_actor, QStringLiteral("database.migrate"),
                                      QStringLiteral("database"), QString(), {}, moved);
        !recorded) {
        logging::get("app")->error("the move to the server is not in its audit trail");
        return storageError(tr("The data was moved, but the move could not be recorded in the "
                               "server's audit trail: %1")
                                .arg(recorded.error().message));
    }
    return report;
}

} // namespace opieka
