#pragma once

#include <QString>

namespace opieka {

// Polish names folded for comparing two records (issue 21, docs/duplicates.md). The folded forms
// are never shown or stored as the name: the original stays for display.

// Spelling fold: lower case, no diacritics (ą ć ę ł ń ó ś ź ż → a c e l n o s z z), only the
// letters a-z kept, hyphens and spaces between parts as one space.
// "Małgorzata" → "malgorzata", "Kowalska-Nowak" → "kowalska nowak".
QString foldNameSpelling(const QString& name);

// Sound fold: the spelling fold that also forgives the common Polish spelling confusions, for
// comparing and for the blocking key. On top of the spelling fold:
//   rz → z (with ż → z this is rz/ż: "Rzepka", "Żepka");  ch → h ("Chalina", "Halina");
//   u → o (with ó → o this is ó/u: "Wójcik", "Wujcik", "Wojcik" → "wojcik");
//   om/on before a consonant → a and em/en before a consonant → e, as ą and ę are folded to a
//     and e: ą/om/on and ę/em/en ("Dąbrowski", "Dabrowski", "Dombrowski" → "dabrowski");
//   a doubled letter once ("Anna", "Ana");  spaces and hyphens dropped.
// It merges a few names that are truly different (Bura/Bora, Tomczak/Taczak): the score looks
// at the spelling fold first and says "name-spelling" rather than "name" for them.
QString foldNameSound(const QString& name);

// The gender-neutral stem of a surname, in lower case: the feminine and the plural forms of the
// adjective surnames take the masculine ending, -ska/-scy/-skich → -ski, -cka/-ccy/-ckich → -cki,
// -dzka/-dzcy/-dzkich → -dzki ("Kowalska" → "kowalski", "Nowiccy" → "nowicki"), in each part of a
// double surname ("Kowalska-Nowak" → "kowalski-nowak"). Every other ending is left alone:
// -na/-ny, -ła/-ły, -owa (Zielona/Zielony, Nowakowa/Nowak) are too often nouns used by both sexes
// (Wrona, Kalina, Sowa) to be folded safely; a one-letter difference there is still forgiven as a
// typo by the edit distance. Diacritics are kept (the folds below remove them).
QString surnameStem(const QString& surname);

// The two folds of a surname's stem: what the score and the blocking key compare.
QString foldSurnameSpelling(const QString& surname);
QString foldSurnameSound(const QString& surname);

} // namespace opieka
