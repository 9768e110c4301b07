// opieka-cli backup / restore, run as a script would: passphrase from the environment.
#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using opieka::test::CliRun;

namespace {

class BackupCliTest : public ::testing::Test
{
protected:
    // Runs opieka-cli on the test's database; `phrase` null: OPIEKA_BACKUP_PASSPHRASE unset.
    CliRun run(const QStringList& arguments, const QByteArray& phrase = "correct horse battery")
    {
        QProcessEnvironment env = opieka::test::cleanEnvironment();
        env.insert(QStringLiteral("OPIEKA_DB"), path(QStringLiteral("centre.sqlite")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // The manager account's password, set when `user add` asks for it and used to sign in
        // (accounts without a password ignore it).
        env.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), QStringLiteral("haslo-kierownika-3"));
        env.insert(QStringLiteral("OPIEKA_PASSWORD"), QStringLiteral("haslo-kierownika-3"));
        if (!phrase.isNull())
            env.insert(QStringLiteral("OPIEKA_BACKUP_PASSPHRASE"), QString::fromUtf8(phrase));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice()); // not a terminal: no prompt
        process.start(QStringLiteral(OPIEKA_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString database() const { return path(QStringLiteral("centre.sqlite")); }
    QString backupFile() const { return path(QStringLiteral("centre.bk")); }

    QByteArray read(const QString& file) const
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        return f.readAll();
    }

    void write(const QString& file, const QByteArray& bytes) const
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    void importFamilies(int count, int firstId)
    {
        QByteArray csv = "id,name,municipality,category,opened_on,closed_on\n";
        for (int i = firstId; i < firstId + count; ++i)
            csv += QStringLiteral("%1,Rodzina %1,Testowo,coping,2020-01-01,\n").arg(i).toUtf8();
        write(path(QStringLiteral("families.csv")), csv);
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("families"),
                                     path(QStringLiteral("families.csv"))});
        ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    }

    // The families as a manager exports them (an export is a manager's act).
    QString families()
    {
        if (!m_managerAdded) {
            const CliRun added =
                run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kierownik"),
                     QStringLiteral("--role"), QStringLiteral("manager")});
            EXPECT_EQ(added.code, 0) << added.err.toStdString();
            m_managerAdded = true;
        }
        const CliRun exported = run({QStringLiteral("--user"), QStringLiteral("kierownik"),
                                     QStringLiteral("export"), QStringLiteral("families")});
        EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
        return exported.out;
    }
    bool m_managerAdded = false;

    void setUpCentreWithBackup()
    {
        ASSERT_EQ(run({QStringLiteral("init")}).code, 0);
        importFamilies(4, 1);
        const CliRun backedUp = run({QStringLiteral("backup"), backupFile()});
        ASSERT_EQ(backedUp.code, 0) << backedUp.err.toStdString();
        EXPECT_TRUE(backedUp.out.contains(backupFile())) << backedUp.out.toStdString();
        importFamilies(2, 50);
    }

    // A restore refused with exit 2 naming the file, the live database byte for byte the same.
    void expectRefused(const QByteArray& phrase, const QString& expected)
    {
        const QByteArray before = read(database());
        const CliRun restored = run({QStringLiteral("restore"), backupFile()}, phrase);
        EXPECT_EQ(restored.code, 2) << restored.err.toStdString();
        EXPECT_TRUE(restored.err.contains(backupFile())) << restored.err.toStdString();
        EXPECT_TRUE(restored.err.contains(expected)) << restored.err.toStdString();
        EXPECT_EQ(read(database()), before);
        EXPECT_TRUE(QDir(m_dir.path())
                        .entryList({QStringLiteral(".opieka-*")}, QDir::Files | QDir::Hidden)
                        .isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BackupCliTest, BackupAndRestoreRoundTrip)
{
    ASSERT_EQ(run({QStringLiteral("init")}).code, 0);
    importFamilies(4, 1);
    const QString atBackup = families();
    ASSERT_EQ(run({QStringLiteral("backup"), backupFile()}).code, 0);
    EXPECT_TRUE(read(backupFile()).startsWith("OPIEKABK"));
    importFamilies(2, 50);
    ASSERT_NE(families(), atBackup);

    const CliRun restored = run({QStringLiteral("restore"), backupFile()});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("Restored"))) << restored.out.toStdString();
    EXPECT_EQ(families(), atBackup);
    const CliRun verified = run({QStringLiteral("verify")});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString() << verified.err.toStdString();
}

