#pragma once

#include "Session.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace opieka::ui {

class ReportTableModel;

// Four eyes on the manager's start page (issue 18): the manager accounts that reach no case
// until another manager confirms them (made by an administrator, or given a password by one),
// with who made the change and when, and Confirm for the selected one. AccountService decides
// who may confirm what; the box shows its answer. Hidden while nothing awaits.
class PendingConfirmationsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PendingConfirmationsBox(const Session& session, QWidget* parent = nullptr);

    ReportTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* confirmButton() const { return m_confirm; }

public slots:
    void refresh();
    // Confirms the selected account; says what was done, or shows the refusal.
    void confirmSelected();

signals:
    void statusMessage(const QString& text);

private:
    void updateButton();

    Session m_session;
    QList<PendingConfirmation> m_pending;
    QLabel* m_explanation = nullptr;
    ReportTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace opieka::ui
