#pragma once

#include "CaseloadEngine.h"

#include <QColor>
#include <QRect>
#include <QWidget>

namespace opieka::ui {

// A role's average utilisation as a bar against the limit: a marked line at 100 % labelled as
// the limit, the scale labelled below (0 %, 50 %, 100 %, 150 %… far enough to hold the value),
// the part of the bar beyond the limit in the colour of "over the limit".
class UtilisationBar : public QWidget
{
    Q_OBJECT
    // For tests and screen readers' inspectors: where the limit is drawn and what is written.
    Q_PROPERTY(int limitX READ limitX)
    Q_PROPERTY(double scaleMaximum READ scaleMaximum)
    Q_PROPERTY(QRect track READ track)
    Q_PROPERTY(QColor markColour READ markColour)
    Q_PROPERTY(QString scaleText READ scaleText)

public:
    explicit UtilisationBar(QWidget* parent = nullptr);

    // `percent` of the limit (none: no limit, an empty bar); `status` colours the bar.
    void setValue(std::optional<double> percent, LoadStatus status);

    double scaleMaximum() const;
    QRect track() const;
    int limitX() const;
    QColor markColour() const;
    QString scaleText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int xOf(double percent) const;
    QList<int> ticks() const;
    QString tickText(int percent) const;

    std::optional<double> m_percent;
    LoadStatus m_status = LoadStatus::Ok;
};

} // namespace opieka::ui
