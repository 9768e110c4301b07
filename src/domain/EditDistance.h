#pragma once

#include <QString>

namespace opieka {

// Damerau–Levenshtein distance in its "optimal string alignment" form: the fewest insertions,
// deletions, substitutions and swaps of two neighbouring characters that turn one text into the
// other ("Szczepanki" → "Szczepanski": 1; "Nowka" → "Nowak": 1). Every character counts 1.
int damerauLevenshtein(const QString& a, const QString& b);

} // namespace opieka
