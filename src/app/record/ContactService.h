#pragma once

#include "Clock.h"
#include "Contact.h"
#include "Result.h"
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
    explicit ContactService(Database& database)
        : m_database(database)
    {}

    Result<qint64> log(const User& actor, const Contact& contact,
                       const QDate& today = Clock::today());
    Status update(const User& actor, const Contact& contact, const QDate& today = Clock::today());
    // Newest first.
    Result<QList<Contact>> contacts(const User& actor, qint64 familyId); // checks CaseAccess

    // Drafts: one per account and family; saving again replaces it.
    Status saveDraft(const User& actor, const Contact& draft);
    Result<std::optional<Contact>> draft(const User& actor, qint64 familyId);
    Status discardDraft(const User& actor, qint64 familyId);

private:
    Status check(const Contact& contact, const QDate& today);

    Database& m_database;
};

} // namespace opieka
