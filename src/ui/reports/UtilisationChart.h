#pragma once

#include "CaseloadEngine.h"

#include <QList>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QScrollArea;

namespace opieka::ui {

// Utilisation per worker against the limit line at 100 %, as horizontal bars (Qt Charts).
// Every worker with a limit gets a bar, most loaded on top, coloured by status; the names stay
// on the left at a readable size and the chart grows with the number of workers inside a
// scroll area instead of squeezing 40 names into one screen. Clicking a bar asks for the
// worker's cases.
class UtilisationChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        qint64 workerId = 0;
        QString label;
        double utilisationPct = 0;
        LoadStatus status = LoadStatus::Ok;
    };

    explicit UtilisationChart(QWidget* parent = nullptr);

    // Strong colours for bars (the tables use light tints of the same hues).
    static QColor barColour(LoadStatus status);

    void setRows(const QList<WorkerCaseload>& rows);
    // Bottom to top, as drawn: the most loaded worker last.
    const QList<Bar>& bars() const { return m_bars; }
    QChart* chart() const;
    QLineSeries* limitLine() const { return m_limitLine; }
    QHorizontalStackedBarSeries* barSeries() const { return m_series; }

signals:
    void workerClicked(qint64 workerId);

private:
    void rebuild();

    QList<Bar> m_bars;
    QLabel* m_note = nullptr;
    QScrollArea* m_scroll = nullptr;
    QChartView* m_view = nullptr;
    QHorizontalStackedBarSeries* m_series = nullptr;
    QLineSeries* m_limitLine = nullptr;
};

} // namespace opieka::ui
