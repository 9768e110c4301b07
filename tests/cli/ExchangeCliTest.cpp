// opieka-cli exchange (issue 22): an OPS and a PCPR, each its own database, pass a referral and
// its receipt as files, as their managers would from the command line.
#include "CentreCliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using opieka::test::CliRun;

namespace {

const QString header = QStringLiteral("id,direction,partner,purpose,family_id,status,created_at,"
                                      "updated_at");
const QString opsName = QStringLiteral("Ośrodek Pomocy Społecznej w Testowie");
const QString pcprName = QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie");
const QString isoTime = QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

class ExchangeCliTest : public opieka::test::CentreCliFixture
{
protected:
    // Two centres that trust each other, a manager in each, and at the OPS the family 1
    // "Rodzina Testowa" with three members.
    void SetUp() override
    {
        makeDatabases();
        makeCentres();
        makePartners();
        opsManager = managerOf(ops(), QStringLiteral("kierowniczka"));
        pcprManager = managerOf(pcpr(), QStringLiteral("koordynatorka"));
        const CliRun families = importFile(QStringLiteral("families"), QStringLiteral("f.csv"),
                                           "id,name,municipality,category,opened_on,closed_on\n"
                                           "1,Rodzina Testowa,Testowo,struggling,2024-03-01,\n",
                                           opsManager);
        ASSERT_EQ(families.code, 0) << families.err.toStdString();
        const CliRun members = importMembers(QStringLiteral("m.csv"),
                                             "1,,Anna,Testowa,1988-04-02,F,parent\n"
                                             "1,,Jan,Testowy,1986-11-20,M,parent\n"
                                             "1,,Kasia,Testowa,2016-06-15,F,child\n",
                                             opsManager);
        ASSERT_EQ(members.code, 0) << members.err.toStdString();
    }

    CliRun exchange(const QStringList& more, const QProcessEnvironment& env)
    {
        const CliRun r = cli(QStringList{QStringLiteral("exchange")} + more, env);
        printed += r.out + r.err;
        return r;
    }

    CliRun sendReferral(const QString& file)
    {
        return exchange({QStringLiteral("send"), QStringLiteral("--family"), QStringLiteral("1"),
                         QStringLiteral("--to"), pcprFingerprint, QStringLiteral("--purpose"),
                         QStringLiteral("referral"), QStringLiteral("--out"), dir.filePath(file)},
                        opsManager);
    }

    CliRun receive(const QString& file, const QProcessEnvironment& env)
    {
        return exchange({QStringLiteral("receive"), dir.filePath(file)}, env);
    }

    // The list's CSV lines, the header first.
    QStringList listed(const QProcessEnvironment& env)
    {
        const CliRun list = exchange(
            {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}, env);
        EXPECT_EQ(list.code, 0) << list.err.toStdString();
        return list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static QString idIn(const QString& out, const QString& prefix)
    {
        const QRegularExpression line(QStringLiteral("^") + prefix + QStringLiteral(" (\\d+):"),
                                      QRegularExpression::MultilineOption);
        return line.match(out).captured(1);
    }

    QByteArray read(const QString& name) const
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        return file.readAll();
    }

