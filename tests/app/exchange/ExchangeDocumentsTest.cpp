// Documents in exchange packages (issue 25): a transfer between two centres carries the family's
// kept documents byte for byte, a referral carries none, and a document whose content is not
// what the package says refuses the whole package, storing and accepting nothing.
#include "ExchangeDocuments.h"

#include "AuditRepository.h"
#include "CentreService.h"
#include "DocumentRepository.h"
#include "DocumentService.h"
#include "ExchangeRepository.h"
#include "ExchangeService.h"
#include "ExchangeTestRows.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

const QByteArray kPassphrase("trzy sroki na drzewie");
const KeyDerivationCost kFast = KeyDerivationCost::minimal();

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A small PDF whose body holds every byte value (zeros, line ends, bytes above 127).
QByteArray pdfBytes()
{
    QByteArray bytes("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    bytes.append("\n%%EOF\n");
    return bytes;
}

QByteArray pngBytes()
{
    QByteArray bytes("\x89PNG\r\n\x1A\n", 8);
    bytes.append(QByteArray::fromHex("0000000d49484452000000010000000108060000001f15c489"));
    bytes.append(QByteArray(40, '\0'));
    return bytes;
}

QByteArray jpegBytes()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");
}

// One centre: its workspace, its keys and a manager linked to a worker.
struct Centre
{
    explicit Centre(const CentreDetails& details)
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker, 1, "Zespół 1"}});
        manager = ws.manager();
        manager.workerId = 1;
        auto card = CentreService(ws.session(ws.admin()), kFast).init(details, kPassphrase);
        EXPECT_TRUE(card.ok()) << (card.ok() ? "" : qPrintable(card.error().message));
    }

    ExchangeService service() { return ExchangeService(ws.session(manager), kFast); }
    DocumentService documents() { return DocumentService(ws.session(manager)); }

    QByteArray cardFile()
    {
        auto card = CentreService(ws.session(ws.manager()), kFast).card();
        EXPECT_TRUE(card.ok());
        return card.ok() ? CentreIdentity::toJson(*card) : QByteArray();
    }
    CentreCard card()
    {
        auto card = CentreIdentity::parseCard(cardFile(), QStringLiteral("centre.card"));
        EXPECT_TRUE(card.ok());
        return card.ok() ? *card : CentreCard{};
    }
    CentreKeys keys()
    {
        auto keys = CentreService(ws.session(ws.manager()), kFast).unlock(kPassphrase);
        EXPECT_TRUE(keys.ok()) << (keys.ok() ? "" : qPrintable(keys.error().message));
        return keys.ok() ? std::move(*keys) : CentreKeys{};
    }
    void trust(Centre& other)
    {
        auto added = CentreService(ws.session(ws.manager()), kFast)
                         .addPartner(other.cardFile(), QStringLiteral("partner.card"));
        ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    }

    int count(const char* table) { return test::rowCount(ws.database(), table); }
    // Every row a received or accepted package could leave behind.
    QList<int> stored()
    {
        return {count("exchange_items"), count("exchange_contents"), count("exchange_records"),
                count("families"),       count("members"),           count("work_plans"),
                count("documents"),      count("document_contents")};
    }
    QStringList audited(const QString& action)
    {
        return test::auditedValues(ws.database(), action);
    }
    void expectChainVerifies() { test::expectAuditChainVerifies(ws.database()); }

    test::TestWorkspace ws;
    User manager;
};

class ExchangeDocumentsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ops.trust(pcpr);
        pcpr.trust(ops);
        const Session session = ops.ws.session(ops.manager);
        Family f;
        f.name = QStringLiteral("Dokumentowska-Testowa");
        f.municipality = QStringLiteral("Testowo");
        f.address = QStringLiteral("ul. Papierowa 7");
        f.openedOn = QDate(2025, 1, 10);
        auto id = FamilyService(session).create(f);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
        family = *id;
        for (const char* firstName : {"Joanna", "Kasia"}) {
            Member m;
            m.familyId = family;
            m.firstName = QString::fromUtf8(firstName);
            m.lastName = f.name;
            m.birthDate = firstName[0] == 'J' ? QDate(1985, 3, 1) : QDate(2015, 6, 2);
            m.relation = firstName[0] == 'J' ? Relation::Parent : Relation::Child;
            m.sex = Sex::Female;
            auto added = MemberService(session).add(m);
            ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
            if (firstName[0] == 'K')
                kasia = *added;
        }
        // A court order about Kasia (PDF), a school's letter (PNG), and a scan removed as a
        // mistake, which stays behind.
        courtOrder = attach(DocumentKind::CourtOrder, QDate(2025, 3, 4),
                            QStringLiteral("Postanowienie o ustanowieniu nadzoru kuratora"),
                            QStringLiteral("postanowienie.pdf"), pdfBytes(), kasia);
        letter = attach(DocumentKind::Letter, QDate(2025, 4, 15), QStringLiteral("Pismo ze szkoły"),
                        QStringLiteral("pismo.png"), pngBytes(), std::nullopt);
        const qint64 mistake =
            attach(DocumentKind::Other, QDate(2025, 4, 16), QStringLiteral("Skan"),
                   QStringLiteral("pomylka.jpg"), jpegBytes(), std::nullopt);
        ASSERT_TRUE(ops.documents().remove(mistake, QStringLiteral("Zły skan")).ok());
    }

    qint64 attach(DocumentKind kind, const QDate& date, const QString& description,
                  const QString& fileName, const QByteArray& content,
                  std::optional<qint64> memberId)
    {
        NewDocument d;
        d.owner = DocumentOwner::family(family);
        d.memberId = memberId;
        d.kind = kind;
        d.date = date;
        d.description = description;
        d.fileName = fileName;
        d.content = content;
        auto id = ops.documents().attach(d);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : qPrintable(id.error().message));
        return id.ok() ? *id : 0;
    }

    SendRequest request(PackagePurpose purpose) const
    {
        SendRequest r;
        r.familyId = family;
        r.partner = pcprDetails().name;
        r.purpose = purpose;
        return r;
    }

    QByteArray send(PackagePurpose purpose)
    {
        auto sent = ops.service().send(request(purpose), kPassphrase);
        EXPECT_TRUE(sent.ok()) << (sent.ok() ? "" : qPrintable(sent.error().message));
        return sent.ok() ? sent->bytes : QByteArray();
    }

    ExchangeItem receive(const QByteArray& bytes)
    {
        auto item = pcpr.service().receive(bytes, QStringLiteral("paczka.opx"), kPassphrase);
        EXPECT_TRUE(item.ok()) << (item.ok() ? "" : qPrintable(item.error().message));
        return item.ok() ? *item : ExchangeItem{};
    }

    // The content of a package OPS sent, as PCPR opens it.
    QJsonObject contentOf(const QByteArray& bytes)
    {
        auto opened = Package::open(bytes, QStringLiteral("paczka.opx"), pcpr.keys(), ops.card());
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : qPrintable(opened.error().message));
        return opened.ok() ? QJsonDocument::fromJson(opened->content).object() : QJsonObject();
    }

    // A package OPS signs and seals itself around `content`, as a faulty sender would.
    QByteArray sealedByOps(PackagePurpose purpose, const QJsonObject& content)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        PackageManifest manifest;
        manifest.id = Package::newId();
        manifest.purpose = purpose;
        manifest.legalBasis = QStringLiteral("art. 15 ust. 1 pkt 3 ustawy o wspieraniu rodziny");
        manifest.senderFingerprint = CentreIdentity::fingerprint(ops.card());
        manifest.recipientFingerprint = CentreIdentity::fingerprint(pcpr.card());
        manifest.senderName = opsDetails().name;
        manifest.recipientName = pcprDetails().name;
        manifest.createdAt = now.addMSecs(-now.time().msec());
        auto bytes = Package::seal(manifest, QJsonDocument(content).toJson(QJsonDocument::Compact),
                                   ops.keys(), pcpr.card());
        EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : qPrintable(bytes.error().message));
        return bytes.ok() ? *bytes : QByteArray();
    }

    static CentreDetails opsDetails()
    {
        return {QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
                QStringLiteral("Testowo"), QStringLiteral("123456785")};
    }
    static CentreDetails pcprDetails()
    {
        return {QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"),
                CentreKind::Pcpr, QStringLiteral("powiat przykładowski"), QString()};
    }

    Centre ops{opsDetails()};
    Centre pcpr{pcprDetails()};
    qint64 family = 0;
    qint64 kasia = 0;
    qint64 courtOrder = 0;
    qint64 letter = 0;
};

