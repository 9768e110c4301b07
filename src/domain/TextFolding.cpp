#include "TextFolding.h"

namespace opieka {

QString foldForSearch(const QString& text)
{
    // ł and Ł do not decompose in Unicode; every other Polish letter does.
    QString prepared = text;
    prepared.replace(QChar(0x0141), QLatin1Char('L')).replace(QChar(0x0142), QLatin1Char('l'));
    const QString decomposed = prepared.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    return folded.simplified();
}

} // namespace opieka
