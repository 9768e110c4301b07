#include "PolishNameFolding.h"

#include "TextFolding.h"

#include <array>
#include <utility>

namespace opieka {

namespace {

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouy").contains(c);
}

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

// ą and ę are often heard and written as om/on and em/en before a consonant (Dombrowski,
// Wengrzyn), and often written as a plain a and e (Dabrowski): all three become a and e.
QString nasalsBeforeConsonants(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool nasal =
            (c == QLatin1Char('o') || c == QLatin1Char('e')) && i + 2 < text.size() &&
            (text.at(i + 1) == QLatin1Char('m') || text.at(i + 1) == QLatin1Char('n')) &&
            !isVowel(text.at(i + 2));
        if (nasal) {
            out += c == QLatin1Char('o') ? QLatin1Char('a') : QLatin1Char('e');
            ++i; // the m or n
        } else {
            out += c;
        }
    }
    return out;
}

QString withoutDoubledLetters(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (out.isEmpty() || out.back() != c)
            out += c;
    return out;
}

} // namespace

QString foldNameSpelling(const QString& name)
{
    const QString folded = foldForSearch(name);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (isAsciiLetter(c))
            out += c;
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !out.isEmpty() &&
                 out.back() != QLatin1Char(' '))
            out += QLatin1Char(' ');
    }
    return out.trimmed();
}

QString foldNameSound(const QString& name)
{
    QString text = foldNameSpelling(name);
    text.remove(QLatin1Char(' '));
    text.replace(QStringLiteral("rz"), QStringLiteral("z"))
        .replace(QStringLiteral("ch"), QStringLiteral("h"))
        .replace(QLatin1Char('u'), QLatin1Char('o'));
    return withoutDoubledLetters(nasalsBeforeConsonants(text));
}

QString surnameStem(const QString& surname)
{
    // Longest endings first: "dzka" before "ka"-like endings.
    static const std::array<std::pair<QLatin1String, QLatin1String>, 9> endings = {{
        {QLatin1String("dzkich"), QLatin1String("dzki")},
        {QLatin1String("skich"), QLatin1String("ski")},
        {QLatin1String("ckich"), QLatin1String("cki")},
        {QLatin1String("dzka"), QLatin1String("dzki")},
        {QLatin1String("dzcy"), QLatin1String("dzki")},
        {QLatin1String("ska"), QLatin1String("ski")},
        {QLatin1String("scy"), QLatin1String("ski")},
        {QLatin1String("cka"), QLatin1String("cki")},
        {QLatin1String("ccy"), QLatin1String("cki")},
    }};
    auto stemWord = [](const QString& word) {
        QString lower = word.toLower();
        for (const auto& [ending, masculine] : endings)
            if (lower.size() > ending.size() + 1 && lower.endsWith(ending))
                return lower.left(lower.size() - ending.size()) + masculine;
        return lower;
    };
    // Each part of a double surname on its own: "Kowalska-Nowak" → "kowalski-nowak".
    QString out;
    QString word;
    for (const QChar c : surname.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            out += stemWord(word) + c;
            word.clear();
        } else {
            word += c;
        }
    }
    return out + stemWord(word);
}

QString foldSurnameSpelling(const QString& surname)
{
    return foldNameSpelling(surnameStem(surname));
}

QString foldSurnameSound(const QString& surname)
{
    return foldNameSound(surnameStem(surname));
}

} // namespace opieka
