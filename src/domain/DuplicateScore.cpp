#include "DuplicateScore.h"

#include "EditDistance.h"
#include "PolishNameFolding.h"
#include "TextFolding.h"

#include <algorithm>

namespace opieka {

namespace {

// How two names agree, best first.
enum class Agreement
{
    Same,     // equal once case and diacritics are folded
    Spelling, // equal once the Polish spelling confusions are folded too
    Typo,     // a few letters apart (Damerau–Levenshtein)
    Differs,
    Unknown // one side is empty
};

// Short names are often different names one letter apart (Ola/Ala, Jan/Jana): no typo below five
// letters, one up to seven, two from eight ("Szczepanski").
int typosAllowed(const QString& a, const QString& b)
{
    const auto shorter = std::min(a.size(), b.size());
    return shorter < 5 ? 0 : shorter < 8 ? 1 : 2;
}

Agreement agree(const QString& spellingA, const QString& spellingB, const QString& soundA,
                const QString& soundB)
{
    if (spellingA.isEmpty() || spellingB.isEmpty())
        return Agreement::Unknown;
    if (spellingA == spellingB)
        return Agreement::Same;
    if (soundA == soundB)
        return Agreement::Spelling;
    if (damerauLevenshtein(soundA, soundB) <= typosAllowed(soundA, soundB))
        return Agreement::Typo;
    return Agreement::Differs;
}

Agreement agreeSurnames(const QString& a, const QString& b)
{
    return agree(foldSurnameSpelling(a), foldSurnameSpelling(b), foldSurnameSound(a),
                 foldSurnameSound(b));
}

// Any given name of one against any of the other ("Anna Maria" and "Maria").
Agreement agreeFirstNames(const QString& a, const QString& b)
{
    const QStringList namesA = foldNameSpelling(a).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList namesB = foldNameSpelling(b).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (namesA.isEmpty() || namesB.isEmpty())
        return Agreement::Unknown;
    const QStringList rawA = a.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList rawB = b.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Agreement best = Agreement::Differs;
    for (const QString& x : rawA)
        for (const QString& y : rawB)
            best = std::min(best, agree(foldNameSpelling(x), foldNameSpelling(y), foldNameSound(x),
                                        foldNameSound(y)));
    return best;
}

// A surname that differs only in its grammatical gender (Kowalska/Kowalski).
bool onlyGenderDiffers(const QString& a, const QString& b)
{
    return foldNameSpelling(a) != foldNameSpelling(b) &&
           foldSurnameSpelling(a) == foldSurnameSpelling(b);
}

enum class DateAgreement
{
    Same,
    Swapped, // day and month swapped, same year
    Digit,   // one digit of YYYYMMDD wrong, or two neighbouring digits swapped
    Differs,
    Unknown
};

DateAgreement agreeDates(const std::optional<QDate>& a, const std::optional<QDate>& b)
{
    if (!a || !b)
        return DateAgreement::Unknown;
    if (*a == *b)
        return DateAgreement::Same;
    if (a->year() == b->year() && a->day() == b->month() && a->month() == b->day())
        return DateAgreement::Swapped;
    const QString digitsA = a->toString(QStringLiteral("yyyyMMdd"));
    const QString digitsB = b->toString(QStringLiteral("yyyyMMdd"));
    if (damerauLevenshtein(digitsA, digitsB) == 1)
        return DateAgreement::Digit;
    return DateAgreement::Differs;
}

int sharedCount(const QStringList& a, const QStringList& b)
{
    int shared = 0;
    for (const QString& key : a)
        if (!key.isEmpty() && b.contains(key))
            ++shared;
    return shared;
}

bool sameMunicipality(const QString& a, const QString& b)
{
    const QString foldedA = foldForSearch(a);
    return !foldedA.isEmpty() && foldedA == foldForSearch(b);
}

// Points of a name part by agreement; Differs may take points away.
struct NamePoints
{
    int same;
    int spelling;
    int typo;
    int differs;

    int of(Agreement agreement) const
    {
        switch (agreement) {
        case Agreement::Same:
            return same;
        case Agreement::Spelling:
            return spelling;
        case Agreement::Typo:
            return typo;
        case Agreement::Differs:
            return differs;
        case Agreement::Unknown:
            break;
        }
        return 0;
    }
};

// The points and reasons of a pair as the rules add them up.
class Tally
{
public:
    void add(int points, const char* reason)
    {
        m_points += points;
        m_reasons << QString::fromLatin1(reason);
    }

    // The names' points and their one reason: the weakest agreement among the parts that agree.
    void addNames(int points, std::initializer_list<Agreement> parts)
    {
        m_points += points;
        Agreement weakest = Agreement::Same;
        bool any = false;
        for (const Agreement part : parts)
            if (part == Agreement::Same || part == Agreement::Spelling || part == Agreement::Typo) {
                weakest = std::max(weakest, part);
                any = true;
            }
        if (any)
            add(0, weakest == Agreement::Same       ? "name"
                   : weakest == Agreement::Spelling ? "name-spelling"
                                                    : "name-typo");
    }

