#include "WorkerDialog.h"

#include "Logging.h"
#include "Messages.h"
#include "Theme.h"
#include "WorkerFields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {

WorkerDialog::WorkerDialog(const Session& session, std::optional<Worker> existing,
                           const QStringList& units, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_workers(m_session)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("workerDialog"));
    setWindowTitle(m_existing ? tr("Change worker") : tr("New worker"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    m_fields = new WorkerFields(units, this);
    layout->addWidget(m_fields);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("workerMessage"));
    m_message->setAccessibleName(tr("What is wrong"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Theme::errorStyle());
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("workerOkButton"));
    ok->setText(m_existing ? tr("Save") : tr("Add worker"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("workerCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkerDialog::reject);
    layout->addWidget(buttons);

    if (m_existing)
        m_fields->setWorker(*m_existing);
    m_fields->focusFirst();
    setMinimumWidth(440);
}

Result<Worker> WorkerDialog::saveChange(const Worker& changed)
{
    auto warning = m_workers.overLimitWarning(changed);
    if (!warning)
        return warning.error();
    const bool lowers = changed.fte < m_existing->fte || changed.role != m_existing->role;
    if (lowers && !warning->isEmpty() && m_session.may(Capability::OverrideLimit).ok()) {
        if (!confirm(this, tr("Over the limit"),
                     *warning + QStringLiteral("\n\n") +
                         tr("Save the change anyway? Then hand the cases beyond the "
                            "limit over to other workers.")))
            return refused(*warning);
        return m_workers.update(changed, OverLimit::Accept);
    }
    return m_workers.update(changed, OverLimit::Refuse);
}

void WorkerDialog::accept()
{
    const Worker w = m_fields->worker(m_existing.value_or(Worker{}));
    auto saved = m_existing ? saveChange(w) : m_workers.add(w);
    if (!saved) {
        m_message->setText(saved.error().message);
        return;
    }
    m_saved = *saved;
    logging::get("ui")->info("worker {} saved", m_saved.id);
    QDialog::accept();
}

} // namespace opieka::ui
