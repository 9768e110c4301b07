// centre init | centre card: the centre's identity (its keys, its card and fingerprint);
// partner add | partner list: the partner centres it trusts (issue 22, docs/exchange.md).
#include "CentreCommands.h"

#include "CentreService.h"
#include "OutputFile.h"
#include "Secrets.h"

#include <QFile>
#include <QJsonObject>

namespace opieka::cli {
namespace {

const char* const passphraseVariable = "OPIEKA_CENTRE_PASSPHRASE";

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// "OPS", "PCPR": how people write the kind (the card and the options say ops, pcpr).
QString kindLabel(CentreKind kind)
{
    return centreKindName(kind).toUpper();
}

// What a card says, a line each, then its fingerprint: what two people compare.
void printCard(Context& c, const CentreCard& card)
{
    const CentreDetails& d = card.details;
    c.out << Cli::tr("Centre:      %1").arg(d.name) << Qt::endl
          << Cli::tr("Kind:        %1").arg(kindLabel(d.kind)) << Qt::endl
          << (d.kind == CentreKind::Ops ? Cli::tr("Gmina:       %1") : Cli::tr("Powiat:      %1"))
                 .arg(d.area)
          << Qt::endl
          << Cli::tr("REGON:       %1").arg(d.regon.isEmpty() ? Cli::tr("(not given)") : d.regon)
          << Qt::endl
          << Cli::tr("Card made:   %1 UTC")
                 .arg(card.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
          << Qt::endl
          << Cli::tr("Fingerprint: %1").arg(CentreIdentity::fingerprint(card)) << Qt::endl;
}

int initCentre(Context& c)
{
    CentreDetails details;
    const auto name = c.args.option(QStringLiteral("--name"));
    const auto kindText = c.args.option(QStringLiteral("--kind"));
    const auto area = c.args.option(QStringLiteral("--area"));
    details.regon = c.args.option(QStringLiteral("--regon")).value_or(QString());
    if (!name)
        c.args.addError(Cli::tr("--name is required: the centre's name as partners will see it."));
    if (!kindText)
        c.args.addError(Cli::tr("--kind is required: ops or pcpr."));
    if (!area)
        c.args.addError(Cli::tr("--area is required: the gmina's (OPS) or the powiat's (PCPR) "
                                "name."));
    if (kindText) {
        if (const auto kind = parseCentreKind(*kindText))
            details.kind = *kind;
        else
            c.args.addError(Cli::tr("--kind takes ops or pcpr, not '%1'.").arg(*kindText));
    }
    details.name = name.value_or(QString()).trimmed();
    details.area = area.value_or(QString()).trimmed();
    details.regon = details.regon.trimmed();
    auto session = c.start(QStringLiteral("centre init"));
    if (!session)
        return session.exitCode();
    // Before the passphrase is asked for: who may, and what the card would say.
    if (session->actor.role != Role::Administrator)
        return c.fail(refused(Cli::tr("Only an administrator can make the centre's keys; the "
                                      "account '%1' has the role '%2'.")
                                  .arg(session->actor.login, roleLabel(session->actor.role))));
    if (Status valid = CentreIdentity::checkDetails(details); !valid)
        return c.fail(valid.error());
    auto secret = centrePassphrase(c, true);
    if (!secret)
        return BadInput;
    auto card = CentreService(session->signedIn()).init(details, *secret);
    secret->fill('\0');
    if (!card)
        return c.fail(card.error());
    c.out << Cli::tr("The centre's keys were made and sealed under the centre passphrase. Keep "
                     "the passphrase safe: without it the centre can neither send nor receive "
                     "packages.")
          << Qt::endl;
    printCard(c, *card);
    c.out << Cli::tr("Give partner centres the card (opieka-cli centre card --out FILE) and read "
                     "them the fingerprint over the phone.")
          << Qt::endl;
    return Done;
}

int writeCard(Context& c)
{
    const auto outPath = c.args.option(QStringLiteral("--out"));
    if (!outPath)
        c.args.addError(Cli::tr("--out is required: the file to write the centre's card to."));
    auto session = c.start(QStringLiteral("centre card"));
    if (!session)
        return session.exitCode();
    auto card = CentreService(session->signedIn()).card();
    if (!card)
        return c.fail(card.error());
    if (Status written = OutputFile::write(*outPath, CentreIdentity::toJson(*card)); !written)
        return c.fail(written.error());
    c.out << Cli::tr("The centre's card was written to %1.").arg(*outPath) << Qt::endl;
    printCard(c, *card);
    c.out << Cli::tr("Read the fingerprint to the partner centre over the phone when it adds the "
                     "card.")
          << Qt::endl;
    return Done;
}

int addPartner(Context& c)
{
    const auto file = c.args.positional(Cli::tr("Give the partner centre's card file."));
    auto session = c.start(QStringLiteral("partner add"));
    if (!session)
        return session.exitCode();
    QFile in(*file);
    if (!in.open(QIODevice::ReadOnly))
        return c.fail(
            badInput(Cli::tr("Cannot read the card file %1: %2.").arg(*file, in.errorString())));
    // Never more than a card can be: a wrong file named by mistake is not read whole.
    const QByteArray bytes = in.read(CentreIdentity::maxCardBytes + 1);
    auto partner = CentreService(session->signedIn()).addPartner(bytes, *file);
    if (!partner)
        return c.fail(partner.error());
    c.out << Cli::tr("Partner centre %1 added.").arg(partner->id) << Qt::endl;
    printCard(c, partner->card);
    c.out << Cli::tr("Compare every group of the fingerprint with the one the partner centre "
                     "reads to you over the phone. If any differs, the card is not theirs: do "
                     "not send this centre anything and tell your administrator.")
          << Qt::endl;
    return Done;
}

int listPartners(Context& c)
{
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("partner list"));
    if (!session)
        return session.exitCode();
    auto partners = CentreService(session->signedIn()).partners();
    if (!partners)
        return c.fail(partners.error());
    Listing list{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                  QStringLiteral("area"), QStringLiteral("regon"), QStringLiteral("fingerprint"),
                  QStringLiteral("added_at"), QStringLiteral("added_by")}};
    for (const CentrePartner& p : std::as_const(*partners)) {
        const CentreDetails& d = p.card.details;
        const QStringList row{
            QString::number(p.id), d.name,   centreKindName(d.kind), d.area, d.regon, p.fingerprint,
            isoUtc(p.addedAt),     p.addedBy};
        QJsonObject object;
        for (int i = 0; i < row.size(); ++i)
            object.insert(list.header[i], row[i]);
        object.insert(QStringLiteral("id"), p.id);
        if (d.regon.isEmpty())
            object.insert(QStringLiteral("regon"), QJsonValue(QJsonValue::Null));
        list.add(row, object);
    }
    return printList(c, format, list);
}

} // namespace

std::optional<QByteArray> centrePassphrase(Context& c, bool confirm)
{
    if (!qEnvironmentVariableIsSet(passphraseVariable) && !canPrompt()) {
        c.err << Cli::tr("No centre passphrase: set OPIEKA_CENTRE_PASSPHRASE or run the command "
                         "in a terminal to type it.")
              << Qt::endl;
        return std::nullopt;
    }
    return secretFrom(c.err, {passphraseVariable, Cli::tr("Centre passphrase: "),
                              confirm ? Cli::tr("The same passphrase again: ") : QString()});
}

int runCentre(Context& c)
{
    return runAction(c, QStringLiteral("centre"),
                     {{QLatin1String("init"), initCentre}, {QLatin1String("card"), writeCard}},
                     Cli::tr("'%1' is not an action of centre: init or card."),
                     Cli::tr("Say what to do: centre init or centre card."));
}

int runPartner(Context& c)
{
    return runAction(c, QStringLiteral("partner"),
                     {{QLatin1String("add"), addPartner}, {QLatin1String("list"), listPartners}},
                     Cli::tr("'%1' is not an action of partner: add or list."),
                     Cli::tr("Say what to do: partner add or partner list."));
}

} // namespace opieka::cli
