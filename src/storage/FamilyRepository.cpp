#include "FamilyRepository.h"

#include "BlockingKey.h"
#include "CaseReachQuery.h"
#include "Database.h"
#include "EnumNames.h"
#include "SqlHelpers.h"
#include "TextFolding.h"

namespace opieka {
namespace {
const QString kFamilyColumns = QStringLiteral(
    "id, case_number, name, municipality, category, opened_on, closed_on, address, close_reason");
// What is read: the columns and the row version (which only the database sets).
const QString kFamilyRead = kFamilyColumns + QStringLiteral(", row_version");

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

sql::Table<Family> families(const Database& database)
{
    return {database, QStringLiteral("families"), kFamilyRead, familyFromRow};
}

// The column each sort orders by.
constexpr EnumNames<FamilyQuery::Sort, 5> kSortColumns{{{
    {FamilyQuery::Sort::Id, "id"},
    {FamilyQuery::Sort::Name, "name"},
    {FamilyQuery::Sort::Municipality, "municipality"},
    {FamilyQuery::Sort::Category, "category"},
    {FamilyQuery::Sort::OpenedOn, "opened_on"},
}}};

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
    // Keyset paging: the rows after the cursor in the order below (sort column, then id), found
    // through the primary key or the column's index instead of reading and skipping the rows
    // before them. Row values compare column by column, as ORDER BY does, on both backends.
    if (query.after) {
        const QString comparison = query.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        if (query.sort == FamilyQuery::Sort::Id) {
            conditions << QStringLiteral("id") + comparison + QStringLiteral("?");
        } else {
            conditions << QStringLiteral("(") + kSortColumns.name(query.sort) +
                              QStringLiteral(", id)") + comparison + QStringLiteral("(?, ?)");
            values << query.after->key;
        }
        values << query.after->id;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderClause(const FamilyQuery& query)
{
    const QString column = kSortColumns.name(query.sort);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction;
}

// The list's columns only (FamilyListRow); the sort column's stored value last, for the cursor.
const QString kListColumns =
    QStringLiteral("id, case_number, name, municipality, category, opened_on, closed_on");

FamilyListRow listRowFromRow(const QSqlQuery& q)
{
    FamilyListRow row;
    row.id = q.value(0).toLongLong();
    row.caseNumber = q.value(1).toString();
    row.name = q.value(2).toString();
    row.municipality = q.value(3).toString();
    row.category = parseNeedCategory(q.value(4).toString()).value_or(NeedCategory::Coping);
    row.openedOn = sql::requiredDate(q.value(5));
    row.closedOn = sql::optionalDate(q.value(6));
    return row;
}

// The stored value of the sort column in a row: what the next page's cursor compares with.
QVariant sortKey(const FamilyListRow& row, FamilyQuery::Sort sort)
{
    switch (sort) {
    case FamilyQuery::Sort::Name:
        return row.name;
    case FamilyQuery::Sort::Municipality:
        return row.municipality;
    case FamilyQuery::Sort::Category:
        return needCategoryName(row.category);
    case FamilyQuery::Sort::OpenedOn:
        return sql::date(row.openedOn);
    case FamilyQuery::Sort::Id:
        break;
    }
    return {};
}

} // namespace

Status FamilyRepository::insert(const Family& f)
{
    OPIEKA_TRY(sql::run(m_database,
                        QStringLiteral("INSERT INTO families (") + kFamilyColumns +
                            QStringLiteral(", search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {f.id, sql::text(f.caseNumber), f.name, f.municipality,
                         needCategoryName(f.category), sql::date(f.openedOn), sql::date(f.closedOn),
                         sql::text(f.address), sql::text(f.closeReason),
                         foldForSearch(f.name + QLatin1Char(' ') + f.caseNumber + QLatin1Char(' ') +
                                       f.municipality)}));
    return storeMatchKeys(f);
}

Status FamilyRepository::storeMatchKeys(const Family& f)
{
    return sql::run(m_database, QStringLiteral("UPDATE families SET address_key = ? WHERE id = ?"),
                    {familyAddressKey(f.address), f.id});
}

Result<QList<Family>> FamilyRepository::atAddressOrAmong(const QString& addressKey,
                                                         const QList<qint64>& ids)
{
    QStringList parts;
    QList<QVariant> values;
    if (!addressKey.isEmpty()) {
        parts << QStringLiteral("SELECT id FROM families WHERE address_key = ?");
        values << addressKey;
    }
    // A family's members are few: its candidates by shared member stay a short list.
    for (qint64 id : ids) {
        parts << QStringLiteral("SELECT CAST(? AS INTEGER)"); // typed for PostgreSQL
        values << id;
    }
    if (parts.isEmpty())
        return QList<Family>{};
    return families(m_database)
        .list(QStringLiteral("WHERE id IN (") + parts.join(QStringLiteral(" UNION ")) +
                  QStringLiteral(") ORDER BY id"),
              values);
}

Result<int> FamilyRepository::fillMissingMatchKeys()
{
    QList<Family> missing;
    OPIEKA_TRY(
        families(m_database)
            // A family without an address has no key (NULL): it is not missing one, and was
            // rewritten again at every upgrade (184,375 demo families: minutes per upgrade).
            .each(QStringLiteral("WHERE address_key IS NULL AND address IS NOT NULL AND address "
                                 "<> '' ORDER BY id"),
                  [&](const Family& f) {
                      missing << f;
                      return true;
                  }));
    for (const Family& f : std::as_const(missing))
        OPIEKA_TRY(storeMatchKeys(f));
    return static_cast<int>(missing.size());
}

Status FamilyRepository::update(const Family& f)
{
    OPIEKA_TRY(sql::updatedOrConflict(
        sql::run(m_database,
                 QStringLiteral("UPDATE families SET case_number = ?, name = ?, municipality = ?, "
                                "category = ?, opened_on = ?, closed_on = ?, address = ?, "
                                "close_reason = ?, row_version = row_version + 1 WHERE id = ? "
                                "AND row_version = ?"),
                 {sql::text(f.caseNumber), f.name, f.municipality, needCategoryName(f.category),
                  sql::date(f.openedOn), sql::date(f.closedOn), sql::text(f.address),
                  sql::text(f.closeReason), f.id, f.rowVersion}),
        QT_TRANSLATE_NOOP("Database",
                          "The family's record was changed elsewhere since it was read.")));
    OPIEKA_TRY(storeMatchKeys(f));
    return refreshSearchText(f.id);
}

Result<qint64> FamilyRepository::nextId()
{
    return sql::nextId(m_database, QStringLiteral("families"));
}

Status FamilyRepository::refreshSearchText(qint64 id)
{
    const auto threeTexts = [](const QSqlQuery& q) {
        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    };
    auto family = sql::firstRow(m_database,
                                QStringLiteral("SELECT name, case_number, municipality FROM "
                                               "families WHERE id = ?"),
                                {id}, threeTexts);
    if (!family)
        return family.error();
    if (!*family)
        return {};
    QStringList parts = **family;
    auto members = sql::rows(m_database,
                             QStringLiteral("SELECT first_name, last_name, pesel FROM members "
                                            "WHERE family_id = ? ORDER BY id"),
                             {id}, threeTexts);
    if (!members)
        return members.error();
    for (const QStringList& member : *members)
        parts << member;
    return sql::run(m_database, QStringLiteral("UPDATE families SET search_text = ? WHERE id = ?"),
                    {foldForSearch(parts.join(QLatin1Char(' '))), id});
}

Result<int> FamilyRepository::refreshMissingSearchText()
{
    auto ids =
        sql::rows(m_database, QStringLiteral("SELECT id FROM families WHERE search_text = ''"), {},
                  sql::idColumn);
    if (!ids)
        return ids.error();
    for (qint64 id : *ids)
        OPIEKA_TRY(refreshSearchText(id));
    return static_cast<int>(ids->size());
}

Result<std::optional<Family>> FamilyRepository::find(qint64 id)
{
    return families(m_database).find(id);
}

Result<bool> FamilyRepository::exists(qint64 id)
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM families WHERE id = ?"), {id});
}

Result<std::optional<qint64>> FamilyRepository::idByCaseNumber(const QString& caseNumber)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT id FROM families WHERE case_number = ?"),
                         {caseNumber}, sql::idColumn);
}

