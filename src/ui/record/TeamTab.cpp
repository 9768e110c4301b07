#include "TeamTab.h"

#include "AddCoordinatorDialog.h"
#include "AssignDialog.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "TeamModel.h"
#include "Theme.h"
#include "ui_TeamTab.h"

namespace opieka::ui {

TeamTab::TeamTab(const Session& session, qint64 familyId, QWidget* parent)
    : RecordFormTab(session, familyId, parent, QStringLiteral("teamTab"))
    , m_teamService(session)
    , m_caseloads(session)
    , m_directory(session)
    , m_current(new TeamModel(this))
    , m_past(new TeamModel(this))
{
    m_current->setObjectName(QStringLiteral("currentTeamModel"));
    m_past->setObjectName(QStringLiteral("pastTeamModel"));
    m_ui->missingRolesLabel->setStyleSheet(Theme::warningStyle());
    m_ui->currentTeamTable->setModel(m_current);
    m_ui->pastTeamTable->setModel(m_past);
    connect(m_ui->currentTeamTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamTab::updateButtons);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &TeamTab::assignWorker);
    connect(m_ui->transferButton, &QPushButton::clicked, this, &TeamTab::transfer);
    connect(m_ui->addCoordinatorButton, &QPushButton::clicked, this, &TeamTab::addCoordinator);
    connect(m_ui->endTeamMemberButton, &QPushButton::clicked, this, &TeamTab::endTeamMember);
}

TeamTab::~TeamTab() = default;

void TeamTab::reload()
{
    auto team = m_teamService.team(m_familyId);
    if (!team) {
        logging::get("ui")->error("team of family {} could not be read", m_familyId);
        m_current->setMembers({});
        m_past->setMembers({});
        m_ui->missingRolesLabel->setText(team.error().message);
        emit teamChecked(team.error().message, false);
    } else {
        m_current->setMembers(team->current);
        m_past->setMembers(team->past);
        QStringList missing;
        for (Role role : team->missingRoles)
            missing << Labels::role(role).toLower();
        const bool open = !m_family.closedOn || QDate::currentDate() < *m_family.closedOn;
        if (!missing.isEmpty() && open) {
            const QString text =
                tr("Team incomplete for the category “%1”, missing: %2.", nullptr,
                   static_cast<int>(missing.size()))
                    .arg(Labels::category(m_family.category), missing.join(tr(", ")));
            m_ui->missingRolesLabel->setText(text);
            m_ui->missingRolesLabel->setStyleSheet(Theme::warningStyle());
            emit teamChecked(text, true);
        } else {
            m_ui->missingRolesLabel->setText(
                open ? tr("The team has every role the category “%1” needs.")
                           .arg(Labels::category(m_family.category))
                     : tr("The case is closed."));
            m_ui->missingRolesLabel->setStyleSheet(Theme::okStyle());
            emit teamChecked(QString(), true);
        }
    }
    fitColumnsOnce({m_ui->currentTeamTable, m_ui->pastTeamTable});
    updateButtons();
}

std::optional<TeamMember> TeamTab::selectedTeamMember() const
{
    return m_current->memberAt(selectedRow(m_ui->currentTeamTable));
}

void TeamTab::updateButtons()
{
    const bool closed = m_family.closedOn.has_value();
    const auto member = selectedTeamMember();
    m_ui->transferButton->setEnabled(member && member->countsAgainstLimit);
    m_ui->endTeamMemberButton->setEnabled(member.has_value());
    m_ui->assignButton->setEnabled(!closed);
    m_ui->addCoordinatorButton->setEnabled(!closed);
}

void TeamTab::assignWorker()
{
    AssignDialog dialog(m_session, m_familyId, this);
    dialog.setCaseFixed(true);
    // The role the family still lacks is the likely choice.
    auto team = m_teamService.team(m_familyId);
    if (team && !team->missingRoles.isEmpty()) {
        auto withRoom = m_caseloads.withRoom(team->missingRoles.first(), QDate::currentDate());
        if (withRoom && !withRoom->isEmpty())
            dialog.selectWorker(withRoom->first().worker.id);
    }
    runDialog(dialog);
}

void TeamTab::transfer()
{
    const auto member = selectedTeamMember();
    if (!member || !member->countsAgainstLimit)
        return;
    AssignDialog dialog(m_session, m_familyId, this);
    dialog.setCaseFixed(true);
    dialog.setTransferFrom(member->worker);
    runDialog(dialog);
}

void TeamTab::addCoordinator()
{
    auto workers = m_directory.workers();
    if (!workers) {
        ui::showError(this, tr("Cannot read the workers"), workers.error().message);
        return;
    }
    QList<Worker> coordinators;
    for (const Worker& worker : *workers)
        if (worker.role == Role::FosterCareCoordinator && worker.isActiveOn(QDate::currentDate()))
            coordinators << worker;
    AddCoordinatorDialog dialog(coordinators, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    handle(m_teamService.addCoordinator(m_familyId, dialog.workerId(), dialog.from()),
           tr("Coordinator not added"));
}

void TeamTab::endTeamMember()
{
    const auto member = selectedTeamMember();
    if (!member)
        return;
    const QDate today = QDate::currentDate();
    if (!confirm(this, tr("End work with the family"),
                 tr("End the work of %1 with the family as of %2?")
                     .arg(member->worker.displayName(), Labels::date(today))))
        return;
    const Status ended = member->countsAgainstLimit
                             ? m_caseloads.release(member->worker.id, m_familyId, today)
                             : m_teamService.endCoordinator(m_familyId, member->worker.id, today);
    handle(ended, tr("Work not ended"));
}

} // namespace opieka::ui
