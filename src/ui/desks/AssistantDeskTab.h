#pragma once

#include "AssistantDeskService.h"
#include "DirectoryService.h"
#include "User.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class AssistantDeskTab;
}

namespace opieka::ui {

class AssistantDeskModel;

// The family assistant's desk (pulpit asystenta rodziny): the assistant's families with the
// work plan's status, actions overdue or due this week and the assessment due, what needs
// attention first; the assistant's families against the limit. Until sign-in exists it shows
// the chosen assistant's desk.
class AssistantDeskTab : public QWidget
{
    Q_OBJECT

public:
    AssistantDeskTab(AssistantDeskService service, DirectoryService directory, const User& actor,
                     QWidget* parent = nullptr);
    ~AssistantDeskTab() override;

    AssistantDeskModel* model() const { return m_model; }
    qint64 workerId() const;
    bool selectWorker(qint64 workerId);
    qint64 selectedFamilyId() const;

public slots:
    void refresh();

signals:
    void openFamilyRequested(qint64 familyId);
    void loadFailed(const QString& message);

private:
    void loadWorkers(std::optional<qint64> ownWorkerId);
    void openSelected();

    std::unique_ptr<::Ui::AssistantDeskTab> m_ui;
    User m_actor;
    AssistantDeskService m_service;
    DirectoryService m_directory;
    AssistantDeskModel* m_model = nullptr;
};

} // namespace opieka::ui
