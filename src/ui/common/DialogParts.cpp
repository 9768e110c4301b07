#include "DialogParts.h"

#include "Theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace opieka::ui {
namespace {

// The translation context of the words every form shares.
class DialogParts
{
    Q_DECLARE_TR_FUNCTIONS(opieka::ui::DialogParts)
};

} // namespace

QDateEdit* newDateEdit(QWidget* parent, QDate date, const QString& objectName,
                       const QString& accessibleName)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    return edit;
}

QLineEdit* newLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                       QLineEdit::EchoMode echo)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(echo);
    return edit;
}

QLabel* newNote(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* note = new QLabel(text, parent);
    if (!objectName.isEmpty())
        note->setObjectName(objectName);
    note->setWordWrap(true);
    return note;
}

QComboBox* newComboBox(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    return combo;
}

QPushButton* newButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QHBoxLayout* addButtonRow(QBoxLayout* layout, const QList<QWidget*>& buttons)
{
    auto* row = new QHBoxLayout;
    for (QWidget* button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    return row;
}

QLabel* newMessageLine(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* line = new QLabel(parent);
    line->setObjectName(objectName);
    if (!accessibleName.isEmpty())
        line->setAccessibleName(accessibleName);
    line->setWordWrap(true);
    line->setStyleSheet(Theme::errorStyle());
    return line;
}

QDialogButtonBox* newOkCancel(QDialog* dialog, const QString& okName, const QString& cancelName,
                              const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(okName);
    if (!okText.isEmpty())
        ok->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(cancelName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QPushButton* setUpFormButtons(QDialog* dialog, QDialogButtonBox* buttons,
                              const AcceptButton& accept, QLabel* errorLabel)
{
    QPushButton* ok = buttons->button(accept.which);
    if (!accept.text.isEmpty())
        ok->setText(accept.text);
    ok->setObjectName(accept.objectName);
    ok->setAccessibleName(accept.accessibleName);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(DialogParts::tr("Cancel"));
    if (errorLabel) {
        errorLabel->setStyleSheet(Theme::errorStyle());
        errorLabel->hide();
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return ok;
}

void enableWhileFilled(QPushButton* button, QLineEdit* required)
{
    const auto update = [button, required] {
        button->setEnabled(!required->text().trimmed().isEmpty());
    };
    QObject::connect(required, &QLineEdit::textChanged, button, update);
    update();
}

void showErrorLine(QLabel* errorLabel, const QString& message)
{
    errorLabel->setText(message);
    errorLabel->show();
}

void showNotSaved(QLabel* errorLabel, const QString& message)
{
    showErrorLine(errorLabel, DialogParts::tr("Not saved: %1").arg(message));
}

} // namespace opieka::ui
