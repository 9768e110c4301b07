#include "CoordinatorDeskTab.h"

#include "ColumnFitter.h"
#include "CoordinatorDeskModel.h"
#include "FosterFamiliesModel.h"
#include "IntakeNoticeDialog.h"
#include "Labels.h"
#include "Logging.h"
#include "Theme.h"
#include "ui_CoordinatorDeskTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {

CoordinatorDeskTab::CoordinatorDeskTab(const Session& session, QWidget* parent)
    : DeskTab(session, parent)
    , m_ui(std::make_unique<::Ui::CoordinatorDeskTab>())
    , m_start(session)
    , m_childCare(session)
    , m_placements(session)
    , m_items(new CoordinatorDeskModel(this))
    , m_families(new FosterFamiliesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("coordinatorTab"));
    m_items->setObjectName(QStringLiteral("coordinatorItemsModel"));
    m_families->setObjectName(QStringLiteral("coordinatorFamiliesModel"));
    m_ui->itemsTable->setModel(m_items);
    m_ui->coordinatorFamiliesTable->setModel(m_families);
    m_ui->coordinatorFamiliesTable->setWordWrap(false);
    ColumnFitter::attach(m_ui->itemsTable,
                         {CoordinatorDeskModel::KindColumn, CoordinatorDeskModel::WhoColumn});
    ColumnFitter::attach(m_ui->coordinatorFamiliesTable,
                         {FosterFamiliesModel::NameColumn, FosterFamiliesModel::KindColumn,
                          FosterFamiliesModel::CarersColumn,
                          FosterFamiliesModel::MunicipalityColumn});
    m_ui->coordinatorSplitter->setStretchFactor(0, 3);
    m_ui->coordinatorSplitter->setStretchFactor(1, 2);

    setUpWorkerPicker(
        m_ui->coordinatorCombo,
        {.shows = [](const Worker& worker) { return worker.role == Role::FosterCareCoordinator; },
         .before = [](const Worker& a, const Worker& b) { return a.id < b.id; },
         .label = [](const Worker& worker) { return worker.displayName(); },
         .unreadable = "coordinators could not be read"});
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CoordinatorDeskTab::refresh);
    connect(m_ui->showFamilyButton, &QPushButton::clicked, this, &CoordinatorDeskTab::showSelected);
    connect(m_ui->itemsTable, &QTableView::activated, this, &CoordinatorDeskTab::showSelected);
    connect(m_ui->noticeButton, &QPushButton::clicked, this, &CoordinatorDeskTab::recordNotice);
    connect(m_ui->itemsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoordinatorDeskTab::updateButtons);
    connect(m_items, &QAbstractItemModel::modelReset, this, &CoordinatorDeskTab::updateButtons);
    updateButtons();
    connect(m_ui->coordinatorFamiliesTable, &QTableView::activated, this,
            &CoordinatorDeskTab::showSelected);
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

CoordinatorDeskTab::~CoordinatorDeskTab() = default;

void CoordinatorDeskTab::refresh()
{
    const QDate today = QDate::currentDate();
    const qint64 worker = workerId();
    if (worker == 0) {
        m_items->setItems({});
        m_families->setRows({}, today);
        m_ui->capacityLabel->setText(tr("There are no foster-care coordinators in this database."));
        return;
    }
    auto page = m_start.forWorker(worker, today);
    if (!page) {
        logging::get("ui")->error("start page of coordinator {} could not be read", worker);
        m_items->setItems({});
        m_families->setRows({}, today);
        m_ui->capacityLabel->clear();
        emit loadFailed(page.error().message);
        return;
    }
    m_items->setItems(page->items);
    m_families->setRows(page->families, today);
    QString capacity;
    if (page->capacity && page->capacity->load.limit)
        capacity =
            tr("%n foster families of the limit %1", nullptr, page->capacity->load.cases)
                .arg(*page->capacity->load.limit) +
            // Inside the sentence the status is in lower case: "… of the limit 15 (near limit)."
            QStringLiteral(" (%1).").arg(
                Labels::loadStatus(page->capacity->load.status, true).toLower());
    else
        capacity = tr("%n foster families, no limit in force.", nullptr,
                      page->capacity ? page->capacity->load.cases
                                     : static_cast<int>(page->families.size()));
    const int overdue = m_items->overdueCount();
    if (overdue > 0)
        capacity += QLatin1Char(' ') + tr("%n overdue, shown first in red.", nullptr, overdue);
    m_ui->capacityLabel->setText(capacity);
    if (page->capacity && page->capacity->load.status >= LoadStatus::Full)
        m_ui->capacityLabel->setStyleSheet(Theme::errorStyle());
    else
        m_ui->capacityLabel->setStyleSheet(QString());
}

void CoordinatorDeskTab::showSelected()
{
    QModelIndex index = m_ui->itemsTable->currentIndex();
    qint64 id =
        index.isValid()
            ? index.siblingAtColumn(0).data(CoordinatorDeskModel::FosterFamilyIdRole).toLongLong()
            : 0;
    if (m_ui->coordinatorFamiliesTable->hasFocus() || id == 0) {
        index = m_ui->coordinatorFamiliesTable->currentIndex();
        if (index.isValid())
            id =
                index.siblingAtColumn(0).data(FosterFamiliesModel::FosterFamilyIdRole).toLongLong();
    }
    if (id != 0)
        emit showFosterFamilyRequested(id);
}

namespace {
// The item selected on the desk when it is a missing notice of an emergency intake.
const CoordinatorItem* selectedNoticeItem(const QTableView* table,
                                          const CoordinatorDeskModel* items)
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid() || current.row() >= items->items().size())
        return nullptr;
    const CoordinatorItem& item = items->items().at(current.row());
    return itemIntakeNotice(item.kind) && item.childMemberId ? &item : nullptr;
}
} // namespace

void CoordinatorDeskTab::updateButtons()
{
    m_ui->noticeButton->setEnabled(selectedNoticeItem(m_ui->itemsTable, m_items) != nullptr);
}

void CoordinatorDeskTab::recordNotice()
{
    const CoordinatorItem* item = selectedNoticeItem(m_ui->itemsTable, m_items);
    if (!item)
        return;
    const qint64 childId = *item->childMemberId;
    const IntakeNotice notice = *itemIntakeNotice(item->kind);
    auto deadlines = m_childCare.deadlines(childId);
    if (!deadlines || !deadlines->placement) {
        logging::get("ui")->error("placement of child {} could not be read", childId);
        emit loadFailed(deadlines ? tr("The child is no longer placed.")
                                  : deadlines.error().message);
        refresh();
        return;
    }
    IntakeNoticeDialog dialog(m_placements, *deadlines->placement, deadlines->child.displayName(),
                              this);
    dialog.choose(notice);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit changed();
}

} // namespace opieka::ui
