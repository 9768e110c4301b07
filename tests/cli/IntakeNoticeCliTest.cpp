// `placement notice`: a notice of an emergency intake sent after the intake was recorded (issue
// 19, art. 58 ust. 3) closes its deadline; `placement list` gives the placement's id.
#include "CliFixture.h"
#include "PastDates.h"
#include "Pesel.h"

#include <QDate>
#include <gtest/gtest.h>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {
const QString kChild = QStringLiteral("Ala Fikcyjna");

class IntakeNoticeCliTest : public CliTest
{
protected:
    // A child taken in by the emergency family 1 three days ago, no notice recorded.
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
        const QString pesel = opieka::Pesel::compose(QDate(2020, 5, 5), 123, opieka::Sex::Female);
        importData(QStringLiteral("foster-families"),
                   "id,name,kind,municipality,opened_on,closed_on\n"
                   "1,Pogotowie Testowe,emergency,Testowo,2019-01-01,\n");
        importData(QStringLiteral("families"),
                   "id,name,municipality,category,opened_on,closed_on\n"
                   "1,Rodzina Fikcyjna,Testowo,struggling,2019-01-01,\n");
        importData(QStringLiteral("members"),
                   QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,relation\n"
                                  "1,%1,Ala,Fikcyjna,,,child\n")
                       .arg(pesel)
                       .toUtf8());
        importData(QStringLiteral("placements"),
                   QStringLiteral("child_pesel,foster_family_id,from,to,court_order,end_reason\n"
                                  "%1,1,%2,,,\n")
                       .arg(pesel, intake.toString(Qt::ISODate))
                       .toUtf8());
        const QStringList rows = list();
        ASSERT_EQ(rows.size(), 2) << rows.join(QLatin1Char('\n')).toStdString();
        placementId = rows.at(1).section(QLatin1Char(','), 0, 0);
    }

    void importData(const QString& data, const QByteArray& csv)
    {
        const CliRun run =
            cli({QStringLiteral("import"), data, write(data + QStringLiteral(".csv"), csv)},
                asManager());
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
    }

    // `placement list` of the emergency family, CSV lines with the header.
    QStringList list()
    {
        const CliRun run = cli({QStringLiteral("placement"), QStringLiteral("list"),
                                QStringLiteral("--foster-family"), QStringLiteral("1"),
                                QStringLiteral("--format"), QStringLiteral("csv")},
                               asManager());
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The kinds of today's deadlines about the child.
    QStringList deadlineKinds()
    {
        const CliRun run = cli({QStringLiteral("report"), QStringLiteral("deadlines"),
                                QStringLiteral("--format"), QStringLiteral("csv")},
                               asManager());
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        QStringList kinds;
        for (const QString& line : run.out.split(QLatin1Char('\n')))
            if (line.section(QLatin1Char(','), 3, 3) == kChild)
                kinds << line.section(QLatin1Char(','), 2, 2);
        return kinds;
    }

    CliRun notice(const QString& placement, const QString& to, const QDate& on)
    {
        return cli({QStringLiteral("placement"), QStringLiteral("notice"),
                    QStringLiteral("--placement"), placement, QStringLiteral("--to"), to,
                    QStringLiteral("--on"), on.toString(Qt::ISODate)},
                   asManager());
    }

    const QDate today = QDate::currentDate();
    const QDate intake = today.addDays(-3);
    QString placementId;
};
} // namespace

