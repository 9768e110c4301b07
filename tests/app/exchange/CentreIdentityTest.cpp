// The centre's identity (issue 22 part 1): its keys sealed under the centre passphrase, its card
// as another centre reads it, the fingerprint read over the phone, and the partners it trusts.
#include "CentreIdentity.h"

#include "AuditService.h"
#include "CentreService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

const QByteArray kPassphrase("dwa koty na płocie");

CentreDetails opsDetails()
{
    return {QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
            QStringLiteral("Testowo"), QStringLiteral("123456785")};
}

CentreDetails pcprDetails()
{
    return {QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"), CentreKind::Pcpr,
            QStringLiteral("powiat przykładowski"), QString()};
}

CentreKeys newKeys()
{
    auto keys = CentreIdentity::generate();
    EXPECT_TRUE(keys.ok());
    return keys.ok() ? std::move(*keys) : CentreKeys();
}

CentreCard cardOf(const CentreKeys& keys, const CentreDetails& details = opsDetails())
{
    auto card = CentreIdentity::makeCard(keys, details,
                                         QDateTime(QDate(2026, 5, 12), QTime(9, 30, 15), Qt::UTC));
    EXPECT_TRUE(card.ok()) << (card.ok() ? "" : qPrintable(card.error().message));
    return card.ok() ? *card : CentreCard();
}

TEST(CentreKeysTest, SealedKeysOpenWithThePassphraseAndSignAsTheCard)
{
    const CentreKeys keys = newKeys();
    auto sealed = CentreIdentity::seal(keys, kPassphrase, KeyDerivationCost::minimal());
    ASSERT_TRUE(sealed.ok()) << qPrintable(sealed.error().message);
    EXPECT_EQ(sealed->salt.size(), 16);
    EXPECT_EQ(sealed->sealed.size(), 24 + 16 + 96);

    auto opened =
        CentreIdentity::unseal(*sealed, kPassphrase, keys.signingKey(), keys.encryptionKey());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->signingKey(), keys.signingKey());
    EXPECT_EQ(opened->encryptionKey(), keys.encryptionKey());
    // The opened keys sign as the original ones: a card made with them verifies.
    EXPECT_TRUE(CentreIdentity::verify(cardOf(*opened)));

    // Sealing again gives other bytes (new salt and nonce).
    auto again = CentreIdentity::seal(keys, kPassphrase, KeyDerivationCost::minimal());
    ASSERT_TRUE(again.ok());
    EXPECT_NE(again->salt, sealed->salt);
    EXPECT_NE(again->sealed, sealed->sealed);
}

TEST(CentreKeysTest, AWrongPassphraseIsBadInputAndSaysSo)
{
    const CentreKeys keys = newKeys();
    auto sealed = CentreIdentity::seal(keys, kPassphrase, KeyDerivationCost::minimal());
    ASSERT_TRUE(sealed.ok());
    auto opened = CentreIdentity::unseal(*sealed, QByteArray("dwa koty na plocie"),
                                         keys.signingKey(), keys.encryptionKey());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("passphrase is wrong")))
        << qPrintable(opened.error().message);
    // Recognised as such (the window asks for the passphrase again), without reading its words.
    EXPECT_TRUE(CentreIdentity::isWrongPassphrase(opened.error()));
}

TEST(CentreKeysTest, OnlyAWrongPassphraseIsRecognisedAsOne)
{
    EXPECT_TRUE(CentreIdentity::isWrongPassphrase(CentreIdentity::wrongPassphrase()));
    // Keys that are not the card's: bad input too, but typing the passphrase again is no help.
    const CentreKeys ours = newKeys();
    auto sealed = CentreIdentity::seal(newKeys(), kPassphrase, KeyDerivationCost::minimal());
    ASSERT_TRUE(sealed.ok());
    auto damaged =
        CentreIdentity::unseal(*sealed, kPassphrase, ours.signingKey(), ours.encryptionKey());
    ASSERT_FALSE(damaged.ok());
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(damaged.error()));
    // The same words as a refusal, or inside another message, are not the wrong passphrase.
    const QString words = CentreIdentity::wrongPassphrase().message;
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(refused(words)));
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(
        badInput(QStringLiteral("pakiet.opieka: ") + words + QStringLiteral(" (kopia)"))));
    EXPECT_FALSE(CentreIdentity::isWrongPassphrase(badInput(QString())));
}

