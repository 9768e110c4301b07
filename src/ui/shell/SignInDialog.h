#pragma once

#include "User.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace opieka {
class Workspace;
}

namespace opieka::ui {

// Asks for a login and password and signs in through SignInService; a wrong password, a
// disabled account or one waiting after failed tries is said under the fields and the dialog
// stays open. The password field is cleared after every try. "Remember my login" (off unless a
// login was remembered before) keeps the login for the next sign-in on this computer.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `rememberedLogin`: the login kept on this computer (empty: none, the field starts empty).
    SignInDialog(Workspace& workspace, const QString& rememberedLogin, QWidget* parent = nullptr);

    User user() const { return m_user; }
    // Whether the person asked for the login to be offered next time.
    bool rememberLogin() const;
    // For the idle lock: the login is fixed, only the password is asked.
    void lockToLogin(const QString& login);

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_message = nullptr;
    User m_user;
};

} // namespace opieka::ui