// The content with the document of the sender's id `id` changed by `change`.
QJsonObject withDocument(QJsonObject content, qint64 id,
                         const std::function<void(QJsonObject&)>& change)
{
    QJsonArray documents = content.value(QStringLiteral("documents")).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QJsonObject d = documents.at(i).toObject();
        if (d.value(QStringLiteral("id")).toInteger() == id) {
            change(d);
            documents.replace(i, d);
        }
    }
    content.insert(QStringLiteral("documents"), documents);
    return content;
}

// The document's content with one byte changed, its sha256 left as it was.
void tamper(QJsonObject& document)
{
    QByteArray bytes =
        QByteArray::fromBase64(document.value(QStringLiteral("content")).toString().toLatin1());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    document.insert(QStringLiteral("content"), QString::fromLatin1(bytes.toBase64()));
}

} // namespace

TEST_F(ExchangeDocumentsTest, ATransferCarriesTheKeptDocumentsByteForByte)
{
    auto preview = ops.service().preview(request(PackagePurpose::Transfer));
    ASSERT_TRUE(preview.ok()) << qPrintable(preview.error().message);
    const QString lines = preview->lines.join(QLatin1Char('\n'));
    EXPECT_TRUE(lines.contains(QStringLiteral("2 document"))) << qPrintable(lines);
    EXPECT_TRUE(lines.contains(QStringLiteral("postanowienie.pdf"))) << qPrintable(lines);
    EXPECT_FALSE(lines.contains(QStringLiteral("pomylka.jpg"))) << qPrintable(lines);

    const QByteArray bytes = send(PackagePurpose::Transfer);
    const ExchangeItem received = receive(bytes);
    EXPECT_TRUE(received.summary.contains(QStringLiteral("2 document")))
        << qPrintable(received.summary);
    auto accepted = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    ASSERT_TRUE(accepted->familyId);
    const qint64 local = *accepted->familyId;

    auto documents = pcpr.documents().documents(DocumentOwner::family(local));
    ASSERT_TRUE(documents.ok()) << qPrintable(documents.error().message);
    ASSERT_EQ(documents->size(), 2); // the removed scan stayed behind
    auto members = MemberService(pcpr.ws.session(pcpr.manager)).members(local);
    ASSERT_TRUE(members.ok());
    const auto localKasia = std::find_if(members->begin(), members->end(), [](const Member& m) {
        return m.firstName == QStringLiteral("Kasia");
    });
    ASSERT_NE(localKasia, members->end());

    DocumentRepository repository(pcpr.ws.database());
    for (const CaseDocument& d : *documents) {
        const bool pdf = d.fileName == QStringLiteral("postanowienie.pdf");
        const QByteArray original = pdf ? pdfBytes() : pngBytes();
        auto content = repository.content(d.id);
        ASSERT_TRUE(content.ok());
        ASSERT_TRUE(content->has_value()) << qPrintable(d.fileName);
        EXPECT_EQ(**content, original) << qPrintable(d.fileName);
        EXPECT_EQ(d.sha256, sha256Of(original));
        EXPECT_EQ(d.bytes, original.size());
        EXPECT_EQ(d.addedBy, pcpr.manager.login);
        if (pdf) {
            EXPECT_EQ(d.kind, DocumentKind::CourtOrder);
            EXPECT_EQ(d.format, DocumentFormat::Pdf);
            EXPECT_EQ(d.date, QDate(2025, 3, 4));
            EXPECT_EQ(d.description,
                      QStringLiteral("Postanowienie o ustanowieniu nadzoru kuratora"));
            // About Kasia: the member PCPR made of her, not OPS's id.
            EXPECT_EQ(d.memberId, std::optional<qint64>(localKasia->id));
        } else {
            EXPECT_EQ(d.fileName, QStringLiteral("pismo.png"));
            EXPECT_EQ(d.kind, DocumentKind::Letter);
            EXPECT_EQ(d.format, DocumentFormat::Png);
            EXPECT_EQ(d.date, QDate(2025, 4, 15));
            EXPECT_FALSE(d.memberId);
        }
    }

    // Both audits count the documents; each attaching is audited at PCPR.
    const QStringList sends = ops.audited(QStringLiteral("exchange.send"));
    ASSERT_EQ(sends.size(), 1);
    EXPECT_TRUE(sends.last().contains(QStringLiteral("\"documents\":2")))
        << qPrintable(sends.last());
    const QStringList accepts = pcpr.audited(QStringLiteral("exchange.accept"));
    ASSERT_EQ(accepts.size(), 1);
    EXPECT_TRUE(accepts.last().contains(QStringLiteral("\"documents\":2")))
        << qPrintable(accepts.last());
    const QStringList attached = pcpr.audited(QStringLiteral("document.attach"));
    ASSERT_EQ(attached.size(), 2);
    for (const QString& record : attached)
        EXPECT_TRUE(record.contains(received.packageId)) << qPrintable(record);
    pcpr.expectChainVerifies();
}

