// audit family ID | audit user LOGIN: the audit trail of a case or an account (managers).
#include "AuditService.h"
#include "Cli.h"

namespace opieka::cli {

int runAudit(Context& c)
{
    const auto what = c.args.positional();
    const auto subject = c.args.positional();
    const QString format = formatArgument(c);
    std::optional<qint64> family;
    std::optional<QString> login;
    bool ok = false;
    if (what == QLatin1String("family") && subject) {
        const qint64 id = subject->toLongLong(&ok);
        if (ok && id > 0)
            family = id;
    } else if (what == QLatin1String("user") && subject) {
        login = *subject;
    }
    if (!family && !login)
        c.args.addError(Cli::tr("Say whose audit: 'audit family ID' or 'audit user LOGIN'."));
    auto session = c.start(QStringLiteral("audit"));
    if (!session)
        return session.exitCode();
    AuditService audit(session->signedIn());
    auto entries = family ? audit.ofFamily(*family) : audit.ofUser(*login);
    if (!entries)
        return c.fail(entries.error());
    Listing list{{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
                  QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                  QStringLiteral("old_values"), QStringLiteral("new_values")}};
    for (const AuditEntry& e : *entries)
        list.add({QString::number(e.id), e.at.toUTC().toString(Qt::ISODate), e.userLogin, e.action,
                  e.entity, e.entityId, e.erased ? QStringLiteral("(erased)") : e.oldValues,
                  e.erased ? QStringLiteral("(erased)") : e.newValues});
    return printList(c, format, list);
}

} // namespace opieka::cli
