#include "MembersTab.h"

#include "Logging.h"
#include "MemberDialog.h"
#include "MembersModel.h"
#include "Messages.h"
#include "ui_MembersTab.h"

namespace opieka::ui {

MembersTab::MembersTab(const Session& session, qint64 familyId, QWidget* parent)
    : RecordFormTab(session, familyId, parent, QStringLiteral("membersTab"))
    , m_service(session)
    , m_duplicates(session)
    , m_model(new MembersModel(this))
{
    m_model->setObjectName(QStringLiteral("membersModel"));
    m_ui->membersTable->setModel(m_model);
    connect(m_ui->membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersTab::updateButtons);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &MembersTab::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &MembersTab::editMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, &MembersTab::removeMember);
    connect(m_ui->membersTable, &QTableView::activated, this, &MembersTab::editMember);
}

MembersTab::~MembersTab() = default;

void MembersTab::reload()
{
    auto members = m_service.members(m_familyId);
    if (!members) {
        logging::get("ui")->error("members of family {} could not be read", m_familyId);
        m_model->setMembers({});
        ui::showError(this, tr("Cannot read the members"), members.error().message);
    } else {
        m_model->setMembers(*members);
    }
    fitColumnsOnce({m_ui->membersTable});
    updateButtons();
}

std::optional<Member> MembersTab::selectedMember() const
{
    return m_model->memberAt(selectedRow(m_ui->membersTable));
}

void MembersTab::updateButtons()
{
    const bool selected = m_ui->membersTable->selectionModel()->hasSelection();
    m_ui->editMemberButton->setEnabled(selected);
    m_ui->removeMemberButton->setEnabled(selected);
}

void MembersTab::addMember()
{
    MemberDialog dialog(m_service, m_duplicates, m_familyId, this);
    runMemberDialog(dialog);
}

void MembersTab::editMember()
{
    const auto member = selectedMember();
    if (!member)
        return;
    MemberDialog dialog(m_service, m_duplicates, m_familyId, this);
    dialog.setMember(*member);
    runMemberDialog(dialog);
}

void MembersTab::runMemberDialog(MemberDialog& dialog)
{
    runDialog(dialog);
    if (dialog.openFamilyId() > 0)
        emit openFamilyRequested(dialog.openFamilyId());
}

void MembersTab::removeMember()
{
    const auto member = selectedMember();
    if (!member)
        return;
    if (!confirm(this, tr("Remove member"),
                 tr("Remove %1 from the family's household?").arg(member->displayName())))
        return;
    handle(m_service.remove(member->id), tr("Member not removed"));
}

} // namespace opieka::ui
