#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opieka::ui {

// File › Connect to Centre Server…: the parts of a centre server's address and the password for
// this session. Builds postgresql://user@host:port/database?sslmode=MODE and refuses empty or
// malformed parts under the fields. The password is never stored: the window keeps it in memory
// for the connections of this session (Workspace::setServerPassword).
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `recent`: addresses connected to before (AppSettings::recentServers), offered in a list;
    // the first fills the fields.
    explicit ServerConnectionDialog(const QStringList& recent, QWidget* parent = nullptr);

    // The address the fields make (no password in it).
    QString address() const;
    QString password() const;
    // Fills the fields from an address (a recent one); the password field is emptied.
    void setAddress(const QString& address);
    // After a failed connection: says why under the fields and asks for the password again.
    void showProblem(const QString& message);

public slots:
    void accept() override;

private:
    QComboBox* m_recent = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace opieka::ui
