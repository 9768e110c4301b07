#pragma once

#include "FieldCopy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace opieka::ui {

class MainWindow;

// The main window's side of field copies (issue 23): unlocking a copy's file before it opens,
// naming the copy in the title and the status bar, disabling what needs the whole centre (with
// FieldCopy::offlineReason as tooltip and status tip), File › Take cases into the field… in a
// centre's database and File › Sync with the centre… in a copy.
class FieldCopyActions : public QObject
{
    Q_OBJECT

public:
    // The File entries go before `fileBefore`.
    FieldCopyActions(MainWindow& window, QMenu* file, QAction* fileBefore);

    // Before the window opens `path`: a field copy's file is unlocked with its passphrase, asked
    // in a dialog until it is right or the person cancels. False when cancelled (nothing opens).
    static bool unlockToOpen(const QString& path, QWidget* parent);

    // After a database opened or the account changed: who acts in the copy (its change records'
    // "who"). No-op at a centre.
    void sessionStarted();
    // The title, the status bar and the entries for what the window shows now (after
    // MainWindow::updateStatus set the usual ones).
    void update();

    // The copy the window shows, or nullopt for a centre's database (or none).
    const std::optional<FieldCopyInfo>& info() const { return m_info; }
    QAction* takeIntoFieldAction() const { return m_take; }
    QAction* syncAction() const { return m_sync; }
    QLabel* statusLabel() const { return m_label; }
    // The title's and the status bar's words for a copy.
    static QString title(const FieldCopyInfo& info);
    static QString status(const FieldCopyInfo& info);

public slots:
    void takeIntoField();
    void syncWithCentre();

private:
    void disableCentreOnly();
    void setOffline(QAction* action, FieldCopy::CentreOnly what);

    MainWindow& m_window;
    std::optional<FieldCopyInfo> m_info;
    QAction* m_take = nullptr;
    QAction* m_sync = nullptr;
    QLabel* m_label = nullptr;
    // The entries disabled here, to be given back their tooltips in a centre's database.
    QHash<QAction*, QString> m_disabled;
};

} // namespace opieka::ui
