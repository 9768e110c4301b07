#pragma once

// Two centres, each its own database in the test's folder: the OPS of a gmina and the PCPR of its
// powiat, set up with opieka-cli as their administrators would (issue 22). Shared by the centre
// commands' tests and the exchange's.
#include "CliFixture.h"

#include <QDirIterator>
#include <QRegularExpression>

namespace opieka::test {

class CentreCliFixture : public CliTest
{
protected:
    static constexpr const char* opsPassphrase = "sekretne haslo OPS 2026";
    static constexpr const char* pcprPassphrase = "inne haslo PCPR 2026";

    // The OPS's database is the fixture's (db()); the PCPR's is pcpr.sqlite beside it.
    QString pcprDb() const { return dir.filePath(QStringLiteral("pcpr.sqlite")); }

    // The environment of the OPS's first administrator, with the OPS's centre passphrase.
    QProcessEnvironment ops() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OPIEKA_CENTRE_PASSPHRASE"), QString::fromUtf8(opsPassphrase));
        return env;
    }
    QProcessEnvironment pcpr() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OPIEKA_DB"), pcprDb());
        env.insert(QStringLiteral("OPIEKA_CENTRE_PASSPHRASE"), QString::fromUtf8(pcprPassphrase));
        return env;
    }

    // `init` of both databases.
    void makeDatabases()
    {
        const CliRun opsDb = cli({QStringLiteral("init")}, ops());
        ASSERT_EQ(opsDb.code, 0) << opsDb.err.toStdString();
        const CliRun pcprDatabase = cli({QStringLiteral("init")}, pcpr());
        ASSERT_EQ(pcprDatabase.code, 0) << pcprDatabase.err.toStdString();
    }

    CliRun centreInit(const QStringList& more, const QProcessEnvironment& env)
    {
        return cli(QStringList{QStringLiteral("centre"), QStringLiteral("init")} + more, env);
    }

    // The two centres' keys: "Ośrodek Pomocy Społecznej w Testowie" (OPS, gmina Testowo, REGON
    // 123456785) and "Powiatowe Centrum Pomocy Rodzinie w Przykładowie" (PCPR, powiat
    // przykładowski, no REGON).
    void makeCentres()
    {
        const CliRun o = centreInit(
            {QStringLiteral("--name"), QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"),
             QStringLiteral("--kind"), QStringLiteral("ops"), QStringLiteral("--area"),
             QStringLiteral("Testowo"), QStringLiteral("--regon"), QStringLiteral("123456785")},
            ops());
        ASSERT_EQ(o.code, 0) << o.err.toStdString();
        opsFingerprint = fingerprintIn(o.out);
        const CliRun p = centreInit({QStringLiteral("--name"),
                                     QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w "
                                                    "Przykładowie"),
                                     QStringLiteral("--kind"), QStringLiteral("pcpr"),
                                     QStringLiteral("--area"), QStringLiteral("przykładowski")},
                                    pcpr());
        ASSERT_EQ(p.code, 0) << p.err.toStdString();
        pcprFingerprint = fingerprintIn(p.out);
    }

    // `centre card --out` in the centre of `env`, to the file `name` in the test's folder.
    CliRun cardTo(const QString& name, const QProcessEnvironment& env)
    {
        return cli({QStringLiteral("centre"), QStringLiteral("card"), QStringLiteral("--out"),
                    dir.filePath(name)},
                   env);
    }

    // Each centre trusts the other: cards written, carried over and added.
    void makePartners()
    {
        ASSERT_EQ(cardTo(QStringLiteral("ops-card.json"), ops()).code, 0);
        ASSERT_EQ(cardTo(QStringLiteral("pcpr-card.json"), pcpr()).code, 0);
        const CliRun atPcpr = cli({QStringLiteral("partner"), QStringLiteral("add"),
                                   dir.filePath(QStringLiteral("ops-card.json"))},
                                  pcpr());
        ASSERT_EQ(atPcpr.code, 0) << atPcpr.err.toStdString();
        const CliRun atOps = cli({QStringLiteral("partner"), QStringLiteral("add"),
                                  dir.filePath(QStringLiteral("pcpr-card.json"))},
                                 ops());
        ASSERT_EQ(atOps.code, 0) << atOps.err.toStdString();
    }

    // A manager of the centre of `centre` (ops() or pcpr()), added by its first administrator;
    // the environment that acts as her, with the centre passphrase (exchanging is a manager's
    // act, or a case worker's, never an administrator's).
    QProcessEnvironment managerOf(QProcessEnvironment centre, const QString& login)
    {
        const QString password = QStringLiteral("haslo-") + login + QStringLiteral("-2026");
        QProcessEnvironment adding = centre;
        adding.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), password);
        const CliRun added = addUser(login, QStringLiteral("manager"), adding);
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        return signedInAs(login, password, centre);
    }

    // The "Fingerprint: 12345 ..." line's eight groups of five digits; empty when there is none.
    static QString fingerprintIn(const QString& out)
    {
        static const QRegularExpression line(
            QStringLiteral("Fingerprint: ((?:\\d{5} ){7}\\d{5})\\n"));
        const auto match = line.match(out);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    // Every file in the test's folder and below (the databases, their logs, the files written):
    // none may hold `secret`.
    QStringList filesHolding(const QByteArray& secret) const
    {
        QStringList found;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                found << path;
        }
        return found;
    }

    QString opsFingerprint;
    QString pcprFingerprint;
};

} // namespace opieka::test
