#include "FirstRunDialog.h"

#include "AccountService.h"
#include "DialogParts.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opieka::ui {

FirstRunDialog::FirstRunDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("A new Opieka database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = newNote(this, tr("This database has no administrator yet. The administrator adds "
                                   "the accounts of the centre's workers and sets the caseload "
                                   "rules. Choose the administrator's login and password."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("adminLoginEdit"));
    m_login->setAccessibleName(tr("Administrator's login"));
    m_password =
        newLineEdit(this, QStringLiteral("adminPasswordEdit"), tr("Password"), QLineEdit::Password);
    m_repeat = newLineEdit(this, QStringLiteral("adminRepeatEdit"), tr("Password again"),
                           QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    layout->addLayout(form);
    auto* hint = newNote(this, tr("At least %1 characters. Keep it safe: it opens every case file.")
                                   .arg(AccountService::kMinimumPasswordLength));
    layout->addWidget(hint);

    m_message = newMessageLine(this, QStringLiteral("firstRunMessage"), tr("What is wrong"));
    layout->addWidget(m_message);

    layout->addWidget(newOkCancel(this, QStringLiteral("firstRunOkButton"),
                                  QStringLiteral("firstRunCancelButton")));
    m_password->setFocus();
    setMinimumWidth(420);
}

void FirstRunDialog::accept()
{
    QByteArray password = m_password->text().toUtf8();
    const QByteArray repeat = m_repeat->text().toUtf8();
    if (password != repeat) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (Status ok = AccountService::checkPassword(password); !ok) {
        m_message->setText(ok.error().message);
        m_password->setFocus();
        return;
    }
    auto admin = m_workspace.ensureAdministrator(m_login->text().trimmed(), password);
    password.fill('\0');
    if (!admin) {
        m_message->setText(admin.error().message);
        return;
    }
    m_admin = *admin;
    QDialog::accept();
}

} // namespace opieka::ui
