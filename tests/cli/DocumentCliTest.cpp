// opieka-cli document add | list | get | remove (issue 25): documents kept with the case, on the
// command line, through the service, permissions and audit the Documents tab uses.
#include "Csv.h"
#include "RecordCliFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>
#include <sys/stat.h>

using opieka::test::CliRun;

namespace {

// The nine columns of `document list --format csv`, a contract with scripts (docs/cli.md).
const char* const kHeader = "id,family_id,kind,date,file_name,bytes,sha256,added_by,added_at";

// A small PDF whose body holds every byte value, NUL and CR/LF included: what a text-mode read or
// write would change.
QByteArray binaryPdf()
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    for (int round = 0; round < 4; ++round)
        for (int b = 0; b < 256; ++b)
            pdf.append(static_cast<char>((b * 7 + round) % 256));
    pdf += "\r\n\n\r%%EOF\n";
    return pdf;
}

QByteArray pngImage()
{
    return QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + QByteArray(64, '\x01');
}

QByteArray jpegImage()
{
    return QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) + QByteArray(40, '\x02');
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class DocumentCliTest : public opieka::test::RecordCliFixture
{
protected:
    void SetUp() override { setUpCentre(); }

    // `document add --family ID --kind KIND --file PATH` with `more` (--date 2025-06-10 unless
    // `more` gives another).
    CliRun addDocument(const QString& family, const QString& kind, const QString& path,
                       const QProcessEnvironment& env, QStringList more = {})
    {
        if (!more.contains(QStringLiteral("--date")))
            more << QStringLiteral("--date") << QStringLiteral("2025-06-10");
        return cli(QStringList{QStringLiteral("document"), QStringLiteral("add"),
                               QStringLiteral("--family"), family, QStringLiteral("--kind"), kind,
                               QStringLiteral("--file"), path} +
                       more,
                   env);
    }

    // `document list` with `owner` (e.g. --family 1) in `format`, with `more`.
    CliRun listDocuments(const QStringList& owner, const QString& format,
                         const QProcessEnvironment& env, const QStringList& more = {})
    {
        return cli(QStringList{QStringLiteral("document"), QStringLiteral("list")} + owner +
                       QStringList{QStringLiteral("--format"), format} + more,
                   env);
    }

    // The family's documents as CSV records, header first (the records parsed as the import
    // parses CSV, so that quoting is read as written).
    QList<QStringList> csvOf(const QString& family, const QProcessEnvironment& env,
                             const QStringList& more = {})
    {
        const CliRun run =
            listDocuments({QStringLiteral("--family"), family}, QStringLiteral("csv"), env, more);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        auto records = opieka::Csv::parse(run.out.toUtf8(), QStringLiteral("list"));
        EXPECT_TRUE(records.ok()) << run.out.toStdString();
        QList<QStringList> rows;
        if (records)
            for (const opieka::CsvRecord& record : *records)
                rows << record.fields;
        return rows;
    }

    QJsonArray jsonOf(const QStringList& owner, const QProcessEnvironment& env,
                      const QStringList& more = {})
    {
        const CliRun run = listDocuments(owner, QStringLiteral("json"), env, more);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(json.isArray()) << run.out.toStdString();
        return json.array();
    }

    // The id the command printed alone on its line.
    static qint64 printedId(const CliRun& run)
    {
        EXPECT_TRUE(isId(run.out)) << run.out.toStdString() << run.err.toStdString();
        return run.out.trimmed().toLongLong();
    }
};

} // namespace

