#pragma once

#include "CaseloadRule.h"

#include <QDate>
#include <QDialog>
#include <memory>

class QLabel;
class QTableWidget;

namespace opieka {
class CaseloadService;
}

namespace opieka::ui {

// The caseload limits the centre applies (limity obciążenia pracą), each with the days it is in
// force and its legal basis: the statute's article for the statute's rules, "the centre's own
// rule" for a limit the centre added. The row in force on `today` is marked; where the centre's
// rule differs from the statute's, a note under the table says so. Read-only: a centre adds its
// own rule with `opieka-cli rules add` (docs/cli.md).
class CaseloadLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        LimitColumn,
        PeriodColumn,
        SourceColumn,
        ColumnCount
    };

    // `rules`: every rule of every date; `differences`: the centre's differences from the statute
    // on `today`, already in words (CaseloadService::differenceText).
    CaseloadLimitsDialog(const RuleBook& rules, const QStringList& differences, const QDate& today,
                         QWidget* parent = nullptr);

    // Reads the rules and today's differences from the service; null with `error` set when they
    // cannot be read.
    static std::unique_ptr<CaseloadLimitsDialog>
    create(CaseloadService& caseloads, const QDate& today, QWidget* parent, QString* error);

    QTableWidget* table() const { return m_table; }

    // "01.01.2015 – 31.12.2014"-style period of the rule at `index` in `rules` (sorted by role,
    // then date): until the day before the role's next rule, or open-ended.
    static QString period(const QList<CaseloadRule>& rules, qsizetype index);
    static bool inForce(const QList<CaseloadRule>& rules, qsizetype index, const QDate& day);

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_differencesLabel = nullptr;
};

} // namespace opieka::ui
