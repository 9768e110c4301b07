#pragma once

#include "DialogParts.h"
#include "Logging.h"

#include <QDialog>
#include <QString>
#include <memory>

namespace opieka::ui {

// A dialog whose form comes from a .ui file (`Form`, uic's Ui:: class): the form set up on the
// dialog, which gets its object name (what the GUI tests find it by) and accessible name (what a
// screen reader reads out). The dialog stays a Q_OBJECT of its own, with its own tr() context,
// and defines its destructor where `Form` is complete (its .cpp).
template <typename Form> class FormDialog : public QDialog
{
protected:
    FormDialog(QWidget* parent, const QString& objectName, const QString& accessibleName)
        : QDialog(parent)
        , m_ui(std::make_unique<Form>())
    {
        m_ui->setupUi(this);
        setObjectName(objectName);
        setAccessibleName(accessibleName);
    }

    // A save's answer (a Status or Result): the dialog closes when it went through, else stays
    // open with the service's reason on the form's error line. True when it closed.
    template <typename Answer> bool closeWhenSaved(const Answer& saved)
    {
        if (!saved) {
            showErrorLine(m_ui->errorLabel, saved.error().message);
            return false;
        }
        QDialog::accept();
        return true;
    }

    // A refused save (a Status or Result that failed): "Not saved: <the service's reason>" on the
    // form's error line, and a warning in the log (`logLine` with ids only, never a name or a
    // note). True when refused: the dialog stays open for the person to correct the entry.
    template <typename Answer, typename... Args>
    bool refused(const Answer& saved, spdlog::format_string_t<Args...> logLine, Args&&... args)
    {
        if (saved)
            return false;
        logging::get("ui")->warn(logLine, std::forward<Args>(args)...);
        showNotSaved(m_ui->errorLabel, saved.error().message);
        return true;
    }

    std::unique_ptr<Form> m_ui;
};

} // namespace opieka::ui
