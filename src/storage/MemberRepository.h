#pragma once

#include "Member.h"
#include "Repository.h"
#include "Result.h"

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
};

} // namespace opieka