TEST_F(DocumentCliTest, AddThenGetGivesBackTheSameBytesInAPrivateFile)
{
    const QByteArray pdf = binaryPdf();
    const CliRun added = addDocument(
        QStringLiteral("1"), QStringLiteral("court_order"),
        write(QStringLiteral("postanowienie.pdf"), pdf), anna,
        {QStringLiteral("--note"), QStringLiteral("Postanowienie sądu, sygn. testowa")});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const qint64 id = printedId(added);

    const QString copy = dir.filePath(QStringLiteral("kopia.pdf"));
    const CliRun got = cli({QStringLiteral("document"), QStringLiteral("get"), QString::number(id),
                            QStringLiteral("--out"), copy},
                           anna);
    ASSERT_EQ(got.code, 0) << got.err.toStdString();
    EXPECT_TRUE(got.out.contains(copy)) << got.out.toStdString();
    const QByteArray back = contentOf(copy);
    EXPECT_EQ(back.size(), pdf.size());
    EXPECT_TRUE(back == pdf) << "the copy differs from the file attached";
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(copy).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U) << "personal data: the owner's only";

    // Both acts are in the audit, on the document.
    const QList<QJsonObject> attached = audited(QStringLiteral("document.attach"));
    ASSERT_EQ(attached.size(), 1);
    EXPECT_EQ(attached[0].value(QStringLiteral("entity")).toString(), QStringLiteral("document"));
    EXPECT_EQ(attached[0].value(QStringLiteral("entity_id")).toString(), QString::number(id));
    const QList<QJsonObject> saved = audited(QStringLiteral("document.save_copy"));
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].value(QStringLiteral("entity_id")).toString(), QString::number(id));
}

TEST_F(DocumentCliTest, ListCsvHasExactlyTheNineColumnsAndARowPerDocumentWithItsSha256)
{
    const QByteArray pdf = binaryPdf();
    const QByteArray jpeg = jpegImage();
    const qint64 first =
        printedId(addDocument(QStringLiteral("1"), QStringLiteral("court_order"),
                              write(QStringLiteral("scan, page 1.pdf"), pdf), anna));
    const qint64 second = printedId(addDocument(
        QStringLiteral("1"), QStringLiteral("letter"), write(QStringLiteral("pismo.jpg"), jpeg),
        anna, {QStringLiteral("--date"), QStringLiteral("2025-09-01")}));
    // Another family's document is not in family 1's list.
    printedId(addDocument(QStringLiteral("2"), QStringLiteral("other"),
                          write(QStringLiteral("inna.png"), pngImage()), anna));

    const CliRun raw = listDocuments({QStringLiteral("--family"), QStringLiteral("1")},
                                     QStringLiteral("csv"), anna);
    ASSERT_EQ(raw.code, 0) << raw.err.toStdString();
    EXPECT_TRUE(raw.out.startsWith(QLatin1String(kHeader) + QLatin1Char('\n')))
        << raw.out.toStdString();
    EXPECT_TRUE(raw.out.contains(QStringLiteral("\"scan, page 1.pdf\"")))
        << "a comma in a file name is quoted: " << raw.out.toStdString();

    const QList<QStringList> rows = csvOf(QStringLiteral("1"), anna);
    ASSERT_EQ(rows.size(), 3) << "the header and one row per document of family 1";
    EXPECT_EQ(rows[0].join(QLatin1Char(',')), QLatin1String(kHeader));
    std::map<qint64, QStringList> byId;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 9) << rows[i].join(QLatin1Char('|')).toStdString();
        byId[rows[i][0].toLongLong()] = rows[i];
    }
    ASSERT_TRUE(byId.contains(first) && byId.contains(second));
    const QStringList& p = byId[first];
    EXPECT_EQ(p[1], QStringLiteral("1"));
    EXPECT_EQ(p[2], QStringLiteral("court_order"));
    EXPECT_EQ(p[3], QStringLiteral("2025-06-10"));
    EXPECT_EQ(p[4], QStringLiteral("scan, page 1.pdf"));
    EXPECT_EQ(p[5], QString::number(pdf.size()));
    EXPECT_EQ(p[6], sha256Hex(pdf));
    EXPECT_EQ(p[7], QStringLiteral("anna"));
    static const QRegularExpression utc(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    EXPECT_TRUE(utc.match(p[8]).hasMatch()) << p[8].toStdString();
    const QStringList& j = byId[second];
    EXPECT_EQ(j[2], QStringLiteral("letter"));
    EXPECT_EQ(j[3], QStringLiteral("2025-09-01"));
    EXPECT_EQ(j[5], QString::number(jpeg.size()));
    EXPECT_EQ(j[6], sha256Hex(jpeg));

    // The table for people names the files too.
    const CliRun text = listDocuments({QStringLiteral("--family"), QStringLiteral("1")},
                                      QStringLiteral("text"), anna);
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("pismo.jpg"))) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("inna.png"))) << text.out.toStdString();
}

