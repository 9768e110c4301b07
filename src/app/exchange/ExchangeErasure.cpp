#include "ExchangeErasure.h"

#include "ExchangeRepository.h"
#include "IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace opieka {
namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

struct Person
{
    QString pesel;
    QString firstName;
    QString lastName;
    QStringList fullNames; // folded: "first last", "last first"
};

Person personOf(const Member& member)
{
    Person p{member.pesel.trimmed(), folded(member.firstName), folded(member.lastName), {}};
    if (!p.firstName.isEmpty() && !p.lastName.isEmpty())
        p.fullNames << p.firstName + QLatin1Char(' ') + p.lastName
                    << p.lastName + QLatin1Char(' ') + p.firstName;
    return p;
}

bool textNames(const QString& text, const Person& p)
{
    if (!p.pesel.isEmpty() && text.contains(p.pesel))
        return true;
    if (p.fullNames.isEmpty())
        return false;
    const QString t = folded(text);
    for (const QString& name : p.fullNames)
        if (t.contains(name))
            return true;
    return false;
}

bool valueNames(const QJsonValue& value, const Person& p)
{
    if (value.isString())
        return textNames(value.toString(), p);
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            if (valueNames(v, p))
                return true;
        return false;
    }
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    if (!p.pesel.isEmpty() && o.value(QStringLiteral("pesel")).toString().trimmed() == p.pesel)
        return true;
    if (!p.firstName.isEmpty() && !p.lastName.isEmpty() &&
        folded(o.value(QStringLiteral("first_name")).toString()) == p.firstName &&
        folded(o.value(QStringLiteral("last_name")).toString()) == p.lastName)
        return true;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (valueNames(it.value(), p))
            return true;
    return false;
}

QJsonValue parsed(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return text; // not JSON: searched as text
}

} // namespace

bool namesPerson(const QJsonValue& value, const Member& member)
{
    return valueNames(value, personOf(member));
}

QJsonObject eraseNote(const QJsonObject& original, const QDate& on)
{
    QJsonObject note{{QStringLiteral("erased"), true}, {QStringLiteral("erased_on"), isoDate(on)}};
    for (const char* key : {"format", "version", "purpose"})
        if (original.contains(QLatin1String(key)))
            note.insert(QLatin1String(key), original.value(QLatin1String(key)));
    return note;
}

bool isErased(const QJsonObject& content)
{
    return content.value(QStringLiteral("erased")).toBool();
}

Result<ExchangeErasure> eraseFromExchange(Database& database, const Member& member, const QDate& on)
{
    ExchangeRepository exchange(database);
    ExchangeErasure erased;
    const Person person = personOf(member);

    auto recorded = exchange.itemsRecording(QStringLiteral("member"), member.id);
    if (!recorded)
        return recorded.error();
    const QSet<qint64> madeTheMember(recorded->cbegin(), recorded->cend());
    auto contents = exchange.contents();
    if (!contents)
        return contents.error();
    for (const auto& [itemId, text] : *contents) {
        const QJsonValue content = parsed(text);
        if (content.isObject() && isErased(content.toObject()))
            continue;
        if (!madeTheMember.contains(itemId) && !valueNames(content, person))
            continue;
        const QJsonObject note = eraseNote(content.toObject(), on);
        OPIEKA_TRY(exchange.replaceContent(
            itemId, QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact))));
        erased.items << itemId;
    }

    auto plans = exchange.allPartnerPlans();
    if (!plans)
        return plans.error();
    for (const StoredPartnerPlan& plan : *plans) {
        const QJsonValue json = parsed(plan.json);
        if (json.isObject() && isErased(json.toObject()))
            continue;
        if (!erased.items.contains(plan.itemId) && !textNames(plan.text, person) &&
            !textNames(plan.childName, person) && !valueNames(json, person))
            continue;
        const QJsonObject note = eraseNote({}, on);
        OPIEKA_TRY(exchange.replacePartnerPlan(
            plan.id, QLatin1String(""),
            QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact))));
        erased.plans << plan.id;
    }
    return erased;
}

} // namespace opieka