// Issue 18, defect 3: a backup of another database replaces this one only when asked for.
TEST_F(BackupCliTest, ABackupOfAnotherDatabaseIsRefusedUnlessReplacingIsAsked)
{
    const QString other = path(QStringLiteral("other.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--db"), other, QStringLiteral("init")}).code, 0);
    ASSERT_EQ(run({QStringLiteral("--db"), other, QStringLiteral("backup"), backupFile()}).code, 0);
    ASSERT_EQ(run({QStringLiteral("init")}).code, 0);
    importFamilies(2, 1);
    const QByteArray before = read(database());

    const CliRun refused = run({QStringLiteral("restore"), backupFile()});
    EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("another database")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--replace-other-database")))
        << refused.err.toStdString();
    EXPECT_EQ(read(database()), before);

    const CliRun replaced =
        run({QStringLiteral("restore"), backupFile(), QStringLiteral("--replace-other-database")});
    ASSERT_EQ(replaced.code, 0) << replaced.err.toStdString();
    const CliRun verified = run({QStringLiteral("verify")});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString() << verified.err.toStdString();
}

TEST_F(BackupCliTest, AWrongPassphraseExitsTwoAndLeavesTheDatabaseAsItWas)
{
    setUpCentreWithBackup();
    expectRefused("not the right one", QStringLiteral("passphrase is wrong"));
}

TEST_F(BackupCliTest, ATruncatedOrChangedBackupExitsTwo)
{
    setUpCentreWithBackup();
    const QByteArray whole = read(backupFile());
    write(backupFile(), whole.left(whole.size() - 1));
    expectRefused("correct horse battery", QStringLiteral("incomplete"));
    QByteArray changed = whole;
    changed[changed.size() - 20] = static_cast<char>(changed.at(changed.size() - 20) ^ 0x40);
    write(backupFile(), changed);
    expectRefused("correct horse battery", QStringLiteral("damaged"));
    write(backupFile(), read(database()));
    expectRefused("correct horse battery", QStringLiteral("not an Opieka backup"));
}

TEST_F(BackupCliTest, APassphraseIsRequired)
{
    ASSERT_EQ(run({QStringLiteral("init")}).code, 0);
    const CliRun none = run({QStringLiteral("backup"), backupFile()}, QByteArray());
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("OPIEKA_BACKUP_PASSPHRASE")))
        << none.err.toStdString();
    const CliRun empty = run({QStringLiteral("backup"), backupFile()}, "");
    EXPECT_EQ(empty.code, 2);
    EXPECT_FALSE(QFile::exists(backupFile()));

    setUpCentreWithBackup();
    expectRefused("", QStringLiteral("empty"));
}

TEST_F(BackupCliTest, UsageAndStorageFailures)
{
    ASSERT_EQ(run({QStringLiteral("init")}).code, 0);
    EXPECT_EQ(run({QStringLiteral("backup")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("restore")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("restore"), path(QStringLiteral("nothing.bk"))}).code, 2);
    const CliRun unwritable =
        run({QStringLiteral("backup"), path(QStringLiteral("no/such/folder/centre.bk"))});
    EXPECT_EQ(unwritable.code, 3) << unwritable.err.toStdString();
    const CliRun noDatabase = run({QStringLiteral("--db"), path(QStringLiteral("missing.sqlite")),
                                   QStringLiteral("backup"), backupFile()});
    EXPECT_EQ(noDatabase.code, 3);
    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("backup FILE")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("restore FILE")));
}

TEST_F(BackupCliTest, DailyBackupWithRotation)
{
    ASSERT_EQ(run({QStringLiteral("init")}).code, 0);
    const QString folder = path(QStringLiteral("daily"));
    const CliRun first = run({QStringLiteral("backup"), QStringLiteral("--daily"), folder,
                              QStringLiteral("--keep"), QStringLiteral("3")});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    const QStringList files = QDir(folder).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().startsWith(QStringLiteral("opieka-backup-")));
    const CliRun second = run({QStringLiteral("backup"), QStringLiteral("--daily"), folder});
    EXPECT_EQ(second.code, 0);
    EXPECT_TRUE(second.out.contains(QStringLiteral("already there"))) << second.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("backup"), QStringLiteral("--daily"), folder,
                   QStringLiteral("--keep"), QStringLiteral("0")})
                  .code,
              2);
}
