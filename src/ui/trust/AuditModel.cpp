#include "AuditModel.h"

#include "AuditLabels.h"
#include "Csv.h"
#include "Labels.h"
#include "Theme.h"

#include <QColor>

namespace opieka::ui {

AuditModel::AuditModel(QObject* parent)
    : RowTableModel(ToolTips::OnlyOwn, parent)
{
    const auto oldValues = [](const AuditEntry& e) {
        return e.erased ? tr("(erased)") : e.oldValues;
    };
    const auto newValues = [](const AuditEntry& e) {
        return e.erased ? tr("(erased)") : e.newValues;
    };
    // The action and what it concerns in words; their codes (as in the CSV and opieka-cli audit)
    // in the tooltip. Long values are shortened in the cell; the whole text is in the tooltip.
    setColumns({
        {TimeColumn, QT_TR_NOOP("Time"),
         [](const AuditEntry& e) {
             // On screen the language's date (06.12.2026 in Polish); the CSV keeps ISO (csv()).
             const QDateTime local = e.at.toLocalTime();
             return Labels::date(local.date()) + QLatin1Char(' ') +
                    local.time().toString(QStringLiteral("HH:mm:ss"));
         }},
        {LoginColumn, QT_TR_NOOP("Account"), [](const AuditEntry& e) { return e.userLogin; }},
        {ActionColumn,
         QT_TR_NOOP("Action"),
         [](const AuditEntry& e) { return AuditLabels::action(e.action); },
         {},
         [](const AuditEntry& e) { return code(e, ActionColumn); }},
        {EntityColumn,
         QT_TR_NOOP("Concerns"),
         [](const AuditEntry& e) { return AuditLabels::concerns(e.entity, e.entityId); },
         {},
         [](const AuditEntry& e) { return code(e, EntityColumn); }},
        {OldValuesColumn, QT_TR_NOOP("Old values"), oldValues, {}, oldValues},
        {NewValuesColumn, QT_TR_NOOP("New values"), newValues, {}, newValues},
    });
}

QVariant AuditModel::roleData(const AuditEntry& entry, int, int role) const
{
    if (role == Qt::ForegroundRole && entry.erased)
        return Theme::quietText();
    return {};
}

QString AuditModel::code(const AuditEntry& entry, int column)
{
    if (column == ActionColumn)
        return entry.action;
    return entry.entityId.isEmpty() ? entry.entity
                                    : QStringLiteral("%1 %2").arg(entry.entity, entry.entityId);
}

QByteArray AuditModel::csv() const
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    QByteArray out = Csv::line(header);
    for (const AuditEntry& entry : rows()) {
        QStringList fields;
        fields << entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        // The codes, not their words: a spreadsheet filters on them, whatever the language.
        for (int column = TimeColumn + 1; column < ColumnCount; ++column)
            fields << (column == ActionColumn || column == EntityColumn
                           ? code(entry, column)
                           : display(entry, column).toString());
        out += Csv::line(fields);
    }
    return out;
}

} // namespace opieka::ui
