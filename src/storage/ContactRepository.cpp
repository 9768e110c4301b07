#include "ContactRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
// "HH:mm", NULL when the time was not noted.
sql::Column<Contact> timeColumn()
{
    return {QStringLiteral("contact_time"),
            [](const Contact& c) {
                return c.time ? QVariant(c.time->toString(QStringLiteral("HH:mm")))
                              : QVariant(QMetaType::fromType<QString>());
            },
            [](Contact& c, const QVariant& value) {
                if (value.isNull())
                    return;
                const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
                if (time.isValid())
                    c.time = time;
            }};
}

const sql::Columns<Contact> kContacts{
    QStringLiteral("contacts"),
    {sql::column("id", &Contact::id),
     sql::column("family_id", &Contact::familyId, sql::Written::OnInsert),
     sql::column("worker_id", &Contact::workerId), sql::column("contact_date", &Contact::date),
     timeColumn(),
     sql::named("kind", &Contact::kind, contactKindName, parseContactKind, ContactKind::HomeVisit),
     sql::optionalText("present", &Contact::present), sql::optionalText("notes", &Contact::notes),
     sql::optionalText("next_step", &Contact::nextStep),
     sql::column("next_step_due", &Contact::nextStepDue)}};
} // namespace

template <> const sql::Columns<Contact>& TableRepository<Contact>::columns()
{
    return kContacts;
}
template class TableRepository<Contact>;

Result<qint64> ContactRepository::insert(const Contact& c)
{
    return kContacts.insertReturningId(m_database, c,
                                       QT_TRANSLATE_NOOP("Database", "The contact was not saved."));
}

Result<QList<Contact>> ContactRepository::forFamily(qint64 familyId)
{
    return kContacts.table(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY contact_date DESC, contact_time DESC, "
                             "id DESC"),
              {familyId});
}

Status ContactRepository::forEach(const std::function<bool(const Contact&)>& visit)
{
    return kContacts.table(m_database).each(QStringLiteral("ORDER BY id"), visit);
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
