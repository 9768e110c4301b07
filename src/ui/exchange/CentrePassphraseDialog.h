#pragma once

#include "PassphraseDialog.h"

#include <QString>

class QWidget;

namespace opieka::ui {

// Asks for the centre passphrase (issue 22): the one that unlocks the centre's private keys to
// sign and encrypt a package, open one, or answer one with a receipt. Not the account's
// password, and the dialog says so and what the keys are unlocked for. The field is masked; the
// passphrase is never stored, logged or shown, and is wiped when the dialog goes
// (PassphraseDialog). A check given with setCheck runs on OK (typically the operation itself):
// its refusal ("the centre passphrase is wrong") keeps the dialog open with the reason.
class CentrePassphraseDialog : public PassphraseDialog
{
    Q_OBJECT

public:
    // `purpose`: what the keys are unlocked for, one sentence ("To sign and encrypt the
    // referral of the Nowak family for PCPR w Testowie.").
    explicit CentrePassphraseDialog(const QString& purpose, QWidget* parent = nullptr);

    // Asks for the passphrase for `purpose` and runs `use` with it on OK, with a busy cursor
    // (deriving the key takes a second or two); a refusal keeps the dialog open with the
    // reason, to type the passphrase again or cancel. True when `use` went through.
    static bool ask(QWidget* parent, const QString& purpose, const Check& use);
    // Whether `error` is the centre passphrase being wrong (to be typed again), rather than a
    // refusal of what it was for.
    static bool isWrongPassphrase(const Error& error);
};

} // namespace opieka::ui
