#include "AddCoordinatorDialog.h"

#include "DialogParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {

AddCoordinatorDialog::AddCoordinatorDialog(const QList<Worker>& coordinators, QWidget* parent)
    : QDialog(parent)
    , m_workerCombo(new QComboBox(this))
    , m_fromDate(newDateEdit(this, QDate::currentDate(), QStringLiteral("coordinatorFromDate"),
                             tr("On the team from")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addCoordinatorDialog"));
    setWindowTitle(tr("Add coordinator to the team"));
    setAccessibleName(tr("Add coordinator to the team"));
    m_workerCombo->setObjectName(QStringLiteral("coordinatorCombo"));
    m_workerCombo->setAccessibleName(tr("Foster-care coordinator"));
    for (const Worker& worker : coordinators)
        m_workerCombo->addItem(worker.displayName(), worker.id);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* add = m_buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("&Add"));
    add->setObjectName(QStringLiteral("addButton"));
    add->setAccessibleName(tr("Add"));
    add->setEnabled(!coordinators.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    auto* workerLabel = new QLabel(tr("&Coordinator:"), this);
    workerLabel->setBuddy(m_workerCombo);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromDate);
    form->addRow(workerLabel, m_workerCombo);
    form->addRow(fromLabel, m_fromDate);
    auto* note = new QLabel(
        tr("A coordinator joins the family's working team; this does not count against the "
           "coordinator's caseload, which counts foster families."),
        this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    if (coordinators.isEmpty()) {
        auto* none = new QLabel(tr("There are no active foster-care coordinators."), this);
        none->setObjectName(QStringLiteral("noCoordinatorsLabel"));
        layout->addWidget(none);
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 AddCoordinatorDialog::workerId() const
{
    return m_workerCombo->currentData().toLongLong();
}

QDate AddCoordinatorDialog::from() const
{
    return m_fromDate->date();
}

} // namespace opieka::ui
