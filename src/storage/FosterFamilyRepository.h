#pragma once

#include "Family.h"
#include "Repository.h"
#include "Result.h"

#include <QList>
#include <functional>
#include <optional>

namespace opieka {

// Foster families and family children's homes (rodziny zastępcze, rodzinne domy dziecka).
class FosterFamilyRepository : public Repository
{
public:
    using Repository::Repository;

    Status insert(const FosterFamily& family);
    Status update(const FosterFamily& family);
    Result<std::optional<FosterFamily>> find(qint64 id);
    Result<bool> exists(qint64 id);
    Status forEach(const std::function<bool(const FosterFamily&)>& visit);
    // Every foster family, by id (a county has hundreds).
    Result<QList<FosterFamily>> all();
};

} // namespace opieka
