#include "FamilyRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kFamilyColumns =
    QStringLiteral("id, case_number, name, municipality, category, opened_on, closed_on");
const QString kFosterColumns = QStringLiteral("id, name, kind, municipality, opened_on, closed_on");

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
    return f;
}

// The WHERE clause and its values for a families list query.
QString whereClause(const FamilyQuery& query, QList<QVariant>& values)
{
    QStringList conditions;
    if (!query.text.trimmed().isEmpty()) {
        const QString pattern = sql::likePattern(query.text.trimmed());
        conditions << QStringLiteral("(name LIKE ? ESCAPE '\\' OR case_number LIKE ? ESCAPE '\\' "
                                     "OR municipality LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern;
    }
    if (query.openOnly)
        conditions << QStringLiteral("closed_on IS NULL");
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
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {f.id, sql::text(f.caseNumber), f.name, f.municipality,
                     needCategoryName(f.category), sql::date(f.openedOn), sql::date(f.closedOn)});
}

Result<std::optional<Family>> FamilyRepository::find(qint64 id)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kFamilyColumns +
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

Result<QList<Family>> FamilyRepository::page(const FamilyQuery& query)
{
    QList<QVariant> values;
    const QString text = QStringLiteral("SELECT ") + kFamilyColumns +
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
    auto q = sql::run(m_database, QStringLiteral("SELECT ") + kFamilyColumns +
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
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"),
                    {f.id, f.name, fosterFamilyKindName(f.kind), f.municipality,
                     sql::date(f.openedOn), sql::date(f.closedOn)});
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

} // namespace opieka
