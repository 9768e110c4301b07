// opieka-cli field checkout | status | sync | resolve (issue 23 part 4): a social worker takes her
// cases out in an encrypted copy, works in it with the record commands, and syncs it back, with
// a conflict decided on the way, as a script would drive it.
#include "RecordCliFixture.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <vector>

using opieka::test::CliRun;

namespace {

const QString changesHeader = QStringLiteral(
    "id,table,record_id,operation,field,old_value,new_value,changed_by,changed_at,state");
const QString conflictsHeader = QStringLiteral(
    "table,record_id,field,centre_value,field_value,centre_changed_by,field_changed_by");
const char* const fieldPassphrase = "haslo do kopii terenowej 2026";

class FieldCliTest : public opieka::test::RecordCliFixture
{
protected:
    void SetUp() override { setUpCentre(); }

    QString copyPath() const { return dir.filePath(QStringLiteral("anna-teren.opieka")); }

    // `env` acting on the copy (--db COPY) with its passphrase.
    QProcessEnvironment inCopy(QProcessEnvironment env,
                               const QString& passphrase = QString::fromUtf8(fieldPassphrase)) const
    {
        env.insert(QStringLiteral("OPIEKA_DB"), copyPath());
        env.insert(QStringLiteral("OPIEKA_FIELD_PASSPHRASE"), passphrase);
        return env;
    }

    CliRun field(const QStringList& more, const QProcessEnvironment& env)
    {
        return cli(QStringList{QStringLiteral("field")} + more, env);
    }

    CliRun checkout()
    {
        QProcessEnvironment env = anna;
        env.insert(QStringLiteral("OPIEKA_FIELD_PASSPHRASE"), QString::fromUtf8(fieldPassphrase));
        return field({QStringLiteral("checkout"), QStringLiteral("--worker"), QStringLiteral("1"),
                      QStringLiteral("--out"), copyPath()},
                     env);
    }

    // field status --format csv in the copy: its lines, the header first.
    QStringList statusLines()
    {
        const CliRun status =
            field({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("csv")},
                  inCopy(anna));
        EXPECT_EQ(status.code, 0) << status.err.toStdString();
        return status.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    CliRun sync(const QStringList& more = {})
    {
        return field(QStringList{QStringLiteral("sync"), QStringLiteral("--to"), db()} + more,
                     inCopy(anna));
    }
};

TEST_F(FieldCliTest, ACopyTakenChangedSyncedWithAConflictResolvedAndSyncedAgain)
{
    const CliRun taken = checkout();
    ASSERT_EQ(taken.code, 0) << taken.err.toStdString();
    EXPECT_TRUE(taken.out.contains(QStringLiteral("Families: 2\n"))) << taken.out.toStdString();
    EXPECT_TRUE(taken.out.contains(QStringLiteral("Members: 1\n"))) << taken.out.toStdString();
    EXPECT_TRUE(taken.out.contains(copyPath())) << taken.out.toStdString();
    // The copy is ciphertext: the family's name is not in its bytes.
    {
        QFile copy(copyPath());
        ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
        EXPECT_FALSE(copy.readAll().contains("Rodzina Testowa"));
    }

    // Nothing pending right after the check-out.
    EXPECT_EQ(statusLines(), QStringList{changesHeader});
    const CliRun text = field({QStringLiteral("status")}, inCopy(anna));
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Nothing is pending."))) << text.out.toStdString();

    // Work in the copy with the everyday commands.
    const CliRun address = updateFamily(
        QStringLiteral("1"), {QStringLiteral("--set"), QStringLiteral("address=ul. Leśna 7")},
        inCopy(anna));
    ASSERT_EQ(address.code, 0) << address.err.toStdString();
    const CliRun visit = addVisit(QStringLiteral("1"), QStringLiteral("2025-10-01"),
                                  QStringLiteral("home_visit"), inCopy(anna));
    ASSERT_EQ(visit.code, 0) << visit.err.toStdString();
    ASSERT_TRUE(isId(visit.out)) << visit.out.toStdString();
    const CliRun member = addMember(QStringLiteral("1"),
                                    {QStringLiteral("--first-name"), QStringLiteral("Kacper"),
                                     QStringLiteral("--last-name"), QStringLiteral("Testowy"),
                                     QStringLiteral("--relation"), QStringLiteral("child"),
                                     QStringLiteral("--birth-date"), QStringLiteral("2015-06-01"),
                                     QStringLiteral("--sex"), QStringLiteral("M")},
                                    inCopy(anna));
    ASSERT_EQ(member.code, 0) << member.err.toStdString();

    QStringList lines = statusLines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines[0], changesHeader);
    const QString isoTime = QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    const QRegularExpression addressRow(QStringLiteral("^\\d+,families,1,update,address,,"
                                                       "ul\\. Leśna 7,anna,") +
                                        isoTime + QStringLiteral(",pending$"));
    const QRegularExpression visitRow(QStringLiteral("^\\d+,contacts,") + visit.out.trimmed() +
                                      QStringLiteral(",insert,.*,anna,") + isoTime +
                                      QStringLiteral(",pending$"));
    const QRegularExpression memberRow(QStringLiteral("^\\d+,members,") + member.out.trimmed() +
                                       QStringLiteral(",insert,.*,anna,") + isoTime +
                                       QStringLiteral(",pending$"));
    int addressRows = 0;
    int visitRows = 0;
    int memberRows = 0;
    for (const QString& line : lines) {
        addressRows += addressRow.match(line).hasMatch() ? 1 : 0;
        visitRows += visitRow.match(line).hasMatch() ? 1 : 0;
        memberRows += memberRow.match(line).hasMatch() ? 1 : 0;
    }
    EXPECT_EQ(addressRows, 1) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(visitRows, 1) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(memberRows, 1) << lines.join(QLatin1Char('\n')).toStdString();

