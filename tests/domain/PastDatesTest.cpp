#include "PastDates.h"

#include "Member.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace opieka;

namespace {
// The Polish format for the length of a test.
class PolishDates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previous = QLocale();
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
    }
    void TearDown() override { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};
} // namespace

TEST_F(PolishDates, WhatHasHappenedCannotLieAfterToday)
{
    const QDate today(2026, 12, 6);
    EXPECT_TRUE(PastDates::notAfterToday(PastEvent::PlanAgreed, today, today).ok());
    EXPECT_TRUE(PastDates::notAfterToday(PastEvent::PlanAgreed, today.addDays(-400), today).ok());
    const Status ahead =
        PastDates::notAfterToday(PastEvent::PlanAgreed, QDate(2026, 12, 15), today);
    ASSERT_FALSE(ahead.ok());
    EXPECT_EQ(ahead.error().kind, ErrorKind::Refused);
    EXPECT_EQ(
        ahead.error().message,
        QStringLiteral("The plan cannot be agreed on a day that has not come yet: 15.12.2026."));
    EXPECT_TRUE(PastDates::notAfterToday(PastEvent::CaseOpened, today.addDays(1), today)
                    .error()
                    .message.contains(QStringLiteral("07.12.2026")));
}

TEST_F(PolishDates, TheFormatHasTwoDigitDaysAndMonthsAndFourDigitYears)
{
    EXPECT_EQ(localDateFormat(), QStringLiteral("dd.MM.yyyy"));
    EXPECT_EQ(localDate(QDate(2027, 3, 1)), QStringLiteral("01.03.2027"));
    EXPECT_TRUE(localDate(QDate()).isEmpty());
}

TEST(FirstNames, AWomansNameEndsInAButSomeMensDoToo)
{
    for (const char* name : {"Zofia", "anna", " Ola ", "Anna Maria", "Ewa-Maria"})
        EXPECT_TRUE(firstNameReadsFemale(QString::fromUtf8(name))) << name;
    for (const char* name : {"Kuba", "Barnaba", "BONAWENTURA", "Kosma", "Jan", "Zbigniew", "a", ""})
        EXPECT_FALSE(firstNameReadsFemale(QString::fromUtf8(name))) << name;
}
