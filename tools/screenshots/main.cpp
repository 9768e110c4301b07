// opieka-screenshots: the pictures of docs/screenshots, made from a demo database offscreen
// (scripts/screenshots.sh runs it in English and in Polish; ctest runs it once). A tool of its
// own, linked to the window's library: the shipped program knows nothing of it.
#include "AppSettings.h"
#include "AppTranslators.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotMaker.h"
#include "SessionGate.h"
#include "Theme.h"
#include "UnexpectedDialogs.h"
#include "ViewState.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

namespace {
int fail(const QString& message)
{
    QTextStream(stderr) << "opieka-screenshots: " << message << Qt::endl;
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Settings of its own: the pictures show the defaults (light theme, columns as designed, no
    // daily backup), never what the program keeps on this computer.
    QApplication::setOrganizationName(QStringLiteral("Opieka"));
    QApplication::setApplicationName(QStringLiteral("opieka-screenshots"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opieka.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves the documentation's screenshots of the main screens (PNG, and the "
                       "work plan and caseload report as PDF) into FOLDER, from DATABASE (a demo "
                       "database: opieka-cli --db DATABASE demo). The language is the system's "
                       "(LANG). Run on the offscreen platform: QT_QPA_PLATFORM=offscreen."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATABASE"), QStringLiteral("the demo database"));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("where the files go"));
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(2);
    const QString databasePath = parser.positionalArguments().at(0);
    const QString folder = parser.positionalArguments().at(1);

    const QLocale locale = opieka::ui::AppSettings::locale(opieka::ui::AppSettings::language());
    QLocale::setDefault(locale);
    const opieka::ui::AppTranslators translators(locale);
    opieka::logging::silence();
    opieka::ui::ViewState::setRemembering(false);
    opieka::ui::Theme::apply(opieka::ui::AppSettings::Theme::Light);

    // Signed in without a dialog, as the demo's first manager (SessionGate without asking: it
    // refuses a database whose accounts have passwords); the idle lock has no password to ask.
    auto opened = opieka::Workspace::open(databasePath, opieka::Workspace::OpenMode::MustExist);
    if (!opened)
        return fail(opened.error().message);
    auto signedIn = opieka::ui::SessionGate::begin(**opened, nullptr, false);
    if (!signedIn || !*signedIn)
        return fail(signedIn ? QStringLiteral("no one signed in") : signedIn.error().message);

    const opieka::screenshots::UnexpectedDialogs dialogs;
    opieka::ui::MainWindow window;
    window.enterSession(std::move(*opened), databasePath, **signedIn);
    QString error;
    const bool made = opieka::screenshots::ScreenshotMaker(window).run(folder, &error);
    for (const QString& said : dialogs.seen())
        QTextStream(stderr) << "opieka-screenshots: a dialog opened during the run: " << said
                            << Qt::endl;
    if (!made)
        return fail(error);
    return dialogs.seen().isEmpty() ? 0 : 1;
}
