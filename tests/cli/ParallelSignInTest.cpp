// Wrong passwords tried by many processes at once (issue 18, defect 5): every one checked is
// counted in the database, and the wait that follows holds for every process, the right password
// included, with a message saying how long.
#include "CliFixture.h"

#include <QProcess>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {

class ParallelSignInTest : public CliTest
{
protected:
    QProcessEnvironment as(const QString& login, const QString& password) const
    {
        return environment(signedInAs(login, password));
    }
};

TEST_F(ParallelSignInTest, TwentyWrongPasswordsAtOnceAreCountedOrWaitAndTheWaitHolds)
{
    QProcessEnvironment init;
    init.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), QStringLiteral("haslo-admina-2026"));
    ASSERT_EQ(
        cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("szefowa")}, init)
            .code,
        0);
    QProcessEnvironment admin;
    admin.insert(QStringLiteral("OPIEKA_USER"), QStringLiteral("szefowa"));
    ASSERT_NO_FATAL_FAILURE(addManagerEwa(admin));

    constexpr int kTries = 20;
    std::vector<std::unique_ptr<QProcess>> tries;
    for (int i = 0; i < kTries; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(
            as(QStringLiteral("ewa"), QStringLiteral("zgadywanie-%1").arg(i)));
        tries.push_back(std::move(process));
    }
    for (auto& process : tries) // all started before any is waited for
        process->start(QStringLiteral(OPIEKA_CLI_PATH), {QStringLiteral("verify")});
    int wrong = 0;
    int waited = 0;
    for (auto& process : tries) {
        ASSERT_TRUE(process->waitForFinished(120000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        EXPECT_NE(process->exitCode(), 0) << err.toStdString();
        if (err.contains(QStringLiteral("try again in")))
            ++waited;
        else if (err.contains(QStringLiteral("Wrong login or password")))
            ++wrong;
        else
            ADD_FAILURE() << "neither checked nor told to wait: " << err.toStdString();
    }

    const CliRun listed = cli({QStringLiteral("user"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("csv")},
                              admin);
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("ewa,manager,,yes,set,%1\n").arg(wrong)))
        << "every wrong password checked is counted (" << wrong << " checked, " << waited
        << " told to wait):\n"
        << listed.out.toStdString();
    EXPECT_EQ(wrong + waited, kTries);
    EXPECT_GE(wrong, 5) << "five failures start the wait";

    // The wait holds in another process, for the right password too, and says how long.
    QProcess right;
    right.setProcessEnvironment(as(QStringLiteral("ewa"), QStringLiteral("haslo-ewy-2026")));
    right.start(QStringLiteral(OPIEKA_CLI_PATH), {QStringLiteral("verify")});
    ASSERT_TRUE(right.waitForFinished(60000));
    const QString err = QString::fromUtf8(right.readAllStandardError());
    EXPECT_NE(right.exitCode(), 0);
    EXPECT_TRUE(err.contains(QStringLiteral("try again in"))) << err.toStdString();
}

} // namespace
