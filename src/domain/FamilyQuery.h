#pragma once

#include "Family.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace opieka {

// Where a page of the families list starts in keyset paging: after this row of the previous
// page, given by the sort column's stored value and the id, so that the last page costs what the
// first does (an offset reads and skips every row before it). A FamilyPage says where the next
// page starts; nothing else needs to know what the key holds.
struct FamilyCursor
{
    QVariant key; // the sort column's value in the row (unused when sorting by id)
    qint64 id = 0;
};

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
    // Keyset paging: only the rows after this one in the sort order (then `offset` from there).
    std::optional<FamilyCursor> after;

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

// What the families list shows of a family, and no more: a list scrolled to its end holds every
// open family (177,000 in a voivodeship), so no address or closing reason is kept per row.
struct FamilyListRow
{
    qint64 id = 0;
    QString caseNumber;
    QString name;
    QString municipality;
    NeedCategory category = NeedCategory::Coping;
    QDate openedOn;
    std::optional<QDate> closedOn;
};

// One page of the families list and whether more rows match beyond it: what a keystroke in the
// search field reads (one query bounded by the page, no count of every match).
struct FamilyPage
{
    QList<FamilyListRow> families;
    bool more = false;
    std::optional<FamilyCursor> next; // where the next page starts, when `more`
};

} // namespace opieka
