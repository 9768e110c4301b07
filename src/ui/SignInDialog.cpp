#include "SignInDialog.h"

#include "AccountService.h"
#include "Theme.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {

SignInDialog::SignInDialog(Workspace& workspace, const QString& rememberedLogin, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Opieka"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The case files are protected: sign in with your account."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_login = new QLineEdit(rememberedLogin, this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    // A shared office computer shows no one's login unless its owner asked for that.
    m_remember = new QCheckBox(tr("&Remember my login on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberLoginCheck"));
    m_remember->setChecked(!rememberedLogin.isEmpty());
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Theme::errorStyle());
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancelButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
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
    auto user = AccountService(m_workspace.database()).signIn(m_login->text().trimmed(), password);
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
