#include "PlacementDialog.h"

#include "DialogParts.h"
#include "FosterLabels.h"
#include "Labels.h"
#include "Logging.h"
#include "Theme.h"
#include "ui_PlacementDialog.h"

#include <QPushButton>

namespace opieka::ui {
PlacementDialog::PlacementDialog(const Session& session, qint64 fosterFamilyId, QWidget* parent)
    : FormDialog(parent, QStringLiteral("placementDialog"), tr("Place a child"))
    , m_fosterRegister(session)
    , m_placements(session)
    , m_directory(session)
    , m_members(session)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("&Place"),
                      .accessibleName = tr("Place the child"),
                      .objectName = QStringLiteral("placeButton")},
                     m_ui->errorLabel);
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today);
    m_ui->courtOrderDateEdit->setDate(today);
    m_ui->noticeDateEdit->setDate(today);

    loadFosterFamilies(fosterFamilyId);
    loadFamilies();

    connect(m_ui->familySearchEdit, &QLineEdit::textChanged, this, &PlacementDialog::loadFamilies);
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this,
            &PlacementDialog::loadChildren);
    connect(m_ui->childCombo, &QComboBox::currentIndexChanged, this,
            &PlacementDialog::updateVerdict);
    connect(m_ui->fosterFamilyCombo, &QComboBox::currentIndexChanged, this,
            &PlacementDialog::updateVerdict);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &PlacementDialog::updateVerdict);
    connect(m_ui->courtOrderRadio, &QRadioButton::toggled, this, &PlacementDialog::updateBasis);
    connect(m_ui->courtOrderEdit, &QLineEdit::textChanged, this, &PlacementDialog::updateVerdict);
    connect(m_ui->courtOrderDateEdit, &QDateEdit::dateChanged, this,
            &PlacementDialog::updateVerdict);
    connect(m_ui->noticeCheck, &QCheckBox::toggled, this, &PlacementDialog::updateBasis);
    connect(m_ui->noticeDateEdit, &QDateEdit::dateChanged, this, &PlacementDialog::updateVerdict);
    connect(m_ui->consentEdit, &QLineEdit::textChanged, this, &PlacementDialog::updateVerdict);
    updateBasis();
}

PlacementDialog::~PlacementDialog() = default;

void PlacementDialog::loadFosterFamilies(qint64 preselected)
{
    auto families = m_fosterRegister.fosterFamilies(QDate::currentDate());
    if (!families) {
        logging::get("ui")->error("foster families for the placement dialog could not be read");
        showVerdict(Verdict::Refused, families.error().message);
        return;
    }
    const QSignalBlocker blocker(m_ui->fosterFamilyCombo);
    for (const FosterFamilyStatus& status : *families) {
        if (!status.family.isOpenOn(QDate::currentDate()))
            continue;
        const QString load =
            status.capacity
                ? tr("%1 of %2 children").arg(status.childrenPlaced).arg(*status.capacity)
                : tr("%n children", nullptr, status.childrenPlaced);
        m_ui->fosterFamilyCombo->addItem(
            tr("%1 — %2 — %3")
                .arg(status.family.name, FosterLabels::kind(status.family.kind), load),
            status.family.id);
    }
    const int index = m_ui->fosterFamilyCombo->findData(preselected);
    m_ui->fosterFamilyCombo->setCurrentIndex(
        index >= 0 ? index : (m_ui->fosterFamilyCombo->count() > 0 ? 0 : -1));
}

void PlacementDialog::loadFamilies()
{
    FamilyQuery query;
    query.text = m_ui->familySearchEdit->text().trimmed();
    query.openOnly = true;
    query.sort = FamilyQuery::Sort::Name;
    query.limit = 50;
    auto families = m_directory.families(query);
    {
        const QSignalBlocker blocker(m_ui->familyCombo);
        m_ui->familyCombo->clear();
        if (!families) {
            logging::get("ui")->error("families for the placement dialog could not be read");
        } else {
            for (const Family& family : *families)
                m_ui->familyCombo->addItem(
                    family.caseNumber.isEmpty()
                        ? tr("%1, %2").arg(family.name, family.municipality)
                        : tr("%1, %2 (%3)")
                              .arg(family.name, family.municipality, family.caseNumber),
                    family.id);
        }
        m_ui->familyCombo->setCurrentIndex(m_ui->familyCombo->count() > 0 ? 0 : -1);
    }
    loadChildren();
}

void PlacementDialog::loadChildren()
{
    {
        const QSignalBlocker blocker(m_ui->childCombo);
        m_ui->childCombo->clear();
        const qint64 familyId = m_ui->familyCombo->currentData().toLongLong();
        if (familyId > 0) {
            auto members = m_members.members(familyId);
            if (!members) {
                logging::get("ui")->error("members for the placement dialog could not be read");
            } else {
                const QDate today = QDate::currentDate();
                for (const Member& member : *members) {
                    const bool minor = member.birthDate && ageOn(*member.birthDate, today) < 18;
                    if (!minor && member.relation != Relation::Child)
                        continue;
                    m_ui->childCombo->addItem(
                        member.birthDate
                            ? tr("%1, born %2")
                                  .arg(member.displayName(), Labels::date(*member.birthDate))
                            : member.displayName(),
                        member.id);
                }
            }
        }
        m_ui->childCombo->setCurrentIndex(m_ui->childCombo->count() > 0 ? 0 : -1);
    }
    updateVerdict();
}