TEST(CentreKeysTest, SealedKeysOfAnotherCentreAreRefused)
{
    const CentreKeys ours = newKeys();
    const CentreKeys theirs = newKeys();
    auto sealed = CentreIdentity::seal(theirs, kPassphrase, KeyDerivationCost::minimal());
    ASSERT_TRUE(sealed.ok());
    auto opened =
        CentreIdentity::unseal(*sealed, kPassphrase, ours.signingKey(), ours.encryptionKey());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not the keys of its card")));
}

TEST(CentreCardTest, ACardReadsBackAsWritten)
{
    const CentreKeys keys = newKeys();
    const CentreCard card = cardOf(keys);
    ASSERT_TRUE(CentreIdentity::verify(card));
    const QByteArray file = CentreIdentity::toJson(card);

    const QJsonObject json = QJsonDocument::fromJson(file).object();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(),
              QStringLiteral("opieka-centre-card"));
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("name")).toString(), opsDetails().name);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("ops"));
    EXPECT_EQ(json.value(QStringLiteral("area")).toString(), QStringLiteral("Testowo"));
    EXPECT_EQ(json.value(QStringLiteral("regon")).toString(), QStringLiteral("123456785"));
    EXPECT_EQ(json.value(QStringLiteral("created_at")).toString(),
              QStringLiteral("2026-05-12T09:30:15Z"));
    EXPECT_EQ(json.value(QStringLiteral("signing_key")).toString().toLatin1(),
              keys.signingKey().toBase64());
    EXPECT_EQ(json.keys().size(), 10);

    auto read = CentreIdentity::parseCard(file, QStringLiteral("ops.card"));
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_EQ(*read, card);

    // Without a REGON the field is left out, and the card still reads back.
    const CentreCard pcpr = cardOf(keys, pcprDetails());
    const QByteArray pcprFile = CentreIdentity::toJson(pcpr);
    EXPECT_FALSE(QJsonDocument::fromJson(pcprFile).object().contains(QStringLiteral("regon")));
    auto readPcpr = CentreIdentity::parseCard(pcprFile, QStringLiteral("pcpr.card"));
    ASSERT_TRUE(readPcpr.ok()) << qPrintable(readPcpr.error().message);
    EXPECT_EQ(*readPcpr, pcpr);
}

TEST(CentreCardTest, EveryChangedByteIsRefused)
{
    const QByteArray file = CentreIdentity::toJson(cardOf(newKeys()));
    for (qsizetype i = 0; i < file.size(); ++i) {
        QByteArray changed = file;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        auto read = CentreIdentity::parseCard(changed, QStringLiteral("ops.card"));
        ASSERT_FALSE(read.ok()) << "byte " << i << " ('" << file.at(i) << "') changed, accepted";
        EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
    }
}

TEST(CentreCardTest, AChangedFieldIsRefusedForItsSignature)
{
    QJsonObject json = QJsonDocument::fromJson(CentreIdentity::toJson(cardOf(newKeys()))).object();
    json.insert(QStringLiteral("area"), QStringLiteral("Inne Miasto"));
    auto read = CentreIdentity::parseCard(QJsonDocument(json).toJson(), QStringLiteral("ops.card"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("signature does not match")))
        << qPrintable(read.error().message);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("ops.card")));
}