    // Municipality and shared members, scored alike for people and families.
    void addSurroundings(const QString& municipalityA, const QString& municipalityB,
                         int municipalityPoints, const QStringList& membersA,
                         const QStringList& membersB, int pointsPerMember)
    {
        if (sameMunicipality(municipalityA, municipalityB))
            add(municipalityPoints, "municipality");
        if (const int shared = sharedCount(membersA, membersB); shared > 0)
            add(std::min(shared, 2) * pointsPerMember, "shared-member");
    }

    // Without the same PESEL no pair reaches 100.
    DuplicateScore result() const { return {std::clamp(m_points, 0, 99), m_reasons}; }

private:
    int m_points = 0;
    QStringList m_reasons;
};

void addBirthDates(Tally& tally, const std::optional<QDate>& a, const std::optional<QDate>& b)
{
    switch (agreeDates(a, b)) {
    case DateAgreement::Same:
        tally.add(35, "birth-date");
        break;
    case DateAgreement::Swapped:
        tally.add(25, "birth-date-swapped");
        break;
    case DateAgreement::Digit:
        tally.add(15, "birth-date-digit");
        break;
    case DateAgreement::Differs:
        tally.add(-40, "birth-date-differs");
        break;
    case DateAgreement::Unknown:
        break;
    }
}

} // namespace

DuplicateScore scorePersons(const PersonMatchFields& a, const PersonMatchFields& b)
{
    const auto peselA = a.validPesel();
    const auto peselB = b.validPesel();
    if (peselA && peselB) {
        if (a.pesel == b.pesel)
            return {100, {QStringLiteral("pesel")}};
        return {0, {QStringLiteral("pesel-differs")}};
    }

    static constexpr NamePoints surnamePoints{30, 28, 20, 0};
    static constexpr NamePoints firstNamePoints{25, 23, 15, -30};
    const Agreement surname = agreeSurnames(a.lastName, b.lastName);
    const Agreement firstName = agreeFirstNames(a.firstName, b.firstName);
    Tally tally;
    tally.addNames(surnamePoints.of(surname) + firstNamePoints.of(firstName), {firstName, surname});
    if (surname != Agreement::Differs && onlyGenderDiffers(a.lastName, b.lastName))
        tally.add(0, "surname-gender");
    if (surname == Agreement::Differs)
        tally.add(0, "surname-differs");
    if (firstName == Agreement::Differs)
        tally.add(0, "first-name-differs");
    addBirthDates(tally, a.knownBirthDate(), b.knownBirthDate());
    const auto sexA = a.knownSex();
    const auto sexB = b.knownSex();
    if (sexA && sexB && *sexA != *sexB)
        tally.add(-20, "sex-differs");
    tally.addSurroundings(a.municipality, b.municipality, 5, a.householdKeys, b.householdKeys, 10);
    return tally.result();
}

DuplicateScore scoreFamilies(const FamilyMatchFields& a, const FamilyMatchFields& b)
{
    static constexpr NamePoints namePoints{40, 38, 30, 0};
    const QString surnameA = familySurname(a.name);
    const QString surnameB = familySurname(b.name);
    const Agreement name = agreeSurnames(surnameA, surnameB);
    Tally tally;
    tally.addNames(namePoints.of(name), {name});
    if (name != Agreement::Differs && onlyGenderDiffers(surnameA, surnameB))
        tally.add(0, "surname-gender");
    const QString addressA = foldAddress(a.address);
    if (!addressA.isEmpty() && addressA == foldAddress(b.address))
        tally.add(30, "address");
    tally.addSurroundings(a.municipality, b.municipality, 15, a.memberKeys, b.memberKeys, 25);
    return tally.result();
}

QList<QDate> birthDatesAgreeing(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QString digits = date.toString(QStringLiteral("yyyyMMdd"));
    QList<QString> variants{digits};
    for (qsizetype i = 0; i < digits.size(); ++i) {
        for (char c = '0'; c <= '9'; ++c) {
            if (digits[i] == QLatin1Char(c))
                continue;
            QString changed = digits;
            changed[i] = QLatin1Char(c);
            variants << changed;
        }
        if (i + 1 < digits.size() && digits[i] != digits[i + 1]) {
            QString swapped = digits;
            std::swap(swapped[i], swapped[i + 1]);
            variants << swapped;
        }
    }
    QList<QDate> dates;
    for (const QString& variant : std::as_const(variants)) {
        const QDate candidate = QDate::fromString(variant, QStringLiteral("yyyyMMdd"));
        if (candidate.isValid() && agreeDates(date, candidate) != DateAgreement::Differs &&
            !dates.contains(candidate))
            dates << candidate;
    }
    // The day and month swapped may be more than one digit away (12 March / 3 December).
    const QDate swapped(date.year(), date.day(), date.month());
    if (swapped.isValid() && !dates.contains(swapped))
        dates << swapped;
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace opieka
