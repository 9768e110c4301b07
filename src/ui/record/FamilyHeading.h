#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {

// The line over a record's dialog (a contact, an assessment) saying which family it is about:
// the name in bold and the case number.
class FamilyHeading
{
    Q_DECLARE_TR_FUNCTIONS(FamilyHeading)

public:
    // Empty when the family cannot be read.
    static QString text(const Session& session, qint64 familyId);
};

} // namespace opieka::ui