TEST_F(DocumentCliTest, ListJsonParsesWithNumbersAsNumbersAndTheDetails)
{
    const QByteArray pdf = binaryPdf();
    const qint64 id =
        printedId(addDocument(QStringLiteral("1"), QStringLiteral("blue_card_form"),
                              write(QStringLiteral("nk.pdf"), pdf), anna,
                              {QStringLiteral("--note"), QStringLiteral("Formularz NK-A"),
                               QStringLiteral("--member"), QStringLiteral("1")}));
    const QJsonArray array = jsonOf({QStringLiteral("--family"), QStringLiteral("1")}, anna);
    ASSERT_EQ(array.size(), 1);
    const QJsonObject d = array[0].toObject();
    for (const char* key :
         {"id", "family_id", "kind", "date", "file_name", "bytes", "sha256", "added_by", "added_at",
          "description", "media_type", "foster_family_id", "placement_id", "member_id"})
        EXPECT_TRUE(d.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(d.value(QStringLiteral("id")).isDouble());
    EXPECT_EQ(d.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(d.value(QStringLiteral("family_id")).toInteger(), 1);
    EXPECT_TRUE(d.value(QStringLiteral("bytes")).isDouble());
    EXPECT_EQ(d.value(QStringLiteral("bytes")).toInteger(), pdf.size());
    EXPECT_EQ(d.value(QStringLiteral("sha256")).toString(), sha256Hex(pdf));
    EXPECT_EQ(d.value(QStringLiteral("kind")).toString(), QStringLiteral("blue_card_form"));
    EXPECT_EQ(d.value(QStringLiteral("media_type")).toString(), QStringLiteral("application/pdf"));
    EXPECT_EQ(d.value(QStringLiteral("description")).toString(), QStringLiteral("Formularz NK-A"));
    EXPECT_EQ(d.value(QStringLiteral("member_id")).toInteger(), 1);
    EXPECT_TRUE(d.value(QStringLiteral("foster_family_id")).isNull());
    EXPECT_TRUE(d.value(QStringLiteral("placement_id")).isNull());
    EXPECT_FALSE(d.value(QStringLiteral("removed")).toBool());
}

TEST_F(DocumentCliTest, AFileThatIsNotWhatItsNameSaysIsRefusedAndNothingAdded)
{
    const CliRun png = addDocument(QStringLiteral("1"), QStringLiteral("letter"),
                                   write(QStringLiteral("obraz.pdf"), pngImage()), anna);
    EXPECT_EQ(png.code, 2) << png.err.toStdString();
    EXPECT_TRUE(png.err.contains(QStringLiteral("obraz.pdf"))) << png.err.toStdString();
    EXPECT_TRUE(png.out.isEmpty()) << png.out.toStdString();

    const CliRun text = addDocument(QStringLiteral("1"), QStringLiteral("letter"),
                                    write(QStringLiteral("notatka.pdf"), "Zwykly tekst\n"), anna);
    EXPECT_EQ(text.code, 2) << text.err.toStdString();
    EXPECT_TRUE(text.err.contains(QStringLiteral("notatka.pdf"))) << text.err.toStdString();

    EXPECT_EQ(csvOf(QStringLiteral("1"), anna).size(), 1) << "the header only: nothing added";
    EXPECT_TRUE(audited(QStringLiteral("document.attach")).isEmpty());
}

TEST_F(DocumentCliTest, DevicesFifosFoldersAndHugeFilesAreRefusedWithoutHanging)
{
    const QString folder = dir.filePath(QStringLiteral("skany"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("skany")));
    const QString fifo = dir.filePath(QStringLiteral("rura.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Larger than any limit (sparse: no disk used); read whole it would take gigabytes.
    const QString huge = dir.filePath(QStringLiteral("ogromny.pdf"));
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        ASSERT_TRUE(file.resize(qint64(1024) * 1024 * 1024));
    }
    for (const QString& path : {QStringLiteral("/dev/zero"), folder, fifo, huge}) {
        QElapsedTimer timer;
        timer.start();
        const CliRun run = addDocument(QStringLiteral("1"), QStringLiteral("other"), path, anna);
        EXPECT_EQ(run.code, 2) << path.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
        EXPECT_LT(timer.elapsed(), 20000) << path.toStdString() << " was read";
    }
    const CliRun missing = addDocument(QStringLiteral("1"), QStringLiteral("other"),
                                       dir.filePath(QStringLiteral("brak.pdf")), anna);
    EXPECT_EQ(missing.code, 2) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("brak.pdf"))) << missing.err.toStdString();
    EXPECT_EQ(csvOf(QStringLiteral("1"), anna).size(), 1) << "nothing added";
}

TEST_F(DocumentCliTest, GetOntoTheDatabaseIsRefusedAndTheDatabaseUnchanged)
{
    const qint64 id = printedId(addDocument(QStringLiteral("1"), QStringLiteral("court_order"),
                                            write(QStringLiteral("p.pdf"), binaryPdf()), anna));
    const QByteArray before = contentOf(db());
    ASSERT_FALSE(before.isEmpty());
    const CliRun run = cli({QStringLiteral("document"), QStringLiteral("get"), QString::number(id),
                            QStringLiteral("--out"), db()},
                           anna);
    EXPECT_EQ(run.code, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(db())) << run.err.toStdString();
    EXPECT_TRUE(contentOf(db()) == before) << "the database file was changed";
    const CliRun verify = cli({QStringLiteral("verify")});
    EXPECT_EQ(verify.code, 0) << verify.err.toStdString();

    // Usage: the id and --out are required.
    EXPECT_EQ(
        cli({QStringLiteral("document"), QStringLiteral("get"), QString::number(id)}, anna).code,
        2);
    EXPECT_EQ(cli({QStringLiteral("document"), QStringLiteral("get"), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("x.pdf"))},
                  anna)
                  .code,
              2);
}

