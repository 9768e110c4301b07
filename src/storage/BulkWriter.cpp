#include "BulkWriter.h"

#include "BlockingKey.h"
#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlError>

namespace opieka {
namespace {
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

// The id an "INSERT ... RETURNING id" statement gave back; the statement is then ready to run
// again.
Result<qint64> returnedId(const Result<QSqlQuery*>& q, const QString& notSaved)
{
    if (!q)
        return q.error();
    if (!(*q)->next())
        return storageError(notSaved);
    const qint64 id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

// SQLite's page cache for the writer's lifetime: the indexes of a voivodeship (members' PESEL
// numbers above all) are written in no order, and with the default 2 MB cache every insert would
// go to the disk for its index page.
const QString kBulkCache = QStringLiteral("PRAGMA cache_size = -262144"); // 256 MB
const QString kDefaultCache = QStringLiteral("PRAGMA cache_size = -2000");
} // namespace

BulkWriter::BulkWriter(Database& database)
    : m_database(database)
{
    if (m_database.dialect().isSqlite())
        (void)sql::run(m_database, kBulkCache);
}

BulkWriter::~BulkWriter()
{
    m_statements = {};
    if (m_database.dialect().isSqlite())
        (void)sql::run(m_database, kDefaultCache);
}

Result<QSqlQuery*> BulkWriter::run(Statement which, const QString& text,
                                   const QList<QVariant>& values)
{
    auto& statement = m_statements[static_cast<std::size_t>(which)];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_database.connection());
        statement->setForwardOnly(true);
        if (!statement->prepare(text)) {
            const QString message = statement->lastError().text();
            statement.reset();
            return storageError(
                QCoreApplication::translate("Database", "Database error: %1").arg(message));
        }
    }
    for (int i = 0; i < values.size(); ++i)
        statement->bindValue(i, values[i]);
    if (Status s = sql::exec(m_database, *statement); !s)
        return s.error();
    return statement.get();
}

Status BulkWriter::addFamily(const Family& f, const QString& searchText)
{
    auto q =
        run(FamilyInsert,
            QStringLiteral("INSERT INTO families (id, case_number, name, municipality, "
                           "category, opened_on, closed_on, address, close_reason, "
                           "search_text, address_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"),
            {f.id, sql::text(f.caseNumber), f.name, f.municipality, needCategoryName(f.category),
             sql::date(f.openedOn), sql::date(f.closedOn), sql::text(f.address),
             sql::text(f.closeReason), searchText, familyAddressKey(f.address)});
    return q ? Status() : Status(q.error());
}

Result<qint64> BulkWriter::addMember(const Member& m)
{
    auto q = run(MemberInsert,
                 QStringLiteral("INSERT INTO members (family_id, first_name, last_name, pesel, "
                                "birth_date, sex, relation, name_key) VALUES (?, ?, ?, ?, ?, ?, "
                                "?, ?) RETURNING id"),
                 {m.familyId, m.firstName, m.lastName, sql::text(m.pesel), sql::date(m.birthDate),
                  m.sex ? QVariant(sexName(*m.sex)) : nullText(), relationName(m.relation),
                  personNameKey(m.firstName, m.lastName)});
    return returnedId(q, QCoreApplication::translate("Database", "The member was not saved."));
}

Result<qint64> BulkWriter::addContact(const Contact& c)
{
    auto q = run(ContactInsert,
                 QStringLiteral("INSERT INTO contacts (family_id, worker_id, contact_date, "
                                "contact_time, kind, present, notes, next_step, next_step_due) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {c.familyId, c.workerId, sql::date(c.date),
                  c.time ? QVariant(c.time->toString(QStringLiteral("HH:mm"))) : nullText(),
                  contactKindName(c.kind), sql::text(c.present), sql::text(c.notes),
                  sql::text(c.nextStep), sql::date(c.nextStepDue)});
    return returnedId(q, QCoreApplication::translate("Database", "The contact was not saved."));
}

Status BulkWriter::addAssignment(const Assignment& a)
{
    const bool family = a.caseRef.kind == CaseKind::Family;
    auto q = run(AssignmentInsert,
                 QStringLiteral("INSERT INTO assignments (worker_id, family_id, "
                                "foster_family_id, from_date, to_date, override_reason) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {a.workerId, family ? QVariant(a.caseRef.id) : nullId(),
                  family ? nullId() : QVariant(a.caseRef.id), sql::date(a.from), sql::date(a.to),
                  sql::text(a.overrideReason)});
    return q ? Status() : Status(q.error());
}

Status BulkWriter::addCategoryChange(qint64 familyId, const QDate& on, NeedCategory category,
                                     const QString& changedBy)
{
    auto q = run(CategoryInsert,
                 QStringLiteral("INSERT INTO category_changes (family_id, changed_on, "
                                "old_category, new_category, changed_by) VALUES (?, ?, ?, ?, ?)"),
                 {familyId, sql::date(on), nullText(), needCategoryName(category), changedBy});
    return q ? Status() : Status(q.error());
}

Status BulkWriter::addPlacement(const Placement& p)
{
    auto q =
        run(PlacementInsert,
            QStringLiteral("INSERT INTO placements (child_member_id, foster_family_id, "
                           "institution, from_date, to_date, basis, court_order, "
                           "court_order_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.childMemberId, p.fosterFamilyId ? QVariant(*p.fosterFamilyId) : nullId(),
             sql::text(p.institution), sql::date(p.from), sql::date(p.to),
             placementBasisName(p.basis), sql::text(p.courtOrder), sql::date(p.courtOrderDate)});
    return q ? Status() : Status(q.error());
}

Status BulkWriter::addTeamLink(qint64 familyId, qint64 workerId, const QDate& from)
{
    auto q = run(TeamLinkInsert,
                 QStringLiteral("INSERT INTO team_links (family_id, worker_id, from_date) "
                                "VALUES (?, ?, ?)"),
                 {familyId, workerId, sql::date(from)});
    return q ? Status() : Status(q.error());
}

} // namespace opieka
