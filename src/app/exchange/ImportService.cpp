#include "ImportService.h"

#include "AssignmentRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "BulkWriter.h"
#include "CaseloadService.h"
#include "ContactRepository.h"
#include "CsvReader.h"
#include "CsvRow.h"
#include "Database.h"
#include "EntityJson.h"
#include "ExistingDuplicates.h"
#include "FamilyRepository.h"
#include "FieldCopy.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "KnownIds.h"
#include "Logging.h"
#include "MemberRepository.h"
#include "MemberService.h"
#include "PastDates.h"
#include "Permissions.h"
#include "PlacementRepository.h"
#include "RunningOperation.h"
#include "SqlTransaction.h"
#include "WorkerRepository.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <functional>

namespace opieka {
namespace {

// Up to this many rows an import writes one audit record per row, as every other change does;
// a larger file gets one record for the whole file (data-protection.md, "Imports").
constexpr int kRowAuditLimit = 10000;

// Everything one import needs while it walks the rows.
struct ImportRun
{
    ImportRun(Database& db, const User& user, BulkWriter& bulk, KnownIds& knownFamilies,
              KnownIds& knownWorkers)
        : database(db)
        , actor(user)
        , writer(bulk)
        , families(knownFamilies)
        , workers(knownWorkers)
    {}

    Database& database;
    const User& actor;
    BulkWriter& writer;
    KnownIds& families;
    KnownIds& workers;
    QStringList errors;
    QHash<qint64, int> idsInFile; // id -> line, to name the first occurrence
    QHash<QString, QList<std::pair<QDate, std::optional<QDate>>>> periodsInFile;
    int imported = 0;
    std::optional<Error> storageFailure;
    // The audit: the rows' records while there are at most kRowAuditLimit of them.
    QString entity; // of the rows' records: worker, family, contact, ...
    QList<AuditEntry> rowAudit;
    qint64 firstId = 0;
    qint64 lastId = 0;
    // Members and families: the line each stored row came from, by its id (for the list of
    // likely duplicates the import ends with).
    bool keepLines = false;
    int line = 0;
    QHash<qint64, int> lineOf;

