#pragma once

#include <QDate>
#include <optional>

namespace opieka {

// The one place the services take "today" from (the domain has no clock): the computer's date,
// unless a test has set another day. Every rule of dates that "cannot be after today" asks it.
class Clock
{
public:
    static QDate today() { return fixedDay().value_or(QDate::currentDate()); }

    // For tests: today() answers `day` from now on; none gives the computer's date back.
    static void setToday(std::optional<QDate> day) { fixedDay() = day; }

private:
    static std::optional<QDate>& fixedDay()
    {
        static std::optional<QDate> day;
        return day;
    }
};

// Sets today for as long as it lives (a test's scope), then gives the computer's date back.
class ScopedToday
{
public:
    explicit ScopedToday(const QDate& day) { Clock::setToday(day); }
    ~ScopedToday() { Clock::setToday(std::nullopt); }
    ScopedToday(const ScopedToday&) = delete;
    ScopedToday& operator=(const ScopedToday&) = delete;
};

} // namespace opieka