    // JSON: the copy's origin with the same changes.
    const CliRun json =
        field({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")},
              inCopy(anna));
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject status = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(status.value(QStringLiteral("copy"))
                  .toObject()
                  .value(QStringLiteral("worker_id"))
                  .toInteger(),
              1);
    EXPECT_EQ(status.value(QStringLiteral("changes")).toArray().size(), lines.size() - 1);
    EXPECT_TRUE(status.value(QStringLiteral("conflicts")).toArray().isEmpty());

    // Synced: everything applied, nothing left.
    const CliRun first = sync();
    ASSERT_EQ(first.code, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("inserted 2, updated 1,")))
        << first.out.toStdString();
    EXPECT_EQ(statusLines(), QStringList{changesHeader});
    EXPECT_FALSE(field({QStringLiteral("status")}, inCopy(anna))
                     .out.contains(QStringLiteral("Not synced yet.")));

    // The family's name changed on both sides: the manager at the centre, Anna in the copy.
    const CliRun atCentre =
        updateFamily(QStringLiteral("1"),
                     {QStringLiteral("--set"), QStringLiteral("name=Rodzina Centralna")}, manager);
    ASSERT_EQ(atCentre.code, 0) << atCentre.err.toStdString();
    const CliRun inField = updateFamily(
        QStringLiteral("1"), {QStringLiteral("--set"), QStringLiteral("name=Rodzina Terenowa")},
        inCopy(anna));
    ASSERT_EQ(inField.code, 0) << inField.err.toStdString();

    const CliRun conflicted = sync({QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(conflicted.code, 4) << conflicted.err.toStdString();
    EXPECT_EQ(conflicted.out,
              conflictsHeader + QStringLiteral("\nfamilies,1,name,Rodzina Centralna,Rodzina "
                                               "Terenowa,kierownik,anna\n"));
    // The change is decided into the conflict, which the status lists until it is resolved.
    EXPECT_EQ(statusLines(), QStringList{changesHeader});
    const QJsonObject open =
        QJsonDocument::fromJson(
            field({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")},
                  inCopy(anna))
                .out.toUtf8())
            .object();
    const QJsonArray openConflicts = open.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(openConflicts.size(), 1);
    EXPECT_EQ(openConflicts[0].toObject().value(QStringLiteral("centre_value")).toString(),
              QStringLiteral("Rodzina Centralna"));
    EXPECT_EQ(openConflicts[0].toObject().value(QStringLiteral("field_value")).toString(),
              QStringLiteral("Rodzina Terenowa"));
    EXPECT_TRUE(exportedFamily(QStringLiteral("1"), manager)
                    .startsWith(QStringLiteral("1,Rodzina Centralna,")));

    // Anna keeps her value; the next sync carries it to the centre.
    const CliRun resolved =
        field({QStringLiteral("resolve"), QStringLiteral("--table"), QStringLiteral("families"),
               QStringLiteral("--record"), QStringLiteral("1"), QStringLiteral("--field"),
               QStringLiteral("name"), QStringLiteral("--keep"), QStringLiteral("field")},
              inCopy(anna));
    ASSERT_EQ(resolved.code, 0) << resolved.err.toStdString();
    const CliRun last = sync();
    EXPECT_EQ(last.code, 0) << last.out.toStdString() << last.err.toStdString();
    EXPECT_TRUE(last.out.contains(QStringLiteral("resolved 1,"))) << last.out.toStdString();
    EXPECT_TRUE(exportedFamily(QStringLiteral("1"), manager)
                    .startsWith(QStringLiteral("1,Rodzina Terenowa,")));
    EXPECT_EQ(statusLines(), QStringList{changesHeader});
}

// A change made in the copy to a field in conflict waits on the conflict, then on its decision.
TEST_F(FieldCliTest, AChangeToAFieldInConflictWaitsOnIt)
{
    ASSERT_EQ(checkout().code, 0);
    ASSERT_EQ(updateFamily(QStringLiteral("2"),
                           {QStringLiteral("--set"), QStringLiteral("municipality=Centrowo")},
                           manager)
                  .code,
              0);
    ASSERT_EQ(updateFamily(QStringLiteral("2"),
                           {QStringLiteral("--set"), QStringLiteral("municipality=Terenowo")},
                           inCopy(anna))
                  .code,
              0);
    const CliRun conflicted = sync();
    ASSERT_EQ(conflicted.code, 4) << conflicted.out.toStdString() << conflicted.err.toStdString();
    EXPECT_TRUE(conflicted.out.contains(QStringLiteral("Centrowo")))
        << conflicted.out.toStdString();

    ASSERT_EQ(updateFamily(QStringLiteral("2"),
                           {QStringLiteral("--set"), QStringLiteral("municipality=Terenowo Górne")},
                           inCopy(anna))
                  .code,
              0);
    QStringList lines = statusLines();
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",families,2,update,municipality,Terenowo,"
                                                 "Terenowo Górne,anna,")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",conflict"))) << lines[1].toStdString();

