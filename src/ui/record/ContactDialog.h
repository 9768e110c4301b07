#pragma once

#include "Contact.h"
#include "ContactService.h"
#include "FormDialog.h"
#include "Session.h"

#include <QTimer>
#include <memory>

namespace Ui {
class ContactDialog;
}

namespace opieka::ui {

// Logs a visit or contact with a family. A new entry is a draft until saved: every edit is
// autosaved (after a short pause) and so is the form when the window closes, so nothing typed
// is lost; opening the dialog for the family again restores it.
class ContactDialog : public FormDialog<Ui::ContactDialog>
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 1000;

    ContactDialog(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~ContactDialog() override;

    // Edits a saved contact instead of logging a new one (no draft then).
    void setContact(const Contact& contact);
    bool draftRestored() const { return m_draftRestored; }
    // The contact as the form holds it now.
    Contact currentContact() const;
    // The saved contact's id once accepted.
    qint64 contactId() const { return m_contactId; }

public slots:
    void accept() override;
    void reject() override;
    // Saves the draft now if anything changed since the last save.
    void saveDraftNow();

private:
    void loadWorkers(const std::optional<qint64>& preferred);
    void restoreDraft();
    void fill(const Contact& contact);
    void edited();
    void discardDraft();
    void showDraftState(const QString& text, bool error = false);

    Session m_session;
    ContactService m_contacts;
    qint64 m_familyId = 0;
    qint64 m_contactId = 0; // editing a saved contact when not 0
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_draftRestored = false;
};

} // namespace opieka::ui
