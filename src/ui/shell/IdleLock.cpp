#include "IdleLock.h"

#include "Logging.h"
#include "SignInDialog.h"
#include "SignInService.h"
#include "Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>

namespace opieka::ui {

IdleLock::IdleLock(Workspace& workspace, User user, int idleMilliseconds, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_user(std::move(user))
{
    auto protectedByPassword = SignInService(m_workspace.database()).hasPassword(m_user);
    m_canLock = protectedByPassword && *protectedByPassword;
    if (idleMilliseconds <= 0 || !m_canLock)
        return; // nothing to ask for, or no idle time: locked only when asked
    m_idleTimed = true;
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    qApp->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow()
{
    if (m_locked || !m_canLock)
        return;
    m_locked = true;
    m_timer.stop();
    m_hidden.clear();
    m_covered.clear();
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        if (qobject_cast<QDialog*>(window) && window->isModal()) {
            // Hiding would end its exec(): the form and what was typed would go.
            auto* cover = new QWidget(window);
            cover->setObjectName(QStringLiteral("lockCover"));
            cover->setAutoFillBackground(true);
            cover->setGeometry(window->rect());
            cover->show();
            cover->raise();
            m_covered << Covered{window, cover, window->windowTitle()};
            window->setWindowTitle(tr("Opieka is locked"));
            continue;
        }
        m_hidden << window;
        window->hide();
    }
    logging::get("ui")->info("window locked");
    emit locked();

    SignInDialog unlock(m_workspace, m_user.login);
    unlock.lockToLogin(m_user.login);
    // Only the password opens it again: no way round the dialog.
    for (QDialogButtonBox* box : unlock.findChildren<QDialogButtonBox*>())
        if (QPushButton* cancel = box->button(QDialogButtonBox::Cancel))
            cancel->hide();
    while (unlock.exec() != QDialog::Accepted || unlock.user().id != m_user.id)
        if (QCoreApplication::closingDown())
            return;
    for (const QPointer<QWidget>& window : std::as_const(m_hidden))
        if (window)
            window->show();
    m_hidden.clear();
    for (const Covered& covered : std::as_const(m_covered)) {
        delete covered.cover.data();
        if (covered.window)
            covered.window->setWindowTitle(covered.title);
    }
    m_covered.clear();
    m_locked = false;
    if (m_idleTimed)
        m_timer.start();
    logging::get("ui")->info("window unlocked");
    emit unlocked();
}

} // namespace opieka::ui
