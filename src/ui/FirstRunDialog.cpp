#include "FirstRunDialog.h"

#include "AccountService.h"
#include "Theme.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {

FirstRunDialog::FirstRunDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("A new Opieka database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This database has no administrator yet. The administrator adds "
                                "the accounts of the centre's workers and sets the caseload "
                                "rules. Choose the administrator's login and password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("adminLoginEdit"));
    m_login->setAccessibleName(tr("Administrator's login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
    m_repeat->setAccessibleName(tr("Password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least %1 characters. Keep it safe: it opens every case file.")
                                .arg(AccountService::kMinimumPasswordLength),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstRunMessage"));
    m_message->setAccessibleName(tr("What is wrong"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Theme::errorStyle());
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("firstRunOkButton"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("firstRunCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    layout->addWidget(buttons);
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
