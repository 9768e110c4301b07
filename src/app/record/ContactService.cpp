#include "ContactService.h"

#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "ContactRepository.h"
#include "Database.h"
#include "EntityJson.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "PastDates.h"
#include "Permissions.h"
#include "Required.h"
#include "SqlTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace opieka {
namespace {
Contact contactFromJson(const QJsonObject& o)
{
    Contact c;
    c.familyId = o.value(QStringLiteral("family_id")).toInteger();
    c.workerId = o.value(QStringLiteral("worker_id")).toInteger();
    c.date = parseIsoDate(o.value(QStringLiteral("date")).toString()).value_or(QDate());
    const QTime time =
        QTime::fromString(o.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    if (time.isValid())
        c.time = time;
    c.kind = parseContactKind(o.value(QStringLiteral("kind")).toString())
                 .value_or(ContactKind::HomeVisit);
    c.present = o.value(QStringLiteral("present")).toString();
    c.notes = o.value(QStringLiteral("notes")).toString();
    c.nextStep = o.value(QStringLiteral("next_step")).toString();
    c.nextStepDue = parseIsoDate(o.value(QStringLiteral("next_step_due")).toString());
    return c;
}
} // namespace

Status ContactService::check(const Contact& c, const QDate& today)
{
    OPIEKA_TRY(Lookup::familyExists(m_database, c.familyId));
    OPIEKA_TRY(Lookup::workerExists(m_database, c.workerId));
    if (!c.date.isValid())
        return badInput(tr("Give the date of the contact."));
    OPIEKA_TRY(PastDates::notAfterToday(PastEvent::Contact, c.date, today));
    if (c.nextStepDue && c.nextStep.trimmed().isEmpty())
        return badInput(tr("A due date needs the next step it is for."));
    if (c.nextStepDue && *c.nextStepDue < c.date)
        return badInput(tr("The next step is due on %1, before the contact itself.")
                            .arg(localDate(*c.nextStepDue)));
    return {};
}

Result<qint64> ContactService::log(const Contact& contact, const QDate& today)
{
    const auto rule = [&] {
        return CaseAccess(m_database).mayChangeFamily(m_actor, contact.familyId);
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(check(contact, today));
        ContactRepository contacts(m_database);
        auto id = write.recordNew(contacts.insert(contact), QStringLiteral("contact.log"),
                                  QStringLiteral("contact"), toJson(contact));
        if (!id)
            return id;
        // The note is saved: its draft has done its work.
        OPIEKA_TRY(contacts.removeDraft(m_actor.login, contact.familyId));
        return id;
    });
}

Status ContactService::update(const Contact& contact, const QDate& today)
{
    const auto rule = [&] {
        return CaseAccess(m_database).mayChangeFamily(m_actor, contact.familyId);
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        ContactRepository contacts(m_database);
        auto current = required(contacts.find(contact.id),
                                tr("There is no contact with id %1.").arg(contact.id));
        if (!current)
            return current.error();
        Contact changed = contact;
        changed.familyId = current->familyId;
        OPIEKA_TRY(check(changed, today));
        OPIEKA_TRY(contacts.update(changed));
        return write.record(QStringLiteral("contact.update"), QStringLiteral("contact"), contact.id,
                            toJson(*current), toJson(changed));
    });
}

Result<QList<Contact>> ContactService::contacts(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return ContactRepository(m_database).forFamily(familyId);
}

Status ContactService::saveDraft(const Contact& draft)
{
    const QString content =
        QString::fromUtf8(QJsonDocument(toJson(draft)).toJson(QJsonDocument::Compact));
    auto transaction = SqlTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    OPIEKA_TRY(
        ContactRepository(m_database)
            .saveDraft(m_actor.login, draft.familyId, content, QDateTime::currentDateTimeUtc()));
    return transaction->commit();
}

Result<std::optional<Contact>> ContactService::draft(qint64 familyId)
{
    auto content = ContactRepository(m_database).draft(m_actor.login, familyId);
    if (!content)
        return content.error();
    if (!*content)
        return std::optional<Contact>();
    return std::optional<Contact>(
        contactFromJson(QJsonDocument::fromJson((*content)->toUtf8()).object()));
}

Status ContactService::discardDraft(qint64 familyId)
{
    return ContactRepository(m_database).removeDraft(m_actor.login, familyId);
}

} // namespace opieka
