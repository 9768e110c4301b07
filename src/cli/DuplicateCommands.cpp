// duplicates [--kind members|families] [--min-score N]: the register's likely duplicates
// (managers; issue 21).
#include "Cli.h"
#include "DuplicateService.h"

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
                             {list.header[8], QJsonArray::fromStringList(pair.reasons)}};
    list.add(row, object);
}

} // namespace

int runDuplicates(Context& c)
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

} // namespace opieka::cli
