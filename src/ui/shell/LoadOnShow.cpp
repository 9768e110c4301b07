#include "LoadOnShow.h"

#include <QEvent>
#include <QWidget>

namespace opieka::ui {

LoadOnShow::LoadOnShow(QWidget* screen, std::function<void()> load)
    : QObject(screen)
    , m_screen(screen)
    , m_load(std::move(load))
{
    screen->installEventFilter(this);
    if (screen->isVisible())
        this->load();
}

void LoadOnShow::invalidate()
{
    m_stale = true;
    if (m_screen->isVisible())
        load();
}

bool LoadOnShow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_screen && event->type() == QEvent::Show && m_stale)
        load();
    return QObject::eventFilter(watched, event);
}

void LoadOnShow::load()
{
    m_stale = false; // before loading: a load that fails is not retried at every show
    m_load();
}

} // namespace opieka::ui
