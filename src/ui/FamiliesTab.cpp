#include "FamiliesTab.h"

#include "FamiliesModel.h"
#include "ui_FamiliesTab.h"

#include <QHeaderView>

namespace opieka::ui {
namespace {
// Long enough to skip the queries between keystrokes, short enough to feel immediate.
constexpr int kSearchDelayMs = 150;
} // namespace

FamiliesTab::FamiliesTab(DirectoryService directory, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::FamiliesTab>())
    , m_model(new FamiliesModel(directory, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("familiesTab"));
    m_model->setObjectName(QStringLiteral("familiesModel"));

    m_model->reload();
    m_ui->familiesTable->setModel(m_model);
    QHeaderView* header = m_ui->familiesTable->horizontalHeader();
    header->setSortIndicator(FamiliesModel::IdColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->familiesTable->setColumnWidth(FamiliesModel::IdColumn, 70);
    m_ui->familiesTable->setColumnWidth(FamiliesModel::CaseNumberColumn, 130);
    m_ui->familiesTable->setColumnWidth(FamiliesModel::NameColumn, 200);
    m_ui->familiesTable->setColumnWidth(FamiliesModel::MunicipalityColumn, 160);
    m_ui->familiesTable->setColumnWidth(FamiliesModel::CategoryColumn, 110);
    m_ui->familiesTable->setColumnWidth(FamiliesModel::OpenedColumn, 100);

    // Case number and closing date cannot be sorted in SQL: keep the previous order.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!FamiliesModel::isSortable(column)) {
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(m_sortColumn, m_sortOrder);
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
            });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &FamiliesTab::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &FamiliesTab::applySearch);
    connect(m_ui->showClosedCheck, &QCheckBox::toggled, m_model, &FamiliesModel::setShowClosed);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &FamiliesTab::assignRequested);
    connect(m_ui->familiesTable, &QTableView::activated, this, &FamiliesTab::assignRequested);
    connect(m_model, &FamiliesModel::modelReset, this, &FamiliesTab::updateCount);
    connect(m_model, &FamiliesModel::rowsInserted, this, &FamiliesTab::updateCount);
    connect(m_model, &FamiliesModel::loadFailed, this, &FamiliesTab::loadFailed);
    updateCount();
}

FamiliesTab::~FamiliesTab() = default;

qint64 FamiliesTab::selectedFamilyId() const
{
    const QModelIndexList rows = m_ui->familiesTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(FamiliesModel::FamilyIdRole).toLongLong();
}

void FamiliesTab::reload()
{
    m_model->reload();
}

void FamiliesTab::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearchText(m_ui->searchEdit->text().trimmed());
}

void FamiliesTab::updateCount()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_ui->familiesCountLabel->setText(
        shown < total ? tr("%n families match; the first %1 are loaded, more load as you scroll.",
                           nullptr, total)
                            .arg(shown)
                      : tr("%n families match.", nullptr, total));
}

} // namespace opieka::ui
