#include "DocumentsModel.h"

#include "Labels.h"

#include <QLocale>

namespace opieka::ui {

DocumentsModel::DocumentsModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {KindColumn, QT_TR_NOOP("Kind"),
         [](const CaseDocument& d) { return documentKindLabel(d.kind); }},
        {DateColumn, QT_TR_NOOP("Date"),
         [](const CaseDocument& d) { return Labels::date(d.date); }},
        // One line in the table; the tooltip keeps the whole text.
        {DescriptionColumn,
         QT_TR_NOOP("Description"),
         [](const CaseDocument& d) { return d.description.simplified(); },
         {},
         [](const CaseDocument& d) { return d.description; }},
        {FileColumn, QT_TR_NOOP("File"), [](const CaseDocument& d) { return d.fileName; }},
        {SizeColumn, QT_TR_NOOP("Size"), [](const CaseDocument& d) { return sizeText(d.bytes); },
         Qt::AlignRight | Qt::AlignVCenter},
        {AddedByColumn, QT_TR_NOOP("Added by"), [](const CaseDocument& d) { return d.addedBy; }},
        {AddedAtColumn, QT_TR_NOOP("Added"),
         [](const CaseDocument& d) {
             const QDateTime local = d.addedAt.toLocalTime();
             return QStringLiteral("%1 %2").arg(Labels::date(local.date()),
                                                Labels::time(local.time()));
         }},
    });
}

int DocumentsModel::rowOf(qint64 documentId) const
{
    return rowWhere([documentId](const CaseDocument& d) { return d.id == documentId; });
}

QString DocumentsModel::sizeText(qint64 bytes)
{
    constexpr qint64 kKilobyte = 1024;
    constexpr qint64 kMegabyte = 1024 * kKilobyte;
    const QLocale locale;
    if (bytes < kMegabyte) {
        // Rounded up: a file of a few bytes is "1 KB", never "0 KB".
        return tr("%1 KB").arg(locale.toString((bytes + kKilobyte - 1) / kKilobyte));
    }
    return tr("%1 MB").arg(
        locale.toString(static_cast<double>(bytes) / static_cast<double>(kMegabyte), 'f', 1));
}

QVariant DocumentsModel::roleData(const CaseDocument& document, int, int role) const
{
    switch (role) {
    case DocumentIdRole:
        return document.id;
    case KindRole:
        return documentKindName(document.kind);
    default:
        return {};
    }
}

} // namespace opieka::ui
