#include "Cli.h"
#include "Logging.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Writing a PDF lays text out with real fonts, which needs a QGuiApplication; on the command
// line it runs on the offscreen platform, so no display is needed. Other commands stay light.
bool wantsPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if ((std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
             std::strcmp(argv[i + 1], "pdf") == 0) ||
            std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
