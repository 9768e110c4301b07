#include "UtilisationBar.h"

#include "Theme.h"
#include "UtilisationChart.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace opieka::ui {
namespace {
constexpr int kTrackHeight = 14;
constexpr int kMarkOverhang = 3; // the limit line reaches beyond the bar, above and below
constexpr int kScaleStep = 50;   // per cent between two labelled ticks
} // namespace

UtilisationBar::UtilisationBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UtilisationBar::setValue(std::optional<double> percent, LoadStatus status)
{
    m_percent = percent;
    m_status = status;
    setAccessibleDescription(percent
                                 ? tr("%1 % of the limit").arg(QLocale().toString(*percent, 'f', 0))
                                 : tr("no limit"));
    updateGeometry();
    update();
}

double UtilisationBar::scaleMaximum() const
{
    // 150 % at least, so that the limit sits at two thirds; further when a role is further over.
    const double value = m_percent.value_or(0);
    return std::max(150.0, std::ceil(value / kScaleStep) * kScaleStep);
}

QRect UtilisationBar::track() const
{
    // Room on the right for half of the last scale label; the mark's label above the bar.
    const QFontMetrics metrics(font());
    const int side = metrics.horizontalAdvance(tickText(static_cast<int>(scaleMaximum()))) / 2 + 2;
    const int top = metrics.height() + kMarkOverhang + 1;
    return QRect(side, top, std::max(10, width() - 2 * side), kTrackHeight);
}

int UtilisationBar::xOf(double percent) const
{
    const QRect t = track();
    return t.left() + static_cast<int>(std::lround(t.width() * percent / scaleMaximum()));
}

int UtilisationBar::limitX() const
{
    return xOf(100.0);
}

QColor UtilisationBar::markColour() const
{
    return Theme::isDark() ? QColor(Qt::white) : QColor(Qt::black);
}

QList<int> UtilisationBar::ticks() const
{
    QList<int> values;
    for (int percent = 0; percent <= static_cast<int>(scaleMaximum()); percent += kScaleStep)
        values << percent;
    return values;
}

QString UtilisationBar::tickText(int percent) const
{
    return QLocale().toString(percent) + QStringLiteral(" %");
}

QString UtilisationBar::scaleText() const
{
    QStringList texts{tr("limit: 100 %")};
    for (int percent : ticks())
        texts << tickText(percent);
    return texts.join(QStringLiteral("; "));
}

QSize UtilisationBar::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {260, 2 * metrics.height() + kTrackHeight + 2 * kMarkOverhang + 4};
}

QSize UtilisationBar::minimumSizeHint() const
{
    return {180, sizeHint().height()};
}

void UtilisationBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect t = track();
    const QPalette pal = palette();
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRect(t.adjusted(0, 0, -1, -1));

    if (m_percent && *m_percent > 0) {
        const int end = std::min(xOf(*m_percent), t.right());
        const int limit = limitX();
        painter.setPen(Qt::NoPen);
        painter.setBrush(UtilisationChart::barColour(m_status == LoadStatus::Over ? LoadStatus::Full
                                                                                  : m_status));
        painter.drawRect(QRect(QPoint(t.left() + 1, t.top() + 1),
                               QPoint(std::min(end, limit) - 1, t.bottom() - 1)));
        if (end > limit) {
            // Beyond the limit: the colour of "over the limit", whatever the average's status.
            painter.setBrush(UtilisationChart::barColour(LoadStatus::Over));
            painter.drawRect(
                QRect(QPoint(limit + 1, t.top() + 1), QPoint(end - 1, t.bottom() - 1)));
        }
    }

    // The scale below the bar.
    const QFontMetrics metrics(font());
    painter.setPen(pal.color(QPalette::WindowText));
    for (int percent : ticks()) {
        const int x = xOf(percent);
        painter.drawLine(x, t.bottom() + 1, x, t.bottom() + kMarkOverhang);
        const QString text = tickText(percent);
        const int w = metrics.horizontalAdvance(text);
        painter.drawText(
            QRect(x - w / 2 - 1, t.bottom() + kMarkOverhang + 1, w + 2, metrics.height()),
            Qt::AlignCenter, text);
    }

    // The limit: a strong line across the bar, labelled above it.
    const int limit = limitX();
    QPen pen(markColour());
    pen.setWidth(2);
    painter.setPen(pen);
    painter.drawLine(limit, t.top() - kMarkOverhang, limit, t.bottom() + kMarkOverhang);
    const QString label = tr("limit");
    const int w = metrics.horizontalAdvance(label);
    painter.drawText(QRect(limit - w / 2 - 1, 0, w + 2, metrics.height()), Qt::AlignCenter, label);
}

} // namespace opieka::ui
