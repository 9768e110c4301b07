#include "UserGuide.h"

#include "Logging.h"
#include "Messages.h"

#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
const QString kGuide = QStringLiteral("user-guide.md");
const QString kWindowName = QStringLiteral("userGuideWindow");
// A build tree keeps the program a few folders below the sources (build/ci/src/ui/opieka).
constexpr int kFoldersUp = 5;
} // namespace

QStringList UserGuide::candidates()
{
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList paths;
    // As cmake/Packaging.cmake installs it: PREFIX/share/doc/opieka, beside PREFIX/bin.
    paths << QDir::cleanPath(programDir + QStringLiteral("/../share/doc/opieka/") + kGuide)
          << QStringLiteral("/usr/share/doc/opieka/") + kGuide;
    QDir dir(programDir);
    for (int up = 0; up < kFoldersUp && dir.cdUp(); ++up)
        paths << dir.filePath(QStringLiteral("docs/") + kGuide);
    paths.removeDuplicates();
    return paths;
}

QString UserGuide::locate(const QStringList& candidates)
{
    for (const QString& path : candidates)
        if (QFileInfo(path).isFile() && QFileInfo(path).isReadable())
            return QFileInfo(path).absoluteFilePath();
    return QString();
}

QWidget* UserGuide::open(QWidget* parent, const QStringList& candidates)
{
    const QString path = locate(candidates);
    if (path.isEmpty()) {
        logging::get("ui")->warn("the user guide was not found");
        showWarning(
            parent, tr("User guide not found"),
            tr("The user guide is not on this computer. The Opieka package installs "
               "it as %1; ask whoever installed Opieka to reinstall the package.")
                .arg(QDir::toNativeSeparators(QStringLiteral("/usr/share/doc/opieka/") + kGuide)),
            QStringLiteral("userGuideMissingBox"));
        return nullptr;
    }
    auto* window = parent ? parent->findChild<QWidget*>(kWindowName) : nullptr;
    if (!window) {
        window = new QWidget(parent, Qt::Window);
        window->setObjectName(kWindowName);
        window->setWindowTitle(tr("Opieka user guide"));
        window->setAttribute(Qt::WA_DeleteOnClose);
        auto* browser = new QTextBrowser(window);
        browser->setObjectName(QStringLiteral("userGuideBrowser"));
        browser->setAccessibleName(tr("User guide"));
        browser->setOpenExternalLinks(true);
        // A Markdown source: its relative screenshots and the #anchors of its contents resolve
        // against the guide's own folder.
        browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
        auto* layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(browser);
        auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), window);
        QObject::connect(close, &QShortcut::activated, window, &QWidget::close);
        window->resize(900, 700);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace opieka::ui
