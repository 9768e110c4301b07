#include "FosterFamilyDialog.h"

#include "DialogParts.h"
#include "FosterLabels.h"
#include "Logging.h"
#include "ui_FosterFamilyDialog.h"

#include <QPushButton>

namespace opieka::ui {
namespace {
std::optional<QDate> dateIf(const QCheckBox* check, const QDateEdit* edit)
{
    return check->isChecked() ? std::optional<QDate>(edit->date()) : std::nullopt;
}

void setDate(QCheckBox* check, QDateEdit* edit, const std::optional<QDate>& date)
{
    check->setChecked(date.has_value());
    edit->setDate(date.value_or(QDate::currentDate()));
}
} // namespace

FosterFamilyDialog::FosterFamilyDialog(FosterRegisterService fosterRegister,
                                       std::optional<FosterFamily> existing, QWidget* parent)
    : FormDialog(parent, QStringLiteral("fosterFamilyDialog"), QString())
    , m_fosterRegister(fosterRegister)
    , m_existing(std::move(existing))
{
    const QString title = m_existing ? tr("Edit foster family") : tr("Register foster family");
    setWindowTitle(title);
    setAccessibleName(title);
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = m_existing ? tr("&Save") : tr("&Register"),
                      .accessibleName = m_existing ? tr("Save the foster family")
                                                   : tr("Register the foster family")},
                     m_ui->errorLabel);

    if (auto settings = m_fosterRegister.settings())
        m_settings = *settings;
    else
        logging::get("ui")->warn("foster care settings could not be read; defaults shown");
    for (FosterFamilyKind kind : {FosterFamilyKind::Kinship, FosterFamilyKind::NonProfessional,
                                  FosterFamilyKind::Professional, FosterFamilyKind::Emergency,
                                  FosterFamilyKind::Specialised, FosterFamilyKind::FamilyHome})
        m_ui->kindCombo->addItem(FosterLabels::kind(kind), fosterFamilyKindName(kind));

    FosterFamily initial;
    initial.kind = FosterFamilyKind::NonProfessional;
    initial.openedOn = QDate::currentDate();
    fill(m_existing.value_or(initial));

    for (QCheckBox* check :
         {m_ui->qualifiedCheck, m_ui->capacityCheck, m_ui->healthCheck, m_ui->psychologistCheck})
        connect(check, &QCheckBox::toggled, this, &FosterFamilyDialog::updateControls);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &FosterFamilyDialog::updateControls);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &FosterFamilyDialog::updateControls);
    connect(m_ui->municipalityEdit, &QLineEdit::textChanged, this,
            &FosterFamilyDialog::updateControls);
    updateControls();
}

FosterFamilyDialog::~FosterFamilyDialog() = default;

void FosterFamilyDialog::fill(const FosterFamily& f)
{
    m_ui->nameEdit->setText(f.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(fosterFamilyKindName(f.kind)));
    m_ui->carersEdit->setText(f.carers);
    m_ui->municipalityEdit->setText(f.municipality);
    m_ui->addressEdit->setText(f.address);
    m_ui->openedDateEdit->setDate(f.openedOn.isValid() ? f.openedOn : QDate::currentDate());
    setDate(m_ui->qualifiedCheck, m_ui->qualifiedDateEdit, f.qualifiedOn);
    m_ui->trainingEdit->setText(f.training);
    m_ui->capacityCheck->setChecked(f.capacity.has_value());
    m_ui->capacitySpin->setValue(f.capacity.value_or(3));
    setDate(m_ui->healthCheck, m_ui->healthDateEdit, f.healthCertificateOn);
    setDate(m_ui->psychologistCheck, m_ui->psychologistDateEdit, f.psychologistOpinionOn);
}

FosterFamily FosterFamilyDialog::entered() const
{
    FosterFamily f = m_existing.value_or(FosterFamily{});
    f.name = m_ui->nameEdit->text().trimmed();
    f.kind = parseFosterFamilyKind(m_ui->kindCombo->currentData().toString())
                 .value_or(FosterFamilyKind::NonProfessional);
    f.carers = m_ui->carersEdit->text().trimmed();
    f.municipality = m_ui->municipalityEdit->text().trimmed();
    f.address = m_ui->addressEdit->text().trimmed();
    f.openedOn = m_ui->openedDateEdit->date();
    f.qualifiedOn = dateIf(m_ui->qualifiedCheck, m_ui->qualifiedDateEdit);
    f.training = m_ui->trainingEdit->text().trimmed();
    f.capacity = m_ui->capacityCheck->isChecked() ? std::optional<int>(m_ui->capacitySpin->value())
                                                  : std::nullopt;
    f.healthCertificateOn = dateIf(m_ui->healthCheck, m_ui->healthDateEdit);
    f.psychologistOpinionOn = dateIf(m_ui->psychologistCheck, m_ui->psychologistDateEdit);
    return f;
}

void FosterFamilyDialog::updateControls()
{
    m_ui->qualifiedDateEdit->setEnabled(m_ui->qualifiedCheck->isChecked());
    m_ui->capacitySpin->setEnabled(m_ui->capacityCheck->isChecked());
    m_ui->healthDateEdit->setEnabled(m_ui->healthCheck->isChecked());
    m_ui->psychologistDateEdit->setEnabled(m_ui->psychologistCheck->isChecked());
    const FosterFamilyKind kind = parseFosterFamilyKind(m_ui->kindCombo->currentData().toString())
                                      .value_or(FosterFamilyKind::NonProfessional);
    const std::optional<int> standard = foster_rules::capacityOf(kind, std::nullopt, m_settings);
    m_ui->capacityHintLabel->setText(
        standard ? tr("Otherwise %n children for this kind.", nullptr, *standard)
                 : tr("Otherwise no statutory limit for this kind."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->nameEdit->text().trimmed().isEmpty() &&
                     !m_ui->municipalityEdit->text().trimmed().isEmpty());
}

void FosterFamilyDialog::accept()
{
    const FosterFamily family = entered();
    Status saved;
    if (m_existing) {
        saved = m_fosterRegister.updateFamily(family);
        if (saved)
            m_fosterFamilyId = family.id;
    } else {
        auto id = m_fosterRegister.registerFamily(family);
        if (id)
            m_fosterFamilyId = *id;
        else
            saved = id.error();
    }
    if (!refused(saved, "foster family not saved"))
        QDialog::accept();
}

} // namespace opieka::ui
