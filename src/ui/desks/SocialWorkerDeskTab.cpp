#include "SocialWorkerDeskTab.h"

#include "ColumnFitter.h"
#include "Labels.h"
#include "Logging.h"
#include "SocialWorkerDeskModel.h"
#include "ui_SocialWorkerDeskTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {

SocialWorkerDeskTab::SocialWorkerDeskTab(const Session& session, QWidget* parent)
    : DeskTab(session, parent)
    , m_ui(std::make_unique<::Ui::SocialWorkerDeskTab>())
    , m_caseload(session)
    , m_model(new SocialWorkerDeskModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("myCaseloadTab"));
    m_model->setObjectName(QStringLiteral("myCaseloadModel"));
    m_ui->myCaseloadTable->setModel(m_model);
    QHeaderView* header = m_ui->myCaseloadTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The dates stay whole and in sight; the family's name and the next step give way.
    ColumnFitter::attach(m_ui->myCaseloadTable, {SocialWorkerDeskModel::NameColumn,
                                                 SocialWorkerDeskModel::NextStepColumn});

    setUpWorkerPicker(
        m_ui->workerCombo,
        {.shows =
             [](const Worker& worker) {
                 return carriesCases(worker.role) && caseKindFor(worker.role) == CaseKind::Family;
             },
         .before =
             [](const Worker& a, const Worker& b) {
                 if (a.role != b.role)
                     return a.role < b.role; // social workers first
                 return QString::localeAwareCompare(a.lastName, b.lastName) < 0;
             },
         .label =
             [](const Worker& worker) {
                 return tr("%1 (%2)").arg(worker.displayName(), Labels::role(worker.role));
             },
         .unreadable = "workers for my caseload could not be read"});
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SocialWorkerDeskTab::refresh);
    setUpFamilyList(m_ui->myCaseloadTable, SocialWorkerDeskModel::FamilyIdRole, m_ui->openButton);
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

SocialWorkerDeskTab::~SocialWorkerDeskTab() = default;

void SocialWorkerDeskTab::refresh()
{
    const qint64 worker = workerId();
    if (worker == 0) {
        m_model->setRows({});
        m_ui->myCaseloadCountLabel->setText(
            tr("There are no social workers or family assistants in this database."));
        return;
    }
    auto rows = m_caseload.forWorker(worker);
    if (!rows) {
        logging::get("ui")->error("caseload of worker {} could not be read", worker);
        m_model->setRows({});
        m_ui->myCaseloadCountLabel->clear();
        emit loadFailed(rows.error().message);
        return;
    }
    m_model->setRows(*rows);
    const int overdue = m_model->overdueCount();
    const QString families = tr("%n open families.", nullptr, m_model->rowCount());
    m_ui->myCaseloadCountLabel->setText(
        overdue > 0 ? tr("%1 %n with an overdue step, shown first.", nullptr, overdue).arg(families)
                    : families);
}

} // namespace opieka::ui