void PlacementDialog::search(const QString& text)
{
    m_ui->familySearchEdit->setText(text);
}

bool PlacementDialog::selectBiologicalFamily(qint64 familyId)
{
    const int index = m_ui->familyCombo->findData(familyId);
    if (index >= 0)
        m_ui->familyCombo->setCurrentIndex(index);
    return index >= 0;
}

bool PlacementDialog::selectChild(qint64 memberId)
{
    const int index = m_ui->childCombo->findData(memberId);
    if (index >= 0)
        m_ui->childCombo->setCurrentIndex(index);
    return index >= 0;
}

bool PlacementDialog::selectFosterFamily(qint64 fosterFamilyId)
{
    const int index = m_ui->fosterFamilyCombo->findData(fosterFamilyId);
    if (index >= 0)
        m_ui->fosterFamilyCombo->setCurrentIndex(index);
    return index >= 0;
}

Placement PlacementDialog::entered() const
{
    Placement p;
    p.childMemberId = m_ui->childCombo->currentData().toLongLong();
    p.fosterFamilyId = m_ui->fosterFamilyCombo->currentData().toLongLong();
    p.from = m_ui->fromDateEdit->date();
    if (m_ui->courtOrderRadio->isChecked()) {
        p.basis = PlacementBasis::CourtOrder;
        p.courtOrder = m_ui->courtOrderEdit->text().trimmed();
        p.courtOrderDate = m_ui->courtOrderDateEdit->date();
    } else {
        p.basis = PlacementBasis::Emergency;
        if (m_ui->noticeCheck->isChecked())
            p.emergencyNoticeOn = m_ui->noticeDateEdit->date();
    }
    if (m_capacityReached)
        p.overCapacityConsent = m_ui->consentEdit->text().trimmed();
    return p;
}

void PlacementDialog::updateBasis()
{
    const bool court = m_ui->courtOrderRadio->isChecked();
    m_ui->courtOrderEdit->setEnabled(court);
    m_ui->courtOrderLabel->setEnabled(court);
    m_ui->courtOrderDateEdit->setEnabled(court);
    m_ui->courtOrderDateLabel->setEnabled(court);
    m_ui->noticeCheck->setEnabled(!court);
    m_ui->noticeDateEdit->setEnabled(!court && m_ui->noticeCheck->isChecked());
    updateVerdict();
}

void PlacementDialog::updateVerdict()
{
    m_ui->errorLabel->hide();
    const qint64 fosterFamilyId = m_ui->fosterFamilyCombo->currentData().toLongLong();
    // The consent field is for siblings beyond the capacity only: open it when the family is
    // full on the placement's first day.
    m_capacityReached = false;
    std::optional<FosterFamilyStatus> status;
    if (fosterFamilyId > 0) {
        auto found = m_fosterRegister.familyStatus(fosterFamilyId, m_ui->fromDateEdit->date());
        if (found) {
            status = *found;
            m_capacityReached = status->capacity && status->childrenPlaced >= *status->capacity;
        }
    }
    m_ui->consentEdit->setEnabled(m_capacityReached);
    m_ui->consentLabel->setEnabled(m_capacityReached);

    if (m_ui->childCombo->currentIndex() < 0) {
        showVerdict(Verdict::None, m_ui->familyCombo->currentIndex() < 0
                                       ? tr("Find the child's family first.")
                                       : tr("This family has no children recorded. Add them "
                                            "in the family's record first."));
        return;
    }
    if (fosterFamilyId <= 0) {
        showVerdict(Verdict::None, tr("Choose the foster family."));
        return;
    }
    const Placement placement = entered();
    if (Status check = m_placements.checkPlacement(placement); !check) {
        // The refusal itself says whether the child is a sibling and what is missing.
        showVerdict(Verdict::Refused, tr("Cannot place: %1").arg(check.error().message));
        return;
    }
    const int after = status ? status->childrenPlaced + 1 : 1;
    const QString allowed = status && status->capacity
                                ? tr("Allowed: %1 will have %2 of %3 children.")
                                      .arg(status->family.name)
                                      .arg(after)
                                      .arg(*status->capacity)
                                : tr("Allowed: %1 will have %n children.", nullptr, after)
                                      .arg(status ? status->family.name : QString());
    // Art. 58 ust. 3: the intake first, the notices within 24 hours; a missing one is a deadline.
    showVerdict(Verdict::Allowed,
                placement.basis == PlacementBasis::Emergency
                    ? allowed + QLatin1Char(' ') +
                          tr("Tell the court, the starosta and the child's home OPS within 24 "
                             "hours; a notice not recorded is on the deadlines.")
                    : allowed);
}

void PlacementDialog::showVerdict(Verdict verdict, const QString& text)
{
    m_verdict = verdict;
    m_ui->verdictLabel->setText(text);
    m_ui->verdictLabel->setStyleSheet(verdict == Verdict::Allowed   ? Theme::okStyle()
                                      : verdict == Verdict::Refused ? Theme::errorStyle()
                                                                    : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(verdict == Verdict::Allowed);
}

void PlacementDialog::accept()
{
    if (m_verdict != Verdict::Allowed)
        return;
    auto id = m_placements.place(entered());
    if (refused(id, "placement not saved"))
        return;
    m_placementId = *id;
    QDialog::accept();
}

} // namespace opieka::ui
