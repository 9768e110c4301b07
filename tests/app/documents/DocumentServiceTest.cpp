// Documents on the case (issue 25): attach, list, view, save a copy, remove; what is refused.
#include "DocumentFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace opieka;
using opieka::test::DocumentTest;
using opieka::test::jpegBytes;
using opieka::test::kToday;
using opieka::test::pdfBytes;
using opieka::test::pngBytes;

namespace {

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_F(DocumentTest, AnAttachedDocumentComesBackByteForByteWithItsSha256)
{
    QByteArray content = pdfBytes(200000);
    content.insert(100, QByteArray(16, '\0')); // NUL bytes in the middle survive
    const qint64 id =
        attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                             QStringLiteral("/home/anna/skany/pismo ze szkoły.pdf"), content));
    ASSERT_GT(id, 0);
    auto viewed = managers().view(id);
    ASSERT_TRUE(viewed.ok()) << viewed.error().message.toStdString();
    EXPECT_EQ(*viewed, content);

    auto listed = managers().documents(DocumentOwner::family(1));
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    const CaseDocument& d = listed->first();
    EXPECT_EQ(d.id, id);
    EXPECT_EQ(d.sha256, sha256(content));
    EXPECT_EQ(d.bytes, content.size());
    EXPECT_EQ(d.fileName, QStringLiteral("pismo ze szkoły.pdf")) << "kept without its folder";
    EXPECT_EQ(d.format, DocumentFormat::Pdf);
    EXPECT_EQ(d.kind, DocumentKind::Letter);
    EXPECT_EQ(d.date, QDate(2024, 5, 20));
    EXPECT_EQ(d.addedBy, ws.manager().login);
    EXPECT_TRUE(d.addedAt.isValid());
    EXPECT_EQ(d.addedAt.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(d.addedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_FALSE(d.removed());
    auto stored =
        sql::firstRow(ws.database(), QStringLiteral("SELECT added_at FROM documents WHERE id = ?"),
                      {id}, sql::textColumn);
    ASSERT_TRUE(stored.ok() && *stored);
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"))
                    .match(**stored)
                    .hasMatch())
        << (*stored)->toStdString();
}

TEST_F(DocumentTest, ImagesAreTakenByTheirContentAndNamedAsTheyAre)
{
    const QByteArray png = pngBytes();
    const QByteArray jpeg = jpegBytes();
    const qint64 pngId = attached(newDocument(DocumentOwner::family(1), DocumentKind::Other,
                                              QStringLiteral("skan.PNG"), png));
    const qint64 jpegId = attached(newDocument(DocumentOwner::family(1), DocumentKind::Other,
                                               QStringLiteral("zdjęcie.jpeg"), jpeg));
    EXPECT_EQ(managers().document(pngId)->format, DocumentFormat::Png);
    EXPECT_EQ(managers().document(jpegId)->format, DocumentFormat::Jpeg);
    EXPECT_EQ(*managers().view(pngId), png);
    EXPECT_EQ(*managers().view(jpegId), jpeg);
}

