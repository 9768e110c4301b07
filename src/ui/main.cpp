#include "AppSettings.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotMaker.h"
#include "StartupOptions.h"
#include "Theme.h"
#include "Translations.h"
#include "ViewState.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Opieka"));
    QApplication::setApplicationName(QStringLiteral("opieka"));
    QApplication::setApplicationVersion(QStringLiteral(OPIEKA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opieka.svg")));

    const QLocale locale = opieka::ui::AppSettings::locale(opieka::ui::AppSettings::language());
    QLocale::setDefault(locale);
    QTranslator translator;
    if (opieka::loadTranslation(translator, locale))
        QApplication::installTranslator(&translator);
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    opieka::logging::setUp(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/logs"));

    const auto options = opieka::ui::StartupOptions::parse(QApplication::arguments());
    // Screenshots show the defaults (light, columns as designed), whatever this computer keeps.
    const bool screenshots = !options.screenshotDir.isEmpty();
    opieka::ui::ViewState::setRemembering(!screenshots);
    opieka::ui::Theme::apply(screenshots ? opieka::ui::AppSettings::Theme::Light
                                         : opieka::ui::AppSettings::theme());
    opieka::ui::MainWindow window;
    window.setHeadless(!options.screenshotDir.isEmpty());
    window.openDatabase(options.databasePath);

    if (!options.screenshotDir.isEmpty()) {
        QString error;
        if (!opieka::ui::ScreenshotMaker(window).run(options.screenshotDir, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
