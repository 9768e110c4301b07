#pragma once

#include "Member.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace opieka {

class Database;

// What erasing a person's data (GDPR art. 17, MemberService::erase) did to what partner centres
// sent (issue 22): the inbox items whose stored content was replaced by the erasure note, and
// the partner plan copies whose text was.
struct ExchangeErasure
{
    QList<qint64> items;
    QList<qint64> plans;
};

// The rule (docs/data-protection.md, "Erasing a person"): the opened content of a received
// package (exchange_contents) that names the person — an object with their PESEL, or with their
// first and last name, any text holding the PESEL or the full name (either order, any case), or
// a package whose acceptance made their member record — is replaced as a whole by the erasure
// note (eraseNote): the item keeps its id, package id, SHA-256, partner, dates, status and its
// summary, which never holds a name. A partner plan copy (partner_plans) whose package's content
// was erased, or whose own text, child's name or JSON names the person, keeps its partner,
// kind, version and dates; its text and JSON become the note and the child's name goes. The
// caller runs this inside its own transaction (the member's record still there) and checks the
// permission itself.
Result<ExchangeErasure> eraseFromExchange(Database& database, const Member& member,
                                          const QDate& on);

// Whether `value` (a package's content, or any part of it) names `member` by the rule above.
bool namesPerson(const QJsonValue& value, const Member& member);

// The document that takes the place of erased content: {"erased": true, "erased_on": date} with
// the original's "format", "version" and "purpose" (so readers still see what it was).
QJsonObject eraseNote(const QJsonObject& original, const QDate& on);
// Whether stored content (or a plan copy's JSON) is such a note.
bool isErased(const QJsonObject& content);

} // namespace opieka
