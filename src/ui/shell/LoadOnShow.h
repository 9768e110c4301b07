#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace opieka::ui {

// A screen that reads the database loads when it is first shown and, after a change elsewhere
// made it stale, when it is next shown: the window's hidden tabs cost nothing at start and
// nothing after each save (a voivodeship's data makes every desk's reading count, issue 9).
class LoadOnShow : public QObject
{
public:
    // Watches `screen` (and is owned by it); `load` reads the data and fills the screen.
    LoadOnShow(QWidget* screen, std::function<void()> load);

    // The data changed: loads at once when the screen is visible, else when it is next shown.
    void invalidate();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();

    QWidget* m_screen;
    std::function<void()> m_load;
    bool m_stale = true;
};

} // namespace opieka::ui