TEST_F(DocumentCliTest, ASocialWorkerCannotReachAnotherUnitsDocuments)
{
    const qint64 id = printedId(addDocument(QStringLiteral("1"), QStringLiteral("court_order"),
                                            write(QStringLiteral("p.pdf"), binaryPdf()), anna));
    // Beata (unit B) and Anna's family 1 (unit A).
    const CliRun list = listDocuments({QStringLiteral("--family"), QStringLiteral("1")},
                                      QStringLiteral("csv"), beata);
    EXPECT_EQ(list.code, 1) << list.err.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("p.pdf"))) << list.out.toStdString();

    const QString copy = dir.filePath(QStringLiteral("beaty.pdf"));
    const CliRun get = cli({QStringLiteral("document"), QStringLiteral("get"), QString::number(id),
                            QStringLiteral("--out"), copy},
                           beata);
    EXPECT_EQ(get.code, 1) << get.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy));

    const CliRun add = addDocument(QStringLiteral("1"), QStringLiteral("letter"),
                                   write(QStringLiteral("b.pdf"), binaryPdf()), beata);
    EXPECT_EQ(add.code, 1) << add.err.toStdString();
    EXPECT_EQ(csvOf(QStringLiteral("1"), anna).size(), 2) << "Anna's document only";

    // Her own family's list is hers to read.
    EXPECT_EQ(listDocuments({QStringLiteral("--family"), QStringLiteral("3")},
                            QStringLiteral("csv"), beata)
                  .code,
              0);
}

