#pragma once

#include "CaseloadEngine.h"
#include "Categories.h"
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
};

} // namespace opieka::ui
