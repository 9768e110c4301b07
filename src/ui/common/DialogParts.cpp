#include "DialogParts.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
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
