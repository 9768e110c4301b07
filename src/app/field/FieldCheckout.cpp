#include "FieldCheckout.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "Clock.h"
#include "Database.h"
#include "EncryptedFile.h"
#include "FieldCopy.h"
#include "FieldCopyRepository.h"
#include "FieldScopeQuery.h"
#include "Logging.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "SqlTransaction.h"
#include "UserRepository.h"
#include "WorkerRepository.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUuid>
#include <algorithm>

namespace opieka {
namespace {

// Kept up to date by the services from other columns (the centre computes its own): the row
// version and the search and duplicate-matching keys.
const QSet<QString>& derivedColumns()
{
    static const QSet<QString> columns{QStringLiteral("row_version"), QStringLiteral("search_text"),
                                       QStringLiteral("name_key"), QStringLiteral("address_key")};
    return columns;
}

// The worker's own account, or a manager preparing the copy for her.
Status mayCheckOut(const User& actor, qint64 workerId)
{
    if (actor.awaitingConfirmation)
        return Permissions::awaitingConfirmation(actor);
    if (!actor.active)
        return refused(FieldCheckout::tr("The account '%1' is disabled.").arg(actor.login));
    if (actor.role == Role::Manager || (actor.workerId && *actor.workerId == workerId))
        return {};
    return refused(FieldCheckout::tr("Only worker %1's own account or a manager can take her "
                                     "cases into the field; the account '%2' is neither.")
                       .arg(workerId)
                       .arg(actor.login));
}

// The centre's address as the copy keeps it: never a password.
QString locationWithoutPassword(const QString& location)
{
    if (!location.startsWith(QLatin1String("postgresql:")))
        return QFileInfo(location).absoluteFilePath();
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

// A failed check-out leaves nothing behind: the file and its companions.
void removeCopy(const QString& path)
{
    EncryptedFile::lock(path);
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

int countOf(const QList<std::pair<QString, int>>& counts, const char* table)
{
    for (const auto& [name, count] : counts)
        if (name == QLatin1String(table))
            return count;
    return 0;
}

// The copy itself: made, filled and sealed in one transaction; the centre's record comes after.
Result<FieldCheckoutReport> fillCopy(const Session& centre, qint64 workerId, const QString& path,
                                     const QByteArray& passphrase, const QString& copyId,
                                     const QDateTime& takenAt,
                                     const std::function<void(int, int)>& progress)
{
    Database& centreDb = centre.database();
    auto anchor = AuditRepository(centreDb).anchor();
    if (!anchor)
        return anchor.error();
    if (!*anchor)
        return storageError(FieldCheckout::tr("The centre's database has no identity "
                                              "(database_anchor); run 'opieka-cli verify'."));
    auto centreName = SettingsService(centre).centreName();
    if (!centreName)
        return centreName.error();

    OPIEKA_TRY(EncryptedFile::create(path, passphrase));
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return workspace.error();
    Database& copy = (*workspace)->database();

    const QList<FieldCheckout::ScopedTable> tables = FieldCheckout::scopedTables();
    const int total = int(tables.size()) + 1;
    const QDate today = Clock::today();
    QList<std::pair<QString, int>> counts;
    {
        auto transaction = SqlTransaction::begin(copy);
        if (!transaction)
            return transaction.error();
        FieldCopyRecord info;
        info.copyId = copyId;
        info.centreDatabaseId = (*anchor)->databaseId;
        info.centreLocation = locationWithoutPassword(centreDb.location());
        info.centreName = centreName->trimmed().isEmpty() ? info.centreLocation : *centreName;
        info.workerId = workerId;
        info.takenBy = centre.actor().login;
        info.takenAt = takenAt;
        info.recording = false; // the centre's rows are not changes of the copy
        FieldCopyRepository repository(copy);
        OPIEKA_TRY(repository.insertInfo(info));
        int done = 0;
        for (const FieldCheckout::ScopedTable& table : tables) {
            auto copied = FieldScopeQuery::copyRows(centreDb, copy, table.table, workerId, today);
            if (!copied)
                return copied.error();
            counts << std::pair(table.table, *copied);
            if (progress)
                progress(++done, total);
        }
        OPIEKA_TRY(FieldCheckout::createTriggers(copy));
        OPIEKA_TRY(repository.setRecording(true));
        QJsonObject values{{QStringLiteral("copy_id"), copyId},
                           {QStringLiteral("worker_id"), workerId},
                           {QStringLiteral("centre_database_id"), info.centreDatabaseId},
                           {QStringLiteral("taken_at"), FieldCopyRepository::timestamp(takenAt)}};
        for (const auto& [name, count] : counts)
            values.insert(name, count);
        OPIEKA_TRY(AuditTrail(copy).record(centre.actor(), QStringLiteral("field.checkout"),
                                           QStringLiteral("field_copy"), copyId, {}, values));
        OPIEKA_TRY(transaction->commit());
    }

    FieldCheckoutReport report;
    report.copyId = copyId;
    report.path = path;
    report.families = countOf(counts, "families");
    report.fosterFamilies = countOf(counts, "foster_families");
    report.members = countOf(counts, "members");
    report.visits = countOf(counts, "contacts");
    return report;
}

} // namespace

QList<FieldCheckout::ScopedTable> FieldCheckout::scopedTables()
{
    // Foreign-key order: what a row refers to comes before it.
    const auto reference = [](const char* table) {
        return ScopedTable{QString::fromLatin1(table), false};
    };
    const auto tracked = [](const char* table) {
        return ScopedTable{QString::fromLatin1(table), true};
    };
    return {reference("workers"), reference("users"), reference("worker_leave"),
            reference("caseload_rules"), reference("statute_rules"), reference("settings"),
            tracked("families"), tracked("foster_families"), reference("assignments"),
            tracked("members"), tracked("category_changes"), tracked("blue_cards"),
            tracked("contacts"), tracked("team_links"), tracked("work_plans"),
            tracked("plan_goals"), tracked("plan_actions"), tracked("family_assessments"),
            tracked("placements"), tracked("child_reviews"), tracked("foster_assessments"),
            tracked("help_plan_items"), tracked("child_status"),
            // Shown in the field, read-only: attaching and removing are the centre's.
            reference("documents"), reference("document_contents")};
}

Result<int> FieldCheckout::copyScopedRows(Database& centre, Database& copy, const QString& table,
                                          qint64 workerId)
{
    return FieldScopeQuery::copyRows(centre, copy, table, workerId, Clock::today());
}

bool FieldCheckout::isDerivedColumn(const QString& column)
{
    return derivedColumns().contains(column);
}

Status FieldCheckout::createTriggers(Database& copy)
{
    for (const ScopedTable& table : scopedTables())
        if (table.tracked)
            OPIEKA_TRY(FieldScopeQuery::createTriggers(copy, table.table, derivedColumns()));
    return {};
}

Result<FieldCheckoutReport> FieldCheckout::checkout(const Session& centre, qint64 workerId,
                                                    const QString& path,
                                                    const QByteArray& passphrase,
                                                    const std::function<void(int, int)>& progress)
{
    const User& actor = centre.actor();
    OPIEKA_TRY(mayCheckOut(actor, workerId));
    Database& centreDb = centre.database();
    // A copy is taken from the centre's database only: a copy of a copy would sync nowhere.
    if (FieldCopy::isFieldCopy(centreDb))
        return refused(tr("This is a field copy: cases are taken into the field from the "
                          "centre's database. Sync this copy with the centre first."));
    auto worker = WorkerRepository(centreDb).exists(workerId);
    if (!worker)
        return worker.error();
    if (!*worker)
        return badInput(tr("There is no worker %1.").arg(workerId));
    auto accounts = UserRepository(centreDb).all();
    if (!accounts)
        return accounts.error();
    const bool hasAccount = std::any_of(accounts->cbegin(), accounts->cend(), [&](const User& u) {
        return u.active && u.workerId && *u.workerId == workerId;
    });
    if (!hasAccount)
        return refused(tr("Worker %1 has no active account: she could not sign in to the field "
                          "copy. Link an account to her first.")
                           .arg(workerId));
    if (path.trimmed().isEmpty() || path.startsWith(QLatin1String("postgresql:")))
        return badInput(tr("A field copy is a file on this computer: give its path."));
    // A link, even one to nothing yet, is refused too: the copy would be written wherever it
    // points, and a failed check-out would remove the link.
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return refused(tr("%1 already exists: a field copy is never written over another file. "
                          "Choose a new file name.")
                           .arg(path));
    if (QString::fromUtf8(passphrase).size() < EncryptedFile::kMinimumPassphraseLength)
        return badInput(tr("The field copy's passphrase must have at least %n character(s).", "",
                           EncryptedFile::kMinimumPassphraseLength));

    const QString copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime takenAt = QDateTime::currentDateTimeUtc();
    auto report = fillCopy(centre, workerId, path, passphrase, copyId, takenAt, progress);
    if (!report) {
        removeCopy(path);
        return report.error();
    }

    Status recorded = AuditedWrite(centreDb, actor).run([&](AuditedWrite& write) -> Status {
        OPIEKA_TRY(
            FieldCopyRepository(centreDb).insertCentreCopy(copyId, workerId, actor.login, takenAt));
        return write.record(QStringLiteral("field.checkout"), QStringLiteral("field_copy"), copyId,
                            {},
                            {{QStringLiteral("worker_id"), workerId},
                             {QStringLiteral("families"), report->families},
                             {QStringLiteral("foster_families"), report->fosterFamilies},
                             {QStringLiteral("members"), report->members},
                             {QStringLiteral("contacts"), report->visits}});
    });
    if (!recorded) {
        removeCopy(path);
        return recorded.error();
    }
    // The copy is closed: its key leaves this process's memory until someone unlocks it.
    EncryptedFile::lock(path);
    if (progress)
        progress(int(scopedTables().size()) + 1, int(scopedTables().size()) + 1);
    logging::get("app")->info("field copy taken for worker {}: {} families, {} foster families",
                              workerId, report->families, report->fosterFamilies);
    return report;
}

} // namespace opieka
