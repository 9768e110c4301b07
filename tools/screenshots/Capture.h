#pragma once

#include <QString>

class QWidget;

namespace opieka::screenshots {

// Lets the window lay out and paint what was just shown or changed.
void settle();
// Saves what `widget` shows now as a PNG file; false with `error` set when it cannot be written.
bool saveImage(QWidget& widget, const QString& path, QString* error);
// Shows `widget` (a dialog), lets it settle, saves it as saveImage does and hides it again.
bool saveShown(QWidget& widget, const QString& path, QString* error);
// Copies a database file that nothing is writing now (with its -wal, if any) to `to`, for
// screenshots that change data without touching the demo; false with `error` set when it cannot.
bool copyDatabase(const QString& from, const QString& to, QString* error);

} // namespace opieka::screenshots
