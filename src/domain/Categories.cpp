#include "Categories.h"

#include "CaseKind.h"
#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<NeedCategory, 3> kCategories{{{
    {NeedCategory::Coping, "coping"},
    {NeedCategory::Struggling, "struggling"},
    {NeedCategory::AtRisk, "at_risk"},
}}};

constexpr EnumNames<FosterFamilyKind, 6> kFosterKinds{{{
    {FosterFamilyKind::Kinship, "kinship"},
    {FosterFamilyKind::NonProfessional, "non_professional"},
    {FosterFamilyKind::Professional, "professional"},
    {FosterFamilyKind::Emergency, "emergency"},
    {FosterFamilyKind::Specialised, "specialised"},
    {FosterFamilyKind::FamilyHome, "family_home"},
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
    switch (category) {
    case NeedCategory::Coping:
        return QCoreApplication::translate("NeedCategory", "coping");
    case NeedCategory::Struggling:
        return QCoreApplication::translate("NeedCategory", "struggling, child at home");
    case NeedCategory::AtRisk:
        return QCoreApplication::translate("NeedCategory", "child at risk of removal or in care");
    }
    return {};
}

QString fosterFamilyKindLabel(FosterFamilyKind kind)
{
    switch (kind) {
    case FosterFamilyKind::Kinship:
        return QCoreApplication::translate("FosterFamilyKind", "kinship foster family");
    case FosterFamilyKind::NonProfessional:
        return QCoreApplication::translate("FosterFamilyKind", "non-professional foster family");
    case FosterFamilyKind::Professional:
        return QCoreApplication::translate("FosterFamilyKind", "professional foster family");
    case FosterFamilyKind::Emergency:
        return QCoreApplication::translate("FosterFamilyKind", "emergency foster family");
    case FosterFamilyKind::Specialised:
        return QCoreApplication::translate("FosterFamilyKind", "specialised foster family");
    case FosterFamilyKind::FamilyHome:
        return QCoreApplication::translate("FosterFamilyKind", "family children's home");
    }
    return {};
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
