#pragma once

#include <QString>

class QWidget;

// The one door for the window's message boxes: errors, warnings and the questions asked before
// a change. Each box is modal to `parent` and named (objectName) so a test can find it.
namespace opieka::ui {

// Something could not be done; the person can only acknowledge it: a warning icon and OK.
void showError(QWidget* parent, const QString& title, const QString& message,
               const QString& objectName = QStringLiteral("errorMessageBox"));

// Something to heed, with an optional detail under it (informative text): a warning icon and OK.
void showWarning(QWidget* parent, const QString& title, const QString& message,
                 const QString& objectName, const QString& detail = QString());

// News that needs no decision, with an optional detail: the information icon and OK.
void showInformation(QWidget* parent, const QString& title, const QString& message,
                     const QString& objectName, const QString& detail = QString());

// Asks before a change: a Yes/No question (objectName "confirmMessageBox") whose default, for
// Enter and Escape, is No. True only for Yes.
bool confirm(QWidget* parent, const QString& title, const QString& question);

// Asks before something that cannot be taken back, with a button that names what it does
// ("&Restore", "Disable 'anna'") beside Cancel, which is the default. True only for that button.
struct Destructive
{
    QString title{};
    QString question{};
    QString detail{};     // informative text under the question; may be empty
    QString actionText{}; // the button that goes ahead
    QString boxName{};    // the box's objectName
    QString actionName{}; // the button's objectName
    bool warning = true;  // the warning icon, else the question icon
    bool destroys = true; // the button's role: destructive, else accept (as the platform orders)
};
bool confirmDestructive(QWidget* parent, const Destructive& ask);

} // namespace opieka::ui