TEST_F(DocumentTest, AFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsWritten)
{
    const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    struct Case
    {
        const char* why;
        QString fileName;
        QByteArray content;
        QString said;
    };
    const Case cases[] = {
        {"a PNG named .pdf", QStringLiteral("postanowienie.pdf"), pngBytes(),
         QStringLiteral("PNG")},
        {"a text file named .pdf", QStringLiteral("postanowienie.pdf"),
         QByteArray("To nie jest PDF, tylko tekst.\n"), QStringLiteral("not a PDF, JPEG or PNG")},
        {"a Word file", QStringLiteral("pismo.docx"), QByteArray("PK\x03\x04", 4) + pngBytes(),
         QStringLiteral("not a PDF, JPEG or PNG")},
        {"a PDF named .txt", QStringLiteral("pismo.txt"), pdfBytes(), QStringLiteral("PDF")},
        {"an empty file", QStringLiteral("pusty.pdf"), QByteArray(), QStringLiteral("empty")},
    };
    for (const Case& c : cases) {
        auto checked = managers().checkFile(c.fileName, c.content);
        ASSERT_FALSE(checked.ok()) << c.why;
        auto id = managers().attach(
            newDocument(DocumentOwner::family(1), DocumentKind::CourtOrder, c.fileName, c.content),
            kToday);
        ASSERT_FALSE(id.ok()) << c.why;
        EXPECT_EQ(id.error().kind, ErrorKind::BadInput) << c.why;
        EXPECT_TRUE(id.error().message.contains(c.fileName)) << id.error().message.toStdString();
        EXPECT_TRUE(id.error().message.contains(c.said)) << id.error().message.toStdString();
    }
    EXPECT_EQ(documentRows(), 0);
    EXPECT_EQ(contentRows(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

TEST_F(DocumentTest, AFileOverTheLimitIsRefusedAndTheCentreSetsTheLimit)
{
    EXPECT_EQ(*managers().maxBytes(), DocumentService::kDefaultMaxBytes);
    ASSERT_TRUE(
        sql::run(ws.database(), QStringLiteral("INSERT INTO settings (setting_key, setting_value) "
                                               "VALUES ('document_max_mb', '1')"))
            .ok());
    EXPECT_EQ(*managers().maxBytes(), 1024 * 1024);
    const QByteArray tooLarge = pdfBytes(1024 * 1024); // the header takes it over 1 MB
    auto id = managers().attach(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                            QStringLiteral("gruby.pdf"), tooLarge),
                                kToday);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("gruby.pdf")));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("1.0 MB")))
        << id.error().message.toStdString();
    EXPECT_EQ(documentRows(), 0);
    EXPECT_EQ(contentRows(), 0);
    EXPECT_GT(attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                   QStringLiteral("cienki.pdf"), pdfBytes(1000 * 1000))),
              0)
        << "just under the limit";

    // No setting says more than the hard limit.
    ASSERT_TRUE(
        sql::run(ws.database(), QStringLiteral("UPDATE settings SET setting_value = '5000' WHERE "
                                               "setting_key = 'document_max_mb'"))
            .ok());
    EXPECT_EQ(*managers().maxBytes(), DocumentService::kHardMaxBytes);
}

TEST_F(DocumentTest, DetailsThatCannotBeAreRefused)
{
    auto refusedFor = [&](NewDocument d) {
        auto id = managers().attach(std::move(d), kToday);
        return !id.ok() && id.error().kind != ErrorKind::Storage;
    };
    const auto letter = [&] {
        return newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                           QStringLiteral("pismo.pdf"), pdfBytes());
    };
    NewDocument future = letter();
    future.date = kToday.addDays(1);
    EXPECT_TRUE(refusedFor(future)) << "a date after today";
    NewDocument ancient = letter();
    ancient.date = QDate(1899, 12, 31);
    EXPECT_TRUE(refusedFor(ancient)) << "a date before 1900";
    NewDocument longDescription = letter();
    longDescription.description = QString(501, QLatin1Char('x'));
    EXPECT_TRUE(refusedFor(longDescription));
    NewDocument nul = letter();
    nul.description = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    EXPECT_TRUE(refusedFor(nul));
    NewDocument control = letter();
    control.fileName = QStringLiteral("pis\x01mo.pdf");
    EXPECT_TRUE(refusedFor(control)) << "a control character in the file name";
    NewDocument certificateOfAFamily = letter();
    certificateOfAFamily.kind = DocumentKind::HealthCertificate;
    EXPECT_TRUE(refusedFor(certificateOfAFamily)) << "a certificate is a foster family's";
    NewDocument noSuchFamily = letter();
    noSuchFamily.owner = DocumentOwner::family(99);
    EXPECT_TRUE(refusedFor(noSuchFamily));
    EXPECT_EQ(documentRows(), 0);

    NewDocument longest = letter();
    longest.description = QString(500, QLatin1Char('x'));
    longest.date = kToday;
    EXPECT_GT(attached(longest), 0) << "500 characters, dated today";
}

