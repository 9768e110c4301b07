#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// What a document kept with the case is (rodzaj dokumentu).
enum class DocumentKind
{
    CourtOrder,          // postanowienie sądu (e.g. the order placing a child)
    SignedWorkPlan,      // plan pracy z rodziną podpisany przez rodzinę
    HealthCertificate,   // zaświadczenie lekarskie (art. 42, 45a ustawy o wspieraniu rodziny)
    PsychologistOpinion, // opinia psychologa (art. 42, 45a)
    BlueCardForm,        // formularz Niebieska Karta
    Letter,              // pismo (school, court, another centre)
    Other,
};

// The stable text form (database, CSV, CLI) and the translated label.
QString documentKindName(DocumentKind kind);
QString documentKindLabel(DocumentKind kind);
std::optional<DocumentKind> parseDocumentKind(const QString& name);
QStringList documentKindNames();

// The formats a document may have, told by its content (never by its file name).
enum class DocumentFormat
{
    Pdf,
    Jpeg,
    Png,
};

QString mediaType(DocumentFormat format); // "application/pdf", "image/jpeg", "image/png"
std::optional<DocumentFormat> parseMediaType(const QString& mediaType);

// What the content is, from its first bytes: %PDF-, the JPEG start of image (FF D8 FF) or the PNG
// signature. None for anything else (a Word file, an executable, text, an empty file).
std::optional<DocumentFormat> formatOfContent(const QByteArray& content);
// What the file name says it is, from its extension (.pdf; .jpg, .jpeg; .png, any case). None for
// another extension or none.
std::optional<DocumentFormat> formatOfName(const QString& fileName);

// Where a document belongs: exactly one of a family's record, a foster family or a child's
// placement.
struct DocumentOwner
{
    enum class Kind
    {
        Family,
        FosterFamily,
        Placement,
    };
    Kind kind = Kind::Family;
    qint64 id = 0;

    static DocumentOwner family(qint64 id) { return {Kind::Family, id}; }
    static DocumentOwner fosterFamily(qint64 id) { return {Kind::FosterFamily, id}; }
    static DocumentOwner placement(qint64 id) { return {Kind::Placement, id}; }
    bool operator==(const DocumentOwner&) const = default;
};

// A document as it is listed: everything but its content.
struct CaseDocument
{
    qint64 id = 0;
    DocumentOwner owner;
    std::optional<qint64> memberId; // the person it is about, when one (erasure removes it)
    std::optional<qint64> planId;   // a signed plan: the plan version signed
    DocumentKind kind = DocumentKind::Other;
    QDate date; // the document's own date (issued, signed), not the day it was attached
    QString description;
    QString fileName; // the name it was attached under, without a folder
    DocumentFormat format = DocumentFormat::Pdf;
    qint64 bytes = 0;
    QString sha256;    // of the content, lower-case hexadecimal
    QString addedBy;   // login
    QDateTime addedAt; // UTC
    // A removal: a recorded decision; the content is gone, the row stays.
    std::optional<QDateTime> removedAt;
    QString removedBy;
    QString removalReason;

    bool removed() const { return removedAt.has_value(); }
};

// A document to attach, with its content.
struct NewDocument
{
    DocumentOwner owner;
    std::optional<qint64> memberId;
    std::optional<qint64> planId; // a signed plan: none means the family's latest agreed plan
    DocumentKind kind = DocumentKind::Other;
    QDate date;
    QString description;
    QString fileName;
    QByteArray content;
};

} // namespace opieka
