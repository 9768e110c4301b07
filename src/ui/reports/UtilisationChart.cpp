#include "UtilisationChart.h"

#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace opieka::ui {
namespace {
constexpr int kBarHeight = 24;     // per worker, enough for a name at the normal font size
constexpr int kChartMargins = 110; // title, legend and the value axis
} // namespace

QColor UtilisationChart::barColour(LoadStatus status)
{
    switch (status) {
    case LoadStatus::Ok:
        return QColor(0x4e, 0x9a, 0x52);
    case LoadStatus::Near:
        return QColor(0xe0, 0xa8, 0x00);
    case LoadStatus::Full:
        return QColor(0xe0, 0x6c, 0x00);
    case LoadStatus::Over:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

UtilisationChart::UtilisationChart(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView(new QChart(), this))
{
    setObjectName(QStringLiteral("utilisationChart"));
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("utilisationChartView"));
    m_view->setAccessibleName(tr("Utilisation per worker against the limit"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->chart()->legend()->setAlignment(Qt::AlignTop);
    m_scroll->setObjectName(QStringLiteral("chartScrollArea"));
    m_scroll->setAccessibleName(tr("Utilisation chart"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_note);
    rebuild();
}

QChart* UtilisationChart::chart() const
{
    return m_view->chart();
}

void UtilisationChart::setRows(const QList<WorkerCaseload>& rows)
{
    m_bars.clear();
    int withoutLimit = 0;
    QSet<QString> labels;
    for (const WorkerCaseload& row : rows) {
        if (!row.load.utilisationPct) {
            ++withoutLimit;
            continue;
        }
        Bar bar{row.worker.id, row.worker.displayName(), *row.load.utilisationPct, row.load.status};
        // Categories must differ: two workers of the same name are told apart by their id.
        if (labels.contains(bar.label))
            bar.label += QStringLiteral(" (%1)").arg(bar.workerId);
        labels.insert(bar.label);
        m_bars << bar;
    }
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar& a, const Bar& b) {
        return a.utilisationPct < b.utilisationPct;
    });
    m_note->setText(withoutLimit > 0 ? tr("%n worker(s) without a limit in force are not shown.",
                                          nullptr, withoutLimit)
                                     : QString());
    m_note->setVisible(withoutLimit > 0);
    rebuild();
}

void UtilisationChart::rebuild()
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    // Dark windows get a dark chart (its labels light); the bars keep their colours.
    const QChart::ChartTheme theme =
        Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.7);
    const QList<std::pair<LoadStatus, QString>> statuses{
        {LoadStatus::Ok, tr("Below the limit")},
        {LoadStatus::Near, tr("Near the limit")},
        {LoadStatus::Full, tr("At the limit")},
        {LoadStatus::Over, tr("Over the limit")},
    };
    QStringList categories;
    double highest = 100;
    for (const Bar& bar : m_bars) {
        categories << bar.label;
        highest = std::max(highest, bar.utilisationPct);
    }
    // One set per status so that the legend explains the colours; a bar has its value only in
    // the set of its own status.
    for (const auto& [status, name] : statuses) {
        auto* set = new QBarSet(name, m_series);
        set->setColor(barColour(status));
        set->setBorderColor(barColour(status).darker(120));
        for (const Bar& bar : m_bars)
            set->append(bar.status == status ? bar.utilisationPct : 0.0);
        m_series->append(set);
    }
    chart->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_bars.size())
            emit workerClicked(m_bars.at(index).workerId);
    });

    auto* values = new QValueAxis(chart);
    values->setRange(0, std::ceil(highest * 1.1 / 10.0) * 10.0);
    values->setLabelFormat(QStringLiteral("%.0f %%"));
    values->setTitleText(tr("Utilisation of the limit"));
    auto* names = new QBarCategoryAxis(chart);
    names->append(categories.isEmpty() ? QStringList{QString()} : categories);
    names->setTruncateLabels(false); // a name is worth more than a few pixels of bar
    // The scale and the legend on top: they stay in sight above the most loaded workers when a
    // long list scrolls.
    chart->addAxis(values, Qt::AlignTop);
    chart->addAxis(names, Qt::AlignLeft);
    m_series->attachAxis(values);
    m_series->attachAxis(names);

    // The limit: a vertical line at 100 % across the whole height, on an axis of its own.
    m_limitLine = new QLineSeries(chart);
    m_limitLine->setName(tr("Limit (100 %)"));
    m_limitLine->append(100, 0);
    m_limitLine->append(100, 1);
    QPen pen(Theme::isDark() ? Qt::white : Qt::black);
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    m_limitLine->setPen(pen);
    chart->addSeries(m_limitLine);
    auto* across = new QValueAxis(chart);
    across->setRange(0, 1);
    across->setVisible(false);
    chart->addAxis(across, Qt::AlignRight);
    m_limitLine->attachAxis(values);
    m_limitLine->attachAxis(across);

    const int bars = std::max(static_cast<int>(m_bars.size()), 3);
    m_view->setMinimumHeight(kChartMargins + bars * kBarHeight);
}

} // namespace opieka::ui
