#pragma once

#include <QString>
#include <functional>

class QProgressBar;
class QWidget;

namespace opieka {
class Database;
}

namespace opieka::ui {

// Runs a long piece of work (a backup, a restore, a check of the whole file) off the GUI thread,
// on a connection of its own to the same database file (a QSqlDatabase serves only the thread
// that opened it), while the window stays painted, disabled, with a busy cursor and a busy bar
// in its status bar. The call returns when the work is done: callers read like plain code.
class BackgroundWork
{
public:
    // Returns the work's error message, or the connection's (empty: done).
    using Work = std::function<QString(Database&)>;

    // `window` is disabled meanwhile and shows `label` beside a busy bar when it is a
    // QMainWindow.
    static QString run(const QString& databasePath, QWidget* window, const QString& label,
                       Work work);
    // From inside a work: runs `ask` (a question to the person) in the GUI thread, with the
    // window enabled again while it is asked, and returns its answer.
    static bool askInGuiThread(const std::function<bool()>& ask);
    // A progress callback (done, total) for a work that reports its steps: it moves `bar` in the
    // GUI thread, and does nothing once the bar is gone.
    static std::function<void(int, int)> progressOn(QProgressBar* bar);
};

} // namespace opieka::ui
