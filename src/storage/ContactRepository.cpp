#include "ContactRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kColumns =
    QStringLiteral("id, family_id, worker_id, contact_date, contact_time, kind, "
                   "present, notes, next_step, next_step_due");

Contact fromRow(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.familyId = q.value(1).toLongLong();
    c.workerId = q.value(2).toLongLong();
    c.date = sql::requiredDate(q.value(3));
    if (!q.value(4).isNull()) {
        const QTime time = QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
        if (time.isValid())
            c.time = time;
    }
    c.kind = parseContactKind(q.value(5).toString()).value_or(ContactKind::HomeVisit);
    c.present = q.value(6).toString();
    c.notes = q.value(7).toString();
    c.nextStep = q.value(8).toString();
    c.nextStepDue = sql::optionalDate(q.value(9));
    return c;
}

sql::Table<Contact> contacts(const Database& database)
{
    return {database, QStringLiteral("contacts"), kColumns, fromRow};
}

QVariant timeValue(const std::optional<QTime>& time)
{
    return time ? QVariant(time->toString(QStringLiteral("HH:mm")))
                : QVariant(QMetaType::fromType<QString>());
}
} // namespace

Result<qint64> ContactRepository::insert(const Contact& c)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO contacts (family_id, worker_id, contact_date, "
                                "contact_time, kind, present, notes, next_step, next_step_due) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {c.familyId, c.workerId, sql::date(c.date), timeValue(c.time),
                  contactKindName(c.kind), sql::text(c.present), sql::text(c.notes),
                  sql::text(c.nextStep), sql::date(c.nextStepDue)}),
        QT_TRANSLATE_NOOP("Database", "The contact was not saved."));
}

Status ContactRepository::update(const Contact& c)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE contacts SET worker_id = ?, contact_date = ?, "
                                   "contact_time = ?, kind = ?, present = ?, notes = ?, "
                                   "next_step = ?, next_step_due = ? WHERE id = ?"),
                    {c.workerId, sql::date(c.date), timeValue(c.time), contactKindName(c.kind),
                     sql::text(c.present), sql::text(c.notes), sql::text(c.nextStep),
                     sql::date(c.nextStepDue), c.id});
}

Result<std::optional<Contact>> ContactRepository::find(qint64 id)
{
    return contacts(m_database).find(id);
}

Result<QList<Contact>> ContactRepository::forFamily(qint64 familyId)
{
    return contacts(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY contact_date DESC, contact_time DESC, "
                             "id DESC"),
              {familyId});
}

Status ContactRepository::forEach(const std::function<bool(const Contact&)>& visit)
{
    return contacts(m_database).each(QStringLiteral("ORDER BY id"), visit);
}

Status ContactRepository::saveDraft(const QString& login, qint64 familyId, const QString& content,
                                    const QDateTime& savedAt)
{
    // Delete then insert: portable where an upsert's syntax is not.
    if (Status s = removeDraft(login, familyId); !s)
        return s;
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO contact_drafts (user_login, family_id, content, "
                                   "saved_at) VALUES (?, ?, ?, ?)"),
                    {login, familyId, content, savedAt.toUTC().toString(Qt::ISODate)});
}

Result<std::optional<QString>> ContactRepository::draft(const QString& login, qint64 familyId)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT content FROM contact_drafts WHERE user_login = ? "
                                        "AND family_id = ?"),
                         {login, familyId}, sql::textColumn);
}

Status ContactRepository::removeDraft(const QString& login, qint64 familyId)
{
    return sql::run(
        m_database,
        QStringLiteral("DELETE FROM contact_drafts WHERE user_login = ? AND family_id = ?"),
        {login, familyId});
}

} // namespace opieka
