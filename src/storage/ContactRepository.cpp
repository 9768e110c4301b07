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

QVariant timeValue(const std::optional<QTime>& time)
{
    return time ? QVariant(time->toString(QStringLiteral("HH:mm")))
                : QVariant(QMetaType::fromType<QString>());
}
} // namespace

Result<qint64> ContactRepository::insert(const Contact& c)
{
    auto q =
        sql::run(m_database,
                 QStringLiteral("INSERT INTO contacts (family_id, worker_id, contact_date, "
                                "contact_time, kind, present, notes, next_step, next_step_due) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {c.familyId, c.workerId, sql::date(c.date), timeValue(c.time),
                  contactKindName(c.kind), sql::text(c.present), sql::text(c.notes),
                  sql::text(c.nextStep), sql::date(c.nextStepDue)});
    if (!q)
        return q.error();
    if (!q->next())
        return storageError(QCoreApplication::translate("Database", "The contact was not saved."));
    return q->value(0).toLongLong();
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
    auto q = sql::run(
        m_database,
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Contact>();
    return std::optional<Contact>(fromRow(*q));
}

Result<QList<Contact>> ContactRepository::forFamily(qint64 familyId)
{
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM contacts WHERE family_id = ? ORDER BY contact_date "
                                         "DESC, contact_time DESC, id DESC"),
                      {familyId});
    if (!q)
        return q.error();
    QList<Contact> list;
    while (q->next())
        list << fromRow(*q);
    return list;
}

Status ContactRepository::forEach(const std::function<bool(const Contact&)>& visit)
{
    auto q = sql::run(m_database, QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM contacts ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next())
        if (!visit(fromRow(*q)))
            break;
    return {};
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
    auto q = sql::run(m_database,
                      QStringLiteral("SELECT content FROM contact_drafts WHERE user_login = ? AND "
                                     "family_id = ?"),
                      {login, familyId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status ContactRepository::removeDraft(const QString& login, qint64 familyId)
{
    return sql::run(
        m_database,
        QStringLiteral("DELETE FROM contact_drafts WHERE user_login = ? AND family_id = ?"),
        {login, familyId});
}

} // namespace opieka
