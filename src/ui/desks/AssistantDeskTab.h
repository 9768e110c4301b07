#pragma once

#include "AssistantDeskService.h"
#include "DeskTab.h"

#include <memory>

namespace Ui {
class AssistantDeskTab;
}

namespace opieka::ui {

class AssistantDeskModel;

// The family assistant's desk (pulpit asystenta rodziny): the assistant's families with the
// work plan's status, actions overdue or due this week and the assessment due, what needs
// attention first; the assistant's families against the limit. Until sign-in exists it shows
// the chosen assistant's desk.
class AssistantDeskTab : public DeskTab
{
    Q_OBJECT

public:
    explicit AssistantDeskTab(const Session& session, QWidget* parent = nullptr);
    ~AssistantDeskTab() override;

    AssistantDeskModel* model() const { return m_model; }

public slots:
    void refresh() override;

private:
    std::unique_ptr<::Ui::AssistantDeskTab> m_ui;
    AssistantDeskService m_service;
    AssistantDeskModel* m_model = nullptr;
};

} // namespace opieka::ui
