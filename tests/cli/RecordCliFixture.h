#pragma once

// A small centre for the record edits and the field copies of issue 23: two units, a social worker
// in each with her own accounts, and a manager. Shared by RecordEditCliTest and FieldCliTest.
#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace opieka::test {

class RecordCliFixture : public CliTest
{
protected:
    // Worker 1 Anna Testowa (unit "Zespół A", account anna) carries families 1 "Rodzina
    // Testowa" (member Halina Testowa) and 2 "Rodzina Próbna"; worker 2 Beata Przykładowa (unit
    // "Zespół B", account beata) carries family 3 "Rodzina Obca" (member Zenon Obcy).
    void setUpCentre()
    {
        ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
        manager = asManager(); // the families, their people and the assignments are a manager's
        const CliRun w = importFile(QStringLiteral("workers"), QStringLiteral("w.csv"),
                                    "id,first_name,last_name,role,fte,unit\n"
                                    "1,Anna,Testowa,social_worker,1,Zespół A\n"
                                    "2,Beata,Przykładowa,social_worker,1,Zespół B\n"
                                    "5,Edward,Kierowniczy,manager,1,\n");
        ASSERT_EQ(w.code, 0) << w.err.toStdString();
        const CliRun f = importFile(QStringLiteral("families"), QStringLiteral("f.csv"),
                                    "id,name,municipality,category,opened_on,closed_on\n"
                                    "1,Rodzina Testowa,Testowo,struggling,2024-03-01,\n"
                                    "2,Rodzina Próbna,Testowo,coping,2024-03-01,\n"
                                    "3,Rodzina Obca,Innowo,coping,2024-03-01,\n",
                                    manager);
        ASSERT_EQ(f.code, 0) << f.err.toStdString();
        const CliRun m = importMembers(QStringLiteral("m.csv"),
                                       "1,,Halina,Testowa,1985-02-03,F,parent\n"
                                       "3,,Zenon,Obcy,1979-01-01,M,parent\n",
                                       manager);
        ASSERT_EQ(m.code, 0) << m.err.toStdString();
        const CliRun a = importFile(QStringLiteral("assignments"), QStringLiteral("a.csv"),
                                    "worker_id,case_kind,case_id,from,to\n"
                                    "1,family,1,2024-03-01,\n"
                                    "1,family,2,2024-03-01,\n"
                                    "2,family,3,2024-03-01,\n",
                                    manager);
        ASSERT_EQ(a.code, 0) << a.err.toStdString();
        anna = workerAccount(QStringLiteral("anna"), QStringLiteral("1"));
        beata = workerAccount(QStringLiteral("beata"), QStringLiteral("2"));
    }

    // A social worker's account linked to a worker; the environment that signs in as it.
    QProcessEnvironment workerAccount(const QString& login, const QString& workerId)
    {
        const QString password = QStringLiteral("haslo-") + login + QStringLiteral("-2026");
        QProcessEnvironment adding;
        adding.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), password);
        const CliRun added =
            cli({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"),
                 QStringLiteral("social_worker"), QStringLiteral("--worker"), workerId},
                adding);
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        return signedInAs(login, password);
    }

    // `family update --family ID` with the words that follow.
    CliRun updateFamily(const QString& family, const QStringList& more,
                        const QProcessEnvironment& env)
    {
        return cli(QStringList{QStringLiteral("family"), QStringLiteral("update"),
                               QStringLiteral("--family"), family} +
                       more,
                   env);
    }

    // `visit add --family ID --date DATE --kind KIND` with the words that follow.
    CliRun addVisit(const QString& family, const QString& date, const QString& kind,
                    const QProcessEnvironment& env, const QStringList& more = {})
    {
        return cli(QStringList{QStringLiteral("visit"), QStringLiteral("add"),
                               QStringLiteral("--family"), family, QStringLiteral("--date"), date,
                               QStringLiteral("--kind"), kind} +
                       more,
                   env);
    }

    // `member add --family ID` with the words that follow.
    CliRun addMember(const QString& family, const QStringList& more, const QProcessEnvironment& env)
    {
        return cli(QStringList{QStringLiteral("member"), QStringLiteral("add"),
                               QStringLiteral("--family"), family} +
                       more,
                   env);
    }

    // The families as the centre's manager exports them: the CSV line of family `id`.
    QString exportedFamily(const QString& id, const QProcessEnvironment& env)
    {
        const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("families")}, env);
        EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
        for (const QString& line : exported.out.split(QLatin1Char('\n')))
            if (line.startsWith(id + QLatin1Char(',')))
                return line;
        return {};
    }

    // The output is one id and nothing else.
    static bool isId(const QString& out)
    {
        static const QRegularExpression id(QStringLiteral("^[1-9][0-9]*\\n$"));
        return id.match(out).hasMatch();
    }

    // The audit records of `action` Anna's account wrote, as the manager reads her audit.
    QList<QJsonObject> audited(const QString& action)
    {
        const CliRun audit =
            cli({QStringLiteral("audit"), QStringLiteral("user"), QStringLiteral("anna"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                manager);
        EXPECT_EQ(audit.code, 0) << audit.err.toStdString();
        QList<QJsonObject> found;
        for (const QJsonValue v : QJsonDocument::fromJson(audit.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("action")).toString() == action)
                found << v.toObject();
        return found;
    }

    QProcessEnvironment anna;
    QProcessEnvironment beata;
    QProcessEnvironment manager;
};

} // namespace opieka::test
