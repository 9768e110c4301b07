#pragma once

#include "Session.h"
#include "User.h"
#include "WorkerService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace opieka::ui {

// A worker's leave (urlop, zwolnienie lekarskie, urlop macierzyński or rodzicielski, other):
// the periods recorded, a new one recorded (kind, first day, last day or until further notice)
// and a running or planned one ended when the worker comes back. WorkerService decides; its
// refusal (an overlap, a last day before the first) is shown in the dialog, which stays open.
class WorkerLeaveDialog : public QDialog
{
    Q_OBJECT

public:
    WorkerLeaveDialog(const Session& session, Worker worker, QWidget* parent = nullptr);

    // True once a period was recorded or ended.
    bool changedAnything() const { return m_changed; }

public slots:
    void recordLeave();
    // Asks for the last day away and ends the selected period.
    void endLeave();

private:
    void reload();
    void updateButtons();
    // After a change to the leave: the refusal on the message line, else the message cleared
    // and the list read again. True when the change was made.
    bool applied(const Status& change);

    WorkerService m_workers;
    Worker m_worker;
    QList<WorkerLeave> m_leaves;
    QListWidget* m_list = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_lastDay = nullptr;
    QCheckBox* m_openEnded = nullptr;
    QPushButton* m_endButton = nullptr;
    QLabel* m_message = nullptr;
    bool m_changed = false;
};

} // namespace opieka::ui
