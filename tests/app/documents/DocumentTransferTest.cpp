// Documents leave the database only as they came in: a backup and its restore, and the move of a
// centre's file to a server (migrate), give every document back byte for byte.
#include "BackupService.h"
#include "Database.h"
#include "DatabaseTransfer.h"
#include "DocumentFixture.h"
#include "ImportService.h"
#include "UserRepository.h"
#include "VerifyService.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

using namespace opieka;
using opieka::test::DocumentTest;
using opieka::test::jpegBytes;
using opieka::test::kToday;
using opieka::test::pdfBytes;
using opieka::test::pngBytes;

namespace {

const QByteArray kPassphrase = "correct horse battery";

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Each document's metadata in a comparable line.
QStringList describe(const QList<CaseDocument>& documents)
{
    QStringList lines;
    for (const CaseDocument& d : documents)
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                     .arg(d.id)
                     .arg(documentKindName(d.kind), d.date.toString(Qt::ISODate), d.fileName,
                          mediaType(d.format))
                     .arg(d.bytes)
                     .arg(d.sha256, d.addedBy, d.addedAt.toString(Qt::ISODate));
    return lines;
}

} // namespace

TEST_F(DocumentTest, ABackupAndItsRestoreGiveEveryDocumentBackByteForByte)
{
    OPIEKA_SQLITE_ONLY("backups are VACUUM INTO copies of the file; a server is backed up with "
                       "pg_dump");
    QByteArray binary = pdfBytes(3 * 1024 * 1024);
    binary[20] = '\0';
    const QByteArray image = pngBytes(50000);
    const qint64 pdfId = attached(newDocument(DocumentOwner::family(1), DocumentKind::CourtOrder,
                                              QStringLiteral("postanowienie.pdf"), binary));
    const qint64 pngId =
        attached(newDocument(DocumentOwner::fosterFamily(1), DocumentKind::HealthCertificate,
                             QStringLiteral("zaświadczenie.png"), image));
    const QString backup = QDir(ws.dir()).filePath(QStringLiteral("centre.bk"));
    BackupService backups(ws.session(ws.admin()), KeyDerivationCost::minimal());
    auto done = backups.backup(backup, kPassphrase);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();

    // After the backup: one removed, another attached.
    ASSERT_TRUE(managers().remove(pdfId, QStringLiteral("Pomyłka")).ok());
    const qint64 later = attached(newDocument(DocumentOwner::family(1), DocumentKind::Letter,
                                              QStringLiteral("później.jpg"), jpegBytes()));
    ASSERT_GT(later, 0);

    auto restored = backups.restore(backup, kPassphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    auto pdf = managers().view(pdfId);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_EQ(*pdf, binary);
    EXPECT_EQ(managers().document(pdfId)->sha256, sha256(binary));
    EXPECT_FALSE(managers().document(pdfId)->removed());
    auto png = managers().view(pngId);
    ASSERT_TRUE(png.ok());
    EXPECT_EQ(*png, image);
    EXPECT_FALSE(managers().document(later).ok()) << "attached after the backup";
    EXPECT_EQ(documentRows(), 2);
    EXPECT_EQ(contentRows(), 2);
}

// The source is always an SQLite file; the target the test database (PostgreSQL in
// core_tests_postgres).
TEST(DocumentMigrate, DocumentsMoveToTheServerByteForByte)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("centre.sqlite"));
    auto opened = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& source = (*opened)->database();
    auto admin = (*opened)->ensureAdministrator(QStringLiteral("admin"));
    ASSERT_TRUE(admin.ok());
    auto imported = ImportService(Session(source, *admin))
                        .importBytes(DataSet::Families,
                                     "id,name,municipality,category,opened_on,closed_on\n"
                                     "1,Rodzina Łąckich,Łódź,at_risk,2019-02-28,\n",
                                     QStringLiteral("families.csv"), false, kToday);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    User manager;
    manager.login = QStringLiteral("kierowniczka");
    manager.role = Role::Manager;
    auto managerId = UserRepository(source).insert(manager);
    ASSERT_TRUE(managerId.ok());
    manager.id = *managerId;

    QList<QByteArray> contents{pdfBytes(2 * 1024 * 1024), pngBytes(70000), jpegBytes(1)};
    contents[0][100] = '\0';
    const QString names[] = {QStringLiteral("postanowienie sądu.pdf"), QStringLiteral("żółć.png"),
                             QStringLiteral("mały.jpg")};
    QList<qint64> ids;
    DocumentService documents{Session(source, manager)};
    for (int i = 0; i < contents.size(); ++i) {
        NewDocument d;
        d.owner = DocumentOwner::family(1);
        d.kind = DocumentKind::Letter;
        d.date = QDate(2024, 5, 1 + i);
        d.fileName = names[i];
        d.description = i == 2 ? QString() : QStringLiteral("Opis ąę");
        d.content = contents[i];
        auto id = documents.attach(d, kToday);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ids << *id;
    }
    ASSERT_TRUE(documents.remove(ids[2], QStringLiteral("Nieczytelny skan")).ok());
    auto before = documents.documents(DocumentOwner::family(1), true);
    ASSERT_TRUE(before.ok());

    test::TestDatabase target;
    auto server = Database::open(target.location(), Database::OpenMode::CreateIfMissing);
    ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
    auto report = DatabaseTransfer::copy(source, **server);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();

    DocumentService moved{Session(**server, manager)};
    auto after = moved.documents(DocumentOwner::family(1), true);
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    EXPECT_EQ(describe(*after), describe(*before));
    for (int i = 0; i < 2; ++i) {
        auto content = moved.view(ids[i]);
        ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
        EXPECT_EQ(content->size(), contents[i].size());
        EXPECT_TRUE(*content == contents[i]) << names[i].toStdString();
        EXPECT_EQ(moved.document(ids[i])->sha256, sha256(contents[i]));
    }
    EXPECT_TRUE(moved.document(ids[2])->removed());
    EXPECT_EQ(moved.document(ids[2])->removalReason, QStringLiteral("Nieczytelny skan"));
    EXPECT_FALSE(moved.view(ids[2]).ok());

    // New documents on the server get new ids, and the trail still verifies there.
    NewDocument next;
    next.owner = DocumentOwner::family(1);
    next.kind = DocumentKind::Other;
    next.date = kToday;
    next.fileName = QStringLiteral("nowy.pdf");
    next.content = pdfBytes();
    auto nextId = moved.attach(next, kToday);
    ASSERT_TRUE(nextId.ok()) << nextId.error().message.toStdString();
    EXPECT_GT(*nextId, ids.last());
    EXPECT_EQ(*moved.view(*nextId), next.content);
    auto verified = VerifyService(**server).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
}
