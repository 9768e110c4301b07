// settings: the centre's settings kept in the database (SettingsService).
#include "Cli.h"
#include "SettingsService.h"

namespace opieka::cli {
namespace {
int showSettings(Context& c)
{
    auto session = c.start(QStringLiteral("settings show"));
    if (!session)
        return session.exitCode();
    SettingsService settings(session->signedIn());
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
    auto session = c.start(QStringLiteral("settings set"));
    if (!session)
        return session.exitCode();
    if (Status s = SettingsService(session->signedIn()).setResidents(residents); !s)
        return c.fail(s.error());
    c.out << Cli::tr("The centre's residents: %1.").arg(residents) << Qt::endl;
    return Done;
}
} // namespace

int runSettings(Context& c)
{
    return runAction(c, QStringLiteral("settings"),
                     {{QLatin1String("show"), showSettings}, {QLatin1String("set"), setSetting}},
                     Cli::tr("'settings %1' is not a command; use 'settings "
                             "show' or 'settings set'."),
                     Cli::tr("Use 'settings show' or 'settings set'."));
}

} // namespace opieka::cli
