#pragma once

#include "CaseloadService.h"
#include "Role.h"
#include "Session.h"

#include <QWidget>
#include <optional>

class QCommandLinkButton;
class QGridLayout;
class QLabel;
class QTableView;

namespace opieka::ui {

class CasesBehindDialog;
class PendingConfirmationsBox;
class ReportRunner;
class ReportTableModel;

// What a manager sees at a glance (Ośrodek w skrócie): utilisation by role, the workers over or
// near the limit, how many deadline items are overdue and how many families lack a required
// team member. Every figure opens the report or the list behind it. Above them, the manager
// accounts awaiting a manager's confirmation (four eyes), when there are any.
class ManagerDeskTab : public QWidget
{
    Q_OBJECT

public:
    struct Glance
    {
        CaseloadReport caseload;
        int overdueItems = 0;
        QList<qint64> familiesMissingTeam;
        int fosterFamiliesWithoutCoordinator = 0; // art. 77 ust. 1a
        QStringList ruleDifferences; // where the centre's limits are not the statute's, in words
    };

    explicit ManagerDeskTab(const Session& session, QWidget* parent = nullptr);

    const Glance& glance() const { return m_glance; }
    bool hasGlance() const { return m_hasGlance; }
    ReportRunner* runner() const { return m_runner; }
    ReportTableModel* loadedWorkersModel() const { return m_workers; }
    PendingConfirmationsBox* pendingConfirmations() const { return m_pending; }

    CasesBehindDialog* showWorkerCases(qint64 workerId);
    CasesBehindDialog* showFamiliesMissingTeam();

public slots:
    void refresh();

signals:
    void showCaseloadRequested(std::optional<Role> role);
    void showDeadlinesRequested();
    void openFamilyRequested(qint64 familyId);
    void showFosterFamilyRequested(qint64 fosterFamilyId);
    void statusMessage(const QString& text); // what was done, for the status bar

protected:
    void showEvent(QShowEvent* event) override;

private:
    void display(const Glance& glance);
    void fillRoles();
    CasesBehindDialog* showDialog(const QString& title, const QString& explanation,
                                  const QList<CountedCase>& cases);

    Session m_session;
    Glance m_glance;
    bool m_hasGlance = false;
    bool m_requested = false;
    ReportRunner* m_runner = nullptr;
    PendingConfirmationsBox* m_pending = nullptr;
    QLabel* m_heading = nullptr;
    QGridLayout* m_roles = nullptr;
    QWidget* m_rolesBox = nullptr;
    QLabel* m_loadedLabel = nullptr;
    QLabel* m_normLabel = nullptr;  // the social workers' norm of art. 110 ust. 11 u.p.s.
    QLabel* m_rulesLabel = nullptr; // the centre's limits that differ from the statute's
    ReportTableModel* m_workers = nullptr;
    QTableView* m_workersTable = nullptr;
    QCommandLinkButton* m_overdueButton = nullptr;
    QCommandLinkButton* m_teamButton = nullptr;
    QCommandLinkButton* m_coordinatorButton = nullptr;
};

} // namespace opieka::ui
