#include "NewFamilyDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "ui_NewFamilyDialog.h"

#include <QPushButton>

namespace opieka::ui {

NewFamilyDialog::NewFamilyDialog(FamilyService families, QWidget* parent)
    : FormDialog(parent, QStringLiteral("newFamilyDialog"), tr("New family"))
    , m_families(families)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("O&pen case"),
                      .accessibleName = tr("Open the case"),
                      .objectName = QStringLiteral("createButton")},
                     m_ui->errorLabel);
    for (NeedCategory category :
         {NeedCategory::Coping, NeedCategory::Struggling, NeedCategory::AtRisk})
        m_ui->categoryCombo->addItem(Labels::category(category), needCategoryName(category));
    m_ui->openedDateEdit->setDate(QDate::currentDate());

    enableWhileFilled(m_ui->buttonBox->button(QDialogButtonBox::Ok), m_ui->nameEdit);
}

NewFamilyDialog::~NewFamilyDialog() = default;

void NewFamilyDialog::accept()
{
    Family family;
    family.name = m_ui->nameEdit->text().trimmed();
    family.caseNumber = m_ui->caseNumberEdit->text().trimmed();
    family.municipality = m_ui->municipalityEdit->text().trimmed();
    family.address = m_ui->addressEdit->text().trimmed();
    family.category = parseNeedCategory(m_ui->categoryCombo->currentData().toString())
                          .value_or(NeedCategory::Coping);
    family.openedOn = m_ui->openedDateEdit->date();
    auto id = m_families.create(family);
    if (refused(id, "new family not created"))
        return;
    m_familyId = *id;
    QDialog::accept();
}

} // namespace opieka::ui
