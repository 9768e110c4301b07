#pragma once

#include "BackupCrypto.h"
#include "CentreIdentity.h"
#include "CentreService.h"
#include "Session.h"

#include <QDialog>
#include <QString>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace opieka::ui {

// The fingerprint as people read it over the phone: its groups of five digits in two lines of
// four, in a large fixed-width font; the text can be selected and copied.
QLabel* newFingerprintLabel(QWidget* parent, const QString& objectName);
// Shows `fingerprint` ("12345 67890 …", CentreIdentity::fingerprint) on such a label.
void showFingerprint(QLabel* label, const QString& fingerprint);
// "Social assistance centre (OPS)", "Family support centre (PCPR)".
QString centreKindLabel(CentreKind kind);

// Settings › Centre Identity and Partners… (issue 22): this centre's card (name, kind, area,
// REGON and the fingerprint, large enough to read over the phone) with "Save the centre card…";
// "Make the centre's keys…" while it has none (an administrator); and the trusted partner
// centres, to which "Add partner from card…" adds one only after the person has compared its
// fingerprint with the one the partner read over the phone (PartnerCardDialog).
class CentrePartnersDialog : public QDialog
{
    Q_OBJECT

public:
    // `cost`: of the centre passphrase's key derivation (the standard one outside tests).
    explicit CentrePartnersDialog(const Session& session,
                                  KeyDerivationCost cost = KeyDerivationCost::standard(),
                                  QWidget* parent = nullptr);

    // Whether the account may open the dialog: administrators and managers (CentreService).
    static bool isFor(const Session& session);

    // The centre's card as shown (none before the keys are made).
    const std::optional<CentreCard>& card() const { return m_card; }
    QTableWidget* partnersTable() const { return m_partners; }

    // Writes the centre's card to `file` (CentreIdentity::toJson); false, and said, when it
    // cannot.
    bool saveCardTo(const QString& file);
    // Reads the card in `file`, shows what it says and its fingerprint, and trusts the centre
    // only when the person confirms the partner read the same digits (PartnerCardDialog); false
    // when cancelled or refused (said).
    bool addPartnerFrom(const QString& file);

public slots:
    // Reads the card and the partners again.
    void reload();
    // The administrator's "Make the centre's keys…" (MakeCentreKeysDialog).
    void makeKeys();
    // "Save the centre card…": asks where, then saveCardTo.
    void askSaveCard();
    // "Add partner from card…": asks for the file, then addPartnerFrom.
    void askAddPartner();

signals:
    void statusMessage(const QString& text); // what was done

private:
    CentreService service() const { return CentreService(m_session, m_cost); }
    void showCard();

    Session m_session;
    KeyDerivationCost m_cost;
    std::optional<CentreCard> m_card;
    QLabel* m_noCard = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_area = nullptr;
    QLabel* m_regon = nullptr;
    QLabel* m_fingerprint = nullptr;
    QGroupBox* m_details = nullptr;
    QPushButton* m_makeKeys = nullptr;
    QPushButton* m_saveCard = nullptr;
    QTableWidget* m_partners = nullptr;
    QPushButton* m_addPartner = nullptr;
    QLabel* m_message = nullptr;
};

// An administrator makes the centre's keys (CentreService::init): the centre's name, kind, area
// and REGON as its card will say them, and the centre passphrase typed twice. A refusal keeps
// the dialog open with the reason under the fields.
class MakeCentreKeysDialog : public QDialog
{
    Q_OBJECT

public:
    MakeCentreKeysDialog(CentreService centres, QWidget* parent = nullptr);
    ~MakeCentreKeysDialog() override;

    // The card made (after Accepted).
    const std::optional<CentreCard>& card() const { return m_card; }

public slots:
    void accept() override;

private:
    void refuse(const QString& message, QWidget* focus);

    CentreService m_centres;
    std::optional<CentreCard> m_card;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_area = nullptr;
    QLineEdit* m_regon = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

// A partner's card before it is trusted: what it says and its fingerprint, large, with what to
// do (call the centre on a number known beforehand and have them read their fingerprint). The
// "Trust this centre" button is enabled only once the person ticks that the partner read the
// same digits.
class PartnerCardDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerCardDialog(const CentreCard& card, const QString& file, QWidget* parent = nullptr);

    QCheckBox* sameDigits() const { return m_sameDigits; }
    QPushButton* trustButton() const { return m_trust; }

private:
    QCheckBox* m_sameDigits = nullptr;
    QPushButton* m_trust = nullptr;
};

} // namespace opieka::ui