TEST(CentreCardTest, OtherVersionsUnknownFieldsAndOtherFilesAreRefused)
{
    const QJsonObject json =
        QJsonDocument::fromJson(CentreIdentity::toJson(cardOf(newKeys()))).object();
    const auto refusedWith = [](const QJsonObject& changed, const char* words) {
        auto read =
            CentreIdentity::parseCard(QJsonDocument(changed).toJson(), QStringLiteral("x.card"));
        ASSERT_FALSE(read.ok()) << words;
        EXPECT_EQ(read.error().kind, ErrorKind::BadInput);
        EXPECT_TRUE(read.error().message.contains(QString::fromUtf8(words)))
            << qPrintable(read.error().message);
    };
    QJsonObject later = json;
    later.insert(QStringLiteral("version"), 2);
    refusedWith(later, "has version 2");
    QJsonObject extra = json;
    extra.insert(QStringLiteral("note"), QStringLiteral("x"));
    refusedWith(extra, "unknown field \"note\"");
    QJsonObject missing = json;
    missing.remove(QStringLiteral("encryption_key"));
    refusedWith(missing, "missing");
    QJsonObject badRegon = json;
    badRegon.insert(QStringLiteral("regon"), QStringLiteral("123456784"));
    refusedWith(badRegon, "is not a REGON");
    QJsonObject other = json;
    other.insert(QStringLiteral("format"), QStringLiteral("opieka-package"));
    refusedWith(other, "is not a centre card");

    auto text = CentreIdentity::parseCard("name,kind\n", QStringLiteral("x.csv"));
    ASSERT_FALSE(text.ok());
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("x.csv is not a centre card")));
}

TEST(CentreCardTest, TheSignatureCoversTheFieldsAsDocsExchangeSays)
{
    CentreCard card;
    card.details = {QStringLiteral("Ośrodek"), CentreKind::Pcpr, QStringLiteral("Testowo"), {}};
    card.createdAt = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
    card.signingKey = QByteArray(32, 'S');
    card.encryptionKey = QByteArray(32, 'E');
    QByteArray expected;
    const auto field = [&](const QByteArray& bytes) {
        expected.append(char(0)).append(char(0)).append(char(0)).append(char(bytes.size()));
        expected.append(bytes);
    };
    field("opieka-centre-card");
    field("1");
    field(QStringLiteral("Ośrodek").toUtf8()); // 8 bytes: ś is two
    field("pcpr");
    field("Testowo");
    field("");
    field("2026-05-12T09:30:00Z");
    field(QByteArray(32, 'S'));
    field(QByteArray(32, 'E'));
    EXPECT_EQ(CentreIdentity::signedBytes(card).toHex(), expected.toHex());
}

TEST(CentreFingerprintTest, EightGroupsOfFiveDigitsOfTheKeysHash)
{
    // The value another implementation computes: BLAKE2b-320 of the bytes 0..63 (here worked out
    // with Python's hashlib.blake2b(bytes(range(64)), digest_size=40)), 5 bytes a group, big
    // endian, modulo 100000.
    QByteArray signing;
    QByteArray encryption;
    for (int i = 0; i < 32; ++i) {
        signing.append(static_cast<char>(i));
        encryption.append(static_cast<char>(32 + i));
    }
    EXPECT_EQ(CentreIdentity::fingerprint(signing, encryption),
              QStringLiteral("79969 37683 37045 51922 45604 67249 85568 25883"));

    const CentreKeys keys = newKeys();
    const CentreCard card = cardOf(keys);
    const QString print = CentreIdentity::fingerprint(card);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{5}( \\d{5}){7}$")).match(print).hasMatch())
        << qPrintable(print);
    // The same keys, the same fingerprint: on another card of them, and on the card read back.
    EXPECT_EQ(CentreIdentity::fingerprint(cardOf(keys, pcprDetails())), print);
    auto read = CentreIdentity::parseCard(CentreIdentity::toJson(card), QStringLiteral("a.card"));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(CentreIdentity::fingerprint(*read), print);
    EXPECT_NE(CentreIdentity::fingerprint(cardOf(newKeys())), print);
}

TEST(CentreDetailsTest, RegonIsNineOrFourteenDigitsWithItsCheckDigits)
{
    EXPECT_TRUE(CentreIdentity::isValidRegon(QStringLiteral("123456785")));
    EXPECT_FALSE(CentreIdentity::isValidRegon(QStringLiteral("123456784")));
    EXPECT_TRUE(CentreIdentity::isValidRegon(QStringLiteral("12345678500010")));
    EXPECT_FALSE(CentreIdentity::isValidRegon(QStringLiteral("12345678500011")));
    EXPECT_FALSE(CentreIdentity::isValidRegon(QStringLiteral("12345678400010"))); // bad first 9
    EXPECT_FALSE(CentreIdentity::isValidRegon(QStringLiteral("1234567850")));
    EXPECT_FALSE(CentreIdentity::isValidRegon(QStringLiteral("12345678a")));
    EXPECT_FALSE(CentreIdentity::isValidRegon(QString()));

    CentreDetails noName = opsDetails();
    noName.name = QStringLiteral("  ");
    EXPECT_FALSE(CentreIdentity::checkDetails(noName).ok());
    CentreDetails twoLines = opsDetails();
    twoLines.area = QStringLiteral("Testowo\nInne");
    EXPECT_FALSE(CentreIdentity::checkDetails(twoLines).ok());
    EXPECT_TRUE(CentreIdentity::checkDetails(pcprDetails()).ok());
}

