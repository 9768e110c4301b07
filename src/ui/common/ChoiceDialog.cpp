#include "ChoiceDialog.h"

#include "DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {

ChoiceDialog::ChoiceDialog(const QString& name, const QString& title, const QString& question,
                           const QString& comboName, const QList<QPair<QString, QVariant>>& choices,
                           const QString& okText, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(name + QStringLiteral("Dialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = newNote(this, question);
    layout->addWidget(label);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(name + QStringLiteral("Combo"));
    m_combo->setAccessibleName(comboName);
    label->setBuddy(m_combo);
    for (const auto& [text, value] : choices)
        m_combo->addItem(text, value);
    layout->addWidget(m_combo);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(name + QStringLiteral("OkButton"));
    ok->setText(okText);
    ok->setEnabled(!choices.isEmpty());
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(name + QStringLiteral("CancelButton"));
    cancel->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QVariant ChoiceDialog::choice() const
{
    return m_combo->currentData();
}

void ChoiceDialog::select(const QVariant& value)
{
    if (const int index = m_combo->findData(value); index >= 0)
        m_combo->setCurrentIndex(index);
}

} // namespace opieka::ui
