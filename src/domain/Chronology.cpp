#include "Chronology.h"

#include <algorithm>

namespace opieka {

QString chronologyKindName(ChronologyKind kind)
{
    switch (kind) {
    case ChronologyKind::CaseOpened:
        return QStringLiteral("case_opened");
    case ChronologyKind::CaseClosed:
        return QStringLiteral("case_closed");
    case ChronologyKind::Contact:
        return QStringLiteral("contact");
    case ChronologyKind::CategoryChange:
        return QStringLiteral("category_change");
    case ChronologyKind::Assignment:
        return QStringLiteral("assignment");
    case ChronologyKind::BlueCard:
        return QStringLiteral("blue_card");
    case ChronologyKind::Plan:
        return QStringLiteral("plan");
    case ChronologyKind::Placement:
        return QStringLiteral("placement");
    }
    return {};
}

void sortNewestFirst(QList<ChronologyEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ChronologyEntry& a, const ChronologyEntry& b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         return a.time.value_or(QTime(0, 0)) > b.time.value_or(QTime(0, 0));
                     });
}

} // namespace opieka
