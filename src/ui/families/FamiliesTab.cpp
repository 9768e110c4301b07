#include "FamiliesTab.h"

#include "ColumnFitter.h"
#include "FamiliesModel.h"
#include "Logging.h"
#include "ui_FamiliesTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {
namespace {
// Long enough to skip the queries between keystrokes, short enough to feel immediate.
constexpr int kSearchDelayMs = 150;
} // namespace

FamiliesTab::FamiliesTab(DirectoryService directory, TeamService team, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::FamiliesTab>())
    , m_model(new FamiliesModel(directory, this))
    , m_directory(directory)
    , m_team(team)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("familiesTab"));
    m_model->setObjectName(QStringLiteral("familiesModel"));

    m_model->reload();
    m_ui->familiesTable->setModel(m_model);
    QHeaderView* header = m_ui->familiesTable->horizontalHeader();
    header->setSortIndicator(FamiliesModel::IdColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    ColumnFitter::attach(
        m_ui->familiesTable,
        {FamiliesModel::NameColumn, FamiliesModel::MunicipalityColumn, FamiliesModel::TeamColumn});

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
    connect(m_ui->newFamilyButton, &QPushButton::clicked, this, &FamiliesTab::newFamilyRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &FamiliesTab::openSelected);
    connect(m_ui->familiesTable, &QTableView::activated, this, &FamiliesTab::openSelected);
    // The team column is worked out for the rows loaded, a page at a time.
    connect(m_model, &FamiliesModel::modelReset, this,
            [this] { updateMissingTeam(0, m_model->rowCount() - 1); });
    connect(m_model, &FamiliesModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { updateMissingTeam(first, last); });
    connect(m_model, &FamiliesModel::modelReset, this, &FamiliesTab::updateCount);
    connect(m_model, &FamiliesModel::rowsInserted, this, &FamiliesTab::updateCount);
    connect(m_model, &FamiliesModel::countChanged, this, &FamiliesTab::updateCount);
    // "Count them" in the label: counting reads every match, so it waits to be asked.
    m_ui->familiesCountLabel->setTextFormat(Qt::RichText);
    m_ui->familiesCountLabel->setWordWrap(true); // a hint may follow the count
    m_ui->familiesCountLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                                      Qt::LinksAccessibleByKeyboard);
    connect(m_ui->familiesCountLabel, &QLabel::linkActivated, this, &FamiliesTab::countAll);
    connect(m_model, &FamiliesModel::loadFailed, this, &FamiliesTab::loadFailed);
    updateMissingTeam(0, m_model->rowCount() - 1);
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

bool FamiliesTab::selectFamily(qint64 familyId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(FamiliesModel::FamilyIdRole).toLongLong() == familyId) {
            m_ui->familiesTable->selectRow(row);
            return true;
        }
    return false;
}

void FamiliesTab::reload()
{
    m_model->reload();
}

void FamiliesTab::updateMissingTeam(int firstRow, int lastRow)
{
    // What the team check reads of a family: its id, category and dates.
    QList<Family> families;
    for (int row = firstRow; row <= lastRow; ++row)
        if (auto listed = m_model->familyAt(row)) {
            Family family;
            family.id = listed->id;
            family.category = listed->category;
            family.openedOn = listed->openedOn;
            family.closedOn = listed->closedOn;
            families << family;
        }
    // Rows from the first on are a new list; later rows add to what is known.
    QSet<qint64> known = firstRow == 0 ? QSet<qint64>() : m_model->missingTeam();
    auto missing = m_team.missingTeamAmong(families);
    if (!missing) {
        logging::get("ui")->error("families missing a team member could not be read");
        m_model->setMissingTeam(known);
        return;
    }
    m_model->setMissingTeam(known.unite(*missing));
}

void FamiliesTab::openSelected()
{
    const qint64 id = selectedFamilyId();
    if (id != 0)
        emit openRequested(id);
}

void FamiliesTab::applySearch()
{
    m_searchDelay.stop();
    const QString text = m_ui->searchEdit->text().trimmed();
    m_model->setSearchText(text);
    if (text == m_searched)
        return;
    m_searched = text;
    m_hint.clear();
    // Nothing found: the number may be a case of another team; the service says what it may.
    if (!text.isEmpty() && m_model->rowCount() == 0) {
        auto hint = m_directory.caseOutsideReach(text);
        if (hint)
            m_hint = *hint;
        else
            logging::get("ui")->error("a case number could not be looked up");
    }
    updateCount();
}

void FamiliesTab::countAll()
{
    m_model->countAll();
}

void FamiliesTab::updateCount()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    if (!m_model->countKnown()) {
        m_ui->familiesCountLabel->setText(
            tr("More than %n families match; more load as you scroll.", nullptr, shown) +
            QStringLiteral(" <a href=\"count\">") + tr("Count them") + QStringLiteral("</a>"));
        return;
    }
    if (total == 0 && !m_hint.isEmpty()) {
        m_ui->familiesCountLabel->setText(
            (tr("%n families match.", nullptr, total) + QLatin1Char(' ') + m_hint).toHtmlEscaped());
        return;
    }
    m_ui->familiesCountLabel->setText(
        (shown < total ? tr("%n families match; the first %1 are loaded, more load as you scroll.",
                            nullptr, total)
                             .arg(shown)
                       : tr("%n families match.", nullptr, total))
            .toHtmlEscaped());
}

} // namespace opieka::ui
