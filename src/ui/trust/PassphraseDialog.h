#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;

namespace opieka::ui {

// Asks for a secret (a password or a backup passphrase) in masked fields, typed twice when a
// new one is chosen. What is wrong is said under the fields and the dialog stays open: the
// two entries differ, the secret is shorter than the minimum, or `check` refuses it (the
// service's own message). The secret is wiped when the dialog goes.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Enter,  // one field: an existing secret
        Choose, // two fields: a new secret, typed again
    };
    using Check = std::function<Status(const QByteArray&)>;

    PassphraseDialog(const QString& title, const QString& intro, Mode mode, int minimumLength,
                     QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // Runs on OK after the dialog's own checks; an error keeps the dialog open with its text.
    void setCheck(Check check) { m_check = std::move(check); }
    // The accepted secret; the dialog forgets it.
    QByteArray takeSecret();

public slots:
    void accept() override;

private:
    void refuse(const QString& message, QLineEdit* focus);

    Mode m_mode;
    int m_minimumLength;
    Check m_check;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QByteArray m_accepted;
};

} // namespace opieka::ui
