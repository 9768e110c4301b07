#include "AuditModel.h"

#include "AuditLabels.h"
#include "Csv.h"
#include "Labels.h"
#include "Theme.h"

#include <QColor>

namespace opieka::ui {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole)
        return display(entry, column);
    // Long values are shortened in the cell; the whole text is in the tooltip.
    if (role == Qt::ToolTipRole && (column == OldValuesColumn || column == NewValuesColumn))
        return display(entry, column);
    // The action and what it concerns in words; their codes (as in the CSV and opieka-cli audit)
    // in the tooltip.
    if (role == Qt::ToolTipRole && column == ActionColumn)
        return entry.action;
    if (role == Qt::ToolTipRole && column == EntityColumn)
        return code(entry, column);
    if (role == Qt::ForegroundRole && entry.erased)
        return Theme::quietText();
    return {};
}

QString AuditModel::display(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn: {
        // On screen the language's date (06.12.2026 in Polish); the CSV keeps ISO (csv()).
        const QDateTime local = entry.at.toLocalTime();
        return Labels::date(local.date()) + QLatin1Char(' ') +
               local.time().toString(QStringLiteral("HH:mm:ss"));
    }
    case LoginColumn:
        return entry.userLogin;
    case ActionColumn:
        return AuditLabels::action(entry.action);
    case EntityColumn:
        return AuditLabels::concerns(entry.entity, entry.entityId);
    case OldValuesColumn:
        return entry.erased ? tr("(erased)") : entry.oldValues;
    case NewValuesColumn:
        return entry.erased ? tr("(erased)") : entry.newValues;
    default:
        return {};
    }
}

QString AuditModel::code(const AuditEntry& entry, int column)
{
    if (column == ActionColumn)
        return entry.action;
    return entry.entityId.isEmpty() ? entry.entity
                                    : QStringLiteral("%1 %2").arg(entry.entity, entry.entityId);
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LoginColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Concerns");
    case OldValuesColumn:
        return tr("Old values");
    case NewValuesColumn:
        return tr("New values");
    default:
        return {};
    }
}

QByteArray AuditModel::csv() const
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    QByteArray out = Csv::line(header);
    for (const AuditEntry& entry : m_entries) {
        QStringList fields;
        fields << entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        // The codes, not their words: a spreadsheet filters on them, whatever the language.
        for (int column = TimeColumn + 1; column < ColumnCount; ++column)
            fields << (column == ActionColumn || column == EntityColumn ? code(entry, column)
                                                                        : display(entry, column));
        out += Csv::line(fields);
    }
    return out;
}

} // namespace opieka::ui
