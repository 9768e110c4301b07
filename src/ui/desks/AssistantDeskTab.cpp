#include "AssistantDeskTab.h"

#include "AssistantDeskModel.h"
#include "Labels.h"
#include "Logging.h"
#include "ui_AssistantDeskTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {

AssistantDeskTab::AssistantDeskTab(const Session& session, QWidget* parent)
    : DeskTab(session, parent)
    , m_ui(std::make_unique<::Ui::AssistantDeskTab>())
    , m_service(session)
    , m_model(new AssistantDeskModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("assistantStartTab"));
    m_model->setObjectName(QStringLiteral("assistantStartModel"));
    m_ui->assistantTable->setModel(m_model);
    QHeaderView* header = m_ui->assistantTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->assistantTable->setColumnWidth(AssistantDeskModel::NameColumn, 180);
    m_ui->assistantTable->setColumnWidth(AssistantDeskModel::CaseNumberColumn, 140);
    m_ui->assistantTable->setColumnWidth(AssistantDeskModel::PlanColumn, 150);
    for (int column = 0; column < AssistantDeskModel::ColumnCount; ++column)
        header->resizeSection(
            column, std::max(header->sectionSize(column), header->sectionSizeHint(column) + 16));

    // The first assistant by id is the default (the directory's order).
    setUpWorkerPicker(
        m_ui->assistantCombo,
        {.shows = [](const Worker& worker) { return worker.role == Role::FamilyAssistant; },
         .label = [](const Worker& worker) { return worker.displayName(); },
         .unreadable = "workers for the assistant's desk could not be read"});
    connect(m_ui->refreshAssistantButton, &QPushButton::clicked, this, &AssistantDeskTab::refresh);
    setUpFamilyList(m_ui->assistantTable, AssistantDeskModel::FamilyIdRole,
                    m_ui->openAssistantFamilyButton);
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

AssistantDeskTab::~AssistantDeskTab() = default;

void AssistantDeskTab::refresh()
{
    const qint64 worker = workerId();
    if (worker == 0) {
        m_model->setRows({});
        m_ui->capacityLabel->clear();
        m_ui->assistantSummaryLabel->setText(
            tr("There are no family assistants in this database."));
        return;
    }
    auto page = m_service.forWorker(worker);
    if (!page) {
        logging::get("ui")->error("desk of assistant {} could not be read", worker);
        m_model->setRows({});
        m_ui->capacityLabel->clear();
        m_ui->assistantSummaryLabel->clear();
        emit loadFailed(page.error().message);
        return;
    }
    m_model->setRows(page->families);
    if (page->capacity) {
        const LoadAssessment& load = page->capacity->load;
        const QString count = load.limit
                                  ? tr("%1 of %n families", nullptr, *load.limit).arg(load.cases)
                                  : tr("%n families (no limit in force)", nullptr, load.cases);
        m_ui->capacityLabel->setText(
            load.limit ? tr("%1 — %2").arg(count, Labels::loadStatus(load.status, true)) : count);
        m_ui->capacityLabel->setStyleSheet(
            QStringLiteral("background: %1; color: %2; padding: 2px 6px;")
                .arg(Labels::statusBackground(load.status).name(),
                     Labels::statusForeground().name()));
    } else {
        m_ui->capacityLabel->setText(tr("Not in today's caseload report."));
        m_ui->capacityLabel->setStyleSheet(QString());
    }
    int assessmentsOverdue = 0;
    int assessmentsSoon = 0;
    int actionsOverdue = 0;
    for (const AssistantFamilyRow& row : page->families) {
        assessmentsOverdue += row.assessmentOverdue ? 1 : 0;
        assessmentsSoon += row.assessmentDueSoon ? 1 : 0;
        actionsOverdue += row.actionsOverdue;
    }
    m_ui->assistantSummaryLabel->setText(
        tr("Assessments overdue: %1, due within 14 days: %2; actions overdue: %3.")
            .arg(assessmentsOverdue)
            .arg(assessmentsSoon)
            .arg(actionsOverdue));
}

} // namespace opieka::ui
