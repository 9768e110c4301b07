#include "NewFamilyDialog.h"

#include "DialogParts.h"
#include "DuplicateWarningDialog.h"
#include "Labels.h"
#include "ui_NewFamilyDialog.h"

#include <QPushButton>

namespace opieka::ui {

NewFamilyDialog::NewFamilyDialog(FamilyService families, DuplicateService duplicates,
                                 QWidget* parent)
    : FormDialog(parent, QStringLiteral("newFamilyDialog"), tr("New family"))
    , m_families(families)
    , m_duplicates(duplicates)
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
    FamilyDraft draft;
    draft.name = family.name;
    draft.municipality = family.municipality;
    draft.address = family.address;
    const DuplicateWarningDialog::Outcome asked = DuplicateWarningDialog::ask(
        this, DuplicateKind::Families, family.name, m_duplicates.checkFamily(draft));
    if (asked.openFamilyId > 0) {
        m_openFamilyId = asked.openFamilyId; // its record instead of a second case
        QDialog::reject();
        return;
    }
    if (!asked.save)
        return;
    auto id = m_families.create(family);
    if (refused(id, "new family not created"))
        return;
    m_familyId = *id;
    DuplicateWarningDialog::rememberSomeoneElse(this, m_duplicates, DuplicateKind::Families,
                                                m_familyId, asked.someoneElse);
    QDialog::accept();
}

} // namespace opieka::ui
