#include "LocaleFormat.h"

#include <QApplication>
#include <QDateEdit>
#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace opieka::ui {
namespace {
// Sets the format of each date field when it is first polished, before it is shown.
class DateEditFormatter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish)
            if (auto* edit = qobject_cast<QDateEdit*>(watched))
                edit->setDisplayFormat(LocaleFormat::dateFormat());
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

QString LocaleFormat::dateFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Some locales write two digits of the year ("M/d/yy"); a case file spans generations.
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    // Day and month with two digits, so that columns of dates line up.
    static const QRegularExpression day(QStringLiteral("(?<![d])d(?![d])"));
    static const QRegularExpression month(QStringLiteral("(?<![M])M(?![M])"));
    format.replace(day, QStringLiteral("dd"));
    format.replace(month, QStringLiteral("MM"));
    return format;
}

void LocaleFormat::install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    qApp->installEventFilter(new DateEditFormatter(qApp));
}

} // namespace opieka::ui