TEST_F(DocumentCliTest, RemovalNeedsAReasonAndIsKeptAsARecordedDecision)
{
    const qint64 id = printedId(addDocument(QStringLiteral("1"), QStringLiteral("letter"),
                                            write(QStringLiteral("pismo.pdf"), binaryPdf()), anna));
    const CliRun noReason =
        cli({QStringLiteral("document"), QStringLiteral("remove"), QString::number(id)}, anna);
    EXPECT_EQ(noReason.code, 2) << noReason.err.toStdString();
    EXPECT_TRUE(noReason.err.contains(QStringLiteral("--reason"))) << noReason.err.toStdString();
    const CliRun blank = cli({QStringLiteral("document"), QStringLiteral("remove"),
                              QString::number(id), QStringLiteral("--reason"), QStringLiteral(" ")},
                             anna);
    EXPECT_EQ(blank.code, 2) << blank.err.toStdString();
    EXPECT_EQ(csvOf(QStringLiteral("1"), anna).size(), 2) << "still there";

    const QString reason = QStringLiteral("Dołączony do niewłaściwej rodziny");
    const CliRun removed = cli({QStringLiteral("document"), QStringLiteral("remove"),
                                QString::number(id), QStringLiteral("--reason"), reason},
                               anna);
    ASSERT_EQ(removed.code, 0) << removed.err.toStdString();
    EXPECT_EQ(csvOf(QStringLiteral("1"), anna).size(), 1) << "no longer listed";

    const QJsonArray all = jsonOf({QStringLiteral("--family"), QStringLiteral("1")}, anna,
                                  {QStringLiteral("--removed")});
    ASSERT_EQ(all.size(), 1);
    const QJsonObject d = all[0].toObject();
    EXPECT_EQ(d.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(d.value(QStringLiteral("removal_reason")).toString(), reason);
    EXPECT_EQ(d.value(QStringLiteral("removed_by")).toString(), QStringLiteral("anna"));
    EXPECT_FALSE(d.value(QStringLiteral("removed_at")).toString().isEmpty());
    EXPECT_EQ(csvOf(QStringLiteral("1"), anna, {QStringLiteral("--removed")}).size(), 2);

    // Its content is gone: no copy, and no second removal.
    const QString copy = dir.filePath(QStringLiteral("po.pdf"));
    EXPECT_EQ(cli({QStringLiteral("document"), QStringLiteral("get"), QString::number(id),
                   QStringLiteral("--out"), copy},
                  anna)
                  .code,
              1);
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_EQ(cli({QStringLiteral("document"), QStringLiteral("remove"), QString::number(id),
                   QStringLiteral("--reason"), reason},
                  anna)
                  .code,
              1);
    const QList<QJsonObject> records = audited(QStringLiteral("document.remove"));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].value(QStringLiteral("entity_id")).toString(), QString::number(id));
}

TEST_F(DocumentCliTest, AFosterFamilysDocumentsAreListedWithoutAFamilyId)
{
    const CliRun f = importFile(QStringLiteral("foster-families"), QStringLiteral("ff.csv"),
                                "id,name,kind,municipality,opened_on,closed_on\n"
                                "1,Babcia Testowa,kinship,Testowo,2019-01-01,\n",
                                manager);
    ASSERT_EQ(f.code, 0) << f.err.toStdString();
    const QByteArray pdf = binaryPdf();
    const CliRun added =
        cli({QStringLiteral("document"), QStringLiteral("add"), QStringLiteral("--foster-family"),
             QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("health_certificate"),
             QStringLiteral("--file"), write(QStringLiteral("z.pdf"), pdf),
             QStringLiteral("--date"), QStringLiteral("2025-06-10")},
            manager);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const qint64 id = printedId(added);

    const CliRun csv = listDocuments({QStringLiteral("--foster-family"), QStringLiteral("1")},
                                     QStringLiteral("csv"), manager);
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QString row =
        QString::number(id) + QStringLiteral(",,health_certificate,2025-06-10,z.pdf,%1,%2,")
                                  .arg(QString::number(pdf.size()), sha256Hex(pdf));
    EXPECT_TRUE(csv.out.startsWith(QLatin1String(kHeader) + QLatin1Char('\n') + row))
        << csv.out.toStdString();
    const QJsonArray json =
        jsonOf({QStringLiteral("--foster-family"), QStringLiteral("1")}, manager);
    ASSERT_EQ(json.size(), 1);
    EXPECT_TRUE(json[0].toObject().value(QStringLiteral("family_id")).isNull());
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("foster_family_id")).toInteger(), 1);
}

