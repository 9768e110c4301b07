#pragma once

#include <QString>
#include <functional>

class QAction;
class QTabWidget;
class QWidget;

namespace opieka::ui {

// A tab that is not one of the window's standing tabs (a manager's tab bar is full at 1024
// pixels): the menu entry `action` opens `tab` in `tabs` with its own close button (named
// `closeObjectName`, read out as `closeText`), which takes it away again; `beforeShow` runs each
// time it is brought up. The action is shown while the tab lives and hidden once it is gone
// (signed out), unless a newer session's tab has taken its place. `tab` starts hidden.
void offerAsMenuTab(QAction* action, QTabWidget* tabs, QWidget* tab, const QString& title,
                    const QString& closeObjectName, const QString& closeText,
                    std::function<void()> beforeShow = {});

} // namespace opieka::ui
