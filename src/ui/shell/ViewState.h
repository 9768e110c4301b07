#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QWidget;

namespace opieka::ui {

// How the user left the windows, kept in QSettings: a window's size and place (and a main
// window's docks and toolbars), the columns of every named table or tree view (width, order,
// sort), and the last family record opened on each database.
class ViewState : public QObject
{
    Q_OBJECT

public:
    // Once per application (later calls do nothing): from then on the horizontal header of
    // every item view with an objectName gets its saved columns back when it is first shown
    // and keeps them whenever it is hidden (another tab, the window closed). Keyed by the
    // window's and the view's objectName, so a view needs no code of its own.
    static void install();
    // Off for tools (tools/screenshots): they show the defaults, not this computer's habits, and
    // change nothing. On by default.
    static void setRemembering(bool remembering);

    static void restoreWindow(QWidget* window);
    static void saveWindow(const QWidget* window);

    // The settings key of the header's columns; empty when its view or window has no name.
    static QString headerKey(const QHeaderView* header);
    static void saveHeader(const QHeaderView* header);
    // False when nothing fits: nothing saved, or saved for another number of columns.
    static bool restoreHeader(QHeaderView* header);

    // The family record opened last on the database (a file path or a server address); 0: none.
    static qint64 lastFamily(const QString& database);
    static void setLastFamily(const QString& database, qint64 familyId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ViewState(QObject* parent);
};

} // namespace opieka::ui
