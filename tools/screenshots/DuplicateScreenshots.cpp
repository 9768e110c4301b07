#include "DuplicateScreenshots.h"

#include "Capture.h"
#include "DirectoryService.h"
#include "DuplicateService.h"
#include "DuplicateWarningDialog.h"
#include "DuplicatesTab.h"
#include "MainWindow.h"
#include "MemberService.h"
#include "MergeDialog.h"
#include "ReportRunner.h"
#include "Workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <optional>

namespace opieka::screenshots {
using namespace ui;

namespace {

// A demo person with a birth date and a sex, and where their family lives.
struct Person
{
    Member member;
    QString municipality;
};

// "Małgorzata Wójcik" → "Malgorzata Wojcik": as typed on a keyboard without Polish letters.
QString withoutDiacritics(const QString& text)
{
    static const QString from = QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");
    static const QString to = QStringLiteral("acelnoszzACELNOSZZ");
    QString plain = text;
    for (QChar& c : plain)
        if (const qsizetype at = from.indexOf(c); at >= 0)
            c = to.at(at);
    return plain;
}

// The surname in the other gender (Kowalska → Kowalski, Nowicki → Nowicka); empty when it has
// none (a surname that is not an adjective).
QString otherGenderSurname(const QString& surname)
{
    const QList<std::pair<QString, QString>> endings{
        {QStringLiteral("ska"), QStringLiteral("ski")},
        {QStringLiteral("cka"), QStringLiteral("cki")},
        {QStringLiteral("dzka"), QStringLiteral("dzki")},
    };
    for (const auto& [female, male] : endings) {
        if (surname.endsWith(female))
            return surname.chopped(female.size()) + male;
        if (surname.endsWith(male))
            return surname.chopped(male.size()) + female;
    }
    return {};
}

// The birth date with the day and the month swapped (3 July → 7 March), when that is a
// different, real date.
std::optional<QDate> swappedDate(const QDate& date)
{
    if (date.day() > 12 || date.day() == date.month())
        return std::nullopt;
    const QDate swapped(date.year(), date.day(), date.month());
    return swapped.isValid() ? std::optional<QDate>(swapped) : std::nullopt;
}

// Every member of the demo families with a birth date and a sex, family by family.
Result<QList<Person>> demoPeople(const Session& session)
{
    FamilyQuery query;
    query.limit = 400;
    auto families = DirectoryService(session).families(query);
    OPIEKA_TRY(families);
    MemberService members(session);
    QList<Person> people;
    for (const Family& family : std::as_const(*families)) {
        auto list = members.members(family.id);
        OPIEKA_TRY(list);
        for (const Member& member : std::as_const(*list))
            if (member.birthDate && member.sex)
                people << Person{member, family.municipality};
    }
    return people;
}

// The people the pictures copy: one typed again in the member dialog, and the originals of the
// planted copies, each from a family of its own.
struct Originals
{
    Person typed;
    QList<std::pair<Person, Member>> copies; // the original and its copy, not yet saved
};

std::optional<Originals> chooseOriginals(const QList<Person>& people)
{
    QSet<qint64> usedFamilies;
    const auto take = [&](const std::function<bool(const Person&)>& fits) -> std::optional<Person> {
        for (const Person& person : people)
            if (!usedFamilies.contains(person.member.familyId) && fits(person)) {
                usedFamilies.insert(person.member.familyId);
                return person;
            }
        return std::nullopt;
    };
    const auto hasDiacritics = [](const Person& p) {
        return withoutDiacritics(p.member.displayName()) != p.member.displayName();
    };
    // Another family's record for the copy: a family further down the list.
    const auto otherFamily = [&](const Person& original, int step) {
        for (int i = 0; i < people.size(); ++i) {
            const qint64 id = people.at((i * 7 + step) % people.size()).member.familyId;
            if (id != original.member.familyId && !usedFamilies.contains(id))
                return id;
        }
        return original.member.familyId;
    };
    const auto copyOf = [&](const Person& original, int step) {
        Member copy = original.member;
        copy.id = 0;
        copy.rowVersion = 0;
        copy.pesel.clear(); // a PESEL is unique: the second record was entered without it
        copy.familyId = otherFamily(original, step);
        usedFamilies.insert(copy.familyId);
        return copy;
    };

    Originals chosen;
    auto typed = take(hasDiacritics);
    if (!typed)
        return std::nullopt;
    chosen.typed = *typed;

    // Without the Polish letters.
    if (auto plain = take(hasDiacritics)) {
        Member copy = copyOf(*plain, 11);
        copy.firstName = withoutDiacritics(copy.firstName);
        copy.lastName = withoutDiacritics(copy.lastName);
        chosen.copies << std::make_pair(*plain, copy);
    }
    // The surname in the other gender.
    if (auto gender = take(
            [](const Person& p) { return !otherGenderSurname(p.member.lastName).isEmpty(); })) {
        Member copy = copyOf(*gender, 23);
        copy.lastName = otherGenderSurname(copy.lastName);
        chosen.copies << std::make_pair(*gender, copy);
    }
    // The day and the month swapped.
    if (auto swapped =
            take([](const Person& p) { return swappedDate(*p.member.birthDate).has_value(); })) {
        Member copy = copyOf(*swapped, 37);
        copy.birthDate = swappedDate(*copy.birthDate);
        chosen.copies << std::make_pair(*swapped, copy);
    }
    // Both: no Polish letters and the date swapped.
    if (auto both = take([&](const Person& p) {
            return hasDiacritics(p) && swappedDate(*p.member.birthDate).has_value();
        })) {
        Member copy = copyOf(*both, 53);
        copy.firstName = withoutDiacritics(copy.firstName);
        copy.lastName = withoutDiacritics(copy.lastName);
        copy.birthDate = swappedDate(*copy.birthDate);
        chosen.copies << std::make_pair(*both, copy);
    }
    if (chosen.copies.size() < 3)
        return std::nullopt;
    return chosen;
}

} // namespace

bool DuplicateScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    // The copy, named as scripts/screenshots.sh names the demo database (mktemp -d): the status
    // bar shows its path.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/tmp.XXXXXXXXXX"));
    const QString copyPath = folder.filePath(QStringLiteral("demo.sqlite"));
    if (!folder.isValid()) {
        *error = tr("Cannot make a temporary folder for the copy of the database.");
        return false;
    }
    // Nothing is being written now (the pictures before are done): the file and its write-ahead
    // log copied are the database as the window has it.
    const QString live = window.workspace()->location();
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFile::exists(live + suffix))
            continue;
        if (!QFile::copy(live + suffix, copyPath + suffix)) {
            *error = tr("Cannot copy the database %1.").arg(live);
            return false;
        }
    }
    auto opened = Workspace::open(copyPath, Workspace::OpenMode::MustExist);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    const User actor = window.actor(); // the demo's manager

    // The copies of demo people, as the manager enters them (synthetic people of the demo).
    std::optional<Originals> originals;
    QList<qint64> copyIds;
    {
        const Session session((*opened)->database(), actor);
        auto people = demoPeople(session);
        if (!people) {
            *error = people.error().message;
            return false;
        }
        originals = chooseOriginals(*people);
        if (!originals) {
            *error = tr("The demo database has too few people to copy as duplicates.");
            return false;
        }
        MemberService members(session);
        for (const auto& [original, copy] : std::as_const(originals->copies)) {
            auto id = members.add(copy);
            if (!id) {
                *error = id.error().message;
                return false;
            }
            copyIds << *id;
        }
    }

    MainWindow copyWindow;
    copyWindow.enterSession(std::move(*opened), copyPath, actor);
    copyWindow.resize(1024, 768); // as the main window's pictures
    copyWindow.show();
    settle();
    const Session session = copyWindow.session();

    // The member dialog's warning: the first person typed again, without the Polish letters, in
    // another family.
    {
        const Member& typed = originals->typed.member;
        MemberDraft draft;
        draft.familyId = originals->copies.first().second.familyId;
        draft.firstName = withoutDiacritics(typed.firstName);
        draft.lastName = withoutDiacritics(typed.lastName);
        draft.birthDate = typed.birthDate;
        draft.sex = typed.sex;
        auto matches = DuplicateService(session).checkMember(draft);
        if (!matches || matches->isEmpty()) {
            *error =
                matches ? tr("The person typed again matches no one.") : matches.error().message;
            return false;
        }
        DuplicateWarningDialog warning(DuplicateKind::Members,
                                       draft.firstName + QLatin1Char(' ') + draft.lastName,
                                       *matches, &copyWindow);
        if (auto* list = warning.findChild<QListWidget*>(QStringLiteral("duplicateMatchesList")))
            list->setCurrentRow(0);
        if (!saveShown(warning, dir.filePath(QStringLiteral("duplicate-warning.png")), error))
            return false;
    }

    // The manager's list, with the copies found.
    auto* tab = copyWindow.findChild<DuplicatesTab*>();
    if (!tab) {
        *error = tr("The acting user has no Likely duplicates tab.");
        return false;
    }
    // Opened as a person opens it: Cases › Likely Duplicates… adds the tab and shows it.
    if (auto* open = copyWindow.findChild<QAction*>(QStringLiteral("likelyDuplicatesAction")))
        open->trigger();
    tab->refresh();
    if (!tab->runner()->waitForIdle() || tab->pairs().isEmpty()) {
        *error = tr("The likely duplicates could not be listed.");
        return false;
    }
    // The last copy (the most mistyped: two fields differ) is the pair selected and compared.
    std::optional<DuplicatePair> shown;
    for (const ListedDuplicate& listed : tab->pairs())
        if (listed.pair.a.id == copyIds.last() || listed.pair.b.id == copyIds.last())
            shown = listed.pair;
    if (!shown) {
        *error = tr("The copy of a demo person is not on the list of likely duplicates.");
        return false;
    }
    tab->selectPair(shown->a.id, shown->b.id);
    settle();
    if (!saveImage(copyWindow, dir.filePath(QStringLiteral("duplicates-tab.png")), error))
        return false;

    // The same pair side by side before the merge (shown, never merged).
    {
        auto merge = MergeDialog::create(session, *shown, {}, &copyWindow, error);
        if (!merge)
            return false;
        merge->resize(merge->width(), std::min(merge->height(), merge->sizeHint().height() + 40));
        if (!saveShown(*merge, dir.filePath(QStringLiteral("merge-dialog.png")), error))
            return false;
    }
    copyWindow.hide();
    settle();
    return true;
}

} // namespace opieka::screenshots
