#pragma once

#include "Result.h"

#include <QString>
#include <optional>
#include <utility>

namespace opieka {

// What a look-up found, its error, or bad input saying `missing` when it found nothing: the
// record a service reads before it acts on it (see Lookup for families and workers).
template <typename T> Result<T> required(Result<std::optional<T>> found, const QString& missing)
{
    if (!found)
        return found.error();
    if (!*found)
        return badInput(missing);
    return std::move(**found);
}

} // namespace opieka
