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

FamiliesModel::FamiliesModel(DirectoryService directory, QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
    , m_directory(directory)
{
    setColumns({
        {IdColumn, QT_TR_NOOP("ID"), [](const FamilyListRow& f) { return f.id; },
         Qt::AlignRight | Qt::AlignVCenter},
        {CaseNumberColumn, QT_TR_NOOP("Case number"),
         [](const FamilyListRow& f) { return f.caseNumber; }},
        {NameColumn, QT_TR_NOOP("Name"), [](const FamilyListRow& f) { return f.name; }},
        {MunicipalityColumn, QT_TR_NOOP("Municipality"),
         [](const FamilyListRow& f) { return f.municipality; }},
        {CategoryColumn, QT_TR_NOOP("Category"),
         [](const FamilyListRow& f) { return Labels::category(f.category); }},
        {OpenedColumn, QT_TR_NOOP("Opened"),
         [](const FamilyListRow& f) { return Labels::date(f.openedOn); }},
        {ClosedColumn, QT_TR_NOOP("Closed"),
         [](const FamilyListRow& f) { return f.closedOn ? Labels::date(*f.closedOn) : QString(); }},
        {TeamColumn, QT_TR_NOOP("Team"),
         [this](const FamilyListRow& f) {
             return m_missingTeam.contains(f.id) ? tr("Member missing") : QString();
         }},
    });
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
    FamilyQuery first = m_query;
    first.offset = 0;
    first.after.reset();
    first.limit = PageSize;
    // One query bounded by the page: a keystroke never counts every match.
    auto page = m_directory.familyPage(first);
    m_texts.clear();
    setRows(page ? shared(page->families) : QList<FamilyListRow>(), [&] {
        m_more = page && page->more;
        m_next = page ? page->next : std::nullopt;
        m_total.reset();
        if (page && !m_more)
            m_total = static_cast<int>(page->families.size());
    });
    if (!page) {
        logging::get("ui")->error("families list could not be read");
        emit loadFailed(page.error().message);
    }
}

void FamiliesModel::countAll()
{
    if (m_total)
        return;
    auto count = m_directory.familyCount(m_query);
    if (!count) {
        logging::get("ui")->error("families could not be counted");
        emit loadFailed(count.error().message);
        return;
    }
    m_total = std::max(*count, rowCount());
    emit countChanged();
}

void FamiliesModel::setMissingTeam(const QSet<qint64>& familyIds)
{
    m_missingTeam = familyIds;
    if (rowCount() > 0)
        emit dataChanged(index(0, TeamColumn), index(rowCount() - 1, TeamColumn));
}

bool FamiliesModel::isSortable(int column)
{
    return sortFor(column).has_value();
}

QList<FamilyListRow> FamiliesModel::shared(QList<FamilyListRow> rows)
{
    const auto share = [this](QString& text) {
        const auto known = m_texts.constFind(text);
        if (known != m_texts.cend())
            text = *known;
        else
            m_texts.insert(text);
    };
    for (FamilyListRow& row : rows) {
        share(row.name);
        share(row.municipality);
    }
    return rows;
}

QVariant FamiliesModel::roleData(const FamilyListRow& family, int column, int role) const
{
    if (role == FamilyIdRole)
        return family.id;
    if (role == Qt::ForegroundRole && column == TeamColumn && m_missingTeam.contains(family.id))
        return Labels::warningForeground();
    return {};
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
    // After the last row loaded; an offset only if the page gave no cursor (an empty page).
    next.after = m_next;
    next.offset = m_next ? 0 : rowCount();
    next.limit = PageSize;
    auto page = m_directory.familyPage(next);
    if (!page) {
        logging::get("ui")->error("families page after row {} could not be read", rowCount());
        m_more = false; // stop asking until the next reload
        emit loadFailed(page.error().message);
        return;
    }
    m_more = page->more;
    m_next = page->next;
    appendRows(shared(std::move(page->families)));
    if (!m_more) { // the last page: every match is loaded, so counted
        m_total = rowCount();
        emit countChanged();
    } else if (m_total && *m_total < rowCount()) {
        m_total = rowCount(); // rows were added since the count
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
