#pragma once

#include <QList>
#include <QObject>

class QTableView;
class QTimer;

namespace opieka::ui {

// Sizes a table's columns to their titles and contents, and when that is wider than the view,
// narrows the long-text columns it is given (names, kinds, carers, reasons) so that the others
// (status, figures, dates) stay in sight without scrolling; a text cut short shows whole in its
// tooltip. Fits again when the rows or the view's width change, until the user sizes a column
// by hand (or the window restores the widths the user left).
class ColumnFitter : public QObject
{
public:
    // Attached to (and owned by) `table`; `elidable` are model columns.
    static ColumnFitter* attach(QTableView* table, QList<int> elidable);

    void fit();

    // Many figures side by side (a summary by role): the columns share the width, their titles
    // wrap onto two lines between words rather than lose their ends; `labelColumn` (the row's
    // name) keeps the width of its contents.
    static void wrapTitles(QTableView* table, int labelColumn);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnFitter(QTableView* table, QList<int> elidable);
    bool showCutText(QEvent* event);
    int textWidth(int column) const; // the widest of the first rows' texts

    QTableView* m_table;
    QList<int> m_elidable;
    QTimer* m_later = nullptr; // one fit for a burst of changes
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace opieka::ui
