#pragma once

#include "Chronology.h"
#include "DateText.h"
#include "Result.h"
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
    explicit ChronologyService(Database& database)
        : m_database(database)
    {}

    // `kinds` empty: everything. Dates inside the entries' texts (a next step's) are written by
    // `date`: the window passes its language's format.
    // Both check CaseAccess (the family must be among the actor's cases).
    Result<QList<ChronologyEntry>> forFamily(const User& actor, qint64 familyId,
                                             const QSet<ChronologyKind>& kinds = {},
                                             const DateText& date = isoDates());
    // The chronology as a printable HTML document (for print preview and PDF), its dates
    // written by `date` (the window's language's format, or isoDates()).
    Result<QString> printableHtml(const User& actor, qint64 familyId, const DateText& date,
                                  const QSet<ChronologyKind>& kinds = {});

private:
    Database& m_database;
};

} // namespace opieka
