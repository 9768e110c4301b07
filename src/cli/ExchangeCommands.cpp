// exchange send | receive | accept | decline | receipt | list: packages between partner centres
// carried as files (issue 22 parts 2 and 3; docs/exchange.md, docs/cli.md).
#include "CentreCommands.h"
#include "Cli.h"
#include "ExchangeService.h"
#include "OutputFile.h"

#include <QFile>
#include <QJsonObject>
#include <functional>

namespace opieka::cli {
namespace {

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// The item id an action takes as its first word: a whole number above 0.
std::optional<qint64> itemId(Context& c)
{
    const auto word = c.args.positional(Cli::tr("Give the id of the exchange item."));
    if (!word)
        return std::nullopt;
    bool number = false;
    const qint64 id = word->toLongLong(&number);
    if (!number || id <= 0) {
        c.args.addError(Cli::tr("'%1' is not an exchange item id.").arg(*word));
        return std::nullopt;
    }
    return id;
}

// A package file's bytes, never more than a package may be (the service then says it is too
// big); a file that cannot be read is bad input naming it.
Result<QByteArray> readPackage(const QString& path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return badInput(
            Cli::tr("Cannot read the package file %1: %2.").arg(path, in.errorString()));
    return in.read(Package::maxPackageBytes + 1);
}

// Writes a package made under the centre passphrase: the output checked and opened first (so a
// path that may not be written asks for no passphrase and makes no package), then `make` with the
// passphrase (wiped afterwards), then the bytes put in place.
int writePackage(Context& c, const QString& outPath,
                 const std::function<Result<QByteArray>(const QByteArray&)>& make)
{
    OutputFile out(outPath);
    if (Status opened = out.open(); !opened)
        return c.fail(opened.error());
    auto secret = centrePassphrase(c, false);
    if (!secret)
        return BadInput;
    auto bytes = make(*secret);
    secret->fill('\0');
    if (!bytes)
        return c.fail(bytes.error());
    if (out.device().write(*bytes) != bytes->size())
        return c.fail(storageError(Cli::tr("Cannot write the package to %1.").arg(outPath)));
    if (Status written = out.commit(); !written)
        return c.fail(written.error());
    return Done;
}

int sendPackage(Context& c)
{
    SendRequest request;
    const auto family = c.args.idOption(QStringLiteral("--family"), true);
    const auto to = c.args.option(QStringLiteral("--to"));
    const auto purposeText = c.args.option(QStringLiteral("--purpose"));
    const auto outPath = c.args.option(QStringLiteral("--out"));
    request.includeAllNotes = c.args.flag(QStringLiteral("--include-notes"));
    if (!to)
        c.args.addError(Cli::tr("--to is required: the partner centre's fingerprint or name."));
    if (!purposeText) {
        c.args.addError(Cli::tr("--purpose is required: referral, plan or transfer."));
    } else {
        const auto purpose = parsePackagePurpose(*purposeText);
        if (!purpose || *purpose == PackagePurpose::Receipt)
            c.args.addError(
                Cli::tr("--purpose takes referral, plan or transfer, not '%1' (a receipt is made "
                        "with exchange receipt).")
                    .arg(*purposeText));
        else
            request.purpose = *purpose;
    }
    if (!outPath)
        c.args.addError(Cli::tr("--out is required: the file to write the package to."));
    auto session = c.start(QStringLiteral("exchange send"));
    if (!session)
        return session.exitCode();
    request.familyId = *family;
    request.partner = *to;
    ExchangeService exchange(session->signedIn());
    // Refused as the sending would be (the account, the family, the partner) before the
    // passphrase is asked for.
    if (auto preview = exchange.preview(request); !preview)
        return c.fail(preview.error());
    std::optional<ExchangeItem> sent;
    const int code = writePackage(c, *outPath, [&](const QByteArray& secret) -> Result<QByteArray> {
        auto package = exchange.send(request, secret);
        if (!package)
            return package.error();
        sent = package->item;
        return package->bytes;
    });
    if (code != Done)
        return code;
    c.out << Cli::tr("Outbox item %1: %2 package for %3 written to %4.")
                 .arg(sent->id)
                 .arg(packagePurposeName(sent->purpose), sent->partner, *outPath)
          << Qt::endl
          << sent->summary << Qt::endl
          << Cli::tr("Package %1, SHA-256 %2.").arg(sent->packageId, sent->sha256) << Qt::endl;
    return Done;
}

int receivePackage(Context& c)
{
    const auto file = c.args.positional(Cli::tr("Give the package file to receive."));
    auto session = c.start(QStringLiteral("exchange receive"));
    if (!session)
        return session.exitCode();
    auto bytes = readPackage(*file);
    if (!bytes)
        return c.fail(bytes.error());
    // Not a package at all: said before the passphrase is asked for.
    if (auto envelope = Package::readEnvelope(*bytes, *file); !envelope)
        return c.fail(envelope.error());
    auto secret = centrePassphrase(c, false);
    if (!secret)
        return BadInput;
    auto item = ExchangeService(session->signedIn()).receive(*bytes, *file, *secret);
    secret->fill('\0');
    if (!item)
        return c.fail(item.error());
    c.out << Cli::tr("Inbox item %1: %2 package from %3 (package %4).")
                 .arg(item->id)
                 .arg(packagePurposeName(item->purpose), item->partner, item->packageId)
          << Qt::endl
          << item->summary << Qt::endl;
    return Done;
}

int acceptItem(Context& c)
{
    const auto id = itemId(c);
    const auto link = c.args.idOption(QStringLiteral("--link"), false);
    auto session = c.start(QStringLiteral("exchange accept"));
    if (!session)
        return session.exitCode();
    auto item = ExchangeService(session->signedIn()).accept(*id, link);
    if (!item)
        return c.fail(item.error());
    if (item->familyId)
        c.out << Cli::tr("Inbox item %1 accepted: family %2.").arg(item->id).arg(*item->familyId)
              << Qt::endl;
    else
        c.out << Cli::tr("Inbox item %1 accepted.").arg(item->id) << Qt::endl;
    c.out << Cli::tr("Send %1 the receipt: opieka-cli exchange receipt %2 --out FILE.")
                 .arg(item->partner)
                 .arg(item->id)
          << Qt::endl;
    return Done;
}

int declineItem(Context& c)
{
    const auto id = itemId(c);
    const QString reason = c.args.option(QStringLiteral("--reason")).value_or(QString()).trimmed();
    if (reason.isEmpty())
        c.args.addError(Cli::tr("--reason is required: why the package is declined (the sender "
                                "reads it in the receipt)."));
    auto session = c.start(QStringLiteral("exchange decline"));
    if (!session)
        return session.exitCode();
    auto item = ExchangeService(session->signedIn()).decline(*id, reason);
    if (!item)
        return c.fail(item.error());
    c.out << Cli::tr("Inbox item %1 declined; nothing of it was applied.").arg(item->id) << Qt::endl
          << Cli::tr("Send %1 the receipt: opieka-cli exchange receipt %2 --out FILE.")
                 .arg(item->partner)
                 .arg(item->id)
          << Qt::endl;
    return Done;
}

int writeReceipt(Context& c)
{
    const auto id = itemId(c);
    const auto outPath = c.args.option(QStringLiteral("--out"));
    if (!outPath)
        c.args.addError(Cli::tr("--out is required: the file to write the receipt to."));
    auto session = c.start(QStringLiteral("exchange receipt"));
    if (!session)
        return session.exitCode();
    ExchangeService exchange(session->signedIn());
    // An item the account may not see, or none: said before the passphrase is asked for.
    auto item = exchange.item(*id);
    if (!item)
        return c.fail(item.error());
    const int code = writePackage(
        c, *outPath, [&](const QByteArray& secret) { return exchange.receipt(*id, secret); });
    if (code != Done)
        return code;
    c.out << Cli::tr("Receipt for inbox item %1 (%2) written to %3; give it to %4.")
                 .arg(item->id)
                 .arg(item->status == QLatin1String("received") ? QStringLiteral("delivered")
                                                                : item->status,
                      *outPath, item->partner)
          << Qt::endl;
    return Done;
}

int listItems(Context& c)
{
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("exchange list"));
    if (!session)
        return session.exitCode();
    auto items = ExchangeService(session->signedIn()).list();
    if (!items)
        return c.fail(items.error());
    // The columns are a contract (issue 22); JSON gives more of each item.
    Listing list{{QStringLiteral("id"), QStringLiteral("direction"), QStringLiteral("partner"),
                  QStringLiteral("purpose"), QStringLiteral("family_id"), QStringLiteral("status"),
                  QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    for (const ExchangeItem& item : std::as_const(*items)) {
        const QStringList row{QString::number(item.id),
                              item.direction,
                              item.partner,
                              packagePurposeName(item.purpose),
                              item.familyId ? QString::number(*item.familyId) : QString(),
                              item.status,
                              isoUtc(item.createdAt),
                              isoUtc(item.updatedAt)};
        const QJsonObject object{
            {list.header[0], item.id},
            {list.header[1], item.direction},
            {list.header[2], item.partner},
            {list.header[3], row[3]},
            {list.header[4], item.familyId ? QJsonValue(*item.familyId) : QJsonValue()},
            {list.header[5], item.status},
            {list.header[6], row[6]},
            {list.header[7], row[7]},
            // JSON only: what the columns leave out.
            {QStringLiteral("partner_fingerprint"), item.partnerFingerprint},
            {QStringLiteral("package_id"), item.packageId},
            {QStringLiteral("sha256"), item.sha256},
            {QStringLiteral("reason"), item.reason.isEmpty() ? QJsonValue() : item.reason},
            {QStringLiteral("summary"), item.summary}};
        list.add(row, object);
    }
    return printList(c, format, list);
}

} // namespace

int runExchange(Context& c)
{
    return runAction(c, QStringLiteral("exchange"),
                     {{QLatin1String("send"), sendPackage},
                      {QLatin1String("receive"), receivePackage},
                      {QLatin1String("accept"), acceptItem},
                      {QLatin1String("decline"), declineItem},
                      {QLatin1String("receipt"), writeReceipt},
                      {QLatin1String("list"), listItems}},
                     Cli::tr("'%1' is not an action of exchange: send, receive, accept, decline, "
                             "receipt or list."),
                     Cli::tr("Say what to do: exchange send, receive, accept, decline, receipt or "
                             "list."));
}

} // namespace opieka::cli
