// opieka-cli centre init | centre card, partner add | partner list (issue 22): two centres set
// up and trusting each other as their administrators would, from the command line.
#include "CentreCliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using opieka::test::CliRun;

namespace {

class CentreCliTest : public opieka::test::CentreCliFixture
{
protected:
    // Every run's output, to check that the passphrases never appear in it.
    CliRun run(const QStringList& arguments, const QProcessEnvironment& env)
    {
        const CliRun r = cli(arguments, env);
        printed += r.out + r.err;
        return r;
    }

    CliRun partner(const QStringList& more, const QProcessEnvironment& env)
    {
        return run(QStringList{QStringLiteral("partner")} + more, env);
    }

    QByteArray read(const QString& name) const
    {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        return file.readAll();
    }

    void expectNoPassphraseAnywhere()
    {
        for (const char* secret : {opsPassphrase, pcprPassphrase}) {
            EXPECT_FALSE(printed.contains(QString::fromUtf8(secret))) << secret;
            EXPECT_EQ(filesHolding(secret), QStringList()) << secret;
        }
    }

    QString printed;
};

const QString opsName = QStringLiteral("Ośrodek Pomocy Społecznej w Testowie");

TEST_F(CentreCliTest, AdministratorsMakeKeysAndTrustEachOthersCardByItsFingerprint)
{
    makeDatabases();
    const CliRun init =
        centreInit({QStringLiteral("--name"), opsName, QStringLiteral("--kind"),
                    QStringLiteral("ops"), QStringLiteral("--area"), QStringLiteral("Testowo"),
                    QStringLiteral("--regon"), QStringLiteral("123456785")},
                   ops());
    printed += init.out + init.err;
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    opsFingerprint = fingerprintIn(init.out);
    ASSERT_FALSE(opsFingerprint.isEmpty()) << init.out.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("Centre:      ") + opsName));
    EXPECT_TRUE(init.out.contains(QStringLiteral("Kind:        OPS")));
    EXPECT_TRUE(init.out.contains(QStringLiteral("Gmina:       Testowo")));
    EXPECT_TRUE(init.out.contains(QStringLiteral("REGON:       123456785")));

    // The card, written for the partner, shows the fingerprint init showed.
    const CliRun card = cardTo(QStringLiteral("ops-card.json"), ops());
    printed += card.out + card.err;
    ASSERT_EQ(card.code, 0) << card.err.toStdString();
    EXPECT_EQ(fingerprintIn(card.out), opsFingerprint);
    const QJsonObject cardJson =
        QJsonDocument::fromJson(read(QStringLiteral("ops-card.json"))).object();
    EXPECT_EQ(cardJson.value(QStringLiteral("name")).toString(), opsName);

    // The PCPR adds it and sees what the OPS's administrator reads to it over the phone.
    const CliRun pcprInit =
        centreInit({QStringLiteral("--name"),
                    QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"),
                    QStringLiteral("--kind"), QStringLiteral("pcpr"), QStringLiteral("--area"),
                    QStringLiteral("przykładowski")},
                   pcpr());
    printed += pcprInit.out + pcprInit.err;
    ASSERT_EQ(pcprInit.code, 0) << pcprInit.err.toStdString();
    EXPECT_TRUE(pcprInit.out.contains(QStringLiteral("Powiat:      przykładowski")));
    EXPECT_TRUE(pcprInit.out.contains(QStringLiteral("REGON:       (not given)")));
    EXPECT_NE(fingerprintIn(pcprInit.out), opsFingerprint);

    const CliRun added =
        partner({QStringLiteral("add"), dir.filePath(QStringLiteral("ops-card.json"))}, pcpr());
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_EQ(fingerprintIn(added.out), opsFingerprint);
    EXPECT_TRUE(added.out.contains(QStringLiteral("Centre:      ") + opsName));
    EXPECT_TRUE(added.out.contains(QStringLiteral("Gmina:       Testowo")));
    EXPECT_TRUE(added.out.contains(QStringLiteral("REGON:       123456785")));
    EXPECT_TRUE(added.out.contains(QStringLiteral("over the phone")));

    // partner list: the columns docs/cli.md fixes.
    const CliRun csv = partner(
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}, pcpr());
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << csv.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("id,name,kind,area,regon,fingerprint,added_at,added_by"));
    const QRegularExpression row(
        QStringLiteral("^1,") + QRegularExpression::escape(opsName) +
        QStringLiteral(",ops,Testowo,123456785,") + opsFingerprint +
        QStringLiteral(",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,admin$"));
    EXPECT_TRUE(row.match(lines[1]).hasMatch()) << lines[1].toStdString();

    const CliRun json = partner(
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, pcpr());
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonArray partners = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(partners.size(), 1) << json.out.toStdString();
    const QJsonObject first = partners[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("ops"));
    EXPECT_EQ(first.value(QStringLiteral("fingerprint")).toString(), opsFingerprint);

    const CliRun text = partner({QStringLiteral("list")}, pcpr());
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(opsName) && text.out.contains(opsFingerprint))
        << text.out.toStdString();

    // The OPS has no partner yet; its list is the header only.
    const CliRun none =
        partner({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}, ops());
    ASSERT_EQ(none.code, 0) << none.err.toStdString();
    EXPECT_EQ(none.out, QStringLiteral("id,name,kind,area,regon,fingerprint,added_at,added_by\n"));

    expectNoPassphraseAnywhere();
}

