#include "CaseDocument.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
// The first bytes of a PNG file (signature and the IHDR chunk's start) and of a JPEG/JFIF one.
const QByteArray kPngStart("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
const QByteArray kJpegStart("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
} // namespace

TEST(DocumentContent, TellsPdfJpegAndPngByTheirFirstBytes)
{
    EXPECT_EQ(formatOfContent("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), DocumentFormat::Pdf);
    EXPECT_EQ(formatOfContent(kPngStart), DocumentFormat::Png);
    EXPECT_EQ(formatOfContent(kJpegStart), DocumentFormat::Jpeg);
}

TEST(DocumentContent, RefusesWhatIsNoneOfThem)
{
    EXPECT_FALSE(formatOfContent(QByteArray()).has_value());
    EXPECT_FALSE(formatOfContent("%PD").has_value());                         // cut short
    EXPECT_FALSE(formatOfContent("PK\x03\x04word/document.xml").has_value()); // a .docx
    EXPECT_FALSE(formatOfContent("MZ\x90\x00").has_value());                  // an executable
    EXPECT_FALSE(formatOfContent("GIF89a").has_value());
    EXPECT_FALSE(formatOfContent(" %PDF-1.4").has_value()); // the signature must come first
    EXPECT_FALSE(formatOfContent(QByteArray("\x89PNG\r\n", 6)).has_value());
}

TEST(DocumentName, SaysTheFormatByItsExtensionInAnyCase)
{
    EXPECT_EQ(formatOfName(QStringLiteral("postanowienie.PDF")), DocumentFormat::Pdf);
    EXPECT_EQ(formatOfName(QStringLiteral("skan.jpeg")), DocumentFormat::Jpeg);
    EXPECT_EQ(formatOfName(QStringLiteral("skan.JPG")), DocumentFormat::Jpeg);
    EXPECT_EQ(formatOfName(QStringLiteral("/tmp/x/zaswiadczenie.png")), DocumentFormat::Png);
    EXPECT_FALSE(formatOfName(QStringLiteral("opinia.pdf.exe")).has_value());
    EXPECT_FALSE(formatOfName(QStringLiteral("opinia")).has_value());
    EXPECT_FALSE(formatOfName(QStringLiteral("opinia.docx")).has_value());
}

TEST(DocumentKinds, HaveStableNamesThatParseBack)
{
    const QStringList names = documentKindNames();
    EXPECT_EQ(names, QString::fromLatin1("court_order signed_work_plan health_certificate "
                                         "psychologist_opinion blue_card_form letter other")
                         .split(QLatin1Char(' ')));
    for (const QString& name : names) {
        const auto kind = parseDocumentKind(name);
        ASSERT_TRUE(kind.has_value()) << name.toStdString();
        EXPECT_EQ(documentKindName(*kind), name);
        EXPECT_FALSE(documentKindLabel(*kind).isEmpty());
    }
    EXPECT_FALSE(parseDocumentKind(QStringLiteral("Court_order")).has_value());
}

TEST(DocumentFormats, MediaTypesParseBack)
{
    for (DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Jpeg, DocumentFormat::Png})
        EXPECT_EQ(parseMediaType(mediaType(format)), format);
    EXPECT_FALSE(parseMediaType(QStringLiteral("text/plain")).has_value());
}
