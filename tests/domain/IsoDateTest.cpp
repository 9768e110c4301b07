#include "IsoDate.h"

#include <gtest/gtest.h>

using namespace opieka;

TEST(IsoDate, AcceptsOnlyRealCalendarDatesInIsoForm)
{
    EXPECT_EQ(parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2023-02-29")).has_value());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2024-13-01")).has_value());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("01.02.2024")).has_value());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2024-2-1")).has_value());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2024-02-01T00:00")).has_value());
    EXPECT_FALSE(parseIsoDate(QString()).has_value());
    EXPECT_EQ(isoDate(QDate(2024, 3, 5)), QStringLiteral("2024-03-05"));
    EXPECT_EQ(isoDate(std::optional<QDate>()), QString());
}
