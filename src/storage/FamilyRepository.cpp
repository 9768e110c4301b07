#include "FamilyRepository.h"

#include "CaseReachQuery.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "TextFolding.h"

namespace opieka {
namespace {
const QString kFamilyColumns = QStringLiteral(
    "id, case_number, name, municipality, category, opened_on, closed_on, address, close_reason");
// What is read: the columns and the row version (which only the database sets).
const QString kFamilyRead = kFamilyColumns + QStringLiteral(", row_version");
const QString kFosterColumns = QStringLiteral(
    "id, name, kind, municipality, opened_on, closed_on, carers, address, qualified_on, training, "
    "capacity, health_certificate_on, psychologist_opinion_on");

Family familyFromRow(const QSqlQuery& q)
{
    Family f;
    f.id = q.value(0).toLongLong();
    f.caseNumber = q.value(1).toString();
    f.name = q.value(2).toString();
    f.municipality = q.value(3).toString();
    f.category = parseNeedCategory(q.value(4).toString()).value_or(NeedCategory::Coping);
    f.openedOn = sql::requiredDate(q.value(5));
    f.closedOn = sql::optionalDate(q.value(6));
    f.address = q.value(7).toString();
    f.closeReason = q.value(8).toString();
    f.rowVersion = q.value(9).toInt();
    return f;
}

FosterFamily fosterFromRow(const QSqlQuery& q)
{
    FosterFamily f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.kind = parseFosterFamilyKind(q.value(2).toString()).value_or(FosterFamilyKind::Kinship);
    f.municipality = q.value(3).toString();
    f.openedOn = sql::requiredDate(q.value(4));
    f.closedOn = sql::optionalDate(q.value(5));
    f.carers = q.value(6).toString();
    f.address = q.value(7).toString();
    f.qualifiedOn = sql::optionalDate(q.value(8));
    f.training = q.value(9).toString();
    if (!q.value(10).isNull())
        f.capacity = q.value(10).toInt();
    f.healthCertificateOn = sql::optionalDate(q.value(11));
    f.psychologistOpinionOn = sql::optionalDate(q.value(12));
    return f;
}

QList<QVariant> fosterValues(const FosterFamily& f)
{
    return {f.name,
            fosterFamilyKindName(f.kind),
            f.municipality,
            sql::date(f.openedOn),
            sql::date(f.closedOn),
            sql::text(f.carers),
            sql::text(f.address),
            sql::date(f.qualifiedOn),
            sql::text(f.training),
            f.capacity ? QVariant(*f.capacity) : QVariant(QMetaType::fromType<int>()),
            sql::date(f.healthCertificateOn),
            sql::date(f.psychologistOpinionOn)};
}

// The WHERE clause and its values for a families list query.
QString whereClause(const FamilyQuery& query, QList<QVariant>& values)
{
    QStringList conditions;
    // Every word typed must appear somewhere in the folded text (names, case number, PESEL...).
    for (const QString& word :
         foldForSearch(query.text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        values << sql::likePattern(word);
    }
    if (query.openOnly)
        conditions << QStringLiteral("closed_on IS NULL");
    if (query.scope == FamilyQuery::Scope::Nothing)
        conditions << QStringLiteral("1 = 0");
    else if (query.scope == FamilyQuery::Scope::WorkerReach)
        conditions << CaseReachQuery::familyCondition(QStringLiteral("id"), query.reachOfWorker,
                                                      query.reachDay, values);
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderClause(const FamilyQuery& query)
{
    QString column;
    switch (query.sort) {
    case FamilyQuery::Sort::Id:
        column = QStringLiteral("id");
        break;
    case FamilyQuery::Sort::Name:
        column = QStringLiteral("name");
        break;
    case FamilyQuery::Sort::Municipality:
        column = QStringLiteral("municipality");
        break;
    case FamilyQuery::Sort::Category:
        column = QStringLiteral("category");
        break;
    case FamilyQuery::Sort::OpenedOn:
        column = QStringLiteral("opened_on");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction;
}

} // namespace

Status FamilyRepository::insert(const Family& f)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO families (") + kFamilyColumns +
                        QStringLiteral(", search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {f.id, sql::text(f.caseNumber), f.name, f.municipality,
                     needCategoryName(f.category), sql::date(f.openedOn), sql::date(f.closedOn),
                     sql::text(f.address), sql::text(f.closeReason),
                     foldForSearch(f.name + QLatin1Char(' ') + f.caseNumber + QLatin1Char(' ') +
                                   f.municipality)});
}

Status FamilyRepository::update(const Family& f)
{
    auto q =
        sql::run(m_database,
                 QStringLiteral("UPDATE families SET case_number = ?, name = ?, municipality = ?, "
                                "category = ?, opened_on = ?, closed_on = ?, address = ?, "
                                "close_reason = ?, row_version = row_version + 1 WHERE id = ? "
                                "AND row_version = ?"),
                 {sql::text(f.caseNumber), f.name, f.municipality, needCategoryName(f.category),
                  sql::date(f.openedOn), sql::date(f.closedOn), sql::text(f.address),
                  sql::text(f.closeReason), f.id, f.rowVersion});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return refused(QCoreApplication::translate(
            "Database", "The family's record was changed elsewhere since it was read."));
    return refreshSearchText(f.id);
}

Result<qint64> FamilyRepository::nextId()
{
    auto q = sql::run(m_database, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM families"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 1;
}

Status FamilyRepository::refreshSearchText(qint64 id)
{
    auto family = sql::run(m_database,
                           QStringLiteral("SELECT name, case_number, municipality FROM families "
                                          "WHERE id = ?"),
                           {id});
    if (!family)
        return family.error();
    if (!family->next())
        return {};
    QStringList parts{family->value(0).toString(), family->value(1).toString(),
                      family->value(2).toString()};
    auto members = sql::run(m_database,
                            QStringLiteral("SELECT first_name, last_name, pesel FROM members "
                                           "WHERE family_id = ? ORDER BY id"),
                            {id});
    if (!members)
        return members.error();
    while (members->next())
        parts << members->value(0).toString() << members->value(1).toString()
              << members->value(2).toString();
    return sql::run(m_database, QStringLiteral("UPDATE families SET search_text = ? WHERE id = ?"),
                    {foldForSearch(parts.join(QLatin1Char(' '))), id});
}

Result<int> FamilyRepository::refreshMissingSearchText()
{
    auto q = sql::run(m_database, QStringLiteral("SELECT id FROM families WHERE search_text = ''"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : ids)
        if (Status s = refreshSearchText(id); !s)
            return s.error();
    return static_cast<int>(ids.size());
}

Result<std::optional<Family>> FamilyRepository::find(qint64 id)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kFamilyRead +
                          QStringLiteral(" FROM families WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Family>();
    return std::optional<Family>(familyFromRow(*q));
}

Result<bool> FamilyRepository::exists(qint64 id)
{
    auto q = sql::run(m_database, QStringLiteral("SELECT 1 FROM families WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next();
}

Result<std::optional<qint64>> FamilyRepository::idByCaseNumber(const QString& caseNumber)
{
    auto q = sql::run(m_database, QStringLiteral("SELECT id FROM families WHERE case_number = ?"),
                      {caseNumber});
    if (!q)
        return q.error();
    return q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
}

Result<QList<Family>> FamilyRepository::page(const FamilyQuery& query)
{
    QList<QVariant> values;
    const QString text = QStringLiteral("SELECT ") + kFamilyRead +
                         QStringLiteral(" FROM families") + whereClause(query, values) +
                         orderClause(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    auto q = sql::run(m_database, text, values);
    if (!q)
        return q.error();
    QList<Family> list;
    while (q->next())
        list << familyFromRow(*q);
    return list;
}

Result<FamilyPage> FamilyRepository::pageAndMore(const FamilyQuery& query)
{
    FamilyQuery oneMore = query;
    oneMore.limit = query.limit + 1;
    auto rows = page(oneMore);
    if (!rows)
        return rows.error();
    FamilyPage result;
    result.more = rows->size() > query.limit;
    if (result.more)
        rows->removeLast();
    result.families = std::move(*rows);
    return result;
}

Result<int> FamilyRepository::count(const FamilyQuery& query)
{
    QList<QVariant> values;
    const QString text =
        QStringLiteral("SELECT COUNT(*) FROM families") + whereClause(query, values);
    auto q = sql::run(m_database, text, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status FamilyRepository::forEach(const std::function<bool(const Family&)>& visit)
{
    auto q = sql::run(m_database, QStringLiteral("SELECT ") + kFamilyRead +
                                      QStringLiteral(" FROM families ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next())
        if (!visit(familyFromRow(*q)))
            break;
    return {};
}

Status FosterFamilyRepository::insert(const FosterFamily& f)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO foster_families (") + kFosterColumns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    QList<QVariant>{f.id} + fosterValues(f));
}

Status FosterFamilyRepository::update(const FosterFamily& f)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE foster_families SET name = ?, kind = ?, municipality = ?, "
                       "opened_on = ?, closed_on = ?, carers = ?, address = ?, "
                       "qualified_on = ?, training = ?, capacity = ?, "
                       "health_certificate_on = ?, psychologist_opinion_on = ? WHERE id = ?"),
        fosterValues(f) + QList<QVariant>{f.id});
}

Result<std::optional<FosterFamily>> FosterFamilyRepository::find(qint64 id)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kFosterColumns +
                          QStringLiteral(" FROM foster_families WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<FosterFamily>();
    return std::optional<FosterFamily>(fosterFromRow(*q));
}

Result<bool> FosterFamilyRepository::exists(qint64 id)
{
    auto q =
        sql::run(m_database, QStringLiteral("SELECT 1 FROM foster_families WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next();
}

Status FosterFamilyRepository::forEach(const std::function<bool(const FosterFamily&)>& visit)
{
    auto q = sql::run(m_database, QStringLiteral("SELECT ") + kFosterColumns +
                                      QStringLiteral(" FROM foster_families ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next())
        if (!visit(fosterFromRow(*q)))
            break;
    return {};
}

Result<QList<FosterFamily>> FosterFamilyRepository::all()
{
    QList<FosterFamily> list;
    if (Status s = forEach([&](const FosterFamily& f) {
            list << f;
            return true;
        });
        !s)
        return s.error();
    return list;
}

} // namespace opieka
