// duplicates [--kind members|families] [--min-score N]: the register's likely duplicates
// (managers; issue 21); duplicates merge: two records of one person or family made one;
// duplicates dismiss: a pair marked as two different people or families.
#include "Cli.h"
#include "DuplicateService.h"
#include "MergeService.h"

#include <QJsonArray>

namespace opieka::cli {
namespace {

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

// The pair's row under the list's columns, and its JSON object: the score and the family ids as
// numbers, a missing birth date as null, the reasons as an array.
void addPair(Listing& list, const DuplicatePair& pair)
{
    const QStringList row{duplicateRecordName(pair.kind),
                          QString::number(pair.score),
                          QString::number(pair.a.familyId),
                          pair.a.name,
                          isoDate(pair.a.birthDate),
                          QString::number(pair.b.familyId),
                          pair.b.name,
                          isoDate(pair.b.birthDate),
                          pair.reasons.join(QLatin1Char(';'))};
    const auto date = [](const std::optional<QDate>& d) {
        return d ? QJsonValue(isoDate(d)) : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject object{{list.header[0], row[0]},
                             {list.header[1], pair.score},
                             {list.header[2], pair.a.familyId},
                             {list.header[3], pair.a.name},
                             {list.header[4], date(pair.a.birthDate)},
                             {list.header[5], pair.b.familyId},
                             {list.header[6], pair.b.name},
                             {list.header[7], date(pair.b.birthDate)},
                             {list.header[8], QJsonArray::fromStringList(pair.reasons)},
                             // JSON only (the columns are fixed): the records' own ids, what
                             // `duplicates merge` and `dismiss` take.
                             {QStringLiteral("a_id"), pair.a.id},
                             {QStringLiteral("b_id"), pair.b.id}};
    list.add(row, object);
}

int listDuplicates(Context& c)
{
    const QString kindText =
        c.args.option(QStringLiteral("--kind")).value_or(QStringLiteral("members"));
    const auto kind = parseDuplicateKind(kindText);
    if (!kind)
        c.args.addError(Cli::tr("--kind takes members or families, not '%1'.").arg(kindText));
    std::optional<int> minScore;
    if (const auto scoreText = c.args.option(QStringLiteral("--min-score"))) {
        bool number = false;
        minScore = scoreText->toInt(&number);
        if (!number || *minScore < 0 || *minScore > 100)
            c.args.addError(Cli::tr("--min-score takes a whole number from 0 to 100, not '%1'.")
                                .arg(*scoreText));
    }
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("duplicates"));
    if (!session)
        return session.exitCode();
    auto pairs = DuplicateService(session->signedIn()).list(*kind, minScore);
    if (!pairs)
        return c.fail(pairs.error());
    Listing list{{QStringLiteral("kind"), QStringLiteral("score"), QStringLiteral("a_family_id"),
                  QStringLiteral("a_name"), QStringLiteral("a_birth_date"),
                  QStringLiteral("b_family_id"), QStringLiteral("b_name"),
                  QStringLiteral("b_birth_date"), QStringLiteral("reasons")}};
    for (const DuplicatePair& pair : std::as_const(*pairs))
        addPair(list, pair);
    return printList(c, format, list);
}

// --kind members|families, required (a merge or a mark names which records its ids are).
std::optional<DuplicateKind> requiredKind(Context& c)
{
    const auto text = c.args.option(QStringLiteral("--kind"));
    if (!text) {
        c.args.addError(Cli::tr("--kind is required: members or families."));
        return std::nullopt;
    }
    const auto kind = parseDuplicateKind(*text);
    if (!kind)
        c.args.addError(Cli::tr("--kind takes members or families, not '%1'.").arg(*text));
    return kind;
}

// "members 2, contacts 3": the tables and their counts, as the outcome has them.
QString tableCounts(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << it.key() + QLatin1Char(' ') + QString::number(it.value());
    return parts.join(QStringLiteral(", "));
}

int mergeDuplicates(Context& c)
{
    const auto kind = requiredKind(c);
    const auto keep = c.args.idOption(QStringLiteral("--keep"), true);
    const auto remove = c.args.idOption(QStringLiteral("--remove"), true);
    QSet<QString> taken;
    if (const auto take = c.args.option(QStringLiteral("--take")))
        for (const QString& field : take->split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!field.trimmed().isEmpty())
                taken.insert(field.trimmed());
    c.args.flag(QStringLiteral("merge")); // the action's own word
    auto session = c.start(QStringLiteral("duplicates merge"));
    if (!session)
        return session.exitCode();
    auto outcome =
        MergeService(session->signedIn()).merge(MergeRequest{*kind, *keep, *remove, taken});
    if (!outcome)
        return c.fail(outcome.error());
    c.out << (*kind == DuplicateKind::Families ? Cli::tr("Family %1 merged into family %2.")
                                               : Cli::tr("Member %1 merged into member %2."))
                 .arg(outcome->removedId)
                 .arg(outcome->keptId)
          << Qt::endl;
    if (outcome->moved.isEmpty())
        c.out << Cli::tr("Moved: nothing (no rows pointed at %1).").arg(outcome->removedId)
              << Qt::endl;
    else
        c.out << Cli::tr("Moved: %1.").arg(tableCounts(outcome->moved)) << Qt::endl;
    if (!outcome->joined.isEmpty())
        c.out << Cli::tr("Joined, as they were there twice: %1.").arg(tableCounts(outcome->joined))
              << Qt::endl;
    return Done;
}

int dismissDuplicates(Context& c)
{
    const auto kind = requiredKind(c);
    c.args.flag(QStringLiteral("dismiss")); // the action's own word
    std::optional<qint64> ids[2];
    for (auto& id : ids) {
        const auto word = c.args.positional(Cli::tr("Give the ids of the two records."));
        if (!word)
            break;
        bool number = false;
        const qint64 value = word->toLongLong(&number);
        if (!number || value <= 0)
            c.args.addError(
                Cli::tr("A record's id is a positive whole number, not '%1'.").arg(*word));
        else
            id = value;
    }
    auto session = c.start(QStringLiteral("duplicates dismiss"));
    if (!session)
        return session.exitCode();
    if (Status dismissed = DuplicateService(session->signedIn()).dismiss(*kind, *ids[0], *ids[1]);
        !dismissed)
        return c.fail(dismissed.error());
    c.out << (*kind == DuplicateKind::Families
                  ? Cli::tr("Families %1 and %2 are marked as two different families: they are "
                            "neither listed nor warned of as duplicates again.")
                  : Cli::tr("Members %1 and %2 are marked as two different people: they are "
                            "neither listed nor warned of as duplicates again."))
                 .arg(*ids[0])
                 .arg(*ids[1])
          << Qt::endl;
    return Done;
}

} // namespace

int runDuplicates(Context& c)
{
    // The action is the first word that is neither an option nor an option's value.
    Arguments probe = c.args;
    for (const char* option : {"--kind", "--min-score", "--format", "--keep", "--remove", "--take"})
        probe.option(QLatin1String(option));
    const auto action = probe.positional();
    if (action == QLatin1String("merge"))
        return mergeDuplicates(c);
    if (action == QLatin1String("dismiss"))
        return dismissDuplicates(c);
    return listDuplicates(c);
}

} // namespace opieka::cli