    const CliRun resolved =
        field({QStringLiteral("resolve"), QStringLiteral("--table"), QStringLiteral("families"),
               QStringLiteral("--record"), QStringLiteral("2"), QStringLiteral("--field"),
               QStringLiteral("municipality"), QStringLiteral("--keep"), QStringLiteral("centre")},
              inCopy(anna));
    ASSERT_EQ(resolved.code, 0) << resolved.err.toStdString();
    lines = statusLines();
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",resolved"))) << lines[1].toStdString();
}

// Four syncs of the same copy started at once (a double click, a script and the window): each
// ends well, and each visit made in the copy is at the centre once.
TEST_F(FieldCliTest, SyncsOfOneCopyStartedAtOnceApplyEachChangeOnce)
{
    ASSERT_EQ(checkout().code, 0);
    for (int i = 1; i <= 3; ++i)
        ASSERT_EQ(addVisit(QStringLiteral("1"), QStringLiteral("2025-10-0%1").arg(i),
                           QStringLiteral("phone"), inCopy(anna),
                           {QStringLiteral("--notes"), QStringLiteral("Naraz %1").arg(i)})
                      .code,
                  0);
    std::vector<std::unique_ptr<QProcess>> syncs;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(inCopy(anna)));
        process->start(
            QStringLiteral(OPIEKA_CLI_PATH),
            {QStringLiteral("field"), QStringLiteral("sync"), QStringLiteral("--to"), db()});
        syncs.push_back(std::move(process));
    }
    for (const auto& process : syncs) {
        ASSERT_TRUE(process->waitForFinished(60000));
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }
    {
        QSqlDatabase centre =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("concurrentSyncs"));
        centre.setDatabaseName(db());
        ASSERT_TRUE(centre.open());
        for (int i = 1; i <= 3; ++i) {
            QSqlQuery query(centre);
            ASSERT_TRUE(query.exec(
                QStringLiteral("SELECT COUNT(*) FROM contacts WHERE notes = 'Naraz %1'").arg(i)));
            ASSERT_TRUE(query.next());
            EXPECT_EQ(query.value(0).toInt(), 1) << "visit " << i;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("concurrentSyncs"));
}

