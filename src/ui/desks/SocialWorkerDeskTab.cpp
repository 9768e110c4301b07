#include "SocialWorkerDeskTab.h"

#include "ColumnFitter.h"
#include "DeskOwner.h"
#include "Labels.h"
#include "Logging.h"
#include "SocialWorkerDeskModel.h"
#include "ui_SocialWorkerDeskTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {

SocialWorkerDeskTab::SocialWorkerDeskTab(SocialWorkerDeskService caseload,
                                         DirectoryService directory, const User& actor,
                                         QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::SocialWorkerDeskTab>())
    , m_actor(actor)
    , m_caseload(caseload)
    , m_directory(directory)
    , m_model(new SocialWorkerDeskModel(this))
{
    const std::optional<qint64> ownWorkerId = deskOwner(m_actor);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("myCaseloadTab"));
    m_model->setObjectName(QStringLiteral("myCaseloadModel"));
    m_ui->myCaseloadTable->setModel(m_model);
    QHeaderView* header = m_ui->myCaseloadTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The dates stay whole and in sight; the family's name and the next step give way.
    ColumnFitter::attach(m_ui->myCaseloadTable, {SocialWorkerDeskModel::NameColumn,
                                                 SocialWorkerDeskModel::NextStepColumn});

    loadWorkers(ownWorkerId);
    connect(m_ui->workerCombo, &QComboBox::currentIndexChanged, this,
            &SocialWorkerDeskTab::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SocialWorkerDeskTab::refresh);
    connect(m_ui->openButton, &QPushButton::clicked, this, &SocialWorkerDeskTab::openSelected);
    connect(m_ui->myCaseloadTable, &QTableView::activated, this,
            &SocialWorkerDeskTab::openSelected);
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

SocialWorkerDeskTab::~SocialWorkerDeskTab() = default;

void SocialWorkerDeskTab::loadWorkers(std::optional<qint64> ownWorkerId)
{
    auto workers = m_directory.workers();
    if (!workers) {
        logging::get("ui")->error("workers for my caseload could not be read");
        return;
    }
    QList<Worker> list;
    for (const Worker& worker : *workers)
        if (carriesCases(worker.role) && caseKindFor(worker.role) == CaseKind::Family &&
            worker.isActiveOn(QDate::currentDate()))
            list << worker;
    std::stable_sort(list.begin(), list.end(), [](const Worker& a, const Worker& b) {
        if (a.role != b.role)
            return a.role < b.role; // social workers first
        return QString::localeAwareCompare(a.lastName, b.lastName) < 0;
    });
    const QSignalBlocker blocker(m_ui->workerCombo);
    for (const Worker& worker : list)
        m_ui->workerCombo->addItem(
            tr("%1 (%2)").arg(worker.displayName(), Labels::role(worker.role)), worker.id);
    const int own = ownWorkerId ? m_ui->workerCombo->findData(*ownWorkerId) : -1;
    m_ui->workerCombo->setCurrentIndex(own >= 0 ? own : (list.isEmpty() ? -1 : 0));
}

qint64 SocialWorkerDeskTab::workerId() const
{
    return m_ui->workerCombo->currentData().toLongLong();
}

bool SocialWorkerDeskTab::selectWorker(qint64 workerId)
{
    const int index = m_ui->workerCombo->findData(workerId);
    if (index < 0)
        return false;
    m_ui->workerCombo->setCurrentIndex(index);
    return true;
}

qint64 SocialWorkerDeskTab::selectedFamilyId() const
{
    const QModelIndexList rows = m_ui->myCaseloadTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SocialWorkerDeskModel::FamilyIdRole).toLongLong();
}

void SocialWorkerDeskTab::refresh()
{
    const qint64 worker = workerId();
    if (worker == 0) {
        m_model->setRows({});
        m_ui->myCaseloadCountLabel->setText(
            tr("There are no social workers or family assistants in this database."));
        return;
    }
    auto rows = m_caseload.forWorker(m_actor, worker);
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

void SocialWorkerDeskTab::openSelected()
{
    const qint64 family = selectedFamilyId();
    if (family != 0)
        emit openFamilyRequested(family);
}

} // namespace opieka::ui
