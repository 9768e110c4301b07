#pragma once

#include <QString>

class QWidget;

namespace opieka::ui {

// Asks before something that cannot be taken back: a Yes/No question (objectName
// "confirmMessageBox") whose default, for Enter, is No. True only for Yes.
bool confirmDestructive(QWidget* parent, const QString& title, const QString& question);

} // namespace opieka::ui