// The centre on its PostgreSQL server (issue 20): taken from and synced back to the server's
// address, its password from OPIEKA_DB_PASSWORD as everywhere.
TEST_F(FieldCliTest, ACopyOfAServerDatabaseSyncsBackToIt)
{
    if (!opieka::test::onPostgres())
        GTEST_SKIP() << "PostgreSQL only: set OPIEKA_TEST_POSTGRES_URL (ctest: cli_tests_postgres)";
    opieka::test::TestDatabase server;
    const CliRun moved = cli({QStringLiteral("migrate"), QStringLiteral("--from"), db(),
                              QStringLiteral("--to"), server.location()});
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    const auto onServer = [&](QProcessEnvironment env) {
        env.insert(QStringLiteral("OPIEKA_DB"), server.location());
        return env;
    };
    QProcessEnvironment taking = onServer(anna);
    taking.insert(QStringLiteral("OPIEKA_FIELD_PASSPHRASE"), QString::fromUtf8(fieldPassphrase));
    const CliRun taken = field({QStringLiteral("checkout"), QStringLiteral("--worker"),
                                QStringLiteral("1"), QStringLiteral("--out"), copyPath()},
                               taking);
    ASSERT_EQ(taken.code, 0) << taken.err.toStdString();
    EXPECT_TRUE(taken.out.contains(QStringLiteral("Families: 2\n"))) << taken.out.toStdString();

    ASSERT_EQ(updateFamily(QStringLiteral("1"),
                           {QStringLiteral("--set"), QStringLiteral("address=ul. Leśna 7")},
                           inCopy(anna))
                  .code,
              0);
    ASSERT_EQ(updateFamily(QStringLiteral("2"),
                           {QStringLiteral("--set"), QStringLiteral("name=Rodzina Terenowa")},
                           inCopy(anna))
                  .code,
              0);
    ASSERT_EQ(updateFamily(QStringLiteral("2"),
                           {QStringLiteral("--set"), QStringLiteral("name=Rodzina Centralna")},
                           onServer(manager))
                  .code,
              0);
    const CliRun synced = field({QStringLiteral("sync"), QStringLiteral("--to"), server.location(),
                                 QStringLiteral("--format"), QStringLiteral("csv")},
                                inCopy(anna));
    EXPECT_EQ(synced.code, 4) << synced.err.toStdString();
    EXPECT_EQ(synced.out, conflictsHeader + QStringLiteral("\nfamilies,2,name,Rodzina Centralna,"
                                                           "Rodzina Terenowa,kierownik,anna\n"));
    const CliRun exported =
        cli({QStringLiteral("export"), QStringLiteral("families")}, onServer(manager));
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\n2,Rodzina Centralna,")))
        << exported.out.toStdString();
    const CliRun audit =
        cli({QStringLiteral("audit"), QStringLiteral("family"), QStringLiteral("1"),
             QStringLiteral("--format"), QStringLiteral("csv")},
            onServer(manager));
    EXPECT_TRUE(audit.out.contains(QStringLiteral("ul. Leśna 7"))) << audit.out.toStdString();
}

TEST_F(FieldCliTest, AWrongPassphraseIsRefusedAndACentreIsNoFieldCopy)
{
    ASSERT_EQ(checkout().code, 0);
    const CliRun wrong =
        field({QStringLiteral("status")}, inCopy(anna, QStringLiteral("zupelnie inne haslo 2026")));
    EXPECT_EQ(wrong.code, 1) << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.isEmpty());
    EXPECT_TRUE(wrong.out.isEmpty()) << wrong.out.toStdString();

    const CliRun centre = field({QStringLiteral("status")}, anna);
    EXPECT_EQ(centre.code, 2);
    EXPECT_TRUE(centre.err.contains(QStringLiteral("not a field copy")))
        << centre.err.toStdString();

    // No passphrase and no terminal: said, nothing opened.
    QProcessEnvironment noPassphrase = anna;
    noPassphrase.insert(QStringLiteral("OPIEKA_DB"), copyPath());
    const CliRun none = field({QStringLiteral("status")}, noPassphrase);
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("OPIEKA_FIELD_PASSPHRASE")))
        << none.err.toStdString();
}

TEST_F(FieldCliTest, CheckoutNeverWritesOverAFile)
{
    const QString existing = write(QStringLiteral("anna-teren.opieka"), "notatki");
    const CliRun taken = checkout();
    EXPECT_EQ(taken.code, 2);
    EXPECT_TRUE(taken.err.contains(QStringLiteral("already exists"))) << taken.err.toStdString();
    QFile file(existing);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("notatki"));
}

TEST_F(FieldCliTest, ResolveTakesALiteralValueThroughValue)
{
    ASSERT_EQ(checkout().code, 0);
    const CliRun both =
        field({QStringLiteral("resolve"), QStringLiteral("--table"), QStringLiteral("families"),
               QStringLiteral("--record"), QStringLiteral("1"), QStringLiteral("--field"),
               QStringLiteral("name"), QStringLiteral("--keep"), QStringLiteral("centre"),
               QStringLiteral("--value"), QStringLiteral("centre")},
              inCopy(anna));
    EXPECT_EQ(both.code, 2) << both.err.toStdString();
    EXPECT_TRUE(both.err.contains(QStringLiteral("--value"))) << both.err.toStdString();
}

} // namespace
