#pragma once

#include "Member.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace opieka {

class Database;

// Household members (członkowie rodziny). PESEL is optional but, when given, valid and unique;
// birth date and sex are filled from it, and an entry that contradicts it is refused.
class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    explicit MemberService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // How a member comes in: typed by a person, who must choose the sex when there is no PESEL
    // (no silent default: issue 17), or read from a file of records, where a sex the file does
    // not give stays unknown.
    enum class Entry
    {
        Typed,
        FromFile
    };

    // Checks a member without saving: the member with birth date and sex filled from the PESEL,
    // or the reason it is refused (BadInput). Used by forms to validate as the user types. A
    // PESEL already on file names the family holding it only when the signed-in account may read
    // that family.
    Result<Member> validate(const Member& member, qint64 ignoreMemberId = 0,
                            Entry entry = Entry::Typed);
    Result<qint64> add(const Member& member);
    Status update(const Member& member);
    Status remove(qint64 memberId);
    // Erases a person's data on a GDPR request (prawo do usunięcia danych): the member's record
    // goes, and the audit records about them keep only who, when and what kind of change, their
    // values blanked (the audit chain stays verifiable), and the stored content of packages
    // from partner centres that names them, with the partner plan copies that do, is replaced
    // by an erasure note (eraseFromExchange). Managers and administrators; refused
    // for a child with foster care placements, whose records the law requires to be kept.
    // Returns how many audit records were blanked.
    Result<int> erase(qint64 memberId, const QString& reason);
    Result<QList<Member>> members(qint64 familyId); // checks CaseAccess

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
