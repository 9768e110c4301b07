#pragma once

#include "FamilyService.h"
#include "RecordTab.h"

namespace Ui {
class RecordDetailsTab;
}

namespace opieka::ui {

class FormUndo;

// The family record's details: the family's name, case number, municipality and address (saved
// with a button, undone a field at a time), closing and reopening the case, and the need category
// with its history.
class RecordDetailsTab : public RecordFormTab<Ui::RecordDetailsTab>
{
    Q_OBJECT

public:
    RecordDetailsTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~RecordDetailsTab() override;

    // "Case open since …" or "Case closed on …": the record's header says it too.
    static QString caseStatus(const Family& family);

    // Fills the form with the family as stored (nothing left to undo) and reads its category
    // history.
    void showFamily(const Family& family) override;
    // The form's undo (Ctrl+Z or the Undo button): a field edit at a time.
    FormUndo* undo() const { return m_undo; }
    // Whether the form holds edits not saved yet.
    bool edited() const;

public slots:
    // Returns whether the details were stored.
    bool saveDetails();

private:
    void setUpUndo();
    void showCategoryHistory();
    void updateButtons();
    void changeCategory();
    void closeCase();
    void reopenCase();

    FamilyService m_service;
    FormUndo* m_undo = nullptr;
};

} // namespace opieka::ui
