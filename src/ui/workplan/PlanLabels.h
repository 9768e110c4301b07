#pragma once

#include "WorkPlan.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace opieka::ui {

// Translated labels and tints of the family assistant's screens (work plans, assessments).
class PlanLabels
{
    Q_DECLARE_TR_FUNCTIONS(PlanLabels)

public:
    // "Version 2 — agreed on 2025-03-01" for the version picker.
    static QString version(const WorkPlan& plan);
    static QString change(PlanComparisonRow::Change change);
    static QColor changeBackground(PlanComparisonRow::Change change);
    // The assessment due date with its state ("2025-09-01 (overdue)").
    static QString assessmentDue(const std::optional<QDate>& due, bool overdue, bool dueSoon);
    static QColor overdueForeground(); // red
    static QColor dueSoonBackground(); // amber
};

} // namespace opieka::ui