// The service on a database: who may, once only, audited, and the partners.
class CentreServiceTest : public ::testing::Test
{
protected:
    CentreService service(test::TestWorkspace& on, const User& user)
    {
        return CentreService(on.session(user), KeyDerivationCost::minimal());
    }

    CentreCard init(test::TestWorkspace& on, const CentreDetails& details)
    {
        auto card = service(on, on.admin()).init(details, kPassphrase);
        EXPECT_TRUE(card.ok()) << (card.ok() ? "" : qPrintable(card.error().message));
        return card.ok() ? *card : CentreCard();
    }

    QList<AuditEntry> auditOf(test::TestWorkspace& on, const QString& login)
    {
        auto entries = AuditService(on.session(on.manager())).ofUser(login);
        EXPECT_TRUE(entries.ok());
        return entries.ok() ? *entries : QList<AuditEntry>{};
    }

    test::TestWorkspace ops;
};

TEST_F(CentreServiceTest, AnAdministratorMakesTheCentresKeysOnceAndTheAuditSaysSoWithoutKeys)
{
    const CentreCard card = init(ops, opsDetails());
    EXPECT_EQ(card.details, opsDetails());
    EXPECT_TRUE(CentreIdentity::verify(card));

    auto read = service(ops, ops.manager()).card();
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_EQ(*read, card);

    auto again = service(ops, ops.admin()).init(pcprDetails(), kPassphrase);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already has its keys")));
    auto stillOps = service(ops, ops.manager()).card();
    ASSERT_TRUE(stillOps.ok());
    EXPECT_EQ(*stillOps, card);

    QList<AuditEntry> inits;
    for (const AuditEntry& entry : auditOf(ops, ops.admin().login))
        if (entry.action == QLatin1String("centre.init"))
            inits << entry;
    ASSERT_EQ(inits.size(), 1);
    const QJsonObject values = QJsonDocument::fromJson(inits[0].newValues.toUtf8()).object();
    EXPECT_EQ(values.value(QStringLiteral("fingerprint")).toString(),
              CentreIdentity::fingerprint(card));
    EXPECT_EQ(values.value(QStringLiteral("name")).toString(), opsDetails().name);
    EXPECT_FALSE(inits[0].newValues.contains(QString::fromLatin1(card.signingKey.toBase64())));
    EXPECT_FALSE(inits[0].newValues.contains(QString::fromLatin1(card.encryptionKey.toBase64())));
    EXPECT_FALSE(inits[0].newValues.contains(QString::fromUtf8(kPassphrase)));

    // The passphrase is nowhere in the stored row.
    auto row =
        sql::run(ops.database(), QStringLiteral("SELECT sealed_keys, kdf_salt, kdf_operations, "
                                                "kdf_memory_bytes FROM centre_identity"));
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->next());
    EXPECT_FALSE(row->value(0).toString().contains(QString::fromUtf8(kPassphrase)));
    EXPECT_EQ(row->value(2).toULongLong(), KeyDerivationCost::minimal().operations);
    EXPECT_EQ(row->value(3).toULongLong(), KeyDerivationCost::minimal().memoryBytes);
}

TEST_F(CentreServiceTest, OnlyAnAdministratorMakesTheKeys)
{
    for (const User& user :
         {ops.manager(), ops.addUser(QStringLiteral("socjalna"), Role::SocialWorker)}) {
        auto made = service(ops, user).init(opsDetails(), kPassphrase);
        ASSERT_FALSE(made.ok()) << qPrintable(user.login);
        EXPECT_EQ(made.error().kind, ErrorKind::Refused);
        EXPECT_TRUE(made.error().message.contains(QStringLiteral("Only an administrator")));
    }
    auto none = service(ops, ops.manager()).card();
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("no keys yet")));
}

