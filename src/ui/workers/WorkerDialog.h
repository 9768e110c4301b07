#pragma once

#include "Session.h"
#include "WorkerService.h"

#include <QDialog>
#include <optional>

class QLabel;

namespace opieka::ui {

class WorkerFields;

// Adds a worker or changes one: first name, surname, role, unit and FTE (etat). The service
// decides; its refusal is shown under the fields and the dialog stays open. A change that puts
// the worker over the caseload limit is saved only when a manager confirms it.
class WorkerDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the worker to change (none: a new one); `units`: the units already in use.
    WorkerDialog(const Session& session, std::optional<Worker> existing, const QStringList& units,
                 QWidget* parent = nullptr);

    Worker worker() const { return m_saved; }

public slots:
    void accept() override;

private:
    // Saves a change; asks a manager first when it puts the worker over the limit.
    Result<Worker> saveChange(const Worker& changed);

    Session m_session; // the account saving, and what it may
    WorkerService m_workers;
    std::optional<Worker> m_existing;
    WorkerFields* m_fields = nullptr;
    QLabel* m_message = nullptr;
    Worker m_saved;
};

} // namespace opieka::ui
