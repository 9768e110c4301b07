#include "MyCaseloadTab.h"

#include "ColumnFitter.h"
#include "DeskOwner.h"
#include "Labels.h"
#include "Logging.h"
#include "MyCaseloadModel.h"
#include "ui_MyCaseloadTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {

MyCaseloadTab::MyCaseloadTab(MyCaseloadService caseload, DirectoryService directory,
                             const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::MyCaseloadTab>())
    , m_actor(actor)
    , m_caseload(caseload)
    , m_directory(directory)
    , m_model(new MyCaseloadModel(this))
{
    const std::optional<qint64> ownWorkerId = deskOwner(m_actor);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("myCaseloadTab"));
    m_model->setObjectName(QStringLiteral("myCaseloadModel"));
    m_ui->myCaseloadTable->setModel(m_model);
    QHeaderView* header = m_ui->myCaseloadTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The dates stay whole and in sight; the family's name and the next step give way.
    ColumnFitter::attach(m_ui->myCaseloadTable,
                         {MyCaseloadModel::NameColumn, MyCaseloadModel::NextStepColumn});

    loadWorkers(ownWorkerId);
    connect(m_ui->workerCombo, &QComboBox::currentIndexChanged, this, &MyCaseloadTab::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MyCaseloadTab::refresh);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MyCaseloadTab::openSelected);
    connect(m_ui->myCaseloadTable, &QTableView::activated, this, &MyCaseloadTab::openSelected);
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

MyCaseloadTab::~MyCaseloadTab() = default;

void MyCaseloadTab::loadWorkers(std::optional<qint64> ownWorkerId)
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

qint64 MyCaseloadTab::workerId() const
{
    return m_ui->workerCombo->currentData().toLongLong();
}

bool MyCaseloadTab::selectWorker(qint64 workerId)
{
    const int index = m_ui->workerCombo->findData(workerId);
    if (index < 0)
        return false;
    m_ui->workerCombo->setCurrentIndex(index);
    return true;
}

qint64 MyCaseloadTab::selectedFamilyId() const
{
    const QModelIndexList rows = m_ui->myCaseloadTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MyCaseloadModel::FamilyIdRole).toLongLong();
}

void MyCaseloadTab::refresh()
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

void MyCaseloadTab::openSelected()
{
    const qint64 family = selectedFamilyId();
    if (family != 0)
        emit openFamilyRequested(family);
}

} // namespace opieka::ui
