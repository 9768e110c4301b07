#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// Families by need (seed 004, slide 6).
enum class NeedCategory
{
    Coping,     // rodzina wydolna
    Struggling, // rodzina niewydolna z dzieckiem w środowisku
    AtRisk,     // rodzina zagrożona odebraniem dziecka / z dziećmi w pieczy zastępczej
};

QString needCategoryName(NeedCategory category);
std::optional<NeedCategory> parseNeedCategory(const QString& text);
QStringList needCategoryNames();
// As people call it, in the user's language.
QString needCategoryLabel(NeedCategory category);

// Forms of family foster care (domain.md, "Foster care forms").
enum class FosterFamilyKind
{
    Kinship,         // rodzina zastępcza spokrewniona
    NonProfessional, // rodzina zastępcza niezawodowa
    Professional,    // rodzina zastępcza zawodowa
    Emergency,       // zawodowa pełniąca funkcję pogotowia rodzinnego
    Specialised,     // zawodowa specjalistyczna
    FamilyHome,      // rodzinny dom dziecka
};

QString fosterFamilyKindName(FosterFamilyKind kind);
std::optional<FosterFamilyKind> parseFosterFamilyKind(const QString& text);
QStringList fosterFamilyKindNames();
QString fosterFamilyKindLabel(FosterFamilyKind kind); // in the user's language

} // namespace opieka
