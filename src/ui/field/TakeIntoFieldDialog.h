#pragma once

#include "FieldCheckout.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace opieka::ui {

// File › Take cases into the field… (issue 23): the worker whose cases go (the signed-in
// worker; a manager may pick any worker), the file (a new one: a copy never overwrites), and the
// field-copy passphrase typed twice, with what it means: the copy leaves the building encrypted,
// and a forgotten passphrase cannot be recovered. FieldCheckout runs off the GUI thread with its
// progress; a refusal (the file exists, the passphrase is too short, no permission) stays in the
// dialog with the reason. On success the dialog says what went in and where, and closes.
class TakeIntoFieldDialog : public QDialog
{
    Q_OBJECT

public:
    // `centre`: the signed-in session on the centre's database shown in the window.
    explicit TakeIntoFieldDialog(const Session& centre, QWidget* parent = nullptr);
    ~TakeIntoFieldDialog() override;

    // What the last check-out made (valid after accept).
    const FieldCheckoutReport& report() const { return m_report; }
    // The sentences that say what went in and where.
    static QString describe(const FieldCheckoutReport& report);
    // The file name offered first: opieka-field-<date>.opieka in the home folder.
    static QString defaultPath();

    // As EncryptedFile::kMinimumPassphraseLength (the service refuses shorter ones too).
    static constexpr int kMinimumPassphraseLength = 12;

public slots:
    void accept() override;

private:
    void chooseFile();
    void refuse(const QString& message, QWidget* focus);

    Session m_centre;
    QComboBox* m_worker = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    FieldCheckoutReport m_report;
};

} // namespace opieka::ui
