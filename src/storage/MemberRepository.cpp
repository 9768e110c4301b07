#include "MemberRepository.h"

#include "BlockingKey.h"
#include "Database.h"
#include "SqlColumns.h"
#include "SqlHelpers.h"

#include <algorithm>

namespace opieka {
namespace {
const sql::Columns<Member> kMembers{
    QStringLiteral("members"),
    {sql::column("id", &Member::id),
     sql::column("family_id", &Member::familyId, sql::Written::OnInsert),
     sql::column("first_name", &Member::firstName), sql::column("last_name", &Member::lastName),
     sql::optionalText("pesel", &Member::pesel), sql::column("birth_date", &Member::birthDate),
     sql::optionalNamed("sex", &Member::sex, sexName, parseSex),
     sql::named("relation", &Member::relation, relationName, parseRelation, Relation::Other),
     sql::column("row_version", &Member::rowVersion, sql::Written::Never)}};
// The name key kept beside the names it is made of (schema 17).
Status storeNameKey(const Database& database, qint64 id, const Member& m)
{
    return sql::run(database, QStringLiteral("UPDATE members SET name_key = ? WHERE id = ?"),
                    {personNameKey(m.firstName, m.lastName), id});
}

// "?, ?, ?" for `count` values.
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<qint64> MemberRepository::insert(const Member& m)
{
    auto id = kMembers.insertReturningId(
        m_database, m, QT_TRANSLATE_NOOP("Database", "The member was not saved."));
    if (!id)
        return id;
    OPIEKA_TRY(storeNameKey(m_database, *id, m));
    return id;
}

Status MemberRepository::update(const Member& m)
{
    OPIEKA_TRY(sql::updatedOrConflict(
        sql::run(m_database,
                 QStringLiteral("UPDATE members SET ") + kMembers.assignments() +
                     QStringLiteral(", row_version = row_version + 1 WHERE id = ? AND "
                                    "row_version = ?"),
                 kMembers.updatedValues(m) + QList<QVariant>{m.id, m.rowVersion}),
        QT_TRANSLATE_NOOP("Database",
                          "The member's details were changed elsewhere since they were read.")));
    return storeNameKey(m_database, m.id, m);
}

Status MemberRepository::remove(qint64 id)
{
    return sql::run(m_database, QStringLiteral("DELETE FROM members WHERE id = ?"), {id});
}

Result<std::optional<Member>> MemberRepository::find(qint64 id)
{
    return kMembers.table(m_database).find(id);
}

Result<std::optional<Member>> MemberRepository::findByPesel(const QString& pesel)
{
    return kMembers.table(m_database).first(QStringLiteral("WHERE pesel = ?"), {pesel});
}

Result<QList<Member>> MemberRepository::forFamily(qint64 familyId)
{
    return kMembers.table(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY id"), {familyId});
}

Status MemberRepository::forEach(const std::function<bool(const Member&)>& visit)
{
    return kMembers.table(m_database).each(QStringLiteral("ORDER BY family_id, id"), visit);
}

Result<QList<Member>> MemberRepository::sharingKeys(const KeyQuery& keys)
{
    // One query per index (name key with birth date, birth date, PESEL) joined by UNION, which
    // also drops the rows found twice; each part can use its own index.
    QStringList parts;
    QList<QVariant> values;
    const QString select = QStringLiteral("SELECT id FROM members WHERE ");
    const auto datesIn = [&](const QList<QDate>& dates) {
        for (const QDate& date : dates)
            values << sql::date(date);
        return QStringLiteral("birth_date IN (") + placeholders(dates.size()) + QStringLiteral(")");
    };
    if (!keys.nameKey.isEmpty()) {
        values << keys.nameKey;
        if (keys.nameKeyBirthDates.isEmpty()) {
            parts << select + QStringLiteral("name_key = ?");
        } else {
            parts << select + QStringLiteral("name_key = ? AND birth_date IS NULL");
            values << keys.nameKey;
            parts << select + QStringLiteral("name_key = ? AND ") + datesIn(keys.nameKeyBirthDates);
        }
    }
    if (!keys.birthDates.isEmpty())
        parts << select + datesIn(keys.birthDates);
    if (!keys.pesel.isEmpty()) {
        parts << select + QStringLiteral("pesel = ?");
        values << keys.pesel;
    }
    if (parts.isEmpty())
        return QList<Member>{};
    return kMembers.table(m_database)
        .list(QStringLiteral("WHERE id IN (") + parts.join(QStringLiteral(" UNION ")) +
                  QStringLiteral(") ORDER BY id"),
              values);
}

Result<QList<qint64>> MemberRepository::familiesWithMember(const QString& nameKey,
                                                           const QDate& birthDate)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT DISTINCT family_id FROM members WHERE name_key = ? "
                                    "AND birth_date = ? ORDER BY family_id"),
                     {nameKey, sql::date(birthDate)}, sql::idColumn);
}

Result<QList<Member>> MemberRepository::ofFamilies(const QList<qint64>& familyIds)
{
    // In slices, well under the number of values a statement may bind.
    constexpr qsizetype kSlice = 500;
    QList<qint64> sorted = familyIds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<Member> members;
    for (qsizetype start = 0; start < sorted.size(); start += kSlice) {
        QList<QVariant> values;
        for (qint64 id : sorted.mid(start, kSlice))
            values << id;
        auto slice =
            kMembers.table(m_database)
                .list(QStringLiteral("WHERE family_id IN (") + placeholders(values.size()) +
                          QStringLiteral(") ORDER BY family_id, id"),
                      values);
        if (!slice)
            return slice.error();
        members << *slice;
    }
    return members;
}

Result<int> MemberRepository::fillMissingNameKeys()
{
    QList<Member> missing;
    OPIEKA_TRY(
        kMembers.table(m_database)
            .each(QStringLiteral("WHERE name_key IS NULL ORDER BY id"), [&](const Member& m) {
                missing << m;
                return true;
            }));
    for (const Member& m : std::as_const(missing))
        OPIEKA_TRY(storeNameKey(m_database, m.id, m));
    return static_cast<int>(missing.size());
}

} // namespace opieka
