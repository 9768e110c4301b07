#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace opieka::ui {

// Help › User guide (F1): the guide the package installs (share/doc/opieka/user-guide.md, beside
// the installed program or in /usr/share) or, in a build tree, the one in the sources' docs/,
// shown in a window of its own with its screenshots; a clear message when none is found.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    // Where the guide is looked for, in order.
    static QStringList candidates();
    // The first candidate that exists; empty when none does.
    static QString locate(const QStringList& candidates);
    // Opens the guide found among `candidates` (a window named "userGuideWindow", raised when
    // open already) or says where it should be. Returns the window, or null when none was found.
    static QWidget* open(QWidget* parent, const QStringList& candidates = UserGuide::candidates());
};

} // namespace opieka::ui