    QProcessEnvironment opsManager;
    QProcessEnvironment pcprManager;
    QString printed;
};

TEST_F(ExchangeCliTest, ReferralReceivedAcceptedAndItsReceiptShowsAcceptedAtTheSender)
{
    const CliRun sent = sendReferral(QStringLiteral("referral.opk"));
    ASSERT_EQ(sent.code, 0) << sent.err.toStdString();
    EXPECT_EQ(idIn(sent.out, QStringLiteral("Outbox item")), QStringLiteral("1"))
        << sent.out.toStdString();
    QStringList opsLines = listed(opsManager);
    ASSERT_EQ(opsLines.size(), 2);
    EXPECT_EQ(opsLines[0], header);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^1,out,") + pcprName +
                                   QStringLiteral(",referral,1,sent,") + isoTime +
                                   QLatin1Char(',') + isoTime + QLatin1Char('$'))
                    .match(opsLines[1])
                    .hasMatch())
        << opsLines[1].toStdString();

    const CliRun received = receive(QStringLiteral("referral.opk"), pcprManager);
    ASSERT_EQ(received.code, 0) << received.err.toStdString();
    const QString inboxId = idIn(received.out, QStringLiteral("Inbox item"));
    ASSERT_FALSE(inboxId.isEmpty()) << received.out.toStdString();
    EXPECT_TRUE(received.out.contains(opsName)) << received.out.toStdString();
    QStringList pcprLines = listed(pcprManager);
    ASSERT_EQ(pcprLines.size(), 2);
    EXPECT_TRUE(pcprLines[1].startsWith(inboxId + QStringLiteral(",in,") + opsName +
                                        QStringLiteral(",referral,,received,")))
        << pcprLines[1].toStdString();

    const CliRun accepted = exchange({QStringLiteral("accept"), inboxId}, pcprManager);
    ASSERT_EQ(accepted.code, 0) << accepted.err.toStdString();
    const QRegularExpression familyLine(QStringLiteral("accepted: family (\\d+)\\."));
    const QString familyId = familyLine.match(accepted.out).captured(1);
    ASSERT_FALSE(familyId.isEmpty()) << accepted.out.toStdString();

    // The PCPR has the family and its three members.
    const CliRun members = cli({QStringLiteral("export"), QStringLiteral("members")}, pcprManager);
    ASSERT_EQ(members.code, 0) << members.err.toStdString();
    for (const char* name : {"Anna", "Jan", "Kasia"})
        EXPECT_TRUE(members.out.contains(QString::fromUtf8(name))) << members.out.toStdString();
    EXPECT_EQ(members.out.count(QLatin1Char('\n')), 4) << members.out.toStdString();

    const CliRun receipt = exchange({QStringLiteral("receipt"), inboxId, QStringLiteral("--out"),
                                     dir.filePath(QStringLiteral("receipt.opk"))},
                                    pcprManager);
    ASSERT_EQ(receipt.code, 0) << receipt.err.toStdString();
    EXPECT_TRUE(receipt.out.contains(QStringLiteral("(accepted)"))) << receipt.out.toStdString();

    const CliRun back = receive(QStringLiteral("receipt.opk"), opsManager);
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    opsLines = listed(opsManager);
    ASSERT_GE(opsLines.size(), 2) << opsLines.join(QLatin1Char('\n')).toStdString();
    bool outboxAccepted = false;
    for (const QString& line : std::as_const(opsLines))
        outboxAccepted |= line.startsWith(QStringLiteral("1,out,") + pcprName +
                                          QStringLiteral(",referral,1,accepted,"));
    EXPECT_TRUE(outboxAccepted) << opsLines.join(QLatin1Char('\n')).toStdString();

    pcprLines = listed(pcprManager);
    bool inboxAccepted = false;
    for (const QString& line : std::as_const(pcprLines))
        inboxAccepted |=
            line.startsWith(inboxId + QStringLiteral(",in,") + opsName +
                            QStringLiteral(",referral,") + familyId + QStringLiteral(",accepted,"));
    EXPECT_TRUE(inboxAccepted) << pcprLines.join(QLatin1Char('\n')).toStdString();

    // JSON gives the same items, with the package's hash.
    const CliRun json = exchange(
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, opsManager);
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_FALSE(items.isEmpty()) << json.out.toStdString();
    for (const QJsonValue& item : items)
        EXPECT_EQ(item.toObject().value(QStringLiteral("sha256")).toString().size(), 64);

    for (const char* secret : {opsPassphrase, pcprPassphrase}) {
        EXPECT_FALSE(printed.contains(QString::fromUtf8(secret))) << secret;
        EXPECT_EQ(filesHolding(secret), QStringList()) << secret;
    }
}

