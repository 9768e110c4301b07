#include "Chronology.h"

#include "EnumNames.h"

#include <algorithm>

namespace opieka {
namespace {
constexpr EnumNames<ChronologyKind, 8> kKinds{{{
    {ChronologyKind::CaseOpened, "case_opened"},
    {ChronologyKind::CaseClosed, "case_closed"},
    {ChronologyKind::Contact, "contact"},
    {ChronologyKind::CategoryChange, "category_change"},
    {ChronologyKind::Assignment, "assignment"},
    {ChronologyKind::BlueCard, "blue_card"},
    {ChronologyKind::Plan, "plan"},
    {ChronologyKind::Placement, "placement"},
}}};
} // namespace

QString chronologyKindName(ChronologyKind kind)
{
    return kKinds.name(kind);
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