TEST_F(CentreCliTest, BadCommandLinesAndPassphrasesAreBadInputAndMakeNoKeys)
{
    makeDatabases();
    const QStringList details{QStringLiteral("--name"), opsName,
                              QStringLiteral("--kind"), QStringLiteral("ops"),
                              QStringLiteral("--area"), QStringLiteral("Testowo")};
    const auto init = [&](const QStringList& arguments, const QProcessEnvironment& env) {
        return run(QStringList{QStringLiteral("centre"), QStringLiteral("init")} + arguments, env);
    };
    EXPECT_EQ(init({QStringLiteral("--kind"), QStringLiteral("ops"), QStringLiteral("--area"),
                    QStringLiteral("Testowo")},
                   ops())
                  .code,
              2); // no --name
    const CliRun badKind =
        init({QStringLiteral("--name"), opsName, QStringLiteral("--kind"), QStringLiteral("mops"),
              QStringLiteral("--area"), QStringLiteral("Testowo")},
             ops());
    EXPECT_EQ(badKind.code, 2);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("'mops'"))) << badKind.err.toStdString();
    const CliRun badRegon =
        init(details + QStringList{QStringLiteral("--regon"), QStringLiteral("123456784")}, ops());
    EXPECT_EQ(badRegon.code, 2);
    EXPECT_TRUE(badRegon.err.contains(QStringLiteral("REGON"))) << badRegon.err.toStdString();

    QProcessEnvironment shortPhrase;
    shortPhrase.insert(QStringLiteral("OPIEKA_CENTRE_PASSPHRASE"), QStringLiteral("krótkie"));
    EXPECT_EQ(init(details, shortPhrase).code, 2);
    // No variable and no terminal (the test's standard input is not one): nothing to seal with.
    const CliRun noPhrase = init(details, {});
    EXPECT_EQ(noPhrase.code, 2);
    EXPECT_TRUE(noPhrase.err.contains(QStringLiteral("OPIEKA_CENTRE_PASSPHRASE")))
        << noPhrase.err.toStdString();
    EXPECT_EQ(
        init(details + QStringList{QStringLiteral("--colour"), QStringLiteral("red")}, ops()).code,
        2);
    EXPECT_EQ(run({QStringLiteral("centre"), QStringLiteral("keys")}, ops()).code, 2);
    EXPECT_EQ(run({QStringLiteral("centre")}, ops()).code, 2);
    EXPECT_EQ(partner({QStringLiteral("remove")}, ops()).code, 2);
    EXPECT_EQ(
        partner({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}, ops())
            .code,
        2);

    // None of them made the keys: there is no card to give.
    const CliRun card = cardTo(QStringLiteral("card.json"), ops());
    EXPECT_EQ(card.code, 1);
    EXPECT_TRUE(card.err.contains(QStringLiteral("centre init"))) << card.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("card.json"))));

    ASSERT_EQ(init(details, ops()).code, 0);
    expectNoPassphraseAnywhere();
}

