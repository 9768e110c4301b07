#include "CaseDocument.h"

#include "EnumNames.h"

#include <QFileInfo>

namespace opieka {

namespace {

constexpr EnumNames<DocumentKind, 7> kKindNames{
    "DocumentKind",
    {{
        {DocumentKind::CourtOrder, "court_order", QT_TRANSLATE_NOOP("DocumentKind", "Court order")},
        {DocumentKind::SignedWorkPlan, "signed_work_plan",
         QT_TRANSLATE_NOOP("DocumentKind", "Signed work plan")},
        {DocumentKind::HealthCertificate, "health_certificate",
         QT_TRANSLATE_NOOP("DocumentKind", "Health certificate")},
        {DocumentKind::PsychologistOpinion, "psychologist_opinion",
         QT_TRANSLATE_NOOP("DocumentKind", "Psychologist's opinion")},
        {DocumentKind::BlueCardForm, "blue_card_form",
         QT_TRANSLATE_NOOP("DocumentKind", "Niebieska Karta form")},
        {DocumentKind::Letter, "letter", QT_TRANSLATE_NOOP("DocumentKind", "Letter")},
        {DocumentKind::Other, "other", QT_TRANSLATE_NOOP("DocumentKind", "Other")},
    }}};

constexpr EnumNames<DocumentFormat, 3> kMediaTypes{{{
    {DocumentFormat::Pdf, "application/pdf"},
    {DocumentFormat::Jpeg, "image/jpeg"},
    {DocumentFormat::Png, "image/png"},
}}};

} // namespace

QString documentKindName(DocumentKind kind)
{
    return kKindNames.name(kind);
}

QString documentKindLabel(DocumentKind kind)
{
    return kKindNames.label(kind);
}

std::optional<DocumentKind> parseDocumentKind(const QString& name)
{
    return kKindNames.parse(name);
}

QStringList documentKindNames()
{
    return kKindNames.names();
}

QString mediaType(DocumentFormat format)
{
    return kMediaTypes.name(format);
}

std::optional<DocumentFormat> parseMediaType(const QString& type)
{
    return kMediaTypes.parse(type);
}

std::optional<DocumentFormat> formatOfContent(const QByteArray& content)
{
    if (content.startsWith("%PDF-"))
        return DocumentFormat::Pdf;
    if (content.startsWith("\xFF\xD8\xFF"))
        return DocumentFormat::Jpeg;
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return DocumentFormat::Png;
    return std::nullopt;
}

std::optional<DocumentFormat> formatOfName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return DocumentFormat::Jpeg;
    if (suffix == QLatin1String("png"))
        return DocumentFormat::Png;
    return std::nullopt;
}

} // namespace opieka
