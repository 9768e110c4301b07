#include "DuplicateReasons.h"

#include <QHash>

namespace opieka::ui {

QString DuplicateReasons::label(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("pesel"), QT_TR_NOOP("same PESEL")},
        {QStringLiteral("pesel-differs"), QT_TR_NOOP("different PESEL")},
        {QStringLiteral("name"), QT_TR_NOOP("same name")},
        {QStringLiteral("name-spelling"), QT_TR_NOOP("name spelt differently")},
        {QStringLiteral("name-typo"), QT_TR_NOOP("name with a typo")},
        {QStringLiteral("surname-gender"), QT_TR_NOOP("surname in the other gender")},
        {QStringLiteral("surname-differs"), QT_TR_NOOP("different surname")},
        {QStringLiteral("first-name-differs"), QT_TR_NOOP("different first name")},
        {QStringLiteral("birth-date"), QT_TR_NOOP("same birth date")},
        {QStringLiteral("birth-date-swapped"), QT_TR_NOOP("birth day and month swapped")},
        {QStringLiteral("birth-date-digit"), QT_TR_NOOP("birth date one digit apart")},
        {QStringLiteral("birth-date-differs"), QT_TR_NOOP("different birth date")},
        {QStringLiteral("sex-differs"), QT_TR_NOOP("different sex")},
        {QStringLiteral("municipality"), QT_TR_NOOP("same municipality")},
        {QStringLiteral("address"), QT_TR_NOOP("same address")},
        {QStringLiteral("shared-member"), QT_TR_NOOP("a family member in common")},
    };
    const auto found = labels.constFind(code);
    return found == labels.constEnd() ? code : tr(found.value());
}

QString DuplicateReasons::text(const QStringList& codes)
{
    QStringList words;
    for (const QString& code : codes)
        words << label(code);
    return words.join(tr(", "));
}

} // namespace opieka::ui
