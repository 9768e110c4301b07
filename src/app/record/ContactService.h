#pragma once

#include "Clock.h"
#include "Contact.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace opieka {

class Database;

// The visit and contact log (dziennik wizyt i kontaktów), with autosaved drafts so that nothing
// typed is lost when a window closes or the program stops.
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    explicit ContactService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<qint64> log(const Contact& contact, const QDate& today = Clock::today());
    Status update(const Contact& contact, const QDate& today = Clock::today());
    // Newest first.
    Result<QList<Contact>> contacts(qint64 familyId); // checks CaseAccess

    // Drafts: one per account and family; saving again replaces it.
    Status saveDraft(const Contact& draft);
    Result<std::optional<Contact>> draft(qint64 familyId);
    Status discardDraft(qint64 familyId);

private:
    Status check(const Contact& contact, const QDate& today);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