TEST_F(DocumentTest, ASocialWorkerReadsTheDocumentsOfHerCasesOnly)
{
    const qint64 id = attached(newDocument(DocumentOwner::family(2), DocumentKind::Letter,
                                           QStringLiteral("pismo.pdf"), pdfBytes()));
    // Family 2 is Cezary's, of another unit than Anna's.
    auto listed = service(anna).documents(DocumentOwner::family(2));
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(service(anna).view(id).ok());
    EXPECT_FALSE(service(anna).document(id).ok());
    EXPECT_FALSE(service(anna).copy(id, QStringLiteral("kopia.pdf")).ok());
    EXPECT_FALSE(service(anna).remove(id, QStringLiteral("pomyłka")).ok());
    EXPECT_FALSE(service(anna)
                     .attach(newDocument(DocumentOwner::family(2), DocumentKind::Letter,
                                         QStringLiteral("inne.pdf"), pdfBytes()),
                             kToday)
                     .ok());
    EXPECT_EQ(auditRows(QStringLiteral("document.view"), id), 0) << "a refusal views nothing";

    auto his = service(cezary).documents(DocumentOwner::family(2));
    ASSERT_TRUE(his.ok()) << his.error().message.toStdString();
    EXPECT_EQ(his->size(), 1);
    EXPECT_TRUE(service(cezary).view(id).ok());
    auto all = managers().documents(DocumentOwner::family(2));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1) << "a manager reads every case";

    // Anna attaches to her own family.
    auto own = service(anna).attach(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                                QStringLiteral("jej.pdf"), pdfBytes()),
                                    kToday);
    ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
    EXPECT_EQ(service(anna).documents(DocumentOwner::family(1))->size(), 1);
    EXPECT_FALSE(service(ws.admin()).documents(DocumentOwner::family(1)).ok())
        << "administrators read no case";
}

TEST_F(DocumentTest, ACoordinatorSeesTheDocumentsOfHerFosterFamiliesOnly)
{
    const qint64 hers =
        attached(newDocument(DocumentOwner::fosterFamily(1), DocumentKind::HealthCertificate,
                             QStringLiteral("zaświadczenie.pdf"), pdfBytes()));
    attached(newDocument(DocumentOwner::fosterFamily(2), DocumentKind::HealthCertificate,
                         QStringLiteral("zaświadczenie.pdf"), pdfBytes()));
    auto listed = service(ewa).documents(DocumentOwner::fosterFamily(1));
    ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().id, hers);
    EXPECT_TRUE(service(ewa).view(hers).ok());
    EXPECT_FALSE(service(ewa).documents(DocumentOwner::fosterFamily(2)).ok())
        << "nobody's foster family is not hers";
    EXPECT_FALSE(service(anna).documents(DocumentOwner::fosterFamily(1)).ok());
}

