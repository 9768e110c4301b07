#include "Member.h"

#include "EnumNames.h"

namespace opieka {
namespace {
constexpr EnumNames<Relation, 7> kRelations{{{
    {Relation::Parent, "parent"},
    {Relation::Guardian, "guardian"},
    {Relation::Child, "child"},
    {Relation::Partner, "partner"},
    {Relation::Sibling, "sibling"},
    {Relation::Grandparent, "grandparent"},
    {Relation::Other, "other"},
}}};
} // namespace

QString relationName(Relation relation)
{
    return kRelations.name(relation);
}
std::optional<Relation> parseRelation(const QString& text)
{
    return kRelations.parse(text.trimmed().toLower());
}
QStringList relationNames()
{
    return kRelations.names();
}

} // namespace opieka
