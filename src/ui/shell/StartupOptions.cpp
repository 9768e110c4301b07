#include "StartupOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace opieka::ui {

StartupOptions StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Opieka: case management for family-support centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringList{QStringLiteral("db")},
        tr("The case database to open (default: $OPIEKA_DB, else %1).").arg(defaultDatabasePath()),
        tr("PATH"));
    parser.addOption(db);
    parser.process(arguments);

    StartupOptions options;
    if (parser.isSet(db))
        options.databasePath = parser.value(db);
    else if (const QString env = qEnvironmentVariable("OPIEKA_DB"); !env.isEmpty())
        options.databasePath = env;
    else {
        options.databasePath = defaultDatabasePath();
        QDir().mkpath(QFileInfo(options.databasePath).absolutePath());
    }
    return options;
}

QString StartupOptions::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/opieka.sqlite");
}

} // namespace opieka::ui
