#pragma once

#include "Chronology.h"
#include "DateText.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace opieka {

class Database;

// One timeline per family: case opened/closed, contacts, category changes, team changes and the
// Niebieska Karta, newest first. Plans and placements join it in their issues.
class ChronologyService
{
    Q_DECLARE_TR_FUNCTIONS(ChronologyService)

public:
    explicit ChronologyService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // `kinds` empty: everything. Dates inside the entries' texts (a next step's) are written by
    // `date`: the window passes its language's format.
    // Both check CaseAccess (the family must be among the signed-in account's cases).
    Result<QList<ChronologyEntry>> forFamily(qint64 familyId,
                                             const QSet<ChronologyKind>& kinds = {},
                                             const DateText& date = isoDates());
    // The chronology as a printable HTML document (for print preview and PDF), its dates
    // written by `date` (the window's language's format, or isoDates()).
    Result<QString> printableHtml(qint64 familyId, const DateText& date,
                                  const QSet<ChronologyKind>& kinds = {});

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
