// Issue 21 part 5: how well the register's list finds the same person or family recorded twice.
// A generated centre (synthetic people: common Polish first names and surnames combined at
// random, no real person) of some 1,400 people in 400 families, with duplicates planted in each
// of the ways the issue names and look-alikes that are different people. The test prints
// precision and recall at the default threshold (docs/performance.md) and holds them to the
// issue's targets.
#include "DuplicateScore.h"
#include "DuplicateService.h"
#include "PolishNameFolding.h"
#include "TestWorkspace.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <random>

using namespace opieka;

namespace {

struct Person
{
    int family = 0;
    QString first;
    QString last;
    QDate born;
    Sex sex = Sex::Female;
    QString relation;
    int identity = -1; // who the record is of: a copy keeps its original's
};

QString keyOf(int family, const QString& name, const QDate& born)
{
    return QStringLiteral("%1|%2|%3").arg(family).arg(name, born.toString(Qt::ISODate));
}

QString keyOf(const Person& p)
{
    return keyOf(p.family, p.first + QLatin1Char(' ') + p.last, p.born);
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

// The feminine form of a masculine surname: -ski/-cki/-dzki take -a; nouns stay as they are.
QString feminine(const QString& surname)
{
    if (surname.endsWith(QStringLiteral("ki")))
        return surname.chopped(1) + QLatin1Char('a');
    return surname;
}

QString withoutDiacritics(QString text)
{
    const QString from = QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");
    const QString to = QStringLiteral("acelnoszzACELNOSZZ");
    for (qsizetype i = 0; i < from.size(); ++i)
        text.replace(from[i], to[i]);
    return text;
}

// Dates a careful worker would take for one mistyped: equal, the day and the month swapped, one
// digit of YYYYMMDD different, or two neighbouring digits swapped. The generated people who are
// meant to be different are kept apart by more than that.
bool closeDates(const QDate& a, const QDate& b)
{
    if (a == b || (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()))
        return true;
    const QString x = a.toString(QStringLiteral("yyyyMMdd"));
    const QString y = b.toString(QStringLiteral("yyyyMMdd"));
    QList<qsizetype> differ;
    for (qsizetype i = 0; i < x.size(); ++i)
        if (x[i] != y[i])
            differ << i;
    if (differ.size() <= 1)
        return true;
    return differ.size() == 2 && differ[1] == differ[0] + 1 && x[differ[0]] == y[differ[1]] &&
           x[differ[1]] == y[differ[0]];
}

class DuplicateQualityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        generateCentre();
        plantPeople();
        plantFamilies();
        addLookAlikes();
        collectSamePersonPairs();
        load();
    }

    // 400 families in four municipalities: a mother, in most a father, one to three children.
    void generateCentre()
    {
        for (int id = 1; id <= 400; ++id) {
            const QString surname = pick(surnames);
            familyName[id] = surname;
            familyMunicipality[id] = pick(municipalities);
            const int motherYear = 1960 + pick(30);
            addBase({id, pick(femaleNames), feminine(surname), date(motherYear), Sex::Female,
                     QStringLiteral("parent")});
            if (pick(10) < 7)
                addBase({id, pick(maleNames), surname, date(motherYear - 3 + pick(6)), Sex::Male,
                         QStringLiteral("parent")});
            const int children = 1 + pick(3);
            for (int c = 0; c < children; ++c) {
                const bool girl = pick(2) == 0;
                addBase({id, girl ? pick(femaleNames) : pick(maleNames),
                         girl ? feminine(surname) : surname, date(motherYear + 18 + pick(17)),
                         girl ? Sex::Female : Sex::Male, QStringLiteral("child")});
            }
        }
    }

