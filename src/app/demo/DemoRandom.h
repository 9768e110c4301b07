#pragma once

#include <QDate>
#include <QtGlobal>
#include <array>
#include <cstddef>

namespace opieka {

// splitmix64: small, fast and the same on every platform (std distributions are not).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }
    // A day from `first` to `last`, both included; `first` when `last` is not after it.
    QDate dayBetween(const QDate& first, const QDate& last)
    {
        const qint64 span = first.daysTo(last);
        return span <= 0 ? first : first.addDays(below(static_cast<int>(span) + 1));
    }

private:
    quint64 m_state;
};

} // namespace opieka
