#include "EditDistance.h"

#include <algorithm>
#include <vector>

namespace opieka {

int damerauLevenshtein(const QString& a, const QString& b)
{
    const auto n = static_cast<std::size_t>(a.size());
    const auto m = static_cast<std::size_t>(b.size());
    // Three rows are enough: a swap looks back two rows.
    std::vector<int> twoBack(m + 1);
    std::vector<int> previous(m + 1);
    std::vector<int> current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const QChar ca = a.at(static_cast<qsizetype>(i - 1));
            const QChar cb = b.at(static_cast<qsizetype>(j - 1));
            const int cost = ca == cb ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && ca == b.at(static_cast<qsizetype>(j - 2)) &&
                a.at(static_cast<qsizetype>(i - 2)) == cb)
                best = std::min(best, twoBack[j - 2] + 1);
            current[j] = best;
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

} // namespace opieka
