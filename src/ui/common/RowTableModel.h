#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>
#include <functional>
#include <optional>

namespace opieka::ui {

// What the read-only table models share: a list of rows replaced as a whole, one column per
// descriptor (header, the cell's text, its alignment and tooltip), the counts, the header and the
// display, tooltip and alignment roles. A model states its columns once in its constructor and
// adds its own roles (ids, colours, fonts, sort keys) in `roleData`.
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using CellText = std::function<QVariant(const Row&)>;
    struct ColumnSpec
    {
        ColumnSpec(int columnId, const char* headerText, CellText text, Qt::Alignment align = {},
                   CellText ownToolTip = {})
            : id(columnId)
            , header(headerText)
            , display(std::move(text))
            , alignment(align)
            , toolTip(std::move(ownToolTip))
        {}

        int id;             // the model's column enum: the descriptors come in its order
        const char* header; // QT_TR_NOOP: translated in the model's context when a view asks
        CellText display;
        Qt::Alignment alignment;
        CellText toolTip; // the cell's own tooltip; without one, see ToolTips
    };
    // Whether a cell without a tooltip of its own repeats its text there (text a narrow column
    // cuts off can still be read), or has none.
    enum class ToolTips
    {
        RepeatText,
        OnlyOwn
    };

    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int row) const { return m_rows.at(row); }
    std::optional<Row> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size())
            return std::nullopt;
        return m_rows.at(row);
    }
    // The first row that `matches`, or -1.
    template <typename Predicate> int rowWhere(Predicate matches) const
    {
        const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), matches);
        return found == m_rows.cend() ? -1 : static_cast<int>(found - m_rows.cbegin());
    }
    template <typename Predicate> int countWhere(Predicate matches) const
    {
        return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), matches));
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows.at(index.row());
        const ColumnSpec& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case Qt::ToolTipRole:
            if (column.toolTip)
                return column.toolTip(row);
            return m_toolTips == ToolTips::RepeatText ? column.display(row) : QVariant();
        case Qt::TextAlignmentRole:
            return column.alignment ? QVariant::fromValue(column.alignment) : QVariant();
        default:
            return roleData(row, index.column(), role);
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section < 0 || section >= m_columns.size() || !m_columns.at(section).header)
            return {};
        return metaObject()->tr(m_columns.at(section).header, nullptr);
    }

protected:
    RowTableModel(ToolTips toolTips, QObject* parent)
        : QAbstractTableModel(parent)
        , m_toolTips(toolTips)
    {}

    void setColumns(QList<ColumnSpec> columns)
    {
        for (int i = 0; i < columns.size(); ++i)
            Q_ASSERT(columns.at(i).id == i);
        m_columns = std::move(columns);
    }
    // Replaces every row; `alongside` changes, inside the same reset, what the rows are shown
    // with (today's date, names by id...).
    void setRows(QList<Row> rows, const std::function<void()>& alongside = {})
    {
        beginResetModel();
        m_rows = std::move(rows);
        if (alongside)
            alongside();
        endResetModel();
    }
    void appendRows(const QList<Row>& rows)
    {
        if (rows.isEmpty())
            return;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows << rows;
        endInsertRows();
    }
    // A cell's text as the view shows it.
    QVariant display(const Row& row, int column) const { return m_columns.at(column).display(row); }
    // The model's other roles; none by default.
    virtual QVariant roleData(const Row& row, int column, int role) const
    {
        Q_UNUSED(row);
        Q_UNUSED(column);
        Q_UNUSED(role);
        return {};
    }

private:
    ToolTips m_toolTips;
    QList<ColumnSpec> m_columns;
    QList<Row> m_rows;
};

} // namespace opieka::ui
