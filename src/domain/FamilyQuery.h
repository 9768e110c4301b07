#pragma once

#include <QString>

namespace opieka {

// Which page of the families list to read; sorting and filtering happen in SQL so that a
// screen never loads every row.
struct FamilyQuery
{
    enum class Sort
    {
        Id,
        Name,
        Municipality,
        Category,
        OpenedOn
    };
    QString text; // matched against name, case number and municipality
    bool openOnly = false;
    Sort sort = Sort::Id;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

} // namespace opieka
