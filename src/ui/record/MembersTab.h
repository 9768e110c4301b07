#pragma once

#include "MemberService.h"
#include "RecordTab.h"

namespace Ui {
class MembersTab;
}

namespace opieka::ui {

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

private:
    std::optional<Member> selectedMember() const;
    void updateButtons();

    MemberService m_service;
    MembersModel* m_model = nullptr;
};

} // namespace opieka::ui
