#include "CentrePassphraseDialog.h"

#include "CentreIdentity.h"
#include "CentreService.h"

#include <QApplication>
#include <QCursor>

namespace opieka::ui {

CentrePassphraseDialog::CentrePassphraseDialog(const QString& purpose, QWidget* parent)
    : PassphraseDialog(tr("Centre passphrase"),
                       (purpose.isEmpty() ? QString() : purpose + QStringLiteral("\n\n")) +
                           tr("The centre passphrase unlocks the centre's keys. It is not the "
                              "password of your account. Opieka does not keep it: it is asked "
                              "each time the keys are needed."),
                       Mode::Enter, CentreService::minimumPassphraseLength, parent)
{
    setObjectName(QStringLiteral("centrePassphraseDialog"));
    setAccessibleName(tr("Centre passphrase"));
}

bool CentrePassphraseDialog::ask(QWidget* parent, const QString& purpose, const Check& use)
{
    CentrePassphraseDialog dialog(purpose, parent);
    dialog.setCheck([&use](const QByteArray& passphrase) -> Status {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Status done = use(passphrase);
        QApplication::restoreOverrideCursor();
        return done;
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    QByteArray forgotten = dialog.takeSecret();
    forgotten.fill('\0');
    return accepted;
}

bool CentrePassphraseDialog::isWrongPassphrase(const Error& error)
{
    return CentreIdentity::isWrongPassphrase(error);
}

} // namespace opieka::ui
