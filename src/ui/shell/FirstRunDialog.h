#pragma once

#include "User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace opieka {
class Workspace;
}

namespace opieka::ui {

// The first start on a new database: who administers it. Asks for the administrator's login and
// a password typed twice; what is wrong is said next to the fields.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Workspace& workspace, QWidget* parent = nullptr);
    User administrator() const { return m_admin; }

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    User m_admin;
};

} // namespace opieka::ui
