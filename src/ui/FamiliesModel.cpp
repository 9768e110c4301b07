#include "FamiliesModel.h"

#include "Labels.h"
#include "Logging.h"

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
    m_total = 0;
    FamilyQuery first = m_query;
    first.offset = 0;
    first.limit = PageSize;
    auto count = m_directory.familyCount(m_actor, first);
    auto page = count ? m_directory.families(m_actor, first) : Result<QList<Family>>(count.error());
    if (page) {
        m_rows = *page;
        m_total = std::max(*count, static_cast<int>(m_rows.size()));
    }
    endResetModel();
    if (!page) {
        logging::get("ui")->error("families list could not be read");
        emit loadFailed(page.error().message);
    }
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
    return !parent.isValid() && m_rows.size() < m_total;
}

void FamiliesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    FamilyQuery next = m_query;
    next.offset = static_cast<int>(m_rows.size());
    next.limit = PageSize;
    auto page = m_directory.families(m_actor, next);
    if (!page) {
        logging::get("ui")->error("families page at offset {} could not be read", next.offset);
        m_total = static_cast<int>(m_rows.size()); // stop asking until the next reload
        emit loadFailed(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // rows went away since the count
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows << *page;
    endInsertRows();
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
