#include "PassphraseDialog.h"

#include "DialogParts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opieka::ui {

PassphraseDialog::PassphraseDialog(const QString& title, const QString& intro, Mode mode,
                                   int minimumLength, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_minimumLength(minimumLength)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* text = newNote(this, intro, QStringLiteral("passphraseIntro"));
        layout->addWidget(text);
    }
    auto* form = new QFormLayout;
    m_secret =
        newLineEdit(this, QStringLiteral("passphraseEdit"), tr("Passphrase"), QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_secret);
    if (mode == Mode::Choose) {
        m_repeat = newLineEdit(this, QStringLiteral("passphraseRepeatEdit"), tr("Passphrase again"),
                               QLineEdit::Password);
        form->addRow(tr("Passphrase &again:"), m_repeat);
    }
    layout->addLayout(form);
    if (mode == Mode::Choose && minimumLength > 0) {
        auto* hint = new QLabel(tr("At least %1 characters.").arg(minimumLength), this);
        hint->setObjectName(QStringLiteral("passphraseHint"));
        layout->addWidget(hint);
    }
    m_message = newMessageLine(this, QStringLiteral("passphraseMessage"), tr("What is wrong"));
    layout->addWidget(m_message);

    layout->addWidget(newOkCancel(this, QStringLiteral("passphraseOkButton"),
                                  QStringLiteral("passphraseCancelButton")));
    m_secret->setFocus();
    setMinimumWidth(440);
}

PassphraseDialog::~PassphraseDialog()
{
    m_accepted.fill('\0');
}

QByteArray PassphraseDialog::takeSecret()
{
    QByteArray secret = m_accepted;
    m_accepted.fill('\0');
    m_accepted.clear();
    return secret;
}

void PassphraseDialog::refuse(const QString& message, QLineEdit* focus)
{
    m_message->setText(message);
    focus->setFocus();
}

void PassphraseDialog::accept()
{
    QByteArray secret = m_secret->text().toUtf8();
    if (m_repeat && m_repeat->text().toUtf8() != secret) {
        secret.fill('\0');
        m_repeat->clear();
        refuse(tr("The two entries differ."), m_repeat);
        return;
    }
    if (secret.isEmpty()) {
        refuse(tr("Type the passphrase."), m_secret);
        return;
    }
    // Characters, not bytes: never fewer than the service counts.
    if (m_mode == Mode::Choose && m_secret->text().size() < m_minimumLength) {
        secret.fill('\0');
        refuse(tr("At least %1 characters are needed.").arg(m_minimumLength), m_secret);
        return;
    }
    if (m_check)
        if (Status ok = m_check(secret); !ok) {
            secret.fill('\0');
            refuse(ok.error().message, m_secret);
            return;
        }
    m_accepted = secret;
    secret.fill('\0');
    m_secret->clear();
    if (m_repeat)
        m_repeat->clear();
    QDialog::accept();
}

} // namespace opieka::ui
