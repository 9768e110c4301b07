#pragma once

#include "DirectoryService.h"
#include "TeamService.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class FamiliesTab;
}

namespace opieka::ui {

class FamiliesModel;

// The families list: search as you type, closed cases on request, one family selected at a time;
// families whose team lacks a role their category needs are flagged.
class FamiliesTab : public QWidget
{
    Q_OBJECT

public:
    FamiliesTab(DirectoryService directory, TeamService team, QWidget* parent = nullptr);
    ~FamiliesTab() override;

    FamiliesModel* model() const { return m_model; }
    // The selected family's id, 0 when none is selected.
    qint64 selectedFamilyId() const;
    // Selects the family's row when it is loaded; false otherwise.
    bool selectFamily(qint64 familyId);
    void reload();

signals:
    void assignRequested();
    void newFamilyRequested();
    void openRequested(qint64 familyId);
    void loadFailed(const QString& message);

private:
    void applySearch();
    void updateCount();
    void countAll();
    void updateMissingTeam(int firstRow, int lastRow);
    void openSelected();

    std::unique_ptr<::Ui::FamiliesTab> m_ui;
    FamiliesModel* m_model = nullptr;
    DirectoryService m_directory;
    TeamService m_team;
    QString m_searched; // the text the list was last searched for
    QString m_hint;     // why an exact case number found nothing (DirectoryService)
    QTimer m_searchDelay;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace opieka::ui
