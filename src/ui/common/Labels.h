#pragma once

#include "CaseloadEngine.h"
#include "Categories.h"
#include "Chronology.h"
#include "Member.h"
#include "Pesel.h"
#include "Role.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace opieka::ui {

// Human, translated labels for stored values (the database keeps roleName() etc.).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString role(Role role);
    static QString category(NeedCategory category);
    static QString loadStatus(LoadStatus status, bool hasLimit);
    // Light tints for the caseload table; text on them stays dark and readable.
    static QColor statusBackground(LoadStatus status);
    static QColor statusForeground();
    static QString date(const QDate& date);
    static QString time(const QTime& time);
    static QString relation(Relation relation);
    static QString chronologyKind(ChronologyKind kind);
    static QString sex(Sex sex);
    // Rows that need attention (an overdue step, a missing team member).
    static QColor warningBackground();
    static QColor warningForeground(); // red text on the normal background, light or dark
};

} // namespace opieka::ui