TEST_F(CentreCliTest, OnlyAnAdministratorMakesKeysOnceAndWorkersOnlyListThePartners)
{
    makeDatabases();
    const QStringList details{QStringLiteral("--name"), opsName,
                              QStringLiteral("--kind"), QStringLiteral("ops"),
                              QStringLiteral("--area"), QStringLiteral("Testowo")};
    const QProcessEnvironment manager = asManager(ops());
    const CliRun byManager = centreInit(details, manager);
    EXPECT_EQ(byManager.code, 1);
    EXPECT_TRUE(byManager.err.contains(QStringLiteral("administrator")))
        << byManager.err.toStdString();

    const CliRun made = centreInit(details, ops());
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QString fingerprint = fingerprintIn(made.out);

    // Made once: a second init is refused and the card keeps its fingerprint.
    const CliRun again = centreInit(details, ops());
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();
    // A manager gives the card too.
    const CliRun card = cardTo(QStringLiteral("card.json"), manager);
    ASSERT_EQ(card.code, 0) << card.err.toStdString();
    EXPECT_EQ(fingerprintIn(card.out), fingerprint);

    const QProcessEnvironment worker =
        withNewAccount(QStringLiteral("ala"), QStringLiteral("social_worker"),
                       QStringLiteral("haslo-ali-2026"), ops());
    EXPECT_EQ(cardTo(QStringLiteral("worker-card.json"), worker).code, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("worker-card.json"))));
    // A case worker sends packages, so she lists the partners (to choose one), but neither gives
    // the card nor adds a partner; so does a foster-care coordinator (a child's help plan).
    EXPECT_EQ(partner({QStringLiteral("list")}, worker).code, 0);
    const QProcessEnvironment coordinator =
        withNewAccount(QStringLiteral("ola"), QStringLiteral("foster_care_coordinator"),
                       QStringLiteral("haslo-oli-2026"), ops());
    EXPECT_EQ(partner({QStringLiteral("list")}, coordinator).code, 0);
    const CliRun byWorker =
        partner({QStringLiteral("add"), dir.filePath(QStringLiteral("card.json"))}, worker);
    EXPECT_EQ(byWorker.code, 1);
}

TEST_F(CentreCliTest, CardWrittenOnlyWhereAnOutputMayGo)
{
    makeDatabases();
    makeCentres();
    const QByteArray database = read(QStringLiteral("centre.sqlite"));
    const CliRun overDatabase = cardTo(QStringLiteral("centre.sqlite"), ops());
    EXPECT_EQ(overDatabase.code, 2);
    EXPECT_EQ(read(QStringLiteral("centre.sqlite")), database);
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    EXPECT_EQ(cardTo(QStringLiteral("folder"), ops()).code, 2);
    EXPECT_EQ(run({QStringLiteral("centre"), QStringLiteral("card")}, ops()).code, 2); // no --out
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("elsewhere.json")),
                            dir.filePath(QStringLiteral("link.json"))));
    EXPECT_EQ(cardTo(QStringLiteral("link.json"), ops()).code, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("elsewhere.json"))));

    ASSERT_EQ(cardTo(QStringLiteral("card.json"), ops()).code, 0);
    EXPECT_EQ(QFile::permissions(dir.filePath(QStringLiteral("card.json"))) &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
}

TEST_F(CentreCliTest, OwnChangedOrRepeatedCardsAreNotTrusted)
{
    makeDatabases();
    makeCentres();
    ASSERT_EQ(cardTo(QStringLiteral("ops-card.json"), ops()).code, 0);
    const QString card = dir.filePath(QStringLiteral("ops-card.json"));

    const CliRun own = partner({QStringLiteral("add"), card}, ops());
    EXPECT_EQ(own.code, 1);
    EXPECT_TRUE(own.err.contains(QStringLiteral("own card"))) << own.err.toStdString();

    // One letter of the name changed: the card's signature no longer covers what it says.
    QByteArray changed = read(QStringLiteral("ops-card.json"));
    const qsizetype at = changed.indexOf("Testowo");
    ASSERT_GT(at, 0);
    changed[at] = 'R';
    const QString changedCard = write(QStringLiteral("changed-card.json"), changed);
    EXPECT_EQ(partner({QStringLiteral("add"), changedCard}, pcpr()).code, 2);
    EXPECT_EQ(
        partner({QStringLiteral("add"), dir.filePath(QStringLiteral("missing.json"))}, pcpr()).code,
        2);
    EXPECT_EQ(partner({QStringLiteral("add")}, pcpr()).code, 2);
    const QString notACard = write(QStringLiteral("notes.txt"), "Rodzina Testowa, wizyta 3.12\n");
    EXPECT_EQ(partner({QStringLiteral("add"), notACard}, pcpr()).code, 2);

    ASSERT_EQ(partner({QStringLiteral("add"), card}, pcpr()).code, 0);
    const CliRun twice = partner({QStringLiteral("add"), card}, pcpr());
    EXPECT_EQ(twice.code, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already a partner"))) << twice.err.toStdString();

    const CliRun list = partner(
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}, pcpr());
    EXPECT_EQ(list.out.count(QLatin1Char('\n')), 2)
        << list.out.toStdString(); // header, one partner
}

} // namespace