TEST_F(IntakeNoticeCliTest, ANoticeSentTheDayAfterTheIntakeIsRecordedAndItsDeadlineGoes)
{
    EXPECT_TRUE(list().at(1).endsWith(QStringLiteral(",court starosta home_ops")))
        << list().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(deadlineKinds(), (QStringList{QStringLiteral("intake_notice_court"),
                                            QStringLiteral("intake_notice_starosta"),
                                            QStringLiteral("intake_notice_home_ops")}));

    const CliRun told = notice(placementId, QStringLiteral("home_ops"), intake.addDays(1));
    EXPECT_EQ(told.code, 0) << told.err.toStdString();
    EXPECT_TRUE(told.out.contains(QStringLiteral("home OPS"))) << told.out.toStdString();
    EXPECT_EQ(deadlineKinds(), (QStringList{QStringLiteral("intake_notice_court"),
                                            QStringLiteral("intake_notice_starosta")}))
        << "the home OPS's deadline is gone, the others stay";
    const QString row = list().at(1);
    EXPECT_EQ(row.section(QLatin1Char(','), 8, 8), intake.addDays(1).toString(Qt::ISODate))
        << row.toStdString();
    EXPECT_EQ(row.section(QLatin1Char(','), 9, 9), QStringLiteral("court starosta"));

    // The service wrote the audit record, with the day.
    const CliRun audit =
        cli({QStringLiteral("audit"), QStringLiteral("user"), QStringLiteral("kierownik"),
             QStringLiteral("--format"), QStringLiteral("csv")},
            asManager());
    ASSERT_EQ(audit.code, 0) << audit.err.toStdString();
    const QStringList records =
        audit.out.split(QLatin1Char('\n')).filter(QStringLiteral("placement.intake_notice"));
    ASSERT_EQ(records.size(), 1) << audit.out.toStdString();
    EXPECT_TRUE(records.first().contains(intake.addDays(1).toString(Qt::ISODate)))
        << records.first().toStdString();
}

TEST_F(IntakeNoticeCliTest, AWrongPlacementNoticeOrDayIsRefusedNamingWhatIsWrong)
{
    const CliRun unknown = notice(QStringLiteral("999"), QStringLiteral("court"), today);
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999"))) << unknown.err.toStdString();

    const CliRun noFamily = cli({QStringLiteral("placement"), QStringLiteral("list"),
                                 QStringLiteral("--foster-family"), QStringLiteral("99")},
                                asManager());
    EXPECT_EQ(noFamily.code, 2) << "an unknown foster family, not an empty list";
    EXPECT_TRUE(noFamily.err.contains(QStringLiteral("99"))) << noFamily.err.toStdString();

    const CliRun badName = notice(placementId, QStringLiteral("police"), today);
    EXPECT_EQ(badName.code, 2);
    EXPECT_TRUE(badName.err.contains(QStringLiteral("--to takes court, starosta or home_ops, not "
                                                    "'police'")))
        << badName.err.toStdString();

    const CliRun badDate =
        cli({QStringLiteral("placement"), QStringLiteral("notice"), QStringLiteral("--placement"),
             placementId, QStringLiteral("--to"), QStringLiteral("court"), QStringLiteral("--on"),
             QStringLiteral("2026-02-31")},
            asManager());
    EXPECT_EQ(badDate.code, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("2026-02-31"))) << badDate.err.toStdString();

    const CliRun tomorrow = notice(placementId, QStringLiteral("court"), today.addDays(1));
    EXPECT_EQ(tomorrow.code, 1) << "a day that has not come yet";
    EXPECT_TRUE(tomorrow.err.contains(opieka::localDate(today.addDays(1))))
        << tomorrow.err.toStdString();

    const CliRun early = notice(placementId, QStringLiteral("starosta"), intake.addDays(-1));
    EXPECT_EQ(early.code, 2) << "before the intake";
    EXPECT_TRUE(early.err.contains(opieka::localDate(intake)))
        << "names the intake's day: " << early.err.toStdString();

    EXPECT_EQ(deadlineKinds().size(), 3) << "nothing was recorded";

    ASSERT_EQ(notice(placementId, QStringLiteral("court"), today).code, 0);
    const CliRun again = notice(placementId, QStringLiteral("court"), intake);
    EXPECT_EQ(again.code, 1) << "the court's notice is on the record";
    EXPECT_TRUE(again.err.contains(opieka::localDate(today))) << again.err.toStdString();
    EXPECT_EQ(list().at(1).section(QLatin1Char(','), 6, 6), today.toString(Qt::ISODate))
        << "the first day stays";
}

TEST_F(IntakeNoticeCliTest, AnAccountThatCannotReachTheChildIsRefused)
{
    const QProcessEnvironment worker =
        withNewAccount(QStringLiteral("pracownik"), QStringLiteral("social_worker"),
                       QStringLiteral("haslo-pracownika-3"));
    const CliRun refused =
        cli({QStringLiteral("placement"), QStringLiteral("notice"), QStringLiteral("--placement"),
             placementId, QStringLiteral("--to"), QStringLiteral("court")},
            worker);
    EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
    EXPECT_EQ(deadlineKinds().size(), 3) << "nothing was recorded";
}
