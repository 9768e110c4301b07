#pragma once

#include "User.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidgetList>

namespace opieka {
class Workspace;
}

namespace opieka::ui {

// Locks the application after a time without keyboard or mouse: every window is hidden (open
// forms keep what was typed) and the signed-in account's password is asked again; the windows
// come back as they were; an open dialog is covered rather than hidden, so that it stays open
// with what was typed. Accounts without a password are not locked. File › Lock now locks at
// once (lockNow), also when the idle time is off (`idleMilliseconds` 0).
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(Workspace& workspace, User user, int idleMilliseconds, QObject* parent = nullptr);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    // Whether there is a password to ask for: without one the window is never locked.
    bool canLock() const { return m_canLock; }

public slots:
    void lockNow();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Workspace& m_workspace;
    User m_user;
    QTimer m_timer;
    bool m_canLock = false;
    bool m_idleTimed = false; // locks after the idle time (else only when asked)
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hidden;
    // A dialog waiting in exec() would end (and lose what was typed) if hidden: it is covered
    // and untitled instead.
    struct Covered
    {
        QPointer<QWidget> window;
        QPointer<QWidget> cover;
        QString title;
    };
    QList<Covered> m_covered;
};

} // namespace opieka::ui
