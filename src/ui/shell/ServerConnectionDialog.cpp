#include "ServerConnectionDialog.h"

#include "DialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
constexpr int kDefaultPort = 5432;
const QString kSslMode = QStringLiteral("sslmode");

// Characters that would end the host part of an address or smuggle a user or a path into it.
bool isHostName(const QString& host)
{
    static const QRegularExpression bad(QStringLiteral("[\\s/@?#\\\\]"));
    return !host.contains(bad);
}
} // namespace

ServerConnectionDialog::ServerConnectionDialog(const QStringList& recent, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("Connect to Centre Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        newNote(this, tr("Open the centre's shared database on its PostgreSQL server. The "
                         "centre's administrator gives you these details; the password is "
                         "kept only until Opieka closes."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_recent = newComboBox(this, QStringLiteral("recentServersCombo"), tr("Recent servers"));
    m_recent->addItem(tr("(another server)"), QString());
    for (const QString& address : recent)
        m_recent->addItem(address, address);
    m_host = newLineEdit(this, QStringLiteral("serverHostEdit"), tr("Server"));
    m_host->setPlaceholderText(tr("e.g. srv.osrodek.local"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database = newLineEdit(this, QStringLiteral("serverDatabaseEdit"), tr("Database"));
    m_user = newLineEdit(this, QStringLiteral("serverUserEdit"), tr("Server account"));
    m_tls = newComboBox(this, QStringLiteral("serverTlsCombo"), tr("Encryption"));
    m_tls->addItem(tr("Required: always encrypted (TLS)"), QStringLiteral("require"));
    m_tls->addItem(tr("Verified: encrypted, and the server's certificate checked"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Preferred: encrypted when the server offers it"), QStringLiteral("prefer"));
    m_password = newLineEdit(this, QStringLiteral("serverPasswordEdit"),
                             tr("Password of the server account"), QLineEdit::Password);
    m_password->setToolTip(tr("Left empty, the password comes from OPIEKA_DB_PASSWORD or "
                              "~/.pgpass."));
    if (recent.size() > 0)
        form->addRow(tr("&Recent:"), m_recent);
    else
        m_recent->hide();
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Server &account:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message =
        newMessageLine(this, QStringLiteral("serverConnectionMessage"), tr("Connection message"));
    layout->addWidget(m_message);

    layout->addWidget(
        newOkCancel(this, QStringLiteral("serverConnectButton"), QString(), tr("&Connect")));
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString address = m_recent->itemData(index).toString();
        if (!address.isEmpty())
            setAddress(address);
    });
    if (!recent.isEmpty()) {
        m_recent->setCurrentIndex(1);
        setAddress(recent.first());
        m_password->setFocus();
    } else {
        m_host->setFocus();
    }
    setMinimumWidth(460);
}

QString ServerConnectionDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(kSslMode, m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

QString ServerConnectionDialog::password() const
{
    return m_password->text();
}

void ServerConnectionDialog::setAddress(const QString& address)
{
    const QUrl url(address);
    m_host->setText(url.host());
    m_port->setValue(url.port(kDefaultPort));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    // Without sslmode libpq prefers TLS: the same as "prefer".
    const QString mode = QUrlQuery(url).queryItemValue(kSslMode);
    const int index = m_tls->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    if (index >= 0)
        m_tls->setCurrentIndex(index);
    m_password->clear();
    m_message->clear();
}

void ServerConnectionDialog::showProblem(const QString& message)
{
    m_message->setText(message);
    m_password->clear();
    m_password->setFocus();
}

void ServerConnectionDialog::accept()
{
    const QString host = m_host->text().trimmed();
    QLineEdit* wrong = nullptr;
    QString problem;
    if (host.isEmpty()) {
        wrong = m_host;
        problem = tr("Give the server's name or address.");
    } else if (!isHostName(host)) {
        wrong = m_host;
        problem = tr("The server's name cannot hold spaces or the characters / @ ? # \\.");
    } else if (m_database->text().trimmed().isEmpty()) {
        wrong = m_database;
        problem = tr("Give the name of the centre's database on the server.");
    } else if (m_database->text().trimmed().contains(QLatin1Char('/'))) {
        wrong = m_database;
        problem = tr("The database's name cannot hold the character /.");
    } else if (m_user->text().trimmed().isEmpty()) {
        wrong = m_user;
        problem = tr("Give the server account to connect as.");
    } else if (!QUrl(address(), QUrl::StrictMode).isValid()) {
        wrong = m_host;
        problem = tr("These details do not make a server address; check the server's name.");
    }
    if (wrong) {
        m_message->setText(problem);
        wrong->setFocus();
        return;
    }
    m_message->clear();
    QDialog::accept();
}

} // namespace opieka::ui
