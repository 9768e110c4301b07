#pragma once

#include <QString>

namespace opieka {

// Lower case without diacritics, single-spaced, for search that forgives Polish letters and case:
// "Łódź" → "lodz", "Żółw" → "zolw".
QString foldForSearch(const QString& text);

} // namespace opieka
