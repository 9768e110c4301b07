#pragma once

#include "DuplicateService.h"
#include "MemberService.h"
#include "RecordTab.h"

namespace Ui {
class MembersTab;
}

namespace opieka::ui {

class MemberDialog;
class MembersModel;

// The family record's household members: the list, adding, editing and removing one.
class MembersTab : public RecordFormTab<Ui::MembersTab>
{
    Q_OBJECT

public:
    MembersTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~MembersTab() override;

    MembersModel* model() const { return m_model; }
    void reload() override;

public slots:
    void addMember();
    void editMember();
    void removeMember();

signals:
    // The person chose to open the record of a family already in the register instead of saving
    // a member who looks like someone there (DuplicateWarningDialog).
    void openFamilyRequested(qint64 familyId);

private:
    std::optional<Member> selectedMember() const;
    void runMemberDialog(MemberDialog& dialog);
    void updateButtons();

    MemberService m_service;
    DuplicateService m_duplicates;
    MembersModel* m_model = nullptr;
};

} // namespace opieka::ui
