#pragma once

#include "Member.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <functional>
#include <optional>

namespace opieka {

// Household members (członkowie rodziny).
class MemberRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const Member& member);
    Status update(const Member& member);
    Status remove(qint64 id);
    Result<std::optional<Member>> find(qint64 id);
    // The member holding the PESEL, if any.
    Result<std::optional<Member>> findByPesel(const QString& pesel);
    Result<QList<Member>> forFamily(qint64 familyId);
    Status forEach(const std::function<bool(const Member&)>& visit);

    // Duplicate candidates through the stored keys (schema 17, BlockingKey.h), each once, in id
    // order: the members whose name key is `nameKey` and who were born on one of
    // `nameKeyBirthDates` or whose birth date is unknown (any birth date when the list is empty);
    // those born on one of `birthDates`, whatever their name; the one holding `pesel`. An empty
    // key or list leaves its part out.
    struct KeyQuery
    {
        QString nameKey;
        QList<QDate> nameKeyBirthDates;
        QList<QDate> birthDates;
        QString pesel;
    };
    Result<QList<Member>> sharingKeys(const KeyQuery& keys);
    // The families with a member of name key `nameKey` born on `birthDate`: those that may share
    // that person (the identity key of MatchFields.h implies both).
    Result<QList<qint64>> familiesWithMember(const QString& nameKey, const QDate& birthDate);
    // The members of the families `familyIds`, in family and id order.
    Result<QList<Member>> ofFamilies(const QList<qint64>& familyIds);
    // Stores the name key of members whose key is still to be filled (those from before schema
    // 17); the number filled.
    Result<int> fillMissingNameKeys();
};

} // namespace opieka
