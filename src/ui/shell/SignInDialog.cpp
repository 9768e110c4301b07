#include "SignInDialog.h"

#include "DialogParts.h"
#include "SignInService.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opieka::ui {

SignInDialog::SignInDialog(Workspace& workspace, const QString& rememberedLogin, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Opieka"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = newNote(this, tr("The case files are protected: sign in with your account."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_login = new QLineEdit(rememberedLogin, this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("Login"));
    m_password =
        newLineEdit(this, QStringLiteral("passwordEdit"), tr("Password"), QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    // A shared office computer shows no one's login unless its owner asked for that.
    m_remember = new QCheckBox(tr("&Remember my login on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberLoginCheck"));
    m_remember->setChecked(!rememberedLogin.isEmpty());
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_message = newMessageLine(this, QStringLiteral("signInMessage"), tr("Sign-in message"));
    layout->addWidget(m_message);

    layout->addWidget(newOkCancel(this, QStringLiteral("signInOkButton"),
                                  QStringLiteral("signInCancelButton"), tr("Sign &in")));
    (rememberedLogin.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(380);
}

void SignInDialog::lockToLogin(const QString& login)
{
    m_login->setText(login);
    m_login->setReadOnly(true);
    m_remember->hide(); // the lock changes nothing that is kept
    setWindowTitle(tr("Opieka is locked"));
    m_password->setFocus();
}

bool SignInDialog::rememberLogin() const
{
    return m_remember->isChecked();
}

void SignInDialog::accept()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    auto user = SignInService(m_workspace.database()).signIn(m_login->text().trimmed(), password);
    password.fill('\0');
    if (!user) {
        m_message->setText(user.error().message);
        m_password->setFocus();
        return;
    }
    m_user = *user;
    QDialog::accept();
}

} // namespace opieka::ui
