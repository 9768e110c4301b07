#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {
class MainWindow;
}

namespace opieka::screenshots {

// Saves the images for the documentation (docs/screenshots): the families list, the caseload
// report, the assign dialog refusing an assignment over the limit, a social worker's caseload,
// a family record's tabs and its dialogs, the connection to a centre server, the exchange
// between centres (ExchangeScreenshots), field copies (FieldScreenshots), the likely duplicates
// (DuplicateScreenshots, last). Meant for a demo database and the offscreen platform.
class ScreenshotMaker
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotMaker)

public:
    explicit ScreenshotMaker(ui::MainWindow& window)
        : m_window(window)
    {}

    // Writes the PNG files into `directory`; returns false and sets `error` on failure.
    bool run(const QString& directory, QString* error);

private:
    bool saveWorkerScreens(const QString& directory, QString* error);
    // File › Connect to Centre Server… filled in with an example server.
    bool saveServerConnection(const QString& directory, QString* error);
    bool saveImport(const QString& directory, QString* error);

    ui::MainWindow& m_window;
};

} // namespace opieka::screenshots
