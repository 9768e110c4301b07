#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opieka::ui {

// What the command line (and OPIEKA_DB) asks of the GUI at start-up.
class StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    QString databasePath; // --db, else $OPIEKA_DB, else the per-user default

    // Parses `arguments` (argv, program name first). Prints help or the version and exits the
    // process for --help and --version, like any Qt program.
    static StartupOptions parse(const QStringList& arguments);
    // AppDataLocation/opieka.sqlite (parse() creates the folder when it uses it).
    static QString defaultDatabasePath();
};

} // namespace opieka::ui
