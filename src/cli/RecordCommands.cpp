// family update | visit add | member add: everyday edits of a family's record from the command
// line (issue 23 part 4), through the services and permissions the record window uses.
#include "Cli.h"
#include "ContactService.h"
#include "DuplicateService.h"
#include "FamilyService.h"
#include "IsoDate.h"
#include "MemberService.h"

#include <QRegularExpression>
#include <map>

namespace opieka::cli {
namespace {

// The fields `family update --set` changes, as the record window's details tab does.
const QStringList& familyFields()
{
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("municipality"),
                                    QStringLiteral("address")};
    return fields;
}

// --set FIELD=VALUE, repeated, or several FIELD=VALUE words after one --set. Every problem is a
// usage error naming the fields that may be set.
std::map<QString, QString> familySettings(Context& c)
{
    std::map<QString, QString> settings;
    QStringList words;
    while (const auto word = c.args.option(QStringLiteral("--set")))
        words << *word;
    if (words.isEmpty()) {
        if (!c.args.hasErrors())
            c.args.addError(Cli::tr("Say what to change: --set FIELD=VALUE (FIELD: %1).")
                                .arg(familyFields().join(QStringLiteral(", "))));
        return settings;
    }
    // The words after the last --set that read FIELD=VALUE belong to it.
    static const QRegularExpression setting(QStringLiteral("^[A-Za-z_]+="));
    while (const auto more = c.args.positional()) {
        if (!setting.match(*more).hasMatch()) {
            c.args.addError(Arguments::tr("'%1' is not understood by '%2'.")
                                .arg(*more, QStringLiteral("family update")));
            continue;
        }
        words << *more;
    }
    for (const QString& word : std::as_const(words)) {
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        const QString field = equals < 0 ? word : word.left(equals);
        if (equals < 0 || !familyFields().contains(field)) {
            c.args.addError(
                Cli::tr("--set takes FIELD=VALUE with FIELD one of %1, not '%2'.")
                    .arg(familyFields().join(QStringLiteral(", ")), equals < 0 ? word : field));
            continue;
        }
        if (settings.contains(field)) {
            c.args.addError(Cli::tr("--set gives %1 twice.").arg(field));
            continue;
        }
        settings[field] = word.mid(equals + 1);
    }
    return settings;
}

int updateFamily(Context& c)
{
    const auto familyId = c.args.idOption(QStringLiteral("--family"), true);
    const auto settings = familySettings(c);
    auto session = c.start(QStringLiteral("family update"));
    if (!session)
        return session.exitCode();
    FamilyService families(session->signedIn());
    // Read first and saved with the version read, as the window saves what it opened: a change
    // made in between is refused, not overwritten.
    auto family = families.family(*familyId);
    if (!family)
        return c.fail(family.error());
    for (const auto& [field, value] : settings) {
        if (field == QLatin1String("name"))
            family->name = value;
        else if (field == QLatin1String("municipality"))
            family->municipality = value;
        else
            family->address = value;
    }
    if (Status saved = families.update(*family); !saved)
        return c.fail(saved.error());
    QStringList changed;
    for (const auto& setting : settings)
        changed << setting.first;
    c.out << Cli::tr("Family %1 updated: %2.")
                 .arg(QString::number(*familyId), changed.join(QStringLiteral(", ")))
          << Qt::endl;
    return Done;
}

// A required date: strictly YYYY-MM-DD and a real day (2026-02-30 is refused, never rolled over).
std::optional<QDate> requiredDate(Context& c, const QString& name, const QString& whenMissing)
{
    const auto text = c.args.option(name);
    if (!text) {
        c.args.addError(whenMissing);
        return std::nullopt;
    }
    const auto date = parseIsoDate(*text);
    if (!date)
        c.args.addError(Cli::tr("%1 takes a real date as YYYY-MM-DD, not '%2'.").arg(name, *text));
    return date;
}

int addVisit(Context& c)
{
    const auto familyId = c.args.idOption(QStringLiteral("--family"), true);
    const auto date = requiredDate(c, QStringLiteral("--date"),
                                   Cli::tr("--date YYYY-MM-DD is required: the day of the visit."));
    const auto kindText = c.args.option(QStringLiteral("--kind"));
    const QString notes = c.args.option(QStringLiteral("--notes")).value_or(QString());
    std::optional<ContactKind> kind;
    if (!kindText)
        c.args.addError(Cli::tr("--kind is required: one of %1.")
                            .arg(contactKindNames().join(QStringLiteral(", "))));
    else if (contactKindNames().contains(*kindText))
        kind = parseContactKind(*kindText);
    else
        c.args.addError(Cli::tr("--kind takes one of %1, not '%2'.")
                            .arg(contactKindNames().join(QStringLiteral(", ")), *kindText));
    auto session = c.start(QStringLiteral("visit add"));
    if (!session)
        return session.exitCode();
    const User& actor = session->actor;
    if (!actor.workerId)
        return c.fail(refused(Cli::tr("A visit is logged under the acting account's worker; the "
                                      "account '%1' is not linked to a worker.")
                                  .arg(actor.login)));
    Contact contact;
    contact.familyId = *familyId;
    contact.workerId = *actor.workerId;
    contact.date = *date;
    contact.kind = *kind;
    contact.notes = notes;
    auto id = ContactService(session->signedIn()).log(contact);
    if (!id)
        return c.fail(id.error());
    c.out << *id << Qt::endl;
    return Done;
}

// What the duplicate check found, a line each, as the window's warning names it: the record
// when the account may read its case, otherwise only whose case it is.
QString matchLine(const EntryMatch& match)
{
    if (!match.reachable)
        return match.caseWorkers.isEmpty()
                   ? Cli::tr("  a likely match in a case out of your reach; ask your manager")
                   : Cli::tr("  a likely match in a case of %1; ask them or your manager")
                         .arg(match.caseWorkers);
    return Cli::tr("  member %1 of family %2 (%3): %4, born %5, score %6")
        .arg(QString::number(match.id), QString::number(match.familyId), match.familyName,
             match.name, match.birthDate ? isoDate(*match.birthDate) : Cli::tr("not known"),
             QString::number(match.score));
}

int addMember(Context& c)
{
    Member member;
    const auto familyId = c.args.idOption(QStringLiteral("--family"), true);
    const auto firstName = c.args.option(QStringLiteral("--first-name"));
    const auto lastName = c.args.option(QStringLiteral("--last-name"));
    const auto relationText = c.args.option(QStringLiteral("--relation"));
    const auto birthDate = c.args.dateOption(QStringLiteral("--birth-date"));
    const auto sexText = c.args.option(QStringLiteral("--sex"));
    member.pesel = c.args.option(QStringLiteral("--pesel")).value_or(QString()).trimmed();
    const bool saveAnyway = c.args.flag(QStringLiteral("--save-anyway"));
    if (!firstName || firstName->trimmed().isEmpty())
        c.args.addError(Cli::tr("--first-name is required."));
    if (!lastName || lastName->trimmed().isEmpty())
        c.args.addError(Cli::tr("--last-name is required."));
    if (!relationText)
        c.args.addError(Cli::tr("--relation is required: one of %1.")
                            .arg(relationNames().join(QStringLiteral(", "))));
    else if (!relationNames().contains(*relationText))
        c.args.addError(Cli::tr("--relation takes one of %1, not '%2'.")
                            .arg(relationNames().join(QStringLiteral(", ")), *relationText));
    if (sexText && *sexText != QLatin1String("F") && *sexText != QLatin1String("M"))
        c.args.addError(Cli::tr("--sex takes F or M, not '%1'.").arg(*sexText));
    auto session = c.start(QStringLiteral("member add"));
    if (!session)
        return session.exitCode();
    member.familyId = *familyId;
    member.firstName = firstName->trimmed();
    member.lastName = lastName->trimmed();
    member.relation = parseRelation(*relationText).value_or(Relation::Other);
    member.birthDate = birthDate;
    if (sexText)
        member.sex = parseSex(*sexText);

    MemberService members(session->signedIn());
    // Checked as the form checks before the duplicate question: a refusal (no sex without a
    // PESEL, a PESEL that contradicts the birth date...) is said first.
    auto checked = members.validate(member);
    if (!checked)
        return c.fail(checked.error());
    // The duplicate check of issue 21, asked as the window asks it before saving. A likely match
    // stops the entry unless --save-anyway (the window's "Save anyway") was given.
    MemberDraft draft;
    draft.familyId = member.familyId;
    draft.firstName = member.firstName;
    draft.lastName = member.lastName;
    draft.pesel = member.pesel;
    draft.birthDate = checked->birthDate;
    draft.sex = checked->sex;
    auto matches = DuplicateService(session->signedIn()).checkMember(draft);
    if (!matches)
        return c.fail(matches.error());
    if (!matches->isEmpty()) {
        QStringList lines;
        for (const EntryMatch& match : std::as_const(*matches))
            lines << matchLine(match);
        if (!saveAnyway)
            return c.fail(refused(Cli::tr("%1 is likely already in the register, so nothing was "
                                          "saved:\n%2\nCheck the match; to save a new record all "
                                          "the same, repeat the command with --save-anyway.")
                                      .arg(member.displayName(), lines.join(QLatin1Char('\n')))));
        c.err << Cli::tr("Saved although %1 is likely already in the register:\n%2")
                     .arg(member.displayName(), lines.join(QLatin1Char('\n')))
              << Qt::endl;
    }
    auto id = members.add(member);
    if (!id)
        return c.fail(id.error());
    c.out << *id << Qt::endl;
    return Done;
}

} // namespace

int runFamily(Context& c)
{
    return runAction(c, QStringLiteral("family"), {{QLatin1String("update"), updateFamily}},
                     Cli::tr("'%1' is not an action of family: update."),
                     Cli::tr("Say what to do: family update."));
}

int runVisit(Context& c)
{
    return runAction(c, QStringLiteral("visit"), {{QLatin1String("add"), addVisit}},
                     Cli::tr("'%1' is not an action of visit: add."),
                     Cli::tr("Say what to do: visit add."));
}

int runMember(Context& c)
{
    return runAction(c, QStringLiteral("member"), {{QLatin1String("add"), addMember}},
                     Cli::tr("'%1' is not an action of member: add."),
                     Cli::tr("Say what to do: member add."));
}

} // namespace opieka::cli
