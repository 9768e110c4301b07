#pragma once

#include "CaseloadService.h"
#include "DirectoryService.h"
#include "RecordTab.h"
#include "TeamService.h"

namespace Ui {
class TeamTab;
}

namespace opieka::ui {

class TeamModel;

// The family record's team: who works with the family now and who did before, the roles the
// category needs and the team lacks, assigning, transferring, adding a coordinator, ending work.
class TeamTab : public RecordFormTab<Ui::TeamTab>
{
    Q_OBJECT

public:
    TeamTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~TeamTab() override;

    TeamModel* currentModel() const { return m_current; }
    void reload() override;

public slots:
    void assignWorker();
    void transfer();
    void addCoordinator();
    void endTeamMember();

signals:
    // After each reading of the team, what the record's header says of it: the roles missing
    // (empty when the team has them all, or the case is closed), or, when `read` is false, why
    // the team could not be read.
    void teamChecked(const QString& warning, bool read);

private:
    std::optional<TeamMember> selectedTeamMember() const;
    void updateButtons();

    TeamService m_teamService;
    CaseloadService m_caseloads;
    DirectoryService m_directory;
    TeamModel* m_current = nullptr;
    TeamModel* m_past = nullptr;
};

} // namespace opieka::ui
