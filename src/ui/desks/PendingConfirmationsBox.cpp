#include "PendingConfirmationsBox.h"

#include "AccountService.h"
#include "ColumnFitter.h"
#include "Labels.h"
#include "Messages.h"
#include "ReportTableModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
QString changeLabel(const QString& reason)
{
    if (reason == QLatin1String("created"))
        return PendingConfirmationsBox::tr("Account created");
    if (reason == QLatin1String("password_reset"))
        return PendingConfirmationsBox::tr("Password set");
    return reason;
}

QString when(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return Labels::date(local.date()) + QLatin1Char(' ') + Labels::time(local.time());
}
} // namespace

PendingConfirmationsBox::PendingConfirmationsBox(const Session& session, QWidget* parent)
    : QGroupBox(tr("Manager accounts awaiting your confirmation"), parent)
    , m_session(session)
    , m_explanation(new QLabel(this))
    , m_model(new ReportTableModel(
          {tr("Account"), tr("Role"), tr("Change"), tr("Made by"), tr("When")}, {}, this))
    , m_table(newReportTable(QStringLiteral("pendingConfirmationsTable"),
                             tr("Manager accounts awaiting your confirmation"), m_model, this))
    , m_confirm(new QPushButton(tr("&Confirm"), this))
{
    setObjectName(QStringLiteral("pendingConfirmationsBox"));
    m_model->setObjectName(QStringLiteral("pendingConfirmationsModel"));
    m_explanation->setObjectName(QStringLiteral("pendingConfirmationsLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setBuddy(m_table);
    m_confirm->setObjectName(QStringLiteral("confirmManagerButton"));
    m_confirm->setAccessibleName(tr("Confirm the selected manager account"));
    ColumnFitter::attach(m_table, {0, 1, 2, 3});
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 8);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &PendingConfirmationsBox::confirmSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingConfirmationsBox::updateButton);
    setVisible(false);
    updateButton();
}

void PendingConfirmationsBox::refresh()
{
    auto pending = AccountService(m_session).awaitingConfirmation();
    m_pending = pending ? *pending : QList<PendingConfirmation>();
    m_explanation->setText(
        pending ? tr("These manager accounts reach no case until another manager confirms them "
                     "(four eyes). Confirm only a change you know was asked for.")
                : tr("Cannot read the accounts awaiting confirmation: %1")
                      .arg(pending.error().message));
    QList<ReportTableRow> rows;
    for (const PendingConfirmation& p : m_pending)
        rows << ReportTableRow{{p.user.login, Labels::role(p.user.role), changeLabel(p.reason),
                                p.requestedBy, when(p.since)},
                               {},
                               p.user.id,
                               0};
    m_model->setRows(rows);
    if (rows.size() == 1)
        m_table->selectRow(0);
    setVisible(!rows.isEmpty() || !pending);
    updateButton();
}

void PendingConfirmationsBox::confirmSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || selected.first().row() >= m_pending.size())
        return;
    const QString login = m_pending.at(selected.first().row()).user.login;
    if (Status s = AccountService(m_session).confirmManager(login); !s) {
        showError(this, tr("Cannot confirm the account"), s.error().message);
        refresh();
        return;
    }
    refresh();
    emit statusMessage(
        tr("Account '%1' confirmed; it reaches the cases from its next sign-in.").arg(login));
}

void PendingConfirmationsBox::updateButton()
{
    m_confirm->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace opieka::ui
