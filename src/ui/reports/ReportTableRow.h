#pragma once

#include <QColor>
#include <QStringList>

namespace opieka::ui {

// One row of a report table as the screen shows it: texts already formatted and translated,
// an optional tint for the whole row and the id of what the row is about.
struct ReportTableRow
{
    QStringList cells;
    QColor background; // invalid: the normal background
    qint64 id = 0;
    int kind = 0; // what `id` names, e.g. a CaseKind
};

} // namespace opieka::ui