TEST_F(DocumentTest, ViewingAndSavingACopyAreAudited)
{
    const QByteArray content = pdfBytes();
    const qint64 id = attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                           QStringLiteral("pismo.pdf"), content));
    EXPECT_EQ(auditRows(QStringLiteral("document.attach"), id), 1);
    EXPECT_EQ(auditRows(QStringLiteral("document.view"), id), 0);
    ASSERT_TRUE(service(anna).view(id).ok());
    EXPECT_EQ(auditRows(QStringLiteral("document.view"), id), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'document.view' AND user_login = 'anna'")),
              1);

    const QString path = QDir(ws.dir()).filePath(QStringLiteral("kopia.pdf"));
    ASSERT_TRUE(service(anna).saveCopy(id, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content);
    EXPECT_EQ(auditRows(QStringLiteral("document.save_copy"), id), 1);
    auto values = sql::firstRow(
        ws.database(),
        QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'document.save_copy'"), {},
        sql::textColumn);
    ASSERT_TRUE(values.ok() && *values);
    EXPECT_TRUE((*values)->contains(QStringLiteral("kopia.pdf")));
    EXPECT_FALSE((*values)->contains(ws.dir())) << "the copy's name only, not where it went";

    // The audit never holds the content, nor its description.
    auto all = sql::rows(ws.database(),
                         QStringLiteral("SELECT COALESCE(old_values, '') || COALESCE(new_values, "
                                        "'') FROM audit_log WHERE entity = 'document'"),
                         {}, sql::textColumn);
    ASSERT_TRUE(all.ok());
    ASSERT_FALSE(all->isEmpty());
    for (const QString& text : *all) {
        EXPECT_LT(text.size(), 2000);
        EXPECT_FALSE(text.contains(QStringLiteral("Skan testowy")));
    }
}

TEST_F(DocumentTest, ARemovalNeedsAReasonKeepsTheRecordAndDropsTheContent)
{
    const qint64 id = attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                           QStringLiteral("pismo.pdf"), pdfBytes()));
    auto noReason = service(anna).remove(id, QStringLiteral("   "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().kind, ErrorKind::BadInput);
    EXPECT_FALSE(service(anna).remove(id, QString(1001, QLatin1Char('x'))).ok());
    EXPECT_EQ(contentRows(), 1);

    ASSERT_TRUE(service(anna).remove(id, QStringLiteral("Dołączony do złej rodziny")).ok());
    EXPECT_EQ(documentRows(), 1) << "the row stays";
    EXPECT_EQ(contentRows(), 0) << "the content goes";
    auto d = managers().document(id);
    ASSERT_TRUE(d.ok());
    ASSERT_TRUE(d->removed());
    EXPECT_EQ(d->removedBy, QStringLiteral("anna"));
    EXPECT_EQ(d->removalReason, QStringLiteral("Dołączony do złej rodziny"));
    EXPECT_LE(qAbs(d->removedAt->secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(auditRows(QStringLiteral("document.remove"), id), 1);

    auto viewed = managers().view(id);
    ASSERT_FALSE(viewed.ok());
    EXPECT_EQ(viewed.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(managers().remove(id, QStringLiteral("jeszcze raz")).ok()) << "removed once";
    EXPECT_TRUE(managers().documents(DocumentOwner::family(1))->isEmpty());
    EXPECT_EQ(managers().documents(DocumentOwner::family(1), true)->size(), 1);
}

TEST_F(DocumentTest, TheListIsNewestFirstAndReadsNoContent)
{
    // 200 documents of 100 kB each: 20 MB the list must not read.
    constexpr int kCount = 200;
    const QByteArray content = pdfBytes(100 * 1000);
    for (int i = 0; i < kCount; ++i)
        ASSERT_GT(attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                       QStringLiteral("pismo %1.pdf").arg(i), content,
                                       QDate(2020, 1, 1).addDays(i))),
                  0);
    // The content is made unreadable: a list that touched it would fail or carry it.
    ASSERT_TRUE(sql::run(ws.database(), QStringLiteral("ALTER TABLE document_contents RENAME TO "
                                                       "document_contents_hidden"))
                    .ok());
    auto listed = managers().documents(DocumentOwner::family(1));
    ASSERT_TRUE(sql::run(ws.database(), QStringLiteral("ALTER TABLE document_contents_hidden "
                                                       "RENAME TO document_contents"))
                    .ok());
    ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
    ASSERT_EQ(listed->size(), kCount);
    EXPECT_EQ(listed->first().date, QDate(2020, 1, 1).addDays(kCount - 1)) << "newest first";
    EXPECT_EQ(listed->last().date, QDate(2020, 1, 1));
    EXPECT_EQ(listed->first().bytes, content.size());
}
