#include "FamiliesModel.h"

#include "Labels.h"
#include "Logging.h"

#include <algorithm>

namespace opieka::ui {
namespace {
std::optional<FamilyQuery::Sort> sortFor(int column)
{
    switch (column) {
    case FamiliesModel::IdColumn:
        return FamilyQuery::Sort::Id;
    case FamiliesModel::NameColumn:
        return FamilyQuery::Sort::Name;
    case FamiliesModel::MunicipalityColumn:
        return FamilyQuery::Sort::Municipality;
    case FamiliesModel::CategoryColumn:
        return FamilyQuery::Sort::Category;
    case FamiliesModel::OpenedColumn:
        return FamilyQuery::Sort::OpenedOn;
    default:
        return std::nullopt;
    }
}
} // namespace

FamiliesModel::FamiliesModel(DirectoryService directory, const User& actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_actor(actor)
{
    m_query.openOnly = true;
    m_query.limit = PageSize;
}

void FamiliesModel::setSearchText(const QString& text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reload();
}

void FamiliesModel::setShowClosed(bool show)
{
    if (show == !m_query.openOnly)
        return;
    m_query.openOnly = !show;
    reload();
}

void FamiliesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = false;
    m_total.reset();
    FamilyQuery first = m_query;
    first.offset = 0;
    first.limit = PageSize;
    // One query bounded by the page: a keystroke never counts every match.
    auto page = m_directory.familyPage(m_actor, first);
    if (page) {
        m_rows = page->families;
        m_more = page->more;
        if (!m_more)
            m_total = static_cast<int>(m_rows.size());
    }
    endResetModel();
    if (!page) {
        logging::get("ui")->error("families list could not be read");
        emit loadFailed(page.error().message);
    }
}

void FamiliesModel::countAll()
{
    if (m_total)
        return;
    auto count = m_directory.familyCount(m_actor, m_query);
    if (!count) {
        logging::get("ui")->error("families could not be counted");
        emit loadFailed(count.error().message);
        return;
    }
    m_total = std::max(*count, static_cast<int>(m_rows.size()));
    emit countChanged();
}

void FamiliesModel::setMissingTeam(const QSet<qint64>& familyIds)
{
    m_missingTeam = familyIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TeamColumn), index(rowCount() - 1, TeamColumn));
}

std::optional<Family> FamiliesModel::familyAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

bool FamiliesModel::isSortable(int column)
{
    return sortFor(column).has_value();
}

int FamiliesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FamiliesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamiliesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Family& family = m_rows.at(index.row());
    if (role == FamilyIdRole)
        return family.id;
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == TeamColumn &&
        m_missingTeam.contains(family.id))
        return Labels::warningForeground();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return family.id;
    case CaseNumberColumn:
        return family.caseNumber;
    case NameColumn:
        return family.name;
    case MunicipalityColumn:
        return family.municipality;
    case CategoryColumn:
        return Labels::category(family.category);
    case OpenedColumn:
        return Labels::date(family.openedOn);
    case ClosedColumn:
        return family.closedOn ? Labels::date(*family.closedOn) : QString();
    case TeamColumn:
        return m_missingTeam.contains(family.id) ? tr("Member missing") : QString();
    default:
        return {};
    }
}

QVariant FamiliesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case CaseNumberColumn:
        return tr("Case number");
    case NameColumn:
        return tr("Name");
    case MunicipalityColumn:
        return tr("Municipality");
    case CategoryColumn:
        return tr("Category");
    case OpenedColumn:
        return tr("Opened");
    case ClosedColumn:
        return tr("Closed");
    case TeamColumn:
        return tr("Team");
    default:
        return {};
    }
}

bool FamiliesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void FamiliesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    FamilyQuery next = m_query;
    next.offset = static_cast<int>(m_rows.size());
    next.limit = PageSize;
    auto page = m_directory.familyPage(m_actor, next);
    if (!page) {
        logging::get("ui")->error("families page at offset {} could not be read", next.offset);
        m_more = false; // stop asking until the next reload
        emit loadFailed(page.error().message);
        return;
    }
    m_more = page->more;
    if (!page->families.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->families.size()) - 1);
        m_rows << page->families;
        endInsertRows();
    }
    if (!m_more) { // the last page: every match is loaded, so counted
        m_total = static_cast<int>(m_rows.size());
        emit countChanged();
    } else if (m_total && *m_total < m_rows.size()) {
        m_total = static_cast<int>(m_rows.size()); // rows were added since the count
    }
}

void FamiliesModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = *sort;
    m_query.descending = descending;
    reload();
}

} // namespace opieka::ui