TEST_F(CentreServiceTest, AShortPassphraseOrABadRegonMakesNothing)
{
    auto shortPassphrase = service(ops, ops.admin()).init(opsDetails(), QByteArray("krótkie"));
    ASSERT_FALSE(shortPassphrase.ok());
    EXPECT_EQ(shortPassphrase.error().kind, ErrorKind::BadInput);
    CentreDetails badRegon = opsDetails();
    badRegon.regon = QStringLiteral("123456784");
    auto regon = service(ops, ops.admin()).init(badRegon, kPassphrase);
    ASSERT_FALSE(regon.ok());
    EXPECT_EQ(regon.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(*sql::number(ops.database(), QStringLiteral("SELECT COUNT(*) FROM centre_identity")),
              0);
}

TEST_F(CentreServiceTest, TheKeysUnlockWithThePassphraseOnly)
{
    const CentreCard card = init(ops, opsDetails());
    auto keys = service(ops, ops.manager()).unlock(kPassphrase);
    ASSERT_TRUE(keys.ok()) << qPrintable(keys.error().message);
    EXPECT_EQ(keys->signingKey(), card.signingKey);
    auto wrong = service(ops, ops.manager()).unlock(QByteArray("trzy koty na płocie"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("passphrase is wrong")));
    EXPECT_TRUE(CentreIdentity::isWrongPassphrase(wrong.error()));
}

// The workers who exchange packages (a case's social worker or family assistant) choose the
// partner and unlock the keys to sign; trusting a partner and the card stay with administrators
// and managers, and the reads leave no audit record.
TEST_F(CentreServiceTest, CaseWorkersListThePartnersAndUnlockTheKeysButDoNotManageThem)
{
    const CentreCard card = init(ops, opsDetails());
    test::TestWorkspace pcpr;
    const CentreCard theirs = init(pcpr, pcprDetails());
    ASSERT_TRUE(service(ops, ops.manager())
                    .addPartner(CentreIdentity::toJson(theirs), QStringLiteral("pcpr.card"))
                    .ok());
    const CentreCard third =
        cardOf(newKeys(), {QStringLiteral("Ośrodek Pomocy Społecznej w "
                                          "Innowie"),
                           CentreKind::Ops, QStringLiteral("Innowo"), QString()});
    const auto audits = [&] {
        return *sql::number(ops.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    };

    for (const User& worker : {ops.addUser(QStringLiteral("socjalna"), Role::SocialWorker),
                               ops.addUser(QStringLiteral("asystentka"), Role::FamilyAssistant)}) {
        SCOPED_TRACE(qPrintable(worker.login));
        const int auditedBefore = audits();
        auto listed = service(ops, worker).partners();
        ASSERT_TRUE(listed.ok()) << qPrintable(listed.error().message);
        ASSERT_EQ(listed->size(), 1);
        EXPECT_EQ(listed->at(0).card.details.name, pcprDetails().name);
        EXPECT_EQ(listed->at(0).fingerprint, CentreIdentity::fingerprint(theirs));

        auto keys = service(ops, worker).unlock(kPassphrase);
        ASSERT_TRUE(keys.ok()) << qPrintable(keys.error().message);
        EXPECT_EQ(keys->signingKey(), card.signingKey);
        auto wrong = service(ops, worker).unlock(QByteArray("trzy koty na płocie"));
        ASSERT_FALSE(wrong.ok());
        EXPECT_TRUE(CentreIdentity::isWrongPassphrase(wrong.error()));
        EXPECT_EQ(audits(), auditedBefore) << "listing and unlocking are reads";

        auto cardRead = service(ops, worker).card();
        ASSERT_FALSE(cardRead.ok());
        EXPECT_EQ(cardRead.error().kind, ErrorKind::Refused);
        auto added = service(ops, worker)
                         .addPartner(CentreIdentity::toJson(third), QStringLiteral("innowo.card"));
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().kind, ErrorKind::Refused);
        auto made = service(ops, worker).init(pcprDetails(), kPassphrase);
        ASSERT_FALSE(made.ok());
        EXPECT_EQ(made.error().kind, ErrorKind::Refused);
    }
    EXPECT_EQ(*sql::number(ops.database(), QStringLiteral("SELECT COUNT(*) FROM partner_centres")),
              1);

    // A foster-care coordinator sends the help plans of her cases' children, so she lists the
    // partners and unlocks the keys too.
    const User coordinator =
        ops.addUser(QStringLiteral("koordynatorka"), Role::FosterCareCoordinator);
    EXPECT_TRUE(service(ops, coordinator).partners().ok());
    EXPECT_TRUE(service(ops, coordinator).unlock(kPassphrase).ok());

    // An administrator still lists them (she keeps them) and unlocks the keys.
    EXPECT_TRUE(service(ops, ops.admin()).partners().ok());
    EXPECT_TRUE(service(ops, ops.admin()).unlock(kPassphrase).ok());
}

TEST_F(CentreServiceTest, APartnersCardIsTrustedOnceAndListedWithItsFingerprint)
{
    init(ops, opsDetails());
    test::TestWorkspace pcpr;
    const CentreCard theirs = init(pcpr, pcprDetails());
    const QByteArray file = CentreIdentity::toJson(theirs);

    auto added = service(ops, ops.manager()).addPartner(file, QStringLiteral("pcpr.card"));
    ASSERT_TRUE(added.ok()) << qPrintable(added.error().message);
    EXPECT_EQ(added->card, theirs);
    EXPECT_EQ(added->fingerprint, CentreIdentity::fingerprint(theirs));
    EXPECT_EQ(added->addedBy, ops.manager().login);

    auto listed = service(ops, ops.admin()).partners();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).id, added->id);
    EXPECT_EQ(listed->at(0).card, theirs);
    EXPECT_TRUE(CentreIdentity::verify(listed->at(0).card)); // stored as it was signed
    EXPECT_EQ(listed->at(0).fingerprint, CentreIdentity::fingerprint(theirs));
    EXPECT_EQ(listed->at(0).card.details.name,
              QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"));

    auto twice = service(ops, ops.admin()).addPartner(file, QStringLiteral("pcpr.card"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already a partner")));

    bool audited = false;
    for (const AuditEntry& entry : auditOf(ops, ops.manager().login))
        if (entry.action == QLatin1String("partner.add")) {
            audited = true;
            EXPECT_TRUE(entry.newValues.contains(CentreIdentity::fingerprint(theirs)));
            EXPECT_FALSE(
                entry.newValues.contains(QString::fromLatin1(theirs.signingKey.toBase64())));
        }
    EXPECT_TRUE(audited);
}

TEST_F(CentreServiceTest, OwnChangedOrForeignCardsAndOtherRolesAreRefusedAndNothingIsStored)
{
    const CentreCard own = init(ops, opsDetails());
    auto ownAdded = service(ops, ops.manager())
                        .addPartner(CentreIdentity::toJson(own), QStringLiteral("my.card"));
    ASSERT_FALSE(ownAdded.ok());
    EXPECT_EQ(ownAdded.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(ownAdded.error().message.contains(QStringLiteral("this centre's own card")));

    const CentreCard other = cardOf(newKeys(), pcprDetails());
    QByteArray changed = CentreIdentity::toJson(other);
    changed.replace("Przyk", "Przyc");
    auto changedAdded = service(ops, ops.manager()).addPartner(changed, QStringLiteral("p.card"));
    ASSERT_FALSE(changedAdded.ok());
    EXPECT_EQ(changedAdded.error().kind, ErrorKind::BadInput);

    const User worker = ops.addUser(QStringLiteral("socjalna"), Role::SocialWorker);
    auto byWorker =
        service(ops, worker).addPartner(CentreIdentity::toJson(other), QStringLiteral("p.card"));
    ASSERT_FALSE(byWorker.ok());
    EXPECT_EQ(byWorker.error().kind, ErrorKind::Refused);

    EXPECT_EQ(*sql::number(ops.database(), QStringLiteral("SELECT COUNT(*) FROM partner_centres")),
              0);
}

} // namespace