    // The same person a second time, twelve times in each way; half in the same household, half
    // in another family's.
    void plantPeople()
    {
        plant(QStringLiteral("diacritics"), [](Person p) {
            const QString first = withoutDiacritics(p.first), last = withoutDiacritics(p.last);
            if (first == p.first && last == p.last)
                return std::optional<Person>{};
            p.first = first;
            p.last = last;
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("upper case"), [](Person p) {
            p.first = p.first.toUpper();
            p.last = p.last.toUpper();
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("surname typo"), [this](Person p) {
            if (p.last.size() < 6)
                return std::optional<Person>{};
            p.last = typo(p.last);
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("first-name typo"), [this](Person p) {
            if (p.first.size() < 6)
                return std::optional<Person>{};
            p.first = typo(p.first);
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("surname gender"), [](Person p) {
            if (p.sex != Sex::Female || !p.last.endsWith(QStringLiteral("ka")))
                return std::optional<Person>{};
            p.last = p.last.chopped(1) + QLatin1Char('i');
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("spelling confusion"), [](Person p) {
            static const QList<std::pair<QString, QString>> confusions{
                {QStringLiteral("rz"), QStringLiteral("ż")},
                {QStringLiteral("ż"), QStringLiteral("rz")},
                {QStringLiteral("ch"), QStringLiteral("h")},
                {QStringLiteral("ó"), QStringLiteral("u")},
                {QStringLiteral("ą"), QStringLiteral("om")},
                {QStringLiteral("ę"), QStringLiteral("en")},
            };
            for (const auto& [from, to] : confusions)
                if (p.last.contains(from)) {
                    p.last.replace(from, to);
                    return std::optional<Person>(p);
                }
            return std::optional<Person>{};
        });
        plant(QStringLiteral("day and month swapped"), [](Person p) {
            const QDate d = p.born;
            if (d.day() > 12 || d.day() == d.month())
                return std::optional<Person>{};
            p.born = QDate(d.year(), d.day(), d.month());
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("one digit of the date"), [this](Person p) {
            const QDate d = p.born;
            p.born =
                pick(2) == 0
                    ? QDate(d.year(), d.month(), d.day() % 10 == 9 ? d.day() - 1 : d.day() + 1)
                    : QDate(d.year() % 10 == 9 ? d.year() - 1 : d.year() + 1, d.month(), d.day());
            if (!p.born.isValid())
                return std::optional<Person>{};
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("diacritics and a swapped date"), [](Person p) {
            const QDate d = p.born;
            if (d.day() > 12 || d.day() == d.month() || withoutDiacritics(p.last) == p.last)
                return std::optional<Person>{};
            p.last = withoutDiacritics(p.last);
            p.born = QDate(d.year(), d.day(), d.month());
            return std::optional<Person>(p);
        });
        plant(QStringLiteral("a second given name"), [this](Person p) {
            p.first += QLatin1Char(' ') + pick(p.sex == Sex::Female ? femaleNames : maleNames);
            return std::optional<Person>(p);
        });
    }

    // A family recorded a second time: its name in the other gender, without diacritics or with
    // "Rodzina", in the same municipality, with one of its people (so the two share a member).
    void plantFamilies()
    {
        for (int i = 0; i < 15; ++i) {
            const int original = 1 + pick(400);
            const int copy = nextFamily++;
            const QString name = familyName[original];
            familyName[copy] = i % 3 == 0   ? feminine(name)
                               : i % 3 == 1 ? withoutDiacritics(name).toUpper()
                                            : QStringLiteral("Rodzina ") + name;
            familyMunicipality[copy] = familyMunicipality[original];
            const QList<Person> household = membersOf(original);
            Person again = household[pick(static_cast<int>(household.size()))];
            again.family = copy;
            people << again;
            wayOf.insert(keyOf(again), QStringLiteral("family recorded twice"));
            plantedFamilies.insert(pairKey(QString::number(original), QString::number(copy)));
        }
    }

    // Different people who look alike: namesakes born years apart or in another season, twins
    // with their own first names.
    void addLookAlikes()
    {
        for (int i = 0; i < 20; ++i) {
            Person other = base[pick(static_cast<int>(base.size()))];
            other.family = 1 + pick(400);
            other.born = i % 2 == 0 ? other.born.addYears(pick(2) == 0 ? -17 : -29)
                                    : other.born.addDays(-130 - pick(60));
            other.relation = QStringLiteral("other");
            other.identity = nextIdentity++;
            if (!apartFromEveryone(other))
                continue;
            people << other;
        }
        for (int i = 0; i < 15; ++i) {
            Person child;
            do
                child = base[pick(static_cast<int>(base.size()))];
            while (child.relation != QStringLiteral("child"));
            Person twin = child;
            twin.identity = nextIdentity++;
            twin.sex = pick(2) == 0 ? Sex::Female : Sex::Male;
            const QStringList& names = twin.sex == Sex::Female ? femaleNames : maleNames;
            do
                twin.first = pick(names);
            while (foldNameSound(twin.first).left(3) == foldNameSound(child.first).left(3));
            twin.last = twin.sex == Sex::Female ? feminine(familyName[child.family])
                                                : familyName[child.family];
            people << twin;
        }
    }

    // Every two records of one person, and how the later one was made: copied from the
    // original in one way, or two copies of one person (each made in its own way).
    void collectSamePersonPairs()
    {
        QHash<int, QList<Person>> byIdentity;
        for (const Person& p : people)
            byIdentity[p.identity] << p;
        for (const QList<Person>& records : byIdentity)
            for (qsizetype i = 0; i < records.size(); ++i)
                for (qsizetype j = i + 1; j < records.size(); ++j)
                    plantedMembers.insert(pairKey(keyOf(records[i]), keyOf(records[j])),
                                          i == 0 ? wayOf.value(keyOf(records[j]))
                                                 : QStringLiteral("two copies of one person"));
    }

    void load()
    {
        QString families = QStringLiteral("id,name,municipality,category,opened_on,closed_on\n");
        for (auto it = familyName.cbegin(); it != familyName.cend(); ++it)
            families += QStringLiteral("%1,%2,%3,coping,2020-01-01,\n")
                            .arg(it.key())
                            .arg(it.value(), familyMunicipality[it.key()]);
        QString members =
            QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,relation\n");
        QSet<QString> keys;
        for (const Person& p : people) {
            ASSERT_FALSE(keys.contains(keyOf(p)))
                << "each generated record is told apart by its key";
            keys << keyOf(p);
            members += QStringLiteral("%1,,%2,%3,%4,%5,%6\n")
                           .arg(p.family)
                           .arg(p.first, p.last, p.born.toString(Qt::ISODate),
                                p.sex == Sex::Female ? QStringLiteral("F") : QStringLiteral("M"),
                                p.relation);
        }
        ws.load(DataSet::Families, families.toUtf8());
        ws.load(DataSet::Members, members.toUtf8());
    }

    template <typename Change> void plant(const QString& way, Change change)
    {
        int planted = 0;
        while (planted < 12) {
            const Person& original = base[pick(static_cast<int>(base.size()))];
            std::optional<Person> copy = change(original);
            if (!copy)
                continue;
            copy->relation = QStringLiteral("other");
            if (planted % 2 == 1)
                copy->family = 1 + pick(400);
            if (keyOf(*copy) == keyOf(original) || takenKeys.contains(keyOf(*copy)))
                continue;
            takenKeys << keyOf(*copy);
            people << *copy;
            wayOf.insert(keyOf(*copy), way);
            ++planted;
        }
    }

    // No one already generated has a close birth date and the same first name or surname.
    bool apartFromEveryone(const Person& p) const
    {
        for (const Person& q : people)
            if (closeDates(p.born, q.born) &&
                (foldNameSound(p.first) == foldNameSound(q.first) ||
                 foldSurnameSound(p.last) == foldSurnameSound(q.last)))
                return false;
        return true;
    }

    void addBase(Person p)
    {
        for (int tries = 0; tries < 50; ++tries) {
            if (apartFromEveryone(p)) {
                p.identity = static_cast<int>(base.size());
                base << p;
                people << p;
                takenKeys << keyOf(p);
                return;
            }
            p.born = p.born.addDays(-1 - pick(300));
        }
        FAIL() << "no birth date kept the generated person apart from the others";
    }

    QList<Person> membersOf(int family) const
    {
        QList<Person> found;
        for (const Person& p : base)
            if (p.family == family)
                found << p;
        return found;
    }

    // A letter dropped or two neighbouring letters swapped, anywhere in the name.
    QString typo(QString name)
    {
        const int at = pick(static_cast<int>(name.size()) - 1);
        if (pick(2) == 0)
            return name.remove(at, 1);
        if (name[at] == name[at + 1])
            return name.remove(at, 1);
        std::swap(name[at], name[at + 1]);
        return name;
    }

    static QString pairKey(const QString& a, const QString& b)
    {
        return a < b ? a + QStringLiteral(" ~ ") + b : b + QStringLiteral(" ~ ") + a;
    }

    int pick(int below) { return std::uniform_int_distribution<int>(0, below - 1)(random); }
    const QString& pick(const QStringList& list)
    {
        return list[pick(static_cast<int>(list.size()))];
    }
    QDate date(int year) { return QDate(year, 1, 1).addDays(pick(365)); }

    std::mt19937 random{20261207};
    const QStringList femaleNames = words(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia Teresa "
        "Joanna Magdalena Monika Danuta Jadwiga Aleksandra Natalia Beata Dorota Halina Irena "
        "Jolanta Iwona Karolina Paulina Justyna Marta Grażyna Renata Weronika Julia Zuzanna "
        "Wiktoria Oliwia Emilia Łucja Bożena Urszula Genowefa");
    const QStringList maleNames = words(
        "Jan Andrzej Piotr Krzysztof Stanisław Tomasz Paweł Józef Marcin Marek Michał Grzegorz "
        "Jerzy Tadeusz Adam Łukasz Zbigniew Ryszard Dariusz Henryk Mariusz Kazimierz Wojciech "
        "Robert Mateusz Marian Rafał Jacek Janusz Mirosław Maciej Sławomir Jarosław Kamil "
        "Wiesław Roman Władysław Jakub Artur Zdzisław");
    const QStringList surnames = words(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk "
        "Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński "
        "Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek "
        "Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk "
        "Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Bąk "
        "Jakubowski Sadowski Duda Włodarczyk Wilk Chmielewski Borkowski Sokołowski Szczepański "
        "Sawicki Lis Kucharski Kalinowski Wysocki Mazurek Kubiak Kołodziej Czarnecki Rzepka "
        "Chojnacki Grzelak Żurawski Chrzanowski");
    const QStringList municipalities = words("Bochnia Brzesko Wieliczka Niepołomice");

    QList<Person> base;   // the centre's people, each a different person
    QList<Person> people; // base, the planted copies and the look-alikes, as loaded
    QSet<QString> takenKeys;
    QMap<int, QString> familyName;
    QHash<int, QString> familyMunicipality;
    int nextFamily = 401;
    int nextIdentity = 100000;
    QHash<QString, QString> wayOf;          // a copy's key -> the way it was made
    QHash<QString, QString> plantedMembers; // the pair's key -> the way it was planted
    QSet<QString> plantedFamilies;
    test::TestWorkspace ws;
};

struct Quality
{
    int found = 0;
    int wrong = 0;
    int missed = 0;
    double precision() const { return found + wrong ? double(found) / (found + wrong) : 1.0; }
    double recall() const { return found + missed ? double(found) / (found + missed) : 1.0; }
};

TEST_F(DuplicateQualityTest, PrecisionAndRecallAtTheLikelyThreshold)
{
    auto members = DuplicateService(ws.session(ws.manager())).list(DuplicateKind::Members);
    ASSERT_TRUE(members.ok()) << members.error().message.toStdString();
    Quality ofPeople;
    QSet<QString> listed;
    QStringList wrong;
    for (const DuplicatePair& pair : *members) {
        const QString key = pairKey(keyOf(static_cast<int>(pair.a.familyId), pair.a.name,
                                          pair.a.birthDate.value_or(QDate())),
                                    keyOf(static_cast<int>(pair.b.familyId), pair.b.name,
                                          pair.b.birthDate.value_or(QDate())));
        listed << key;
        if (plantedMembers.contains(key)) {
            ++ofPeople.found;
        } else {
            ++ofPeople.wrong;
            wrong << key + QStringLiteral(" (") + QString::number(pair.score) +
                         QStringLiteral(": ") + pair.reasons.join(QLatin1Char(';')) +
                         QLatin1Char(')');
        }
    }
    std::map<QString, std::pair<int, int>> byWay; // found, planted
    QStringList missed;
    for (auto it = plantedMembers.cbegin(); it != plantedMembers.cend(); ++it) {
        auto& [found, planted] = byWay[it.value()];
        ++planted;
        if (listed.contains(it.key())) {
            ++found;
        } else {
            ++ofPeople.missed;
            missed << it.value() + QStringLiteral(": ") + it.key();
        }
    }

    auto familyPairs = DuplicateService(ws.session(ws.manager())).list(DuplicateKind::Families);
    ASSERT_TRUE(familyPairs.ok()) << familyPairs.error().message.toStdString();
    Quality ofFamilies;
    QSet<QString> listedFamilies;
    for (const DuplicatePair& pair : *familyPairs) {
        const QString key = pairKey(QString::number(pair.a.id), QString::number(pair.b.id));
        listedFamilies << key;
        if (plantedFamilies.contains(key))
            ++ofFamilies.found;
        else {
            ++ofFamilies.wrong;
            wrong << QStringLiteral("families ") + key + QStringLiteral(" (") +
                         QString::number(pair.score) + QStringLiteral(")");
        }
    }
    for (const QString& key : plantedFamilies)
        if (!listedFamilies.contains(key)) {
            ++ofFamilies.missed;
            missed << QStringLiteral("family: ") + key;
        }

    std::cout << "Duplicate detection at the likely threshold (" << kLikelyDuplicateScore << ") on "
              << ofPeople.found + ofPeople.missed << " planted pairs of people among "
              << base.size() << " people, " << plantedFamilies.size()
              << " planted pairs of families among 400 families:\n";
    for (const auto& [way, counts] : byWay)
        std::cout << "  " << way.toStdString() << ": " << counts.first << " of " << counts.second
                  << " found\n";
    std::cout << "  people: precision " << ofPeople.precision() << ", recall " << ofPeople.recall()
              << " (" << ofPeople.wrong << " listed wrongly, " << ofPeople.missed << " missed)\n"
              << "  families: precision " << ofFamilies.precision() << ", recall "
              << ofFamilies.recall() << " (" << ofFamilies.wrong << " listed wrongly, "
              << ofFamilies.missed << " missed)\n";

    for (const QString& pair : missed)
        std::cout << "  missed: " << pair.toStdString() << "\n";

    // How close the different people came: the best score of a pair that is not one person.
    auto scored = DuplicateService(ws.session(ws.manager())).list(DuplicateKind::Members, 0);
    ASSERT_TRUE(scored.ok());
    int closest = 0;
    for (const DuplicatePair& pair : *scored) {
        const QString key = pairKey(keyOf(static_cast<int>(pair.a.familyId), pair.a.name,
                                          pair.a.birthDate.value_or(QDate())),
                                    keyOf(static_cast<int>(pair.b.familyId), pair.b.name,
                                          pair.b.birthDate.value_or(QDate())));
        if (!plantedMembers.contains(key))
            closest = std::max(closest, pair.score);
    }
    std::cout << "  " << scored->size() << " candidate pairs of people scored; the best score of "
              << "two different people: " << closest << "\n";

    EXPECT_GE(ofPeople.precision(), 0.95) << wrong.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(ofPeople.recall(), 0.95) << missed.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(ofFamilies.precision(), 0.95) << wrong.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(ofFamilies.recall(), 0.95) << missed.join(QLatin1Char('\n')).toStdString();
}

} // namespace
