#pragma once

#include "BackupCrypto.h"
#include "ExchangeService.h"
#include "Session.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace opieka::ui {

// Words for the exchange's stored values: "Referral", "Received", "Sent to the partner" ...
QString purposeLabel(PackagePurpose purpose);
QString exchangeStatusLabel(const QString& direction, const QString& status);

// The exchange with partner centres (issue 22 part 4): the inbox and the outbox in one list
// (direction, status, partner, purpose, family, dates, what it holds), newest first. "Receive
// package…" opens a package file (the centre passphrase is asked); a received item is accepted
// (a referral or transfer creates the family, or adds to one named) or declined with a reason;
// "Save receipt…" writes the receipt the sender reads back into its outbox. Opened from Cases ›
// Exchange with Partner Centres…, as a tab with a close button.
class ExchangeTab : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeTab(const Session& session, QWidget* parent = nullptr);

    // Makes the tab when the account exchanges packages (every role but the administrator;
    // the service says what each may see) and points Cases › Exchange with Partner Centres… at
    // it, which adds it to the window's tabs (with a close button) and shows it; otherwise hides
    // that entry. Returns the tab, or nullptr.
    static ExchangeTab* install(QMainWindow& window, QTabWidget* tabs, const Session& session);

    // For tests: the centre passphrase's key derivation cost (the standard one otherwise).
    void setKeyDerivationCost(KeyDerivationCost cost) { m_cost = cost; }
    QTableWidget* table() const { return m_table; }
    const QList<ExchangeItem>& items() const { return m_items; }
    bool selectItem(qint64 id);

    // Receives the package in `file` (asks the centre passphrase); false when cancelled or
    // refused (said).
    bool receiveFrom(const QString& file);
    // Accepts the selected received item; a referral or transfer goes into a new family, or
    // into `linkFamilyId` when given. False when refused (said).
    bool acceptSelected(std::optional<qint64> linkFamilyId);
    // Declines the selected received item with `reason`; false when refused (said).
    bool declineSelected(const QString& reason);
    // Writes the receipt of the selected received item to `file` (asks the passphrase).
    bool saveReceiptTo(const QString& file);

public slots:
    void refresh();
    // The buttons: each asks what it needs (a file, the family, a reason), then does it.
    void askReceive();
    void askAccept();
    void askDecline();
    void askSaveReceipt();

signals:
    // An accepted package created or changed a family: lists elsewhere read again.
    void familiesChanged();
    void openFamilyRequested(qint64 familyId);
    void statusMessage(const QString& text);

private:
    const ExchangeItem* selected() const;
    void updateButtons();
    ExchangeService service() const { return ExchangeService(m_session, m_cost); }

    Session m_session;
    KeyDerivationCost m_cost = KeyDerivationCost::standard();
    QList<ExchangeItem> m_items;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_decline = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_openFamily = nullptr;
};

// How a received referral or transfer is accepted: into a new family, or added to a family of
// this centre given by its number (when the duplicate check found it, or the worker knows it).
class AcceptPackageDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptPackageDialog(const ExchangeItem& item, QWidget* parent = nullptr);

    std::optional<qint64> linkFamilyId() const;
    QRadioButton* linkButton() const { return m_link; }
    QSpinBox* familyNumber() const { return m_family; }

private:
    QRadioButton* m_create = nullptr;
    QRadioButton* m_link = nullptr;
    QSpinBox* m_family = nullptr;
};

// The reason a received package is declined, which goes back to the sender in the receipt.
class DeclinePackageDialog : public QDialog
{
    Q_OBJECT

public:
    DeclinePackageDialog(const ExchangeItem& item, QWidget* parent = nullptr);

    QString reason() const;

public slots:
    void accept() override;

private:
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace opieka::ui
