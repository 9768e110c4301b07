// settings: the centre's settings kept in the database (SettingsService).
#include "Cli.h"
#include "SettingsService.h"

namespace opieka::cli {
namespace {
int showSettings(Context& c)
{
    if (!c.argumentsOk(QStringLiteral("settings show")))
        return c.usage(QStringLiteral("settings"));
    auto workspace = c.open(Workspace::OpenMode::MustExist);
    if (!workspace)
        return c.fail(workspace.error());
    SettingsService settings((*workspace)->database());
    auto name = settings.centreName();
    if (!name)
        return c.fail(name.error());
    auto residents = settings.residents();
    if (!residents)
        return c.fail(residents.error());
    // key=value lines; a setting the centre has not recorded is empty, never 0.
    c.out << QStringLiteral("centre_name=") << *name << Qt::endl
          << QStringLiteral("residents=") << (*residents ? QString::number(**residents) : QString())
          << Qt::endl;
    return Done;
}

int setSetting(Context& c)
{
    const auto key = c.args.positional();
    const auto value = c.args.positional();
    if (!key || !value)
        c.args.addError(Cli::tr("Use 'settings set residents N'."));
    else if (*key != QLatin1String("residents"))
        c.args.addError(
            Cli::tr("'%1' is not a setting this command sets; use 'residents'.").arg(*key));
    bool number = false;
    const int residents = value ? value->toInt(&number) : 0;
    if (key && value && *key == QLatin1String("residents") &&
        (!number || residents < 1 || residents > SettingsService::kMaxResidents))
        c.args.addError(Cli::tr("residents takes a whole number from 1 to %1, not '%2'.")
                            .arg(SettingsService::kMaxResidents)
                            .arg(*value));
    if (!c.argumentsOk(QStringLiteral("settings set")))
        return c.usage(QStringLiteral("settings"));
    auto session = c.session(Workspace::OpenMode::MustExist);
    if (!session)
        return c.fail(session.error());
    if (Status s = SettingsService(session->database()).setResidents(session->actor, residents); !s)
        return c.fail(s.error());
    c.out << Cli::tr("The centre's residents: %1.").arg(residents) << Qt::endl;
    return Done;
}
} // namespace

int runSettings(Context& c)
{
    const auto action = c.args.positional();
    if (action == QLatin1String("show"))
        return showSettings(c);
    if (action == QLatin1String("set"))
        return setSetting(c);
    c.args.addError(action ? Cli::tr("'settings %1' is not a command; use 'settings show' or "
                                     "'settings set'.")
                                 .arg(*action)
                           : Cli::tr("Use 'settings show' or 'settings set'."));
    return c.usage(QStringLiteral("settings"));
}

} // namespace opieka::cli
