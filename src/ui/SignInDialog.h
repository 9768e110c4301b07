#pragma once

#include "User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace opieka {
class Workspace;
}

namespace opieka::ui {

// Asks for a login and password and signs in through AccountService; a wrong password, a
// disabled account or one waiting after failed tries is said under the fields and the dialog
// stays open. The password field is cleared after every try.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Workspace& workspace, const QString& login, QWidget* parent = nullptr);

    User user() const { return m_user; }
    // For the idle lock: the login is fixed, only the password is asked.
    void lockToLogin(const QString& login);

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    User m_user;
};

} // namespace opieka::ui
