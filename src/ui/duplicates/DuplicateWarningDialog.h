#pragma once

#include "DuplicateService.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QListWidget;

namespace opieka::ui {

// The warning on entry (issue 21 part 2): a person or a family about to be saved looks like
// records already in the register (DuplicateService::checkMember / checkFamily). Lists each match
// (name, birth date, family and case number, the case's workers, the reasons in words); a match
// in a case out of the account's reach says only whose case it is. The person chooses:
// - "Open the existing record" (the selected match): nothing is saved, the owner opens its family;
// - "This is someone else": saved, and each listed match the account may read is remembered as
//   not the same (rememberSomeoneElse, once the entry has its id);
// - "Save anyway": saved, nothing remembered;
// - "Back" (Esc, the title bar's close, the default button): back to the form, nothing saved.
// The entry dialogs ask through ask() before they save.
class DuplicateWarningDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Back,
        OpenExisting,
        SomeoneElse,
        SaveAnyway,
    };

    // `entry`: the name of the person or family being entered, as typed.
    DuplicateWarningDialog(DuplicateKind kind, const QString& entry,
                           const QList<EntryMatch>& matches, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The match chosen with "Open the existing record" (its family's record is what opens).
    const EntryMatch& chosenMatch() const { return m_chosen; }
    // The matches the account may read: those "This is someone else" remembers.
    QList<EntryMatch> reachableMatches() const;

    // What an entry dialog does next.
    struct Outcome
    {
        bool save = false;               // go on and save the entry
        qint64 openFamilyId = 0;         // else, when not 0: close unsaved and open this family
        QList<EntryMatch> someoneElse{}; // once saved, remember these (rememberSomeoneElse)
    };
    // Before an entry `entry` (the name typed) is saved, with the answer of the check
    // (checkMember / checkFamily): saved at once when nothing matches; the warning when something
    // does; when the check failed, the reason in a message box and nothing saved.
    static Outcome ask(QWidget* parent, DuplicateKind kind, const QString& entry,
                       const Result<QList<EntryMatch>>& matches);

    // After "This is someone else" and the save: each reachable match and the saved record
    // `savedId` remembered as not the same (DuplicateService::dismiss). The entry is saved
    // whatever happens here; a refusal is said in a message box over `parent`.
    static void rememberSomeoneElse(QWidget* parent, DuplicateService& duplicates,
                                    DuplicateKind kind, qint64 savedId,
                                    const QList<EntryMatch>& matches);

public slots:
    // Esc and the title bar's close: Back.
    void reject() override;

private:
    void fillList();
    void updateButtons();
    void choose(Choice choice);
    int selectedMatch() const; // its place in m_matches, or -1
    // The check itself failed (the database): said in a message box over `parent`.
    static void showCheckFailed(QWidget* parent, DuplicateKind kind, const QString& reason);

    DuplicateKind m_kind;
    QList<EntryMatch> m_matches;
    QListWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    Choice m_choice = Choice::Back;
    EntryMatch m_chosen;
};

} // namespace opieka::ui