TEST_F(ExchangeCliTest, ChangedRepeatedOrUnopenablePackagesStoreNothing)
{
    ASSERT_EQ(sendReferral(QStringLiteral("referral.opk")).code, 0);
    const QByteArray package = read(QStringLiteral("referral.opk"));

    // One byte changed in the middle of the sealed part (one base64 letter for another): bad
    // input, and the inbox stays empty.
    QByteArray changed = package;
    const qsizetype middle = changed.size() / 2;
    changed[middle] = changed[middle] == 'A' ? 'B' : 'A';
    write(QStringLiteral("changed.opk"), changed);
    const CliRun damaged = receive(QStringLiteral("changed.opk"), pcprManager);
    EXPECT_EQ(damaged.code, 2) << damaged.err.toStdString();
    EXPECT_EQ(listed(pcprManager), QStringList{header});

    write(QStringLiteral("notes.opk"), "Rodzina Testowa, wizyta 3.12\n");
    EXPECT_EQ(receive(QStringLiteral("notes.opk"), pcprManager).code, 2);
    EXPECT_EQ(receive(QStringLiteral("missing.opk"), pcprManager).code, 2);

    // The wrong centre passphrase: bad input, nothing stored.
    QProcessEnvironment wrong = pcprManager;
    wrong.insert(QStringLiteral("OPIEKA_CENTRE_PASSPHRASE"), QStringLiteral("nie to haslo 2026"));
    EXPECT_EQ(receive(QStringLiteral("referral.opk"), wrong).code, 2);
    EXPECT_EQ(listed(pcprManager), QStringList{header});

    // Meant for the PCPR: the OPS that sent it cannot take it in.
    EXPECT_EQ(receive(QStringLiteral("referral.opk"), opsManager).code, 1);

    ASSERT_EQ(receive(QStringLiteral("referral.opk"), pcprManager).code, 0);
    const CliRun twice = receive(QStringLiteral("referral.opk"), pcprManager);
    EXPECT_EQ(twice.code, 1) << twice.err.toStdString();
    EXPECT_EQ(listed(pcprManager).size(), 2);
}

TEST_F(ExchangeCliTest, BadCommandLinesAreBadInputAndOutputsAreChecked)
{
    const auto send = [&](const QStringList& more) {
        return exchange(QStringList{QStringLiteral("send")} + more, opsManager);
    };
    const QStringList base{QStringLiteral("--family"), QStringLiteral("1"), QStringLiteral("--to"),
                           pcprFingerprint};
    const QString out = dir.filePath(QStringLiteral("p.opk"));
    EXPECT_EQ(send(base + QStringList{QStringLiteral("--purpose"), QStringLiteral("receipt"),
                                      QStringLiteral("--out"), out})
                  .code,
              2);
    EXPECT_EQ(
        send(base + QStringList{QStringLiteral("--purpose"), QStringLiteral("referral")}).code,
        2); // no --out
    EXPECT_EQ(send(base + QStringList{QStringLiteral("--purpose"), QStringLiteral("referral"),
                                      QStringLiteral("--out"), db()})
                  .code,
              2);
    EXPECT_EQ(send(base + QStringList{QStringLiteral("--purpose"), QStringLiteral("referral"),
                                      QStringLiteral("--out"), dir.path()})
                  .code,
              2);
    // Not a partner: refused.
    EXPECT_EQ(send({QStringLiteral("--family"), QStringLiteral("1"), QStringLiteral("--to"),
                    QStringLiteral("Nieznany Ośrodek"), QStringLiteral("--purpose"),
                    QStringLiteral("referral"), QStringLiteral("--out"), out})
                  .code,
              1);
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(listed(opsManager), QStringList{header});

    EXPECT_EQ(exchange({QStringLiteral("accept"), QStringLiteral("abc")}, pcprManager).code, 2);
    EXPECT_EQ(exchange({QStringLiteral("decline"), QStringLiteral("1")}, pcprManager).code, 2);
    EXPECT_EQ(exchange({QStringLiteral("receipt"), QStringLiteral("1")}, pcprManager).code, 2);
    EXPECT_EQ(exchange({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")},
                       pcprManager)
                  .code,
              2);
    EXPECT_EQ(exchange({QStringLiteral("forward")}, pcprManager).code, 2);
}

} // namespace