TEST_F(ExchangeDocumentsTest, AReferralCarriesNoDocuments)
{
    const QByteArray bytes = send(PackagePurpose::Referral);
    EXPECT_FALSE(contentOf(bytes).contains(QStringLiteral("documents")));
    const ExchangeItem received = receive(bytes);
    EXPECT_FALSE(received.summary.contains(QStringLiteral("document")))
        << qPrintable(received.summary);
    auto accepted = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_TRUE(accepted.ok()) << qPrintable(accepted.error().message);
    EXPECT_EQ(pcpr.count("families"), 1);
    EXPECT_EQ(pcpr.count("documents"), 0);
    const QStringList accepts = pcpr.audited(QStringLiteral("exchange.accept"));
    ASSERT_EQ(accepts.size(), 1);
    EXPECT_TRUE(accepts.last().contains(QStringLiteral("\"documents\":0")))
        << qPrintable(accepts.last());
}

TEST_F(ExchangeDocumentsTest, ATransferWhoseDocumentWasChangedIsRefusedWholeOnReceiving)
{
    // A faulty sender: its signature is good, one document's content is not what its SHA-256
    // says (the signature would catch a change on the way, so the sender signs the change).
    const QJsonObject content = contentOf(send(PackagePurpose::Transfer));
    ASSERT_EQ(content.value(QStringLiteral("documents")).toArray().size(), 2);
    const QByteArray bad =
        sealedByOps(PackagePurpose::Transfer, withDocument(content, letter, tamper));
    const QList<int> before = pcpr.stored();

    auto refusedReceive = pcpr.service().receive(bad, QStringLiteral("zla.opx"), kPassphrase);
    ASSERT_FALSE(refusedReceive.ok());
    EXPECT_EQ(refusedReceive.error().kind, ErrorKind::BadInput);
    const QString message = refusedReceive.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("document no. %1").arg(letter)))
        << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("SHA-256"))) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("pismo"))) << qPrintable(message);
    EXPECT_EQ(pcpr.stored(), before);
    const QStringList refusals = pcpr.audited(QStringLiteral("exchange.refuse"));
    ASSERT_EQ(refusals.size(), 1);
    EXPECT_TRUE(refusals.last().contains(Package::sha256(bad)));

    // The same content, untouched and sealed the same way, is received.
    EXPECT_TRUE(pcpr.service()
                    .receive(sealedByOps(PackagePurpose::Transfer, content),
                             QStringLiteral("dobra.opx"), kPassphrase)
                    .ok());
}

TEST_F(ExchangeDocumentsTest, AStoredTransferWhoseDocumentWasChangedIsNotAccepted)
{
    const QByteArray bytes = send(PackagePurpose::Transfer);
    const ExchangeItem received = receive(bytes);
    // The stored content changed after receiving (the database edited by hand).
    const QJsonObject changed = withDocument(contentOf(bytes), courtOrder, tamper);
    ASSERT_TRUE(ExchangeRepository(pcpr.ws.database())
                    .replaceContent(received.id, QString::fromUtf8(QJsonDocument(changed).toJson(
                                                     QJsonDocument::Compact)))
                    .ok());
    const QList<int> before = pcpr.stored();

    auto accepted = pcpr.service().accept(received.id, std::nullopt);
    ASSERT_FALSE(accepted.ok());
    EXPECT_EQ(accepted.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(
        accepted.error().message.contains(QStringLiteral("document no. %1").arg(courtOrder)))
        << qPrintable(accepted.error().message);
    EXPECT_EQ(pcpr.stored(), before); // no family, member, plan or document
    auto item = pcpr.service().item(received.id);
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->status, QStringLiteral("received"));
    EXPECT_TRUE(pcpr.audited(QStringLiteral("exchange.accept")).isEmpty());
}

