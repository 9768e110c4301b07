#include "ColumnFitter.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <algorithm>

namespace opieka::ui {
namespace {
constexpr int kNarrowest = 90; // a long-text column keeps at least this much (or its title)
constexpr int kCellMargin = 8; // the delegate's margins around a cell's text
} // namespace

ColumnFitter::ColumnFitter(QTableView* table, QList<int> elidable)
    : QObject(table)
    , m_table(table)
    , m_elidable(std::move(elidable))
    , m_later(new QTimer(this))
{
    m_table->setTextElideMode(Qt::ElideRight);
    // One line a row: a wrapped cell's width hint is the column's own, so a cut column would
    // never grow back; a cut text shows whole in its tooltip instead.
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, &ColumnFitter::fit);
    if (QAbstractItemModel* model = m_table->model()) {
        auto later = [this] { m_later->start(); };
        connect(model, &QAbstractItemModel::modelReset, m_later, later);
        connect(model, &QAbstractItemModel::rowsInserted, m_later, later);
        connect(model, &QAbstractItemModel::layoutChanged, m_later, later);
        connect(model, &QAbstractItemModel::headerDataChanged, m_later, later);
    }
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this,
            [this, header](int section, int oldSize, int size) {
                if (oldSize == 0 || size == 0 || header->isSectionHidden(section))
                    return; // a column hidden or shown again, not sized
                int lastShown = header->count() - 1;
                while (lastShown > 0 && header->isSectionHidden(header->logicalIndex(lastShown)))
                    --lastShown;
                // Sized by hand (or by code on the user's behalf); not the header's own stretching.
                const bool stretched =
                    header->sectionResizeMode(section) != QHeaderView::Interactive ||
                    (header->stretchLastSection() && header->visualIndex(section) == lastShown);
                if (!m_fitting && !stretched)
                    m_userSized = true;
            });
    setObjectName(QStringLiteral("columnFitter"));
}

ColumnFitter* ColumnFitter::attach(QTableView* table, QList<int> elidable)
{
    auto* fitter = new ColumnFitter(table, std::move(elidable));
    fitter->fit();
    return fitter;
}

void ColumnFitter::wrapTitles(QTableView* table, int labelColumn)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(labelColumn, QHeaderView::ResizeToContents);
    // Every column stretches already: a stretched last section kept the default section size
    // on top of the shared width, and ran 6-12 px past the view at 1024x768.
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    header->setFixedHeight(2 * header->fontMetrics().height() + 10);
    // The columns share the width: no sideways scrolling; and room for every row (a role a
    // line), so that none hides behind a scroll bar.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (QAbstractItemModel* model = table->model())
        QObject::connect(model, &QAbstractItemModel::modelReset, table, [table, model] {
            const int rows = model->rowCount();
            table->setMinimumHeight(table->horizontalHeader()->height() + 2 * table->frameWidth() +
                                    rows * table->verticalHeader()->defaultSectionSize() + 2);
        });
}

int ColumnFitter::textWidth(int column) const
{
    const QAbstractItemModel* model = m_table->model();
    const QFontMetrics metrics(m_table->font());
    int widest = 0;
    for (int row = 0; row < std::min(model->rowCount(), 200); ++row)
        widest = std::max(widest,
                          metrics.horizontalAdvance(model->index(row, column).data().toString()));
    return widest;
}

void ColumnFitter::fit()
{
    QAbstractItemModel* model = m_table->model();
    QHeaderView* header = m_table->horizontalHeader();
    // The widths the user left last time (ViewState) win over a fit.
    if (m_userSized || !model || header->property("opiekaViewStateRestored").toBool())
        return;
    const int count = header->count();
    // The room for the columns, the vertical scroll bar's always left out: whether it shows does
    // not change the widths (a bar coming and going would resize the columns for ever).
    int available = m_table->contentsRect().width() -
                    m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                  m_table->verticalScrollBar()) -
                    2;
    if (m_table->verticalHeader()->isVisible())
        available -= m_table->verticalHeader()->width();

    m_fitting = true;
    QList<int> want(count, 0);
    QList<int> narrowest(count, 0);
    int total = 0;
    for (int column = 0; column < count; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        const int title = header->sectionSizeHint(column) + kCellMargin;
        if (header->stretchLastSection() && header->visualIndex(column) == count - 1) {
            // Stretched: its size says nothing of its contents; the texts' widths do.
            want[column] = std::max(title, textWidth(column) + 2 * kCellMargin);
        } else {
            m_table->resizeColumnToContents(column); // the title's and the rows' in view
            want[column] = std::max(title, header->sectionSize(column) + kCellMargin);
        }
        narrowest[column] = m_elidable.contains(column)
                                ? std::max(title, std::min(want[column], kNarrowest))
                                : want[column];
        total += want[column];
    }
    // A stretched last column takes whatever room is left: a long-text one asks only for its
    // narrowest, so that the others are not cut to make room it gets anyway.
    const int last = header->logicalIndex(count - 1);
    if (header->stretchLastSection() && last >= 0 && m_elidable.contains(last) &&
        !m_table->isColumnHidden(last)) {
        total -= want[last] - narrowest[last];
        want[last] = narrowest[last];
    }
    if (total > available) {
        int room = 0;
        for (int column : m_elidable)
            if (column < count)
                room += want[column] - narrowest[column];
        const int excess = std::min(total - available, room);
        for (int column : m_elidable) {
            if (column >= count || room <= 0)
                continue;
            const int spare = want[column] - narrowest[column];
            const int cut =
                static_cast<int>((static_cast<qint64>(excess) * spare + room - 1) / room);
            want[column] -= std::min(spare, cut);
        }
    }
    for (int column = 0; column < count; ++column)
        if (!m_table->isColumnHidden(column) &&
            header->sectionResizeMode(column) == QHeaderView::Interactive)
            header->resizeSection(column, want[column]);
    m_fitting = false;
}

bool ColumnFitter::showCutText(QEvent* event)
{
    auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_table->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return false; // the model's own tooltip says more
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_table->visualRect(index);
    if (text.isEmpty() ||
        m_table->fontMetrics().horizontalAdvance(text) + kCellMargin <= cell.width())
        return false;
    QToolTip::showText(help->globalPos(), text, m_table->viewport(), cell);
    return true;
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::ToolTip)
        return showCutText(event);
    // The view changed size (the window, a splitter) or shows for the first time.
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_later->start();
    return QObject::eventFilter(watched, event);
}

} // namespace opieka::ui
