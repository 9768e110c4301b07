#include "PolishNameFolding.h"

#include "EditDistance.h"

#include <gtest/gtest.h>

using namespace opieka;

TEST(PolishNameFolding, SpellingFoldForgivesCaseAndDiacritics)
{
    EXPECT_EQ(foldNameSpelling(QStringLiteral("Małgorzata")), QStringLiteral("malgorzata"));
    EXPECT_EQ(foldNameSpelling(QStringLiteral("WÓJCIK")),
              foldNameSpelling(QStringLiteral("wojcik")));
    EXPECT_EQ(foldNameSpelling(QStringLiteral("ąćęłńóśźż")), QStringLiteral("acelnoszz"));
    EXPECT_EQ(foldNameSpelling(QStringLiteral(" Kowalska-Nowak ")),
              QStringLiteral("kowalska nowak"));
    // The spelling fold does not forgive a different letter.
    EXPECT_NE(foldNameSpelling(QStringLiteral("Wujcik")),
              foldNameSpelling(QStringLiteral("Wójcik")));
}

TEST(PolishNameFolding, SoundFoldForgivesRzAndZDotAbove)
{
    EXPECT_EQ(foldNameSound(QStringLiteral("Rzepka")), foldNameSound(QStringLiteral("Żepka")));
    EXPECT_EQ(foldNameSound(QStringLiteral("Grzegorz")), foldNameSound(QStringLiteral("Gżegoż")));
}

TEST(PolishNameFolding, SoundFoldForgivesChAndH)
{
    EXPECT_EQ(foldNameSound(QStringLiteral("Chalina")), foldNameSound(QStringLiteral("Halina")));
    EXPECT_EQ(foldNameSound(QStringLiteral("Michalak")), foldNameSound(QStringLiteral("Mihalak")));
}

TEST(PolishNameFolding, SoundFoldForgivesOAcuteAndU)
{
    const QString folded = foldNameSound(QStringLiteral("Wójcik"));
    EXPECT_EQ(foldNameSound(QStringLiteral("Wujcik")), folded);
    EXPECT_EQ(foldNameSound(QStringLiteral("Wojcik")), folded);
}

TEST(PolishNameFolding, SoundFoldForgivesNasalVowelsWrittenOmOnEmEn)
{
    const QString dabrowski = foldNameSound(QStringLiteral("Dąbrowski"));
    EXPECT_EQ(foldNameSound(QStringLiteral("Dombrowski")), dabrowski);
    EXPECT_EQ(foldNameSound(QStringLiteral("Donbrowski")), dabrowski);
    EXPECT_EQ(foldNameSound(QStringLiteral("Węgrzyn")), foldNameSound(QStringLiteral("Wengrzyn")));
    EXPECT_EQ(foldNameSound(QStringLiteral("Węgrzyn")), foldNameSound(QStringLiteral("Wemgrzyn")));
    // The most common spelling of all: no diacritic.
    EXPECT_EQ(foldNameSound(QStringLiteral("Dabrowski")), dabrowski);
    // Before a vowel or at the end "om"/"on" stay: Domańska, Szymon.
    EXPECT_EQ(foldNameSound(QStringLiteral("Domańska")), QStringLiteral("domanska"));
    EXPECT_EQ(foldNameSound(QStringLiteral("Szymon")), QStringLiteral("szymon"));
}

TEST(PolishNameFolding, SoundFoldForgivesDoubledLetters)
{
    EXPECT_EQ(foldNameSound(QStringLiteral("Anna")), foldNameSound(QStringLiteral("Ana")));
}

TEST(PolishNameFolding, SurnameStemJoinsFeminineMasculineAndPluralForms)
{
    EXPECT_EQ(surnameStem(QStringLiteral("Kowalska")), QStringLiteral("kowalski"));
    EXPECT_EQ(surnameStem(QStringLiteral("Kowalski")), QStringLiteral("kowalski"));
    EXPECT_EQ(surnameStem(QStringLiteral("Kowalscy")), QStringLiteral("kowalski"));
    EXPECT_EQ(surnameStem(QStringLiteral("Kowalskich")), QStringLiteral("kowalski"));
    EXPECT_EQ(surnameStem(QStringLiteral("Nowicka")), QStringLiteral("nowicki"));
    EXPECT_EQ(surnameStem(QStringLiteral("Nowiccy")), QStringLiteral("nowicki"));
    EXPECT_EQ(surnameStem(QStringLiteral("Zawadzka")), QStringLiteral("zawadzki"));
    EXPECT_EQ(surnameStem(QStringLiteral("Zawadzcy")), QStringLiteral("zawadzki"));
    EXPECT_EQ(surnameStem(QStringLiteral("Dąbrowska")), QStringLiteral("dąbrowski"));
    EXPECT_EQ(surnameStem(QStringLiteral("Kowalska-Nowak")), QStringLiteral("kowalski-nowak"));
    EXPECT_EQ(foldSurnameSound(QStringLiteral("Dąbrowska")),
              foldSurnameSound(QStringLiteral("Dombrowski")));
}

TEST(PolishNameFolding, OtherEndingsAreLeftAlone)
{
    // -na/-ny, -ła/-ły and -owa are not folded: Wrona, Kalina, Sowa are both sexes' surnames.
    EXPECT_EQ(surnameStem(QStringLiteral("Zielona")), QStringLiteral("zielona"));
    EXPECT_EQ(surnameStem(QStringLiteral("Wesoła")), QStringLiteral("wesoła"));
    EXPECT_EQ(surnameStem(QStringLiteral("Nowakowa")), QStringLiteral("nowakowa"));
    EXPECT_EQ(surnameStem(QStringLiteral("Wrona")), QStringLiteral("wrona"));
    // A surname that is only the ending is not a stem.
    EXPECT_EQ(surnameStem(QStringLiteral("Ska")), QStringLiteral("ska"));
}

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndSwaps)
{
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("szczepanski"), QStringLiteral("szczepanski")), 0);
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("szczepanki"), QStringLiteral("szczepanski")), 1);
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("nowka"), QStringLiteral("nowak")), 1);
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("nowak"), QStringLiteral("nowik")), 1);
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("nowak"), QStringLiteral("nowakowa")), 3);
    EXPECT_EQ(damerauLevenshtein(QString(), QStringLiteral("lis")), 3);
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("ab"), QStringLiteral("ba")), 1);
    EXPECT_EQ(damerauLevenshtein(QStringLiteral("kot"), QStringLiteral("pies")), 4);
}
