#pragma once

#include "BackupCrypto.h"
#include "Contact.h"
#include "ExchangeService.h"
#include "Session.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace opieka::ui {

// Family record › Send to Partner Centre… (issue 22 part 4): the partner centre, the purpose
// (a referral, a new version of the plan, the transfer of the whole case), the visits that go
// with a referral and, ticked one by one, the visits whose confidential notes go too, and the
// legal basis the package names (the centre setting for the purpose, changeable for this
// package). What will leave is shown as the service will put it in the package
// (ExchangeService::preview) and read again at every change; "Send…" asks where to save the
// package file and the centre passphrase, then writes the file.
class SendToPartnerDialog : public QDialog
{
    Q_OBJECT

public:
    SendToPartnerDialog(const Session& session, qint64 familyId, const QString& familyName,
                        QWidget* parent = nullptr);

    // For tests: the centre passphrase's key derivation cost (the standard one otherwise).
    void setKeyDerivationCost(KeyDerivationCost cost) { m_cost = cost; }

    // What the dialog would send now.
    SendRequest request() const;
    QPlainTextEdit* previewText() const { return m_preview; }
    QTableWidget* visitsTable() const { return m_visits; }
    // The legal basis the package will name: the centre setting for the purpose, which the
    // sender may change for this package.
    QLineEdit* legalBasisEdit() const { return m_legalBasis; }
    QLabel* legalBasisNote() const { return m_legalBasisNote; }
    // Chooses the partner named `name` (as on its card); false when it is not listed.
    bool choosePartner(const QString& name);
    void choosePurpose(PackagePurpose purpose);
    // With the purpose "plan": a child's help plan instead of the family's work plan (none: the
    // work plan); false when the child is not listed.
    bool chooseHelpPlan(std::optional<qint64> childId);
    // Ticks (or unticks) a visit, or its notes (which tick the visit too); false when the visit
    // is not listed.
    bool includeVisit(qint64 contactId, bool include);
    bool includeNotes(qint64 contactId, bool include);
    // The package made (after Accepted).
    const std::optional<ExchangeItem>& sent() const { return m_sent; }

    // Seals the package (the centre passphrase is asked) and writes it to `file`; the dialog
    // closes when it went through. False when cancelled or refused (said).
    bool sendTo(const QString& file);

public slots:
    // "Send…": asks where to save the package, then sendTo.
    void accept() override;
    // Reads what will leave again (after any change of the choices).
    void updatePreview();

private:
    void loadPartners();
    void loadVisits();
    void loadChildren();
    void loadLegalBasis();
    void updateLegalBasisNote();
    void updateVisits();
    QString purposeSentence() const;

    Session m_session;
    qint64 m_familyId = 0;
    QString m_familyName;
    KeyDerivationCost m_cost = KeyDerivationCost::standard();
    QList<Contact> m_contacts;
    std::optional<ExchangeItem> m_sent;
    bool m_previewOk = false;
    bool m_filling = false;
    QComboBox* m_partner = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_plan = nullptr;
    QLineEdit* m_legalBasis = nullptr;
    QLabel* m_legalBasisNote = nullptr;
    QString m_centreLegalBasis; // the centre setting for the purpose chosen
    QLabel* m_visitsNote = nullptr;
    QTableWidget* m_visits = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace opieka::ui
