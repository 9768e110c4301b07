#include "Capture.h"

#include "ScreenshotMaker.h"

#include <QApplication>
#include <QFile>
#include <QPixmap>
#include <QWidget>

namespace opieka::screenshots {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool saveImage(QWidget& widget, const QString& path, QString* error)
{
    if (!widget.grab().save(path, "PNG")) {
        *error = ScreenshotMaker::tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool saveShown(QWidget& widget, const QString& path, QString* error)
{
    widget.show();
    settle();
    const bool saved = saveImage(widget, path, error);
    widget.hide();
    return saved;
}

bool copyDatabase(const QString& from, const QString& to, QString* error)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix)) {
            *error = ScreenshotMaker::tr("Cannot copy the database %1.").arg(from);
            return false;
        }
    }
    return true;
}

} // namespace opieka::screenshots
