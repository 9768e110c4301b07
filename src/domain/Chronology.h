#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace opieka {

// Kinds of events on a family's timeline.
enum class ChronologyKind
{
    CaseOpened,
    CaseClosed,
    Contact,        // visits and contacts, interventions included
    CategoryChange, // need category changed
    Assignment,     // a worker joined or left the team
    BlueCard,       // Niebieska Karta procedure started or ended
    Plan,           // family work plans (issue 4)
    Placement,      // placements of children (issue 5)
};

QString chronologyKindName(ChronologyKind kind);

// One event of a family's chronology (chronologia sprawy).
struct ChronologyEntry
{
    QDate date;
    std::optional<QTime> time;
    ChronologyKind kind = ChronologyKind::Contact;
    QString title;  // short: "Home visit", "Category: struggling → at risk"
    QString detail; // the longer text (notes, reason)
    qint64 sourceId = 0;
};

// Newest first; the same day keeps later times first, then the order given.
void sortNewestFirst(QList<ChronologyEntry>& entries);

} // namespace opieka
