#include "Categories.h"

#include "CaseKind.h"
#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<NeedCategory, 3> kCategories{
    "NeedCategory",
    {{
        {NeedCategory::Coping, "coping", QT_TRANSLATE_NOOP("NeedCategory", "coping")},
        {NeedCategory::Struggling, "struggling",
         QT_TRANSLATE_NOOP("NeedCategory", "struggling, child at home")},
        {NeedCategory::AtRisk, "at_risk",
         QT_TRANSLATE_NOOP("NeedCategory", "child at risk of removal or in care")},
    }}};

constexpr EnumNames<FosterFamilyKind, 6> kFosterKinds{
    "FosterFamilyKind",
    {{
        {FosterFamilyKind::Kinship, "kinship",
         QT_TRANSLATE_NOOP("FosterFamilyKind", "kinship foster family")},
        {FosterFamilyKind::NonProfessional, "non_professional",
         QT_TRANSLATE_NOOP("FosterFamilyKind", "non-professional foster family")},
        {FosterFamilyKind::Professional, "professional",
         QT_TRANSLATE_NOOP("FosterFamilyKind", "professional foster family")},
        {FosterFamilyKind::Emergency, "emergency",
         QT_TRANSLATE_NOOP("FosterFamilyKind", "emergency foster family")},
        {FosterFamilyKind::Specialised, "specialised",
         QT_TRANSLATE_NOOP("FosterFamilyKind", "specialised foster family")},
        {FosterFamilyKind::FamilyHome, "family_home",
         QT_TRANSLATE_NOOP("FosterFamilyKind", "family children's home")},
    }}};

constexpr EnumNames<CaseKind, 2> kCaseKinds{{{
    {CaseKind::Family, "family"},
    {CaseKind::FosterFamily, "foster_family"},
}}};
} // namespace

QString needCategoryName(NeedCategory category)
{
    return kCategories.name(category);
}
std::optional<NeedCategory> parseNeedCategory(const QString& text)
{
    return kCategories.parse(text);
}
QStringList needCategoryNames()
{
    return kCategories.names();
}

QString needCategoryLabel(NeedCategory category)
{
    return kCategories.label(category);
}

QString fosterFamilyKindLabel(FosterFamilyKind kind)
{
    return kFosterKinds.label(kind);
}

QString fosterFamilyKindName(FosterFamilyKind kind)
{
    return kFosterKinds.name(kind);
}
std::optional<FosterFamilyKind> parseFosterFamilyKind(const QString& text)
{
    return kFosterKinds.parse(text);
}
QStringList fosterFamilyKindNames()
{
    return kFosterKinds.names();
}

QString caseKindName(CaseKind kind)
{
    return kCaseKinds.name(kind);
}
std::optional<CaseKind> parseCaseKind(const QString& text)
{
    return kCaseKinds.parse(text);
}

} // namespace opieka
