#pragma once

#include "Repository.h"
#include "Result.h"

#include <QString>
#include <optional>

namespace opieka {

// The centre's settings (key and text value).
class SettingsRepository : public Repository
{
public:
    using Repository::Repository;

    Result<std::optional<QString>> value(const QString& key);
    Status setValue(const QString& key, const QString& value);
};

} // namespace opieka
