#pragma once

#include <QDate>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QList>
#include <QString>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QDialog;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace opieka::ui {

// The pieces the window's form dialogs are built from, made the same way in each. An object name
// is what a GUI test finds a control by; an accessible name what a screen reader (and the
// end-to-end tests) read out.

// A date field with a calendar popup (LocaleFormat gives every date field the language's format).
QDateEdit* newDateEdit(QWidget* parent, QDate date, const QString& objectName,
                       const QString& accessibleName);

// A one-line text field; QLineEdit::Password hides what is typed.
QLineEdit* newLineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName,
                       QLineEdit::EchoMode echo = QLineEdit::Normal);

// A paragraph that explains a form or a list: wrapped; named when a test looks for it.
QLabel* newNote(QWidget* parent, const QString& text, const QString& objectName = QString());

// A drop-down list, named and read out; the caller adds its items.
QComboBox* newComboBox(QWidget* parent, const QString& objectName, const QString& accessibleName);

// A push button with its text (an & marks its key), named.
QPushButton* newButton(QWidget* parent, const QString& text, const QString& objectName);

// A row of buttons under a list or a form, in the order given (the tab order too), kept to the
// left; added to `layout`.
QHBoxLayout* addButtonRow(QBoxLayout* layout, const QList<QWidget*>& buttons);

// The line under a code-built form that says what is wrong: wrapped, in the error colour, empty
// until there is something to say.
QLabel* newMessageLine(QWidget* parent, const QString& objectName,
                       const QString& accessibleName = QString());

// OK and Cancel at the foot of a code-built dialog, named, with the OK button's text (empty:
// Qt's own). OK runs the dialog's accept(), which checks and saves and stays open when refused;
// Cancel its reject().
QDialogButtonBox* newOkCancel(QDialog* dialog, const QString& okName, const QString& cancelName,
                              const QString& okText = QString());

// Keeps `button` enabled only while `required` holds more than white space (a form's OK while
// the field it cannot do without is empty).
void enableWhileFilled(QPushButton* button, QLineEdit* required);

// The accepting button of a form's button box (from a .ui form).
struct AcceptButton
{
    QString text{}; // empty: the standard button's own text
    QString accessibleName{};
    QString objectName = QStringLiteral("saveButton");
    QDialogButtonBox::StandardButton which = QDialogButtonBox::Ok;
};

// A form's button box and error label the house way: the accepting button named and labelled as
// `accept` says, Cancel named "cancelButton" and read out as "Cancel"; the box's accepted runs the
// dialog's accept() (its check and save), rejected its reject(); the error label, when there is
// one, in the error colour and hidden until showErrorLine. Returns the accepting button.
QPushButton* setUpFormButtons(QDialog* dialog, QDialogButtonBox* buttons,
                              const AcceptButton& accept, QLabel* errorLabel = nullptr);

// Shows `message` on a form's error label.
void showErrorLine(QLabel* errorLabel, const QString& message);
// A refused save on a form's error label: "Not saved: <the service's reason>".
void showNotSaved(QLabel* errorLabel, const QString& message);

} // namespace opieka::ui
