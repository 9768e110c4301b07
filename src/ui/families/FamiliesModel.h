#pragma once

#include "DirectoryService.h"
#include "FamilyQuery.h"
#include "RowTableModel.h"

#include <QSet>
#include <optional>

namespace opieka::ui {

// The families list, read from the database a page at a time: the view asks for more rows
// (canFetchMore / fetchMore) as the user scrolls, each page starting after the last row loaded
// (keyset paging: the last page costs what the first does), and sorting re-queries SQL. A search
// reads one page and learns only whether more rows match; every match is counted when a person
// asks (countAll) or once the last page is loaded. A row keeps only what the columns show, its
// name and municipality shared with the rows that repeat them.
class FamiliesModel : public RowTableModel<FamilyListRow>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        CaseNumberColumn,
        NameColumn,
        MunicipalityColumn,
        CategoryColumn,
        OpenedColumn,
        ClosedColumn,
        TeamColumn,
        ColumnCount
    };
    enum DataRole
    {
        FamilyIdRole = Qt::UserRole + 1,
    };
    static constexpr int PageSize = 200;

    FamiliesModel(DirectoryService directory, QObject* parent = nullptr);

    // Both re-run the query from the first page.
    void setSearchText(const QString& text);
    void setShowClosed(bool show);
    void reload();
    // Open families whose team lacks a role their category needs (shown in the team column).
    void setMissingTeam(const QSet<qint64>& familyIds);
    const QSet<qint64>& missingTeam() const { return m_missingTeam; }

    const FamilyQuery& query() const { return m_query; }
    // Whether every matching row is counted; until then only the loaded rows are known and more
    // rows match (canFetchMore).
    bool countKnown() const { return m_total.has_value(); }
    // Rows matching, loaded or not, when counted; otherwise the rows loaded so far.
    int totalCount() const { return m_total.value_or(rowCount()); }
    // Counts every matching row (a full pass over the matches) and emits countChanged.
    void countAll();
    std::optional<FamilyListRow> familyAt(int row) const { return rowAt(row); }
    // The columns the SQL query can order by.
    static bool isSortable(int column);

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page could not be read; the message says why.
    void loadFailed(const QString& message);
    // The number of matching rows became known (countAll, or the last page loaded).
    void countChanged();

private:
    QVariant roleData(const FamilyListRow& family, int column, int role) const override;
    // The page's repeated texts made one shared string each (a name or municipality is held
    // once, not once per family).
    QList<FamilyListRow> shared(QList<FamilyListRow> rows);

    DirectoryService m_directory; // bound to the account: the list shows what it may see
    FamilyQuery m_query;
    bool m_more = false;                // rows match beyond those loaded
    std::optional<FamilyCursor> m_next; // where the next page starts
    QSet<QString> m_texts;              // the names and municipalities the rows share
    std::optional<int> m_total;         // every match, once counted
    QSet<qint64> m_missingTeam;
};

} // namespace opieka::ui