    bool storing() const { return errors.isEmpty() && !storageFailure; }
    void keep(Status status)
    {
        if (!status && !storageFailure)
            storageFailure = status.error();
    }
    // Counts a stored row; `values` is asked for only while rows are still audited one by one.
    void stored(const QString& rowEntity, qint64 id, const std::function<QJsonObject()>& values)
    {
        entity = rowEntity;
        firstId = imported == 0 ? id : std::min(firstId, id);
        lastId = imported == 0 ? id : std::max(lastId, id);
        ++imported;
        if (keepLines)
            lineOf.insert(id, line);
        if (imported <= kRowAuditLimit)
            rowAudit << AuditTrail::entry(actor, QStringLiteral("import"), rowEntity,
                                          QString::number(id), {}, values());
        else if (!rowAudit.isEmpty())
            rowAudit = {};
    }
};

// Duplicate ids: in the file (naming the first line) and in the database.
bool checkNewId(ImportRun& run, CsvRow& row, qint64 id, const std::function<Result<bool>()>& exists)
{
    if (const int first = run.idsInFile.value(id, 0); first > 0) {
        row.fail(ImportService::tr("id %1 appears twice in the file (first on line %2)")
                     .arg(id)
                     .arg(first));
        return false;
    }
    run.idsInFile.insert(id, row.line());
    auto found = exists();
    if (!found) {
        run.keep(found.error());
        return false;
    }
    if (*found) {
        row.fail(ImportService::tr("id %1 already exists in the database").arg(id));
        return false;
    }
    return true;
}

template <typename Enum>
std::optional<Enum> parseChoice(CsvRow& row, const QString& column,
                                std::optional<Enum> (*parse)(const QString&),
                                const QStringList& allowed)
{
    const QString value = row.text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto parsed = parse(value);
    if (!parsed)
        row.fail(ImportService::tr("%1 '%2' is not one of: %3")
                     .arg(column, CsvRow::excerpt(value), allowed.join(QStringLiteral(", "))));
    return parsed;
}

// Whether a row's reference could be looked up (else the run keeps the failure and the row is
// left); a reference that is not known fails the row with `unknown`.
bool checkKnown(ImportRun& run, CsvRow& row, const Result<bool>& exists, const QString& unknown)
{
    if (!exists) {
        run.keep(exists.error());
        return false;
    }
    if (!*exists)
        row.fail(unknown);
    return true;
}

bool checkKnownFamily(ImportRun& run, CsvRow& row, qint64 familyId)
{
    return checkKnown(run, row, run.families.contains(familyId),
                      ImportService::tr("family_id %1 is not a known family").arg(familyId));
}

// Counts the row the insert stored (see ImportRun::stored); false when the insert failed.
bool storedRow(ImportRun& run, const QString& entity, const Result<qint64>& id,
               const std::function<QJsonObject()>& values)
{
    if (!id) {
        run.keep(id.error());
        return false;
    }
    run.stored(entity, *id, values);
    return true;
}

// Inserts a row whose id the file gives (a worker, a family, a foster family) and counts it.
template <typename Repository, typename Entity>
void storeWithId(ImportRun& run, Repository& repository, const QString& entity, const Entity& e)
{
    run.keep(repository.insert(e));
    run.stored(entity, e.id, [&] { return toJson(e); });
}

// A case's new id and period (opened_on, and closed_on after it) into `c`; whether the row is
// to be stored.
template <typename Case>
bool readCase(ImportRun& run, CsvRow& row, const std::optional<qint64>& id, Case& c,
              const std::function<Result<bool>()>& exists)
{
    const auto opened = row.date(QStringLiteral("opened_on"));
    const auto closed = row.date(QStringLiteral("closed_on"), false);
    if (opened && closed && *closed <= *opened)
        row.fail(ImportService::tr("closed_on %1 is not after opened_on %2")
                     .arg(localDate(*closed), localDate(*opened)));
    if (id)
        checkNewId(run, row, *id, exists);
    if (row.failed() || !run.storing())
        return false;
    c.id = *id;
    c.openedOn = *opened;
    c.closedOn = closed;
    return true;
}

void importWorker(ImportRun& run, CsvRow& row)
{
    WorkerRepository workers(run.database);
    const auto id = row.id(QStringLiteral("id"));
    Worker w;
    w.firstName = row.text(QStringLiteral("first_name"));
    w.lastName = row.text(QStringLiteral("last_name"));
    w.unit = row.text(QStringLiteral("unit"), false);
    const auto role = parseChoice<Role>(row, QStringLiteral("role"), &parseRole, workerRoleNames());
    if (role && !isWorkerRole(*role))
        row.fail(ImportService::tr("role '%1' is not one of: %2")
                     .arg(roleName(*role), workerRoleNames().join(QStringLiteral(", "))));
    const auto fte = row.fte(QStringLiteral("fte"));
    if (id)
        checkNewId(run, row, *id, [&] { return workers.exists(*id); });
    if (row.failed() || !run.storing())
        return;
    w.id = *id;
    w.role = *role;
    w.fte = *fte;
    storeWithId(run, workers, QStringLiteral("worker"), w);
}

void importFamily(ImportRun& run, CsvRow& row)
{
    FamilyRepository families(run.database);
    const auto id = row.id(QStringLiteral("id"));
    Family f;
    f.name = row.text(QStringLiteral("name"));
    f.municipality = row.text(QStringLiteral("municipality"));
    const auto category = parseChoice<NeedCategory>(row, QStringLiteral("category"),
                                                    &parseNeedCategory, needCategoryNames());
    if (!readCase(run, row, id, f, [&] { return families.exists(*id); }))
        return;
    f.category = *category;
    storeWithId(run, families, QStringLiteral("family"), f);
}

void importFosterFamily(ImportRun& run, CsvRow& row)
{
    FosterFamilyRepository fosters(run.database);
    const auto id = row.id(QStringLiteral("id"));
    FosterFamily f;
    f.name = row.text(QStringLiteral("name"));
    const auto kind = parseChoice<FosterFamilyKind>(
        row, QStringLiteral("kind"), &parseFosterFamilyKind, fosterFamilyKindNames());
    f.municipality = row.text(QStringLiteral("municipality"));
    if (!readCase(run, row, id, f, [&] { return fosters.exists(*id); }))
        return;
    f.kind = *kind;
    storeWithId(run, fosters, QStringLiteral("foster_family"), f);
}

void importAssignment(ImportRun& run, CsvRow& row,
                      QHash<qint64, std::optional<Worker>>& workerCache)
{
    const auto workerId = row.id(QStringLiteral("worker_id"));
    const auto kind = parseChoice<CaseKind>(
        row, QStringLiteral("case_kind"), &parseCaseKind,
        {caseKindName(CaseKind::Family), caseKindName(CaseKind::FosterFamily)});
    const auto caseId = row.id(QStringLiteral("case_id"));
    const auto from = row.date(QStringLiteral("from"));
    const auto to = row.date(QStringLiteral("to"), false);
    if (from && to && *to <= *from)
        row.fail(
            ImportService::tr("to %1 is not after from %2").arg(localDate(*to), localDate(*from)));

    if (workerId) {
        if (!workerCache.contains(*workerId)) {
            auto found = WorkerRepository(run.database).find(*workerId);
            if (!found) {
                run.keep(found.error());
                return;
            }
            workerCache.insert(*workerId, *found);
        }
        const auto& worker = workerCache.value(*workerId);
        if (!worker) {
            row.fail(ImportService::tr("worker_id %1 is not a known worker").arg(*workerId));
        } else if (kind) {
            const auto expected = caseKindFor(worker->role);
            if (!expected)
                row.fail(ImportService::tr("worker %1 is a %2, who carries no cases")
                             .arg(*workerId)
                             .arg(roleName(worker->role)));
            else if (*expected != *kind)
                row.fail(
                    ImportService::tr("worker %1 is a %2, who works with case_kind %3, not %4")
                        .arg(*workerId)
                        .arg(roleName(worker->role), caseKindName(*expected), caseKindName(*kind)));
        }
    }
    if (kind && caseId &&
        !checkKnown(run, row,
                    *kind == CaseKind::Family
                        ? run.families.contains(*caseId)
                        : FosterFamilyRepository(run.database).exists(*caseId),
                    ImportService::tr("case_id %1 is not a known %2")
                        .arg(*caseId)
                        .arg(caseKindName(*kind))))
        return;
    if (row.failed())
        return;

    const CaseRef ref{*kind, *caseId};
    // Overlapping periods of the same worker and case, within the file and against the database.
    const QString key =
        QStringLiteral("%1/%2/%3").arg(*workerId).arg(caseKindName(*kind)).arg(*caseId);
    for (const auto& [otherFrom, otherTo] : run.periodsInFile.value(key))
        if ((!to || otherFrom < *to) && (!otherTo || *from < *otherTo)) {
            row.fail(
                ImportService::tr("worker %1 already has %2 %3 for part of this period in the file")
                    .arg(*workerId)
                    .arg(caseKindName(*kind))
                    .arg(*caseId));
            return;
        }
    run.periodsInFile[key] << std::make_pair(*from, to);
    auto overlap = AssignmentRepository(run.database).overlaps(*workerId, ref, *from, to);
    if (!overlap) {
        run.keep(overlap.error());
        return;
    }
    if (*overlap) {
        row.fail(
            ImportService::tr("worker %1 already has %2 %3 for part of this period in the database")
                .arg(*workerId)
                .arg(caseKindName(*kind))
                .arg(*caseId));
        return;
    }
    if (!run.storing())
        return;
    Assignment a;
    a.workerId = *workerId;
    a.caseRef = ref;
    a.from = *from;
    a.to = to;
    storedRow(run, QStringLiteral("assignment"), AssignmentRepository(run.database).insert(a),
              [&] { return toJson(a); });
}

void importMember(ImportRun& run, CsvRow& row, QSet<qint64>& touchedFamilies,
                  QHash<QString, int>& peselsInFile)
{
    const auto familyId = row.id(QStringLiteral("family_id"));
    Member m;
    m.pesel = row.text(QStringLiteral("pesel"), false);
    m.firstName = row.text(QStringLiteral("first_name"));
    m.lastName = row.text(QStringLiteral("last_name"));
    m.birthDate = row.date(QStringLiteral("birth_date"), false);
    const QString sexText = row.text(QStringLiteral("sex"), false);
    if (!sexText.isEmpty()) {
        m.sex = parseSex(sexText);
        if (!m.sex)
            row.fail(
                ImportService::tr("sex '%1' is not one of: F, M").arg(CsvRow::excerpt(sexText)));
    }
    const auto relation =
        parseChoice<Relation>(row, QStringLiteral("relation"), &parseRelation, relationNames());
    if (familyId && !checkKnownFamily(run, row, *familyId))
        return;
    if (!m.pesel.isEmpty()) {
        if (const int first = peselsInFile.value(m.pesel, 0); first > 0) {
            row.fail(ImportService::tr("PESEL %1 appears twice in the file (first on line %2)")
                         .arg(m.pesel, QString::number(first)));
            return;
        }
        peselsInFile.insert(m.pesel, row.line());
    }
    if (row.failed())
        return;
    m.familyId = *familyId;
    m.relation = *relation;
    auto valid = MemberService(Session(run.database, run.actor))
                     .validate(m, 0, MemberService::Entry::FromFile);
    if (!valid) {
        if (valid.error().kind == ErrorKind::Storage ||
            valid.error().kind == ErrorKind::ConnectionLost)
            run.keep(valid.error());
        else
            row.fail(valid.error().message);
        return;
    }
    if (!run.storing())
        return;
    if (storedRow(run, QStringLiteral("member"), MemberRepository(run.database).insert(*valid),
                  [&] { return toJson(*valid); }))
        touchedFamilies.insert(m.familyId);
}

void importVisit(ImportRun& run, CsvRow& row, const QDate& today)
{
    Contact c;
    const auto familyId = row.id(QStringLiteral("family_id"));
    const auto workerId = row.id(QStringLiteral("worker_id"));
    const auto when = row.dateTime(QStringLiteral("date"));
    const auto kind = parseChoice<ContactKind>(row, QStringLiteral("kind"), &parseContactKind,
                                               contactKindNames());
    c.notes = row.text(QStringLiteral("notes"), false);
    if (when && when->first > today)
        row.fail(ImportService::tr("date %1 is after today").arg(localDate(when->first)));
    if (familyId && !checkKnownFamily(run, row, *familyId))
        return;
    if (workerId &&
        !checkKnown(run, row, run.workers.contains(*workerId),
                    ImportService::tr("worker_id %1 is not a known worker").arg(*workerId)))
        return;
    if (row.failed() || !run.storing())
        return;
    c.familyId = *familyId;
    c.workerId = *workerId;
    c.date = when->first;
    c.time = when->second;
    c.kind = *kind;
    storedRow(run, QStringLiteral("contact"), run.writer.addContact(c), [&] { return toJson(c); });
}

void importPlacement(ImportRun& run, CsvRow& row,
                     QHash<qint64, QList<std::pair<QDate, std::optional<QDate>>>>& childPeriods)
{
    const QString pesel = row.text(QStringLiteral("child_pesel"));
    const auto fosterId = row.id(QStringLiteral("foster_family_id"));
    const auto from = row.date(QStringLiteral("from"));
    const auto to = row.date(QStringLiteral("to"), false);
    const QString courtOrder = row.text(QStringLiteral("court_order"), false);
    const QString endText = row.text(QStringLiteral("end_reason"), false);
    std::optional<PlacementEnd> end;
    if (!endText.isEmpty()) {
        end = parsePlacementEnd(endText);
        if (!end)
            row.fail(
                ImportService::tr("end_reason '%1' is not one of: %2")
                    .arg(CsvRow::excerpt(endText), placementEndNames().join(QStringLiteral(", "))));
    }
    if (from && to && *to <= *from)
        row.fail(
            ImportService::tr("to %1 is not after from %2").arg(localDate(*to), localDate(*from)));
    if (to && endText.isEmpty())
        row.fail(ImportService::tr("an ended placement needs its end_reason"));
    if (!to && !endText.isEmpty())
        row.fail(ImportService::tr("end_reason is given but the placement has no end date (to)"));
    std::optional<Member> child;
    if (!pesel.isEmpty()) {
        if (auto valid = Pesel::parse(pesel); !valid) {
            row.fail(valid.error().message);
        } else {
            auto found = MemberRepository(run.database).findByPesel(pesel);
            if (!found) {
                run.keep(found.error());
                return;
            }
            if (!*found)
                row.fail(
                    ImportService::tr("no family member has PESEL %1; import the members first")
                        .arg(pesel));
            child = *found;
        }
    }
    if (fosterId &&
        !checkKnown(
            run, row, FosterFamilyRepository(run.database).exists(*fosterId),
            ImportService::tr("foster_family_id %1 is not a known foster family").arg(*fosterId)))
        return;
    if (row.failed())
        return;
    // One placement at a time per child: within the file and against the database.
    auto existing = PlacementRepository(run.database).forChild(child->id);
    if (!existing) {
        run.keep(existing.error());
        return;
    }
    QList<std::pair<QDate, std::optional<QDate>>> periods = childPeriods.value(child->id);
    for (const Placement& p : *existing)
        periods << std::make_pair(p.from, p.to);
    for (const auto& [otherFrom, otherTo] : periods)
        if ((!to || otherFrom < *to) && (!otherTo || *from < *otherTo)) {
            row.fail(ImportService::tr(
                         "the child with PESEL %1 already has a placement for part of this period")
                         .arg(pesel));
            return;
        }
    childPeriods[child->id] << std::make_pair(*from, to);
    if (!run.storing())
        return;
    Placement p;
    p.childMemberId = child->id;
    p.fosterFamilyId = *fosterId;
    p.from = *from;
    p.to = to;
    p.endReason = end;
    p.courtOrder = courtOrder;
    p.basis = courtOrder.isEmpty() ? PlacementBasis::Emergency : PlacementBasis::CourtOrder;
    storedRow(run, QStringLiteral("placement"), PlacementRepository(run.database).insert(p), [&] {
        return QJsonObject{{QStringLiteral("child_member_id"), child->id},
                           {QStringLiteral("foster_family_id"), *fosterId},
                           {QStringLiteral("from"), isoDate(*from)},
                           {QStringLiteral("to"), isoDate(to)}};
    });
}

// Maps header names to positions; reports unknown, repeated and missing columns.
std::optional<QHash<QString, int>> readHeader(const CsvRecord& header, DataSet set,
                                              const QString& label, QStringList& errors)
{
    const ColumnSpec spec = columnsOf(set);
    // Polish Excel's "CSV": one column named "id;name;...".
    if (header.fields.size() == 1 && header.fields.front().contains(QLatin1Char(';'))) {
        errors << QStringLiteral("%1:%2: %3 %4")
                      .arg(label, QString::number(header.line), CsvReader::semicolonsHint(),
                           CsvReader::saveAsUtf8Hint());
        return std::nullopt;
    }
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!spec.all.contains(name))
            errors << ImportService::tr("%1:%2: unknown column '%3'; the columns of %4 are: %5")
                          .arg(label, QString::number(header.line),
                               CsvRow::excerpt(header.fields.at(i).trimmed()), dataSetName(set),
                               spec.all.join(QLatin1Char(',')));
        else if (columns.contains(name))
            errors << ImportService::tr("%1:%2: column '%3' appears twice")
                          .arg(label, QString::number(header.line), name);
        else
            columns.insert(name, i);
    }
    for (const QString& name : spec.all)
        if (!columns.contains(name) && !spec.optional.contains(name))
            errors << ImportService::tr("%1:%2: missing column '%3'")
                          .arg(label, QString::number(header.line), name);
    if (!errors.isEmpty())
        return std::nullopt;
    return columns;
}

