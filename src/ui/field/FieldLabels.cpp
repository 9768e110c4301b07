#include "FieldLabels.h"

#include "Labels.h"

#include <QHash>
#include <QRegularExpression>

namespace opieka::ui {

QString FieldLabels::record(const QString& table, qint64 recordId)
{
    const QString id = QString::number(recordId);
    // The tables a copy tracks (FieldCheckout::scopedTables), named as the screens name them.
    const QHash<QString, QString> names{
        {QStringLiteral("families"), tr("Family no. %1")},
        {QStringLiteral("members"), tr("Family member no. %1")},
        {QStringLiteral("category_changes"), tr("Category change no. %1")},
        {QStringLiteral("blue_cards"), tr("Niebieska Karta period no. %1")},
        {QStringLiteral("contacts"), tr("Visit or contact no. %1")},
        {QStringLiteral("team_links"), tr("Team link no. %1")},
        {QStringLiteral("work_plans"), tr("Work plan no. %1")},
        {QStringLiteral("plan_goals"), tr("Plan goal no. %1")},
        {QStringLiteral("plan_actions"), tr("Plan action no. %1")},
        {QStringLiteral("family_assessments"), tr("Family assessment no. %1")},
        {QStringLiteral("foster_families"), tr("Foster family no. %1")},
        {QStringLiteral("placements"), tr("Placement no. %1")},
        {QStringLiteral("child_reviews"), tr("Child review no. %1")},
        {QStringLiteral("foster_assessments"), tr("Foster family assessment no. %1")},
        {QStringLiteral("help_plan_items"), tr("Help plan item no. %1")},
        {QStringLiteral("child_status"), tr("Child's status no. %1")},
    };
    if (const auto found = names.constFind(table); found != names.constEnd())
        return found->arg(id);
    return tr("Record no. %1 (%2)").arg(id, table);
}

QString FieldLabels::field(const QString& column)
{
    const QHash<QString, QString> names{
        {QStringLiteral("*"), tr("the whole record")},
        {QStringLiteral("address"), tr("address")},
        {QStringLiteral("name"), tr("name")},
        {QStringLiteral("municipality"), tr("municipality")},
        {QStringLiteral("category"), tr("category")},
        {QStringLiteral("case_number"), tr("case number")},
        {QStringLiteral("opened_on"), tr("opened on")},
        {QStringLiteral("closed_on"), tr("closed on")},
        {QStringLiteral("close_reason"), tr("reason for closing")},
        {QStringLiteral("first_name"), tr("first name")},
        {QStringLiteral("last_name"), tr("last name")},
        {QStringLiteral("pesel"), tr("PESEL")},
        {QStringLiteral("birth_date"), tr("date of birth")},
        {QStringLiteral("sex"), tr("sex")},
        {QStringLiteral("relation"), tr("relation")},
        {QStringLiteral("contact_date"), tr("date")},
        {QStringLiteral("contact_time"), tr("time")},
        {QStringLiteral("kind"), tr("kind")},
        {QStringLiteral("present"), tr("who was present")},
        {QStringLiteral("notes"), tr("notes")},
        {QStringLiteral("next_step"), tr("next step")},
        {QStringLiteral("next_step_due"), tr("next step due")},
        {QStringLiteral("status"), tr("status")},
        {QStringLiteral("description"), tr("description")},
    };
    if (const auto found = names.constFind(column); found != names.constEnd())
        return *found;
    QString words = column;
    return words.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString FieldLabels::recordField(const QString& table, qint64 recordId, const QString& column)
{
    return tr("%1 — %2").arg(record(table, recordId), field(column));
}

QString FieldLabels::value(const std::optional<QString>& stored)
{
    if (!stored || stored->isEmpty())
        return tr("(empty)");
    // Dates are stored as ISO text; a person reads them in the language's format.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(*stored).hasMatch())
        if (const QDate date = QDate::fromString(*stored, Qt::ISODate); date.isValid())
            return Labels::date(date);
    return *stored;
}

QString FieldLabels::when(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return tr("%1 %2").arg(Labels::date(local.date()), Labels::time(local.time()));
}

QString FieldLabels::changedValue(const std::optional<QString>& stored, const QString& by,
                                  const QDateTime& at)
{
    QString text = value(stored);
    if (by.isEmpty() && !at.isValid())
        return text;
    if (!at.isValid())
        return tr("%1 — changed by %2").arg(text, by);
    if (by.isEmpty())
        return tr("%1 — changed on %2").arg(text, when(at));
    return tr("%1 — changed by %2 on %3").arg(text, by, when(at));
}

} // namespace opieka::ui
