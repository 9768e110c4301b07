// audit family ID | audit user LOGIN: the audit trail of a case or an account (managers).
#include "AuditService.h"
#include "Cli.h"
#include "Csv.h"
#include "TextTable.h"

#include <QJsonObject>

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
    if (!c.argumentsOk(QStringLiteral("audit")))
        return c.usage(QStringLiteral("audit"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    AuditService audit(session->database());
    auto entries =
        family ? audit.ofFamily(session->actor, *family) : audit.ofUser(session->actor, *login);
    if (!entries)
        return c.fail(entries.error());
    const QStringList header{QStringLiteral("id"),         QStringLiteral("at"),
                             QStringLiteral("user"),       QStringLiteral("action"),
                             QStringLiteral("entity"),     QStringLiteral("entity_id"),
                             QStringLiteral("old_values"), QStringLiteral("new_values")};
    QByteArray csv = Csv::line(header);
    QJsonArray json;
    TextTable text(header);
    for (const AuditEntry& e : *entries) {
        const QStringList row{QString::number(e.id),
                              e.at.toUTC().toString(Qt::ISODate),
                              e.userLogin,
                              e.action,
                              e.entity,
                              e.entityId,
                              e.erased ? QStringLiteral("(erased)") : e.oldValues,
                              e.erased ? QStringLiteral("(erased)") : e.newValues};
        csv += Csv::line(row);
        text.addRow(row);
        QJsonObject object;
        for (int i = 0; i < header.size(); ++i)
            object.insert(header[i], row[i]);
        json.append(object);
    }
    if (format == QLatin1String("csv"))
        c.out << QString::fromUtf8(csv);
    else if (format == QLatin1String("json"))
        printJson(c, json);
    else
        c.out << text.render();
    return Done;
}

} // namespace opieka::cli