Error cancelled()
{
    logging::get("app")->info("import cancelled");
    return Error{ErrorKind::Refused,
                 ImportService::tr("The import was cancelled; nothing was imported.")};
}

} // namespace

QString ImportService::duplicateLine(const QString& label, DataSet set,
                                     const ImportedDuplicate& found)
{
    const QString reasons = found.reasons.join(QLatin1Char(';'));
    if (set == DataSet::Families)
        return tr("%1:%2: likely the same as family %3 already in the register (score %4: %5)")
            .arg(label)
            .arg(found.line)
            .arg(found.existingId)
            .arg(found.score)
            .arg(reasons);
    return tr("%1:%2: likely the same as member %3 of family %4 already in the register (score "
              "%5: %6)")
        .arg(label)
        .arg(found.line)
        .arg(found.existingId)
        .arg(found.existingFamilyId)
        .arg(found.score)
        .arg(reasons);
}

Result<ImportSummary> ImportService::importFile(DataSet set, const QString& path, bool strict,
                                                const QDate& today, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importFrom(set, file, path, strict, today, progress);
}

Result<ImportSummary> ImportService::importBytes(DataSet set, const QByteArray& bytes,
                                                 const QString& label, bool strict,
                                                 const QDate& today)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(set, buffer, label, strict, today);
}

