#include "MemberDialog.h"

#include "DialogParts.h"
#include "DuplicateWarningDialog.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "Theme.h"
#include "ui_MemberDialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace opieka::ui {
namespace {
// QDateEdit cannot be empty: its minimum stands for "not known".
const QDate kNoDate(1800, 1, 1);
} // namespace

MemberDialog::MemberDialog(MemberService members, DuplicateService duplicates, qint64 familyId,
                           QWidget* parent)
    : FormDialog(parent, QStringLiteral("memberDialog"), tr("Household member"))
    , m_members(members)
    , m_duplicates(duplicates)
    , m_familyId(familyId)
{
    setWindowTitle(tr("Add household member"));
    setUpFormButtons(this, m_ui->buttonBox, {.text = tr("&Save"), .accessibleName = tr("Save")});

    for (Relation relation :
         {Relation::Parent, Relation::Guardian, Relation::Child, Relation::Partner,
          Relation::Sibling, Relation::Grandparent, Relation::Other})
        m_ui->relationCombo->addItem(Labels::relation(relation), relationName(relation));
    // No silent default: without a PESEL the sex is chosen by the person entering it.
    m_ui->sexCombo->addItem(tr("Choose…"), QString());
    m_ui->sexCombo->addItem(Labels::sex(Sex::Female), sexName(Sex::Female));
    m_ui->sexCombo->addItem(Labels::sex(Sex::Male), sexName(Sex::Male));
    m_ui->birthDateEdit->setMinimumDate(kNoDate);
    m_ui->birthDateEdit->setSpecialValueText(tr("not known"));
    m_ui->birthDateEdit->setDate(kNoDate);
    // A date edit showing "not known" keeps Tab to itself (QDateTimeEdit): let it move on.
    m_ui->birthDateEdit->installEventFilter(this);

    connect(m_ui->peselEdit, &QLineEdit::textChanged, this, &MemberDialog::peselChanged);
    connect(m_ui->firstNameEdit, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_ui->lastNameEdit, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_ui->relationCombo, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    connect(m_ui->sexCombo, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    connect(m_ui->birthDateEdit, &QDateEdit::dateChanged, this, &MemberDialog::validate);
    validate();
    m_opened = currentMember();
}

MemberDialog::~MemberDialog() = default;

bool MemberDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->birthDateEdit && event->type() == QEvent::KeyPress &&
        m_ui->birthDateEdit->date() == m_ui->birthDateEdit->minimumDate()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back =
                key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(!back);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MemberDialog::setMember(const Member& member)
{
    m_memberId = member.id;
    m_rowVersion = member.rowVersion;
    setWindowTitle(tr("Edit household member"));
    const QSignalBlocker first(m_ui->firstNameEdit);
    const QSignalBlocker last(m_ui->lastNameEdit);
    const QSignalBlocker pesel(m_ui->peselEdit);
    const QSignalBlocker birth(m_ui->birthDateEdit);
    const QSignalBlocker sex(m_ui->sexCombo);
    const QSignalBlocker relation(m_ui->relationCombo);
    m_ui->firstNameEdit->setText(member.firstName);
    m_ui->lastNameEdit->setText(member.lastName);
    m_ui->peselEdit->setText(member.pesel);
    m_ui->birthDateEdit->setDate(member.birthDate.value_or(kNoDate));
    m_ui->sexCombo->setCurrentIndex(
        m_ui->sexCombo->findData(member.sex ? sexName(*member.sex) : QString()));
    m_ui->relationCombo->setCurrentIndex(
        m_ui->relationCombo->findData(relationName(member.relation)));
    validate();
    m_opened = currentMember();
}

void MemberDialog::reject()
{
    const Member now = currentMember();
    const bool changed = now.firstName != m_opened.firstName || now.lastName != m_opened.lastName ||
                         now.pesel != m_opened.pesel || now.birthDate != m_opened.birthDate ||
                         now.sex != m_opened.sex || now.relation != m_opened.relation;
    if (changed && !confirm(this, tr("Discard the entry"),
                            tr("Discard what you typed for this member? Nothing of "
                               "it is saved.")))
        return;
    QDialog::reject();
}

Member MemberDialog::currentMember() const
{
    Member member;
    member.id = m_memberId;
    member.familyId = m_familyId;
    member.rowVersion = m_rowVersion;
    member.firstName = m_ui->firstNameEdit->text().trimmed();
    member.lastName = m_ui->lastNameEdit->text().trimmed();
    member.pesel = m_ui->peselEdit->text().trimmed();
    if (m_ui->birthDateEdit->date() != kNoDate)
        member.birthDate = m_ui->birthDateEdit->date();
    member.sex = parseSex(m_ui->sexCombo->currentData().toString());
    member.relation =
        parseRelation(m_ui->relationCombo->currentData().toString()).value_or(Relation::Other);
    return member;
}

void MemberDialog::peselChanged()
{
    // A new PESEL decides birth date and sex: check it alone, then fill them from it.
    Member member = currentMember();
    if (!member.pesel.isEmpty()) {
        member.birthDate.reset();
        member.sex.reset();
        auto checked = m_members.validate(member, m_memberId);
        if (checked && checked->birthDate && checked->sex) {
            const QSignalBlocker birth(m_ui->birthDateEdit);
            const QSignalBlocker sex(m_ui->sexCombo);
            m_ui->birthDateEdit->setDate(*checked->birthDate);
            m_ui->sexCombo->setCurrentIndex(m_ui->sexCombo->findData(sexName(*checked->sex)));
        }
    }
    validate();
}

void MemberDialog::validate()
{
    const Member member = currentMember();
    if (member.firstName.isEmpty() || member.lastName.isEmpty()) {
        showCheck(false, tr("Enter the first and last name."));
        return;
    }
    auto checked = m_members.validate(member, m_memberId);
    if (!checked) {
        showCheck(false, checked.error().message);
        return;
    }
    if (checked->pesel.isEmpty())
        showCheck(true, tr("No PESEL: enter the birth date if it is known."));
    else
        showCheck(true, tr("PESEL is valid: born %1, %2.")
                            .arg(Labels::date(checked->birthDate.value_or(QDate())),
                                 checked->sex ? Labels::sex(*checked->sex).toLower() : QString()));
}

void MemberDialog::showCheck(bool ok, const QString& text)
{
    m_valid = ok;
    m_ui->validationLabel->setText(text);
    m_ui->validationLabel->setStyleSheet(ok ? Theme::okStyle() : Theme::errorStyle());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void MemberDialog::accept()
{
    if (!m_valid)
        return;
    const Member member = currentMember();
    // A woman's name with "male" chosen is more often a slip than a fact: ask before storing it.
    if (member.sex == Sex::Male && firstNameReadsFemale(member.firstName) &&
        !confirm(this, tr("Check the sex"),
                 tr("%1 reads as a woman's name, but the sex chosen is male. Save %1 "
                    "as a man?")
                     .arg(member.firstName)))
        return;
    const DuplicateWarningDialog::Outcome asked = askAboutDuplicates(member);
    if (asked.openFamilyId > 0) {
        // The person chose the existing record over what was typed: closed without the question
        // about discarding it.
        m_openFamilyId = asked.openFamilyId;
        QDialog::reject();
        return;
    }
    if (!asked.save)
        return;
    if (m_memberId == 0) {
        auto id = m_members.add(member);
        if (!id) {
            logging::get("ui")->warn("member not added to family {}", m_familyId);
            showCheck(false, tr("Not saved: %1").arg(id.error().message));
            return;
        }
        m_memberId = *id;
    } else {
        const Status updated = m_members.update(member);
        if (!updated) {
            logging::get("ui")->warn("member {} not updated", m_memberId);
            showCheck(false, tr("Not saved: %1").arg(updated.error().message));
            return;
        }
    }
    DuplicateWarningDialog::rememberSomeoneElse(this, m_duplicates, DuplicateKind::Members,
                                                m_memberId, asked.someoneElse);
    QDialog::accept();
}

DuplicateWarningDialog::Outcome MemberDialog::askAboutDuplicates(const Member& member)
{
    MemberDraft draft;
    draft.familyId = m_familyId;
    if (m_memberId != 0)
        draft.memberId = m_memberId; // never matched with itself
    draft.firstName = member.firstName;
    draft.lastName = member.lastName;
    draft.pesel = member.pesel;
    draft.birthDate = member.birthDate;
    draft.sex = member.sex;
    return DuplicateWarningDialog::ask(this, DuplicateKind::Members, member.displayName(),
                                       m_duplicates.checkMember(draft));
}

} // namespace opieka::ui
