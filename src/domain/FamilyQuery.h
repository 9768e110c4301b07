#pragma once

#include "Family.h"

#include <QDate>
#include <QList>
#include <QString>

namespace opieka {

// Which page of the families list to read; sorting and filtering happen in SQL so that a
// screen never loads every row.
struct FamilyQuery
{
    enum class Sort
    {
        Id,
        Name,
        Municipality,
        Category,
        OpenedOn
    };
    QString text; // matched against name, case number and municipality
    bool openOnly = false;
    Sort sort = Sort::Id;
    bool descending = false;
    int offset = 0;
    int limit = 200;

    // Whose families the list may show: all, those a worker reaches (their own cases, their
    // unit's, and for coordinators the placed children's families), or none. The app layer sets
    // it from the signed-in account.
    enum class Scope
    {
        All,
        WorkerReach,
        Nothing
    };
    Scope scope = Scope::All;
    qint64 reachOfWorker = 0;
    QDate reachDay;
};

// One page of the families list and whether more rows match beyond it: what a keystroke in the
// search field reads (one query bounded by the page, no count of every match).
struct FamilyPage
{
    QList<Family> families;
    bool more = false;
};

} // namespace opieka
