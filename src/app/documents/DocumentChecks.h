#pragma once

#include "CaseDocument.h"
#include "Result.h"
#include "User.h"

#include <QDate>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// What DocumentService checks before it attaches a document or lets one be read (its rules, in
// its tr() context): who may, and what the new document must be.
namespace document_checks {

// The name without any folder (a path from another system's separators too), trimmed.
QString baseName(const QString& fileName);

// Who may read (or change) an owner's documents: the family's or the foster family's rule; for a
// placement, that of the placed child or of its foster family.
Status ownerRule(Database& database, const User& actor, const DocumentOwner& owner, bool change);

// What the new document must be, apart from who may attach it and its file: its file name
// (`name`, without a folder), date, description, and a kind that fits its owner.
Status checkDetails(const NewDocument& document, const QString& name, const QDate& today);

// What the new document names must be there and fit: its owner, the person it is about (of the
// family, the placed child, or a child placed with the foster family), and for a signed plan the
// plan version (`planId`: the one given, or the family's latest agreed).
Status checkOwner(Database& database, const NewDocument& document, std::optional<qint64>& planId);

} // namespace document_checks
} // namespace opieka