Error ImportService::refusedAttempt(DataSet set, const QString& label, const Error& refusal)
{
    // Refused before a row is read: the answer is the same whatever the file holds. The attempt
    // is recorded (who, which data set, the file's name; none of its rows), so that someone
    // trying what an import would tell about the cases leaves a trace.
    Status recorded = AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) {
        return write.record(
            QStringLiteral("import.refused"), QStringLiteral("import"), QString(), {},
            {{QStringLiteral("data_set"), dataSetName(set)}, {QStringLiteral("file"), label}});
    });
    if (!recorded)
        return recorded.error();
    logging::get("app")->warn("import of {} refused to account {}", dataSetName(set).toStdString(),
                              m_actor.id);
    return refusal;
}

Result<ImportSummary> ImportService::importFrom(DataSet set, QIODevice& device,
                                                const QString& label, bool strict,
                                                const QDate& today, const Progress& progress)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    if (Status allowed = Permissions::mayImport(m_actor, set); !allowed)
        return refusedAttempt(set, label, allowed.error());
    // The file is read once, row by row, never held whole; its hash is that of the bytes read.
    CsvReader reader(device, label);
    auto first = reader.next();
    if (!first)
        return first.error();
    if (!*first)
        return badInput(tr("%1:1: the file is empty; it needs a header row: %2")
                            .arg(label, columnsOf(set).all.join(QLatin1Char(','))));
    const CsvRecord header = std::move(**first);
    QStringList headerErrors;
    const auto columns = readHeader(header, set, label, headerErrors);
    if (!columns)
        return badInput(headerErrors.join(QLatin1Char('\n')));

    // Known to other processes while it runs: a change that waits for the write lock in vain
    // says whose import it waited for. Removed after the transaction (declared before it).
    auto running = RunningOperation::start(m_database, QStringLiteral("import"), dataSetName(set),
                                           m_actor.login);
    if (!running)
        return running.error();
    BulkWriter writer(m_database); // before the transaction: its page cache outlasts the commit
    KnownIds families(m_database, KnownIds::Table::Families);
    KnownIds workers(m_database, KnownIds::Table::Workers);
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    ImportRun run(m_database, m_actor, writer, families, workers);
    run.keepLines = set == DataSet::Members || set == DataSet::Families;
    QHash<qint64, std::optional<Worker>> workerCache;
    QSet<qint64> touchedFamilies;
    QHash<QString, int> peselsInFile;
    QHash<qint64, QList<std::pair<QDate, std::optional<QDate>>>> childPeriods;
    int badRows = 0;
    const qint64 bytesTotal = device.size();
    qint64 bytesReported = -1;
    while (!run.storageFailure) {
        // The reader takes the file a block at a time: progress moves when a block is read.
        if (progress && device.pos() != bytesReported) {
            bytesReported = device.pos();
            if (!progress(bytesReported, bytesTotal))
                return cancelled();
        }
        auto next = reader.next();
        if (!next) // a malformed file is reported alone, as when it was parsed whole
            return next.error();
        if (!*next)
            break;
        const CsvRecord& record = **next;
        CsvRow row(*columns, record, label, run.errors);
        if (record.fields.size() != header.fields.size()) {
            row.fail(tr("expected %1 fields as in the header, found %2")
                         .arg(header.fields.size())
                         .arg(record.fields.size()));
            ++badRows;
            continue;
        }
        run.line = row.line();
        switch (set) {
        case DataSet::Workers:
            importWorker(run, row);
            break;
        case DataSet::Families:
            importFamily(run, row);
            break;
        case DataSet::FosterFamilies:
            importFosterFamily(run, row);
            break;
        case DataSet::Assignments:
            importAssignment(run, row, workerCache);
            break;
        case DataSet::Members:
            importMember(run, row, touchedFamilies, peselsInFile);
            break;
        case DataSet::Visits:
            importVisit(run, row, today);
            break;
        case DataSet::Placements:
            importPlacement(run, row, childPeriods);
            break;
        }
        if (row.failed())
            ++badRows;
    }
    if (run.storageFailure)
        return *run.storageFailure;
    if (!run.errors.isEmpty())
        return badInput(run.errors.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                        tr("Nothing was imported: %n row(s) need correcting.", nullptr, badRows));

    // One record per row for a small file; for a large one a record of the file: what it was,
    // how many rows, the ids they got and the SHA-256 of its bytes (to match the file kept).
    AuditTrail audit(m_database);
    if (run.imported <= kRowAuditLimit) {
        if (Status s = audit.recordAll(run.rowAudit); !s)
            return s.error();
    } else if (Status s =
                   audit.record(m_actor, QStringLiteral("import"), run.entity, QString(), {},
                                {{QStringLiteral("file"), label},
                                 {QStringLiteral("data_set"), dataSetName(set)},
                                 {QStringLiteral("rows"), run.imported},
                                 {QStringLiteral("first_id"), run.firstId},
                                 {QStringLiteral("last_id"), run.lastId},
                                 {QStringLiteral("sha256"), QString::fromLatin1(reader.sha256())}});
               !s) {
        return s.error();
    }

    // Members' names and PESEL numbers join their families' search text.
    for (qint64 familyId : touchedFamilies)
        if (Status s = FamilyRepository(m_database).refreshSearchText(familyId); !s)
            return s.error();

    ImportSummary summary;
    summary.dataSet = set;
    summary.imported = run.imported;
    if (run.keepLines) {
        const QList<qint64> ids = run.lineOf.keys();
        auto pairs = duplicatesOfExisting(
            m_database, set == DataSet::Members ? DuplicateKind::Members : DuplicateKind::Families,
            QSet<qint64>(ids.cbegin(), ids.cend()));
        if (!pairs)
            return pairs.error();
        for (const DuplicatePair& pair : *pairs)
            summary.likelyDuplicates << ImportedDuplicate{run.lineOf.value(pair.b.id),
                                                          pair.b.id,
                                                          pair.a.id,
                                                          pair.a.familyId,
                                                          pair.score,
                                                          pair.reasons};
        if (strict && !summary.likelyDuplicates.isEmpty()) {
            QStringList lines;
            for (const ImportedDuplicate& found : std::as_const(summary.likelyDuplicates))
                lines << duplicateLine(label, set, found);
            return refused(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                           tr("%n likely duplicate(s) of records already in the register; with "
                              "--strict nothing was imported.",
                              nullptr, static_cast<int>(lines.size())));
        }
    }
    if (set == DataSet::Assignments) {
        summary.checkedOn = today;
        auto report = CaseloadService(Session(m_database, m_actor)).report(today);
        if (!report)
            return report.error();
        for (const WorkerCaseload& row : report->rows)
            if (row.load.status == LoadStatus::Over)
                ++summary.workersOverLimit;
        if (strict && summary.workersOverLimit > 0)
            return refused(tr("%n worker(s) would be over their limits on %1; with --strict "
                              "nothing was imported.",
                              nullptr, summary.workersOverLimit)
                               .arg(localDate(today)));
    }
    if (progress && !progress(bytesTotal, bytesTotal))
        return cancelled(); // the last moment to change one's mind: before the commit
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    logging::get("app")->info("imported {} rows of {}", summary.imported,
                              dataSetName(set).toStdString());
    return summary;
}

} // namespace opieka
