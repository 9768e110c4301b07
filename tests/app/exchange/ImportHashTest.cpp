// The SHA-256 an import records is that of the bytes it imported: a file changed while it is
// being imported cannot be stored under the hash of what it was before (issue 18, defect 4 of
// the issue, 3 of the brief).
#include "ImportService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

constexpr int kRows =
    25000; // beyond 10,000: audited by the file's hash; beyond a read block (1 MB)

QByteArray workerLine(int id, const QString& lastName)
{
    return QByteArray::number(id) + ",Anna-Maria-Ewelina," + lastName.toUtf8() +
           ",social_worker,1\n";
}

const QByteArray kHeader = "id,first_name,last_name,role,fte\n";

// Two versions of a file whose lines have the same lengths: byte N of either is in the same row.
QByteArray workersCsv(const QString& lastName)
{
    QByteArray csv = kHeader;
    for (int id = 1; id <= kRows; ++id)
        csv += workerLine(id, lastName);
    return csv;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST(ImportHashTest, TheHashRecordedIsThatOfTheBytesImported)
{
    test::TestWorkspace ws;
    const QString path = ws.dir() + QStringLiteral("/workers.csv");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(workersCsv(QStringLiteral("Przed")));
    }
    // Someone rewrites the file in place while it is imported: at the first progress report,
    // after the header and the first block were read, before the rest.
    bool rewritten = false;
    const ImportService::Progress rewrite = [&](qint64, qint64) {
        if (!rewritten) {
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::WriteOnly)); // the same file, truncated
            file.write(workersCsv(QStringLiteral("Potem")));
            rewritten = true;
        }
        return true;
    };
    auto summary = ImportService(ws.session(ws.manager()))
                       .importFile(DataSet::Workers, path, false, QDate(2024, 6, 1), rewrite);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    ASSERT_TRUE(rewritten);
    ASSERT_EQ(summary->imported, kRows);

    // The bytes the import parsed, rebuilt from what it stored.
    auto rows = sql::run(ws.database(),
                         QStringLiteral("SELECT id, last_name FROM workers WHERE last_name IN "
                                        "('Przed', 'Potem') ORDER BY id"));
    ASSERT_TRUE(rows);
    QByteArray parsed = kHeader;
    int count = 0;
    while (rows->next()) {
        parsed += workerLine(rows->value(0).toInt(), rows->value(1).toString());
        ++count;
    }
    ASSERT_EQ(count, kRows);

    auto audit = sql::run(ws.database(), QStringLiteral("SELECT new_values FROM audit_log WHERE "
                                                        "action = 'import' ORDER BY id DESC"));
    ASSERT_TRUE(audit && audit->next());
    const QJsonObject record =
        QJsonDocument::fromJson(audit->value(0).toString().toUtf8()).object();
    EXPECT_EQ(record.value(QStringLiteral("sha256")).toString().toStdString(),
              sha256Hex(parsed).toStdString())
        << "the hash recorded is not that of the rows imported";
}
