#include "ReviewDialog.h"

#include "DialogParts.h"
#include "FosterLabels.h"
#include "Labels.h"
#include "Logging.h"
#include "ui_ReviewDialog.h"

namespace opieka::ui {

ReviewDialog::ReviewDialog(ChildCareService childCare, qint64 childMemberId, QWidget* parent)
    : FormDialog(parent, QStringLiteral("reviewDialog"), tr("Record a child's review"))
    , m_childCare(childCare)
    , m_childMemberId(childMemberId)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("R&ecord"), .accessibleName = tr("Record the review")},
                     m_ui->errorLabel);
    m_ui->reviewDateEdit->setDate(QDate::currentDate());
    m_ui->reviewDateEdit->setMaximumDate(QDate::currentDate());
    for (ReviewDecision decision :
         {ReviewDecision::Continue, ReviewDecision::ReturnHome, ReviewDecision::ChangePlacement,
          ReviewDecision::ReportForAdoption})
        m_ui->decisionCombo->addItem(FosterLabels::decision(decision),
                                     reviewDecisionName(decision));
    // The coordinator and the foster family are usually there.
    m_ui->teamFosterFamilyCheck->setChecked(true);
    m_ui->teamCoordinatorCheck->setChecked(true);

    if (auto settings = m_childCare.settings())
        m_settings = *settings;
    auto deadlines = m_childCare.deadlines(childMemberId);
    if (deadlines) {
        m_deadlines = *deadlines;
        const Member& child = deadlines->child;
        QString text = tr("<b>%1</b>").arg(child.displayName().toHtmlEscaped());
        if (child.birthDate)
            text +=
                tr(", born %1 (%n years)", nullptr, ageOn(*child.birthDate, QDate::currentDate()))
                    .arg(Labels::date(*child.birthDate));
        if (deadlines->nextReview)
            text += QStringLiteral("<br>") +
                    tr("Review due on %1.").arg(Labels::date(*deadlines->nextReview));
        m_ui->childInfoLabel->setText(text);
    } else {
        logging::get("ui")->error("deadlines of child {} could not be read", childMemberId);
        showErrorLine(m_ui->errorLabel, deadlines.error().message);
    }

    connect(m_ui->reviewDateEdit, &QDateEdit::dateChanged, this, &ReviewDialog::updatePreview);
    updatePreview();
}

ReviewDialog::~ReviewDialog() = default;

QList<std::pair<QString, QCheckBox*>> ReviewDialog::teamChecks() const
{
    const QList<QCheckBox*> checks{m_ui->teamFosterFamilyCheck,   m_ui->teamCoordinatorCheck,
                                   m_ui->teamPsychologistCheck,   m_ui->teamPedagogueCheck,
                                   m_ui->teamAssistantCheck,      m_ui->teamSocialWorkerCheck,
                                   m_ui->teamAdoptionCentreCheck, m_ui->teamParentsCheck};
    const QStringList keys = FosterLabels::teamRoles();
    QList<std::pair<QString, QCheckBox*>> list;
    for (int i = 0; i < checks.size() && i < keys.size(); ++i)
        list.append({keys.at(i), checks.at(i)});
    return list;
}

void ReviewDialog::updatePreview()
{
    if (!m_deadlines || !m_deadlines->placement || !m_deadlines->child.birthDate) {
        m_ui->nextReviewLabel->setText(
            tr("The next review date follows from the child's birth date and placement."));
        return;
    }
    const QDate next =
        foster_rules::nextChildReview(m_deadlines->placement->from, m_ui->reviewDateEdit->date(),
                                      *m_deadlines->child.birthDate, m_settings);
    m_ui->nextReviewLabel->setText(
        tr("After this review the next one is due on %1.").arg(Labels::date(next)));
}

void ReviewDialog::accept()
{
    ChildReview review;
    review.childMemberId = m_childMemberId;
    review.reviewedOn = m_ui->reviewDateEdit->date();
    for (const auto& [key, check] : teamChecks())
        if (check->isChecked())
            review.team << key;
    review.findings = m_ui->findingsEdit->toPlainText().trimmed();
    review.decision = parseReviewDecision(m_ui->decisionCombo->currentData().toString())
                          .value_or(ReviewDecision::Continue);
    auto id = m_childCare.recordReview(review);
    if (refused(id, "review of child {} not saved", m_childMemberId))
        return;
    if (auto deadlines = m_childCare.deadlines(m_childMemberId))
        m_nextReview = deadlines->nextReview;
    QDialog::accept();
}

} // namespace opieka::ui
