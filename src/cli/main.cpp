#include "Cli.h"
#include "Logging.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Opieka"));
    QCoreApplication::setApplicationName(QStringLiteral("opieka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPIEKA_VERSION));

    QTranslator translator;
    if (opieka::loadTranslation(translator, QLocale()))
        QCoreApplication::installTranslator(&translator);

    opieka::logging::setUp(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/logs"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = opieka::cli::Cli().run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
