#include "WorkerFields.h"

#include "DialogParts.h"
#include "Labels.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opieka::ui {

WorkerFields::WorkerFields(const QStringList& units, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_firstName = newLineEdit(this, QStringLiteral("workerFirstNameEdit"), tr("First name"));
    m_lastName = newLineEdit(this, QStringLiteral("workerLastNameEdit"), tr("Surname"));
    m_role = newComboBox(this, QStringLiteral("workerRoleCombo"), tr("Role"));
    for (const QString& name : workerRoleNames())
        if (const auto role = parseRole(name))
            m_role->addItem(Labels::role(*role), name);
    m_unit = newComboBox(this, QStringLiteral("workerUnitCombo"), tr("Unit"));
    m_unit->setEditable(true);
    m_unit->addItem(QString());
    m_unit->addItems(units);
    m_fte = new QDoubleSpinBox(this);
    m_fte->setObjectName(QStringLiteral("workerFteSpin"));
    m_fte->setAccessibleName(tr("FTE"));
    m_fte->setRange(0.05, 1.0);
    m_fte->setSingleStep(0.05);
    m_fte->setDecimals(2);
    m_fte->setValue(1.0);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Surname:"), m_lastName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("F&TE (etat):"), m_fte);
    layout->addLayout(form);
    auto* hint =
        newNote(this, tr("The unit (dział, zespół) may stay empty. The FTE is the part of a "
                         "full-time post: 1 for full time, 0.5 for half; a social worker's "
                         "limit of families shrinks with it."));
    layout->addWidget(hint);
}

void WorkerFields::setWorker(const Worker& w)
{
    m_firstName->setText(w.firstName);
    m_lastName->setText(w.lastName);
    m_role->setCurrentIndex(m_role->findData(roleName(w.role)));
    m_unit->setCurrentText(w.unit);
    m_fte->setValue(w.fte);
}

Worker WorkerFields::worker(Worker base) const
{
    base.firstName = m_firstName->text().trimmed();
    base.lastName = m_lastName->text().trimmed();
    base.role = parseRole(m_role->currentData().toString()).value_or(Role::SocialWorker);
    base.unit = m_unit->currentText().trimmed();
    base.fte = m_fte->value();
    return base;
}

void WorkerFields::clear()
{
    m_firstName->clear();
    m_lastName->clear();
    m_fte->setValue(1.0);
}

void WorkerFields::focusFirst()
{
    m_firstName->setFocus();
}

} // namespace opieka::ui
