#include "MemberRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kColumns =
    QStringLiteral("id, family_id, first_name, last_name, pesel, birth_date, sex, relation");
const QString kRead = kColumns + QStringLiteral(", row_version");

Member fromRow(const QSqlQuery& q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.familyId = q.value(1).toLongLong();
    m.firstName = q.value(2).toString();
    m.lastName = q.value(3).toString();
    m.pesel = q.value(4).toString();
    m.birthDate = sql::optionalDate(q.value(5));
    if (!q.value(6).isNull())
        m.sex = parseSex(q.value(6).toString());
    m.relation = parseRelation(q.value(7).toString()).value_or(Relation::Other);
    m.rowVersion = q.value(8).toInt();
    return m;
}

sql::Table<Member> members(const Database& database)
{
    return {database, QStringLiteral("members"), kRead, fromRow};
}

QVariant sexValue(const std::optional<Sex>& sex)
{
    return sex ? QVariant(sexName(*sex)) : QVariant(QMetaType::fromType<QString>());
}
} // namespace

Result<qint64> MemberRepository::insert(const Member& m)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO members (family_id, first_name, last_name, pesel, "
                                "birth_date, sex, relation) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                "RETURNING id"),
                 {m.familyId, m.firstName, m.lastName, sql::text(m.pesel), sql::date(m.birthDate),
                  sexValue(m.sex), relationName(m.relation)}),
        QT_TRANSLATE_NOOP("Database", "The member was not saved."));
}

Status MemberRepository::update(const Member& m)
{
    return sql::updatedOrConflict(
        sql::run(m_database,
                 QStringLiteral("UPDATE members SET first_name = ?, last_name = ?, pesel = ?, "
                                "birth_date = ?, sex = ?, relation = ?, row_version = "
                                "row_version + 1 WHERE id = ? AND row_version = ?"),
                 {m.firstName, m.lastName, sql::text(m.pesel), sql::date(m.birthDate),
                  sexValue(m.sex), relationName(m.relation), m.id, m.rowVersion}),
        QT_TRANSLATE_NOOP("Database",
                          "The member's details were changed elsewhere since they were read."));
}

Status MemberRepository::remove(qint64 id)
{
    return sql::run(m_database, QStringLiteral("DELETE FROM members WHERE id = ?"), {id});
}

Result<std::optional<Member>> MemberRepository::find(qint64 id)
{
    return members(m_database).find(id);
}

Result<std::optional<Member>> MemberRepository::findByPesel(const QString& pesel)
{
    return members(m_database).first(QStringLiteral("WHERE pesel = ?"), {pesel});
}

Result<QList<Member>> MemberRepository::forFamily(qint64 familyId)
{
    return members(m_database).list(QStringLiteral("WHERE family_id = ? ORDER BY id"), {familyId});
}

Status MemberRepository::forEach(const std::function<bool(const Member&)>& visit)
{
    return members(m_database).each(QStringLiteral("ORDER BY family_id, id"), visit);
}

} // namespace opieka
