// A writer for the kill test of field copies (tests/storage/EncryptedFileTest.cpp): unlocks the
// encrypted database given as the first argument with the passphrase in OPIEKA_FIELD_PASSPHRASE,
// and in one transaction that it never commits changes every row of `notes` and adds more,
// printing "inserted N" as it goes, until it is killed. Its cache is small, so the transaction's
// pages reach the file (and the originals the journal) long before any commit.
#include "Database.h"
#include "EncryptedFile.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (!opieka::EncryptedFile::unlock(path, qgetenv("OPIEKA_FIELD_PASSPHRASE")))
        return 3;
    auto database = opieka::Database::open(path, opieka::Database::OpenMode::MustExist);
    if (!database)
        return 3;
    opieka::Database& db = **database;
    for (const char* statement : {"PRAGMA cache_size = 20", "BEGIN IMMEDIATE",
                                  "UPDATE notes SET text = 'Nadpisana w transakcji ' || id"})
        if (!opieka::sql::run(db, QString::fromLatin1(statement)))
            return 3;
    const QString filler = QStringLiteral("Dopisana w transakcji ").repeated(20);
    for (int i = 1;; ++i) {
        if (!opieka::sql::run(db, QStringLiteral("INSERT INTO notes (text) VALUES (?)"),
                              {filler + QString::number(i)}))
            return 3;
        if (i % 100 == 0) {
            std::printf("inserted %d\n", i);
            std::fflush(stdout);
        }
    }
}
