#pragma once

class QWidget;

namespace opieka::test {

// Every interactive widget under `root` has an objectName and an accessible name (a button's
// text counts as its name); widgets Qt builds inside its own are skipped.
void expectNamed(const QWidget* root);

} // namespace opieka::test
