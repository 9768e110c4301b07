#include "AppSettings.h"
#include "AppTranslators.h"
#include "Logging.h"
#include "MainWindow.h"
#include "StartupOptions.h"
#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QIcon>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Opieka"));
    QApplication::setApplicationName(QStringLiteral("opieka"));
    QApplication::setApplicationVersion(QStringLiteral(OPIEKA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opieka.svg")));

    const QLocale locale = opieka::ui::AppSettings::locale(opieka::ui::AppSettings::language());
    QLocale::setDefault(locale);
    // Opieka's strings and Qt's own (standard buttons, file dialogs, print preview).
    const opieka::ui::AppTranslators translators(locale);

    opieka::logging::setUp(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/logs"));
    // A save the window makes waits 10 s (not a script's 30 s) for another change being saved
    // (a colleague's import), then says whose it is: the window is not frozen for long.
    opieka::Workspace::setDefaultWriteWaitMs(10000);
    if (!translators.hasQt())
        opieka::logging::get("ui")->warn(
            "Qt's own translation for the language is missing (package qt6-translations-l10n)");

    const auto options = opieka::ui::StartupOptions::parse(QApplication::arguments());
    opieka::ui::Theme::apply(opieka::ui::AppSettings::theme());
    opieka::ui::MainWindow window;
    window.openDatabase(options.databasePath);
    window.show();
    return QApplication::exec();
}