// The "documents" array read directly: each check refuses the package naming the document.
TEST(ExchangeDocumentsJson, ReadsWhatItWritesAndRefusesADocumentThatIsNotWhatItSays)
{
    CaseDocument pdf;
    pdf.id = 7;
    pdf.memberId = 31;
    pdf.kind = DocumentKind::CourtOrder;
    pdf.date = QDate(2025, 3, 4);
    pdf.description = QStringLiteral("Postanowienie");
    pdf.fileName = QStringLiteral("postanowienie.pdf");
    pdf.format = DocumentFormat::Pdf;
    pdf.sha256 = sha256Of(pdfBytes());
    CaseDocument png;
    png.id = 8;
    png.kind = DocumentKind::Letter;
    png.date = QDate(2025, 4, 15);
    png.fileName = QStringLiteral("pismo.PNG");
    png.format = DocumentFormat::Png;
    png.sha256 = sha256Of(pngBytes());
    const QJsonObject content{
        {QStringLiteral("documents"), QJsonArray{ExchangeDocuments::toJson(pdf, pdfBytes()),
                                                 ExchangeDocuments::toJson(png, pngBytes())}}};

    auto read = ExchangeDocuments::read(content, QStringLiteral("paczka.opx"));
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0).id, 7);
    EXPECT_EQ(read->at(0).memberId, std::optional<qint64>(31));
    EXPECT_EQ(read->at(0).kind, DocumentKind::CourtOrder);
    EXPECT_EQ(read->at(0).date, QDate(2025, 3, 4));
    EXPECT_EQ(read->at(0).content, pdfBytes());
    EXPECT_EQ(read->at(1).content, pngBytes());
    EXPECT_FALSE(read->at(1).memberId);
    EXPECT_EQ(read->at(1).format, DocumentFormat::Png);

    // A name without an extension says nothing of the format, as when it was attached.
    EXPECT_TRUE(ExchangeDocuments::read(withDocument(content, 8,
                                                     [](QJsonObject& d) {
                                                         d.insert(QStringLiteral("file_name"),
                                                                  QStringLiteral("skan"));
                                                     }),
                                        QStringLiteral("paczka.opx"))
                    .ok());

    auto none = ExchangeDocuments::read(QJsonObject{}, QStringLiteral("paczka.opx"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());

    const auto set = [](const char* field, const QJsonValue& value) {
        return std::function<void(QJsonObject&)>(
            [=](QJsonObject& d) { d.insert(QString::fromLatin1(field), value); });
    };
    const QString pngBase64 = QString::fromLatin1(pngBytes().toBase64());
    const QList<std::pair<const char*, std::function<void(QJsonObject&)>>> faults{
        {"changed content", tamper},
        {"another sha256", set("sha256", sha256Of(pdfBytes()))},
        {"a PNG said to be a PDF", set("media_type", QStringLiteral("application/pdf"))},
        {"an unknown media type", set("media_type", QStringLiteral("application/msword"))},
        {"an unknown kind", set("kind", QStringLiteral("invoice"))},
        {"no date", set("date", QJsonValue())},
        {"not a real date", set("date", QStringLiteral("2025-02-30"))},
        {"a folder in the file name", set("file_name", QStringLiteral("../pismo.png"))},
        {"a name of another type", set("file_name", QStringLiteral("pismo.pdf"))},
        {"no content", set("content", QJsonValue())},
        {"empty content", set("content", QString())},
        {"Base64 with a line break",
         set("content", pngBase64.left(8) + QLatin1Char('\n') + pngBase64.mid(8))},
        {"the id of the other document", set("id", 7)},
        {"a member id that is text", set("member_id", QStringLiteral("31"))},
    };
    for (const auto& [what, fault] : faults) {
        auto bad =
            ExchangeDocuments::read(withDocument(content, 8, fault), QStringLiteral("paczka.opx"));
        ASSERT_FALSE(bad.ok()) << what;
        EXPECT_EQ(bad.error().kind, ErrorKind::BadInput) << what;
        const QString message = bad.error().message;
        EXPECT_TRUE(message.contains(QStringLiteral("paczka.opx"))) << what;
        EXPECT_TRUE(message.contains(QStringLiteral("item 2 of 2"))) << what << qPrintable(message);
    }
    auto notAList =
        ExchangeDocuments::read(QJsonObject{{QStringLiteral("documents"), QStringLiteral("none")}},
                                QStringLiteral("paczka.opx"));
    ASSERT_FALSE(notAList.ok());
    EXPECT_EQ(notAList.error().kind, ErrorKind::BadInput);
}
