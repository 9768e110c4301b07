#include "MatchFields.h"

#include "PolishNameFolding.h"
#include "TextFolding.h"

namespace opieka {

std::optional<PeselInfo> PersonMatchFields::validPesel() const
{
    if (pesel.isEmpty())
        return std::nullopt;
    auto parsed = Pesel::parse(pesel);
    if (!parsed.ok())
        return std::nullopt;
    return *parsed;
}

std::optional<QDate> PersonMatchFields::knownBirthDate() const
{
    if (birthDate && birthDate->isValid())
        return birthDate;
    if (const auto info = validPesel())
        return info->birthDate;
    return std::nullopt;
}

std::optional<Sex> PersonMatchFields::knownSex() const
{
    if (sex)
        return sex;
    if (const auto info = validPesel())
        return info->sex;
    return std::nullopt;
}

QString memberIdentityKey(const QString& firstName, const QString& lastName,
                          const std::optional<QDate>& birthDate)
{
    if (!birthDate || !birthDate->isValid())
        return {};
    const QString firstGiven = firstName.simplified().section(QLatin1Char(' '), 0, 0);
    return foldNameSound(firstGiven) + QLatin1Char('|') + foldSurnameSound(lastName) +
           QLatin1Char('|') + birthDate->toString(Qt::ISODate);
}

QString familySurname(const QString& familyName)
{
    QStringList kept;
    for (const QString& word :
         familyName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString folded = foldForSearch(word);
        if (folded != QLatin1String("rodzina") && folded != QLatin1String("rodz."))
            kept << word;
    }
    return kept.join(QLatin1Char(' '));
}

QString foldAddress(const QString& address)
{
    static const QStringList dropped = {QStringLiteral("ul"), QStringLiteral("al"),
                                        QStringLiteral("os"), QStringLiteral("pl"),
                                        QStringLiteral("m")};
    const QString folded = foldForSearch(address);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && !dropped.contains(word))
            words << word;
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return words.join(QLatin1Char(' '));
}

} // namespace opieka