Result<QList<Family>> FamilyRepository::page(const FamilyQuery& query)
{
    QList<QVariant> values;
    const QString rest =
        whereClause(query, values) + orderClause(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    return families(m_database).list(rest, values);
}

Result<FamilyPage> FamilyRepository::pageAndMore(const FamilyQuery& query)
{
    QList<QVariant> values;
    const QString text = QStringLiteral("SELECT ") + kListColumns +
                         QStringLiteral(" FROM families") + whereClause(query, values) +
                         orderClause(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << query.limit + 1 << query.offset; // one row more tells whether more follow
    auto rows = sql::rows(m_database, text, values, listRowFromRow);
    if (!rows)
        return rows.error();
    FamilyPage result;
    result.more = rows->size() > query.limit;
    if (result.more) {
        rows->removeLast();
        if (!rows->isEmpty())
            result.next = FamilyCursor{sortKey(rows->last(), query.sort), rows->last().id};
    }
    result.families = std::move(*rows);
    return result;
}

Result<int> FamilyRepository::count(const FamilyQuery& query)
{
    QList<QVariant> values;
    const QString text =
        QStringLiteral("SELECT COUNT(*) FROM families") + whereClause(query, values);
    return sql::number(m_database, text, values);
}

Status FamilyRepository::forEach(const std::function<bool(const Family&)>& visit)
{
    return families(m_database).each(QStringLiteral("ORDER BY id"), visit);
}

} // namespace opieka