TEST_F(DocumentCliTest, UsageErrorsAreExitTwo)
{
    const QString pdf = write(QStringLiteral("p.pdf"), binaryPdf());
    const QStringList add{QStringLiteral("document"), QStringLiteral("add")};
    const QStringList file{QStringLiteral("--kind"), QStringLiteral("letter"),
                           QStringLiteral("--file"), pdf};
    const CliRun noOwner = cli(add + file, anna);
    EXPECT_EQ(noOwner.code, 2);
    EXPECT_TRUE(noOwner.err.contains(QStringLiteral("--foster-family")))
        << noOwner.err.toStdString();
    EXPECT_EQ(cli(add + file +
                      QStringList{QStringLiteral("--family"), QStringLiteral("1"),
                                  QStringLiteral("--placement"), QStringLiteral("1")},
                  anna)
                  .code,
              2)
        << "one owner only";
    const CliRun badKind = addDocument(QStringLiteral("1"), QStringLiteral("invoice"), pdf, anna);
    EXPECT_EQ(badKind.code, 2);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("psychologist_opinion")))
        << badKind.err.toStdString();
    EXPECT_EQ(addDocument(QStringLiteral("1"), QStringLiteral("letter"), pdf, anna,
                          {QStringLiteral("--date"), QStringLiteral("2025-02-30")})
                  .code,
              2);
    EXPECT_EQ(cli({QStringLiteral("document"), QStringLiteral("print")}, anna).code, 2);
    // An unknown family is bad input, not an empty list.
    const CliRun unknown = listDocuments({QStringLiteral("--family"), QStringLiteral("99")},
                                         QStringLiteral("csv"), manager);
    EXPECT_EQ(unknown.code, 2) << unknown.out.toStdString();
    EXPECT_TRUE(unknown.out.isEmpty()) << unknown.out.toStdString();
    EXPECT_EQ(csvOf(QStringLiteral("1"), anna).size(), 1) << "nothing added";
}

TEST_F(DocumentCliTest, TheCentreSetsTheLargestDocumentAndAnythingLargerIsRefused)
{
    const CliRun shown = cli({QStringLiteral("settings"), QStringLiteral("show")}, manager);
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("document_max_mb=30\n")))
        << shown.out.toStdString();

    for (const char* wrong : {"0", "101", "1.5", "dużo"}) {
        const CliRun refused = cli({QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("document_max_mb"), QString::fromUtf8(wrong)},
                                   manager);
        EXPECT_EQ(refused.code, 2) << wrong << ": " << refused.err.toStdString();
    }
    const CliRun bySocialWorker = cli({QStringLiteral("settings"), QStringLiteral("set"),
                                       QStringLiteral("document_max_mb"), QStringLiteral("1")},
                                      anna);
    EXPECT_EQ(bySocialWorker.code, 1) << bySocialWorker.err.toStdString();

    const CliRun set = cli({QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("document_max_mb"), QStringLiteral("1")},
                           manager);
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    const CliRun again = cli({QStringLiteral("settings"), QStringLiteral("show")}, manager);
    EXPECT_TRUE(again.out.contains(QStringLiteral("document_max_mb=1\n")))
        << again.out.toStdString();

    QByteArray scan = binaryPdf();
    scan += QByteArray(1024 * 1024 + 1 - scan.size(), 'x');
    const CliRun large = addDocument(QStringLiteral("1"), QStringLiteral("letter"),
                                     write(QStringLiteral("skan.pdf"), scan), anna);
    EXPECT_EQ(large.code, 2) << large.err.toStdString();
    EXPECT_TRUE(large.err.contains(QStringLiteral("skan.pdf"))) << large.err.toStdString();
    scan.chop(1);
    const CliRun fits = addDocument(QStringLiteral("1"), QStringLiteral("letter"),
                                    write(QStringLiteral("skan.pdf"), scan), anna);
    EXPECT_EQ(fits.code, 0) << fits.err.toStdString();
}
