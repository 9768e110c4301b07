#include "Member.h"

#include "EnumNames.h"

#include <QRegularExpression>

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
// Men's names ending in -a, folded to lower case.
const QStringList kMenEndingInA{
    QStringLiteral("kuba"),   QStringLiteral("barnaba"), QStringLiteral("bonawentura"),
    QStringLiteral("kosma"),  QStringLiteral("jarema"),  QStringLiteral("zawisza"),
    QStringLiteral("dyzma"),  QStringLiteral("sasza"),   QStringLiteral("misza"),
    QStringLiteral("nikita"), QStringLiteral("ilja"),    QStringLiteral("kuźma"),
    QStringLiteral("juda"),   QStringLiteral("luca"),    QStringLiteral("andrea"),
    QStringLiteral("boryna"), QStringLiteral("jona"),    QStringLiteral("kostia"),
};
} // namespace

bool firstNameReadsFemale(const QString& firstName)
{
    // The first of several given names ("Anna Maria", "Jan-Maria") is the one people use.
    static const QRegularExpression separator(QStringLiteral("[\\s-]+"));
    const QString first = firstName.trimmed().section(separator, 0, 0).toLower();
    return first.size() > 1 && first.endsWith(QLatin1Char('a')) && !kMenEndingInA.contains(first);
}

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
