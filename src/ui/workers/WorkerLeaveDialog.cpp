#include "WorkerLeaveDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {

QString periodLine(const WorkerLeave& leave)
{
    const QString kind = leaveKindLabel(leave.kind);
    return leave.lastDay ? WorkerLeaveDialog::tr("%1: %2 to %3")
                               .arg(kind, Labels::date(leave.from), Labels::date(*leave.lastDay))
                         : WorkerLeaveDialog::tr("%1: from %2 until further notice")
                               .arg(kind, Labels::date(leave.from));
}

} // namespace

WorkerLeaveDialog::WorkerLeaveDialog(const Session& session, Worker worker, QWidget* parent)
    : QDialog(parent)
    , m_workers(session)
    , m_worker(std::move(worker))
{
    setObjectName(QStringLiteral("workerLeaveDialog"));
    setWindowTitle(tr("Leave of %1").arg(m_worker.displayName()));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);

    auto* listLabel = new QLabel(tr("&Periods of leave:"), this);
    layout->addWidget(listLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("leaveList"));
    m_list->setAccessibleName(tr("Periods of leave"));
    listLabel->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    m_endButton = newButton(this, tr("&End selected leave…"), QStringLiteral("endLeaveButton"));
    addButtonRow(layout, {m_endButton});

    auto* form = new QFormLayout;
    m_kind = newComboBox(this, QStringLiteral("leaveKindCombo"), tr("Kind of leave"));
    for (const QString& name : leaveKindNames())
        m_kind->addItem(leaveKindLabel(*parseLeaveKind(name)), name);
    form->addRow(tr("&Kind:"), m_kind);
    m_from = newDateEdit(this, QDate::currentDate(), QStringLiteral("leaveFromEdit"),
                         tr("First day of leave"));
    form->addRow(tr("&First day:"), m_from);
    m_lastDay = newDateEdit(this, QDate::currentDate(), QStringLiteral("leaveLastDayEdit"),
                            tr("Last day of leave"));
    form->addRow(tr("&Last day:"), m_lastDay);
    m_openEnded = new QCheckBox(tr("&Until further notice"), this);
    m_openEnded->setObjectName(QStringLiteral("leaveOpenEndedCheck"));
    form->addRow(QString(), m_openEnded);
    layout->addLayout(form);

    auto* record = newButton(this, tr("&Record leave"), QStringLiteral("recordLeaveButton"));
    addButtonRow(layout, {record});

    m_message = newMessageLine(this, QStringLiteral("leaveMessage"), tr("What is wrong"));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("leaveCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(record, &QPushButton::clicked, this, &WorkerLeaveDialog::recordLeave);
    connect(m_endButton, &QPushButton::clicked, this, &WorkerLeaveDialog::endLeave);
    connect(m_openEnded, &QCheckBox::toggled, m_lastDay, &QWidget::setDisabled);
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkerLeaveDialog::updateButtons);
    setMinimumWidth(460);
    reload();
}

void WorkerLeaveDialog::reload()
{
    m_list->clear();
    auto leaves = m_workers.leaves(m_worker.id);
    if (!leaves) {
        m_message->setText(leaves.error().message);
        m_leaves.clear();
    } else {
        m_leaves = *leaves;
    }
    for (const WorkerLeave& leave : m_leaves)
        m_list->addItem(periodLine(leave));
    if (m_leaves.isEmpty())
        m_list->addItem(tr("No leave recorded."));
    updateButtons();
}

void WorkerLeaveDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_endButton->setEnabled(row >= 0 && row < m_leaves.size());
}

void WorkerLeaveDialog::recordLeave()
{
    WorkerLeave leave;
    leave.workerId = m_worker.id;
    leave.kind = parseLeaveKind(m_kind->currentData().toString()).value_or(LeaveKind::Other);
    leave.from = m_from->date();
    if (!m_openEnded->isChecked())
        leave.lastDay = m_lastDay->date();
    if (applied(m_workers.recordLeave(leave)))
        logging::get("ui")->info("leave recorded for worker {}", m_worker.id);
}

void WorkerLeaveDialog::endLeave()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_leaves.size())
        return;
    const WorkerLeave leave = m_leaves.at(row);
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("endLeaveDialog"));
    ask.setWindowTitle(tr("End leave"));
    ask.setAccessibleName(ask.windowTitle());
    auto* layout = new QVBoxLayout(&ask);
    auto* text =
        new QLabel(tr("%1 is back at work after the day below.").arg(m_worker.displayName()), &ask);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    const QDate yesterday = QDate::currentDate().addDays(-1);
    auto* lastDay = newDateEdit(&ask, std::max(yesterday, leave.from),
                                QStringLiteral("endLeaveLastDayEdit"), tr("Last day of leave"));
    form->addRow(tr("&Last day of leave:"), lastDay);
    layout->addLayout(form);
    QDialogButtonBox* buttons =
        newOkCancel(&ask, QStringLiteral("endLeaveOkButton"), QString(), tr("End leave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (applied(m_workers.endLeave(leave.id, lastDay->date())))
        logging::get("ui")->info("leave ended for worker {}", m_worker.id);
}

bool WorkerLeaveDialog::applied(const Status& change)
{
    if (!change) {
        m_message->setText(change.error().message);
        return false;
    }
    m_message->clear();
    m_changed = true;
    reload();
    return true;
}

} // namespace opieka::ui
