#pragma once

#include "DocumentService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace opieka::test {

// Synthetic scans: each starts as its format does and goes on with random bytes (NUL bytes and
// all), so that only a byte-for-byte copy compares equal.
inline QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}
inline QByteArray pdfBytes(qsizetype size = 4096)
{
    return QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") + randomBytes(size) +
           QByteArray("\n%%EOF\n");
}
inline QByteArray pngBytes(qsizetype size = 4096)
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + randomBytes(size);
}
inline QByteArray jpegBytes(qsizetype size = 4096)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + randomBytes(size);
}

// A small centre: social workers Anna (unit 1, family 1) and Cezary (unit 2, family 2),
// coordinator Ewa (foster family 1; foster family 2 is nobody's), a manager. A child of family 1
// placed with foster family 1 by a court order.
class DocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Pierwsza", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Cezary", "Trzeci", Role::SocialWorker, 1, "Zespół 2"},
                        {3, "Ewa", "Piąta", Role::FosterCareCoordinator}});
        ws.load(DataSet::Families, familiesCsv(2));
        ws.load(DataSet::FosterFamilies, "id,name,kind,municipality,opened_on,closed_on\n"
                                         "1,Zastępcza Jeden,non_professional,Testowo,2019-01-01,\n"
                                         "2,Zastępcza Dwa,non_professional,Testowo,2019-01-01,\n");
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2021-01-01,\n"
                                      "2,family,2,2021-01-01,\n"
                                      "3,foster_family,1,2021-01-01,\n");
        anna = account(QStringLiteral("anna"), Role::SocialWorker, 1);
        cezary = account(QStringLiteral("cezary"), Role::SocialWorker, 2);
        ewa = account(QStringLiteral("ewa"), Role::FosterCareCoordinator, 3);
    }

    User account(const QString& login, Role role, std::optional<qint64> workerId)
    {
        User user = ws.addUser(login, role);
        user.workerId = workerId;
        return user;
    }

    DocumentService service(const User& actor) { return DocumentService(ws.session(actor)); }
    DocumentService managers() { return service(ws.manager()); }

    static NewDocument newDocument(const DocumentOwner& owner, DocumentKind kind,
                                   const QString& fileName, const QByteArray& content,
                                   const QDate& date = QDate(2024, 5, 20))
    {
        NewDocument d;
        d.owner = owner;
        d.kind = kind;
        d.date = date;
        d.fileName = fileName;
        d.content = content;
        d.description = QStringLiteral("Skan testowy");
        return d;
    }

    // Attaches as the manager and fails the test when refused.
    qint64 attached(const NewDocument& d)
    {
        auto id = managers().attach(d, kToday);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    int count(const QString& sqlText, const QList<QVariant>& values = {})
    {
        auto n = sql::number(ws.database(), sqlText, values);
        EXPECT_TRUE(n.ok()) << n.error().message.toStdString();
        return n.ok() ? *n : -1;
    }
    int documentRows() { return count(QStringLiteral("SELECT COUNT(*) FROM documents")); }
    int contentRows() { return count(QStringLiteral("SELECT COUNT(*) FROM document_contents")); }
    int auditRows(const QString& action, qint64 documentId)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND "
                                    "entity = 'document' AND entity_id = ?"),
                     {action, QString::number(documentId)});
    }

    TestWorkspace ws;
    User anna;
    User cezary;
    User ewa;
};

} // namespace opieka::test
