#pragma once

#include <QString>
#include <array>
#include <utility>

// Name lists for generated, synthetic people: common Polish first names and surnames combined at
// random, so that nobody in the demo data exists.
namespace opieka::demo {

inline constexpr std::array<const char*, 24> kFemaleNames{
    "Anna",     "Maria",    "Katarzyna", "Małgorzata", "Agnieszka", "Barbara",
    "Ewa",      "Krystyna", "Magdalena", "Elżbieta",   "Joanna",    "Aleksandra",
    "Monika",   "Zofia",    "Teresa",    "Danuta",     "Natalia",   "Julia",
    "Karolina", "Marta",    "Beata",     "Dorota",     "Halina",    "Jadwiga"};
inline constexpr std::array<const char*, 20> kMaleNames{
    "Piotr",    "Krzysztof", "Andrzej",  "Tomasz", "Paweł",   "Jan",      "Michał",
    "Marcin",   "Jakub",     "Adam",     "Łukasz", "Marek",   "Grzegorz", "Mateusz",
    "Wojciech", "Stanisław", "Zbigniew", "Rafał",  "Dariusz", "Henryk"};
// Surnames as masculine / feminine pairs.
inline constexpr std::array<std::pair<const char*, const char*>, 30> kSurnames{{
    {"Nowak", "Nowak"},
    {"Kowalski", "Kowalska"},
    {"Wiśniewski", "Wiśniewska"},
    {"Wójcik", "Wójcik"},
    {"Kowalczyk", "Kowalczyk"},
    {"Kamiński", "Kamińska"},
    {"Lewandowski", "Lewandowska"},
    {"Zieliński", "Zielińska"},
    {"Szymański", "Szymańska"},
    {"Woźniak", "Woźniak"},
    {"Dąbrowski", "Dąbrowska"},
    {"Kozłowski", "Kozłowska"},
    {"Jankowski", "Jankowska"},
    {"Mazur", "Mazur"},
    {"Kwiatkowski", "Kwiatkowska"},
    {"Krawczyk", "Krawczyk"},
    {"Piotrowski", "Piotrowska"},
    {"Grabowski", "Grabowska"},
    {"Nowakowski", "Nowakowska"},
    {"Pawłowski", "Pawłowska"},
    {"Michalski", "Michalska"},
    {"Nowicki", "Nowicka"},
    {"Adamczyk", "Adamczyk"},
    {"Dudek", "Dudek"},
    {"Zając", "Zając"},
    {"Wieczorek", "Wieczorek"},
    {"Jabłoński", "Jabłońska"},
    {"Król", "Król"},
    {"Majewski", "Majewska"},
    {"Żółkiewski", "Żółkiewska"},
}};
inline constexpr std::array<const char*, 16> kMunicipalities{
    "Kraków",  "Wieliczka",  "Niepołomice", "Skawina",  "Myślenice", "Bochnia",
    "Tarnów",  "Nowy Targ",  "Zakopane",    "Oświęcim", "Chrzanów",  "Olkusz",
    "Miechów", "Proszowice", "Łącko",       "Żabno"};
inline constexpr std::array<const char*, 4> kOverrideReasons{
    "Zastępstwo za pracownika na zwolnieniu lekarskim",
    "Rodzina znana pracownikowi, ciągłość pracy", "Wakat na stanowisku do czasu naboru",
    "Rejon bez drugiego pracownika"};

// What the generated visit log says.
inline constexpr std::array<const char*, 8> kNotes{
    "Rozmowa z matką o organizacji dnia dzieci i o opłatach za mieszkanie.",
    "Dzieci w domu, mieszkanie zadbane. Ustalono wizytę w szkole.",
    "Ojciec podjął zatrudnienie; rodzina prosi o pomoc w dożywianiu dzieci.",
    "Kontakt z pedagogiem szkolnym w sprawie frekwencji starszego syna.",
    "Omówiono zasiłek celowy na zakup opału; złożono wniosek.",
    "Rodzina nie otworzyła drzwi; pozostawiono zawiadomienie o kolejnej wizycie.",
    "Spotkanie z kuratorem sądowym; ustalenia co do dalszej współpracy.",
    "Matka zgłosiła potrzebę konsultacji z psychologiem dla córki."};
inline constexpr std::array<const char*, 6> kNextSteps{
    "Wizyta kontrolna w środowisku",          "Dostarczyć zaświadczenie o dochodach",
    "Kontakt ze szkołą w sprawie frekwencji", "Skierowanie do poradni psychologicznej",
    "Złożyć wniosek o zasiłek celowy",        "Spotkanie z asystentem rodziny"};
inline constexpr std::array<const char*, 4> kPresent{"matka", "matka, dzieci", "oboje rodzice",
                                                     "ojciec, babcia"};

inline QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace opieka::demo
