#pragma once

#include "Repository.h"
#include "Result.h"

#include <optional>

namespace opieka {

namespace sql {
template <typename T> class Columns;
}

// A repository of one table whose columns are bound to the fields of T (sql::Columns): the
// members such repositories share. Each one's .cpp defines columns() for its T and instantiates
// the class (the members are defined in SqlColumns.h).
template <typename T> class TableRepository : public Repository
{
public:
    using Repository::Repository;

    Result<std::optional<T>> find(qint64 id);
    // Writes the fields of the row with this id, all but those fixed once it was inserted.
    Status update(const T& row);

protected:
    static const sql::Columns<T>& columns();
};

} // namespace opieka
