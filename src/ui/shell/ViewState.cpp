#include "ViewState.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QPointer>
#include <QSettings>
#include <QVariantMap>

namespace opieka::ui {
namespace {
const QString kColumnsGroup = QStringLiteral("viewState/columns/");
const QString kWindowsGroup = QStringLiteral("viewState/windows/");
const QString kLastFamilyKey = QStringLiteral("viewState/lastFamily");
// Set on a header once it had its chance of the saved state (restored or nothing to restore):
// from then on hiding it saves it.
const char* const kSeenProperty = "opiekaViewStateSeen";
bool g_remembering = true;

QString windowName(const QWidget* widget)
{
    const QWidget* window = widget->window();
    return window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                          : window->objectName();
}
} // namespace

ViewState::ViewState(QObject* parent)
    : QObject(parent)
{}

void ViewState::setRemembering(bool remembering)
{
    g_remembering = remembering;
}

void ViewState::install()
{
    static QPointer<ViewState> installed;
    if (installed || !qApp)
        return;
    installed = new ViewState(qApp);
    qApp->installEventFilter(installed);
}

bool ViewState::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::Show && type != QEvent::Hide) || !g_remembering)
        return false;
    auto* header = qobject_cast<QHeaderView*>(watched);
    if (!header || header->orientation() != Qt::Horizontal || headerKey(header).isEmpty())
        return false;
    const bool seen = header->property(kSeenProperty).toBool();
    if (type == QEvent::Show && !seen) {
        // A model filled later (count 0 now) gets its chance at the next show.
        if (!restoreHeader(header) && header->count() == 0)
            return false;
        header->setProperty(kSeenProperty, true);
        // Kept as it changes too: a view deleted while shown (another database opened, a
        // restore) gets no hide event.
        const auto save = [header] {
            if (header->isVisible()) // not while its window is taken apart
                saveHeader(header);
        };
        connect(header, &QHeaderView::sectionResized, this, save);
        connect(header, &QHeaderView::sectionMoved, this, save);
        connect(header, &QHeaderView::sortIndicatorChanged, this, save);
    } else if (type == QEvent::Hide && seen) {
        saveHeader(header);
    }
    return false;
}

QString ViewState::headerKey(const QHeaderView* header)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(header->parentWidget());
    if (!view || view->objectName().isEmpty())
        return {};
    return kColumnsGroup + windowName(view) + QLatin1Char('/') + view->objectName();
}

void ViewState::saveHeader(const QHeaderView* header)
{
    const QString key = headerKey(header);
    if (key.isEmpty() || header->count() == 0)
        return;
    QSettings settings;
    settings.setValue(key + QStringLiteral("/state"), header->saveState());
    settings.setValue(key + QStringLiteral("/count"), header->count());
}

bool ViewState::restoreHeader(QHeaderView* header)
{
    const QString key = headerKey(header);
    if (key.isEmpty() || header->count() == 0)
        return false;
    const QSettings settings;
    const QByteArray state = settings.value(key + QStringLiteral("/state")).toByteArray();
    // Columns added or dropped since: the old widths would land on the wrong columns.
    if (state.isEmpty() ||
        settings.value(key + QStringLiteral("/count")).toInt() != header->count())
        return false;
    const bool restored = header->restoreState(state);
    // Said on the header: a view that sizes its columns to fit leaves these alone (ColumnFitter).
    header->setProperty("opiekaViewStateRestored", restored);
    return restored;
}

void ViewState::restoreWindow(QWidget* window)
{
    if (!g_remembering)
        return;
    const QString key = kWindowsGroup + windowName(window);
    const QSettings settings;
    const QByteArray geometry = settings.value(key + QStringLiteral("/geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    const QByteArray state = settings.value(key + QStringLiteral("/state")).toByteArray();
    if (auto* main = qobject_cast<QMainWindow*>(window); main && !state.isEmpty())
        main->restoreState(state);
}

void ViewState::saveWindow(const QWidget* window)
{
    if (!g_remembering)
        return;
    const QString key = kWindowsGroup + windowName(window);
    QSettings settings;
    settings.setValue(key + QStringLiteral("/geometry"), window->saveGeometry());
    if (const auto* main = qobject_cast<const QMainWindow*>(window))
        settings.setValue(key + QStringLiteral("/state"), main->saveState());
}

qint64 ViewState::lastFamily(const QString& database)
{
    if (database.isEmpty())
        return 0;
    return QSettings().value(kLastFamilyKey).toMap().value(database).toLongLong();
}

void ViewState::setLastFamily(const QString& database, qint64 familyId)
{
    if (database.isEmpty() || !g_remembering)
        return;
    QSettings settings;
    QVariantMap last = settings.value(kLastFamilyKey).toMap();
    last.insert(database, familyId);
    settings.setValue(kLastFamilyKey, last);
}

} // namespace opieka::ui
