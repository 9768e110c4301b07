#pragma once

#include "Family.h"
#include "Result.h"
#include "TableRepository.h"

#include <QList>
#include <functional>
#include <optional>

namespace opieka {

// Foster families and family children's homes (rodziny zastępcze, rodzinne domy dziecka).
class FosterFamilyRepository : public TableRepository<FosterFamily>
{
public:
    using TableRepository::TableRepository;

    Status insert(const FosterFamily& family);
    Result<bool> exists(qint64 id);
    Status forEach(const std::function<bool(const FosterFamily&)>& visit);
    // Every foster family, by id (a county has hundreds).
    Result<QList<FosterFamily>> all();
};

} // namespace opieka
