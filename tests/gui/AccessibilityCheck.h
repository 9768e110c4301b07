#pragma once

#include <QString>
#include <functional>

class QObject;
class QWidget;

namespace opieka::test {

// Every interactive widget under `root` has an objectName and an accessible name (a button's
// text counts as its name); widgets Qt builds inside its own are skipped.
void expectNamed(const QWidget* root);
// Runs `open` (a click, a menu entry), which must show a modal dialog: checks that the dialog's
// objectName is `dialogName` (when one is given) and expectNamed on it, then closes it.
void expectModalNamed(const std::function<void()>& open, const QString& dialogName = {},
                      const char* what = "");
// expectModalNamed for the dialog that the button `button` of `parent` opens.
void expectDialogNamed(const QObject* parent, const char* button, const QString& dialogName);

} // namespace opieka::test
