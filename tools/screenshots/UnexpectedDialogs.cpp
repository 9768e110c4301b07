#include "UnexpectedDialogs.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMessageBox>
#include <QTimer>

namespace opieka::screenshots {

UnexpectedDialogs::UnexpectedDialogs()
{
    qApp->installEventFilter(this);
}

UnexpectedDialogs::~UnexpectedDialogs()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool UnexpectedDialogs::eventFilter(QObject* watched, QEvent* event)
{
    auto* dialog = event->type() == QEvent::Show ? qobject_cast<QDialog*>(watched) : nullptr;
    // The maker's own dialogs are shown with show(), never modal; exec() makes a dialog modal.
    if (dialog && dialog->isModal()) {
        QString said = dialog->windowTitle();
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            said += QStringLiteral(": ") + box->text();
        m_seen << said;
        // Once exec() runs its own event loop: closing it inside show() would be too early.
        QTimer::singleShot(0, dialog, [dialog] { dialog->done(QDialog::Rejected); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace opieka::screenshots
