#pragma once

#include "DuplicateService.h"
#include "DuplicateWarningDialog.h"
#include "FormDialog.h"
#include "Member.h"
#include "MemberService.h"
#include "User.h"

#include <memory>

namespace Ui {
class MemberDialog;
}

namespace opieka::ui {

// Adds or edits a household member. Checks the entry through MemberService::validate as the
// user types: a good PESEL fills birth date and sex, a bad one or a contradicting entry shows
// what is wrong and keeps OK disabled. On Save, a person who looks like someone already in the
// register is asked about first (DuplicateWarningDialog).
class MemberDialog : public FormDialog<Ui::MemberDialog>
{
    Q_OBJECT

public:
    MemberDialog(MemberService members, DuplicateService duplicates, qint64 familyId,
                 QWidget* parent = nullptr);
    ~MemberDialog() override;

    // Edits an existing member instead of adding one.
    void setMember(const Member& member);
    // The saved member's id once accepted.
    qint64 memberId() const { return m_memberId; }
    // The member as the form holds it now.
    Member currentMember() const;
    // The family whose record the person chose to open instead of saving (the warning's "Open
    // the existing record"; the dialog was closed unsaved), or 0.
    qint64 openFamilyId() const { return m_openFamilyId; }

public slots:
    void accept() override;
    // Cancel, Esc and the title bar's close: asks before throwing away what was typed.
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void peselChanged();
    void validate();
    void showCheck(bool ok, const QString& text);
    // Asks about likely duplicates before a save (the member is never matched with itself).
    DuplicateWarningDialog::Outcome askAboutDuplicates(const Member& member);

    MemberService m_members;
    DuplicateService m_duplicates;
    qint64 m_familyId = 0;
    qint64 m_memberId = 0;
    qint64 m_openFamilyId = 0;
    int m_rowVersion = 0; // of the member as opened: a save from an older one is a conflict
    Member m_opened;      // the form as it was opened: a change from it is asked about on Cancel
    bool m_valid = false;
};

} // namespace opieka::ui
