#include "RecordDetailsTab.h"

#include "FormUndo.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "ui_RecordDetailsTab.h"

#include <QKeySequence>
#include <QUndoStack>

namespace opieka::ui {

RecordDetailsTab::RecordDetailsTab(const Session& session, qint64 familyId, QWidget* parent)
    : RecordFormTab(session, familyId, parent, QStringLiteral("detailsTab"))
    , m_service(session)
{
    for (NeedCategory category :
         {NeedCategory::Coping, NeedCategory::Struggling, NeedCategory::AtRisk})
        m_ui->categoryCombo->addItem(Labels::category(category), needCategoryName(category));
    const QDate today = QDate::currentDate();
    m_ui->categoryDateEdit->setDate(today);
    m_ui->closeDateEdit->setDate(today);
    setUpUndo();

    connect(m_ui->saveDetailsButton, &QPushButton::clicked, this, &RecordDetailsTab::saveDetails);
    connect(m_ui->changeCategoryButton, &QPushButton::clicked, this,
            &RecordDetailsTab::changeCategory);
    connect(m_ui->closeCaseButton, &QPushButton::clicked, this, &RecordDetailsTab::closeCase);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &RecordDetailsTab::reopenCase);
    connect(m_ui->closeReasonEdit, &QLineEdit::textChanged, this, &RecordDetailsTab::updateButtons);
}

RecordDetailsTab::~RecordDetailsTab() = default;

void RecordDetailsTab::setUpUndo()
{
    m_undo = new FormUndo(this);
    for (QLineEdit* field :
         {m_ui->nameEdit, m_ui->caseNumberEdit, m_ui->municipalityEdit, m_ui->addressEdit})
        m_undo->track(field);
    auto* undo = new QPushButton(tr("U&ndo"), this);
    undo->setObjectName(QStringLiteral("undoDetailsButton"));
    undo->setAccessibleName(tr("Undo the last change to the details"));
    undo->setToolTip(tr("Puts back the field changed last (%1)")
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    undo->setEnabled(false);
    m_ui->saveDetailsLayout->insertWidget(m_ui->saveDetailsLayout->indexOf(m_ui->saveDetailsButton),
                                          undo);
    setTabOrder(m_ui->addressEdit, undo);
    setTabOrder(undo, m_ui->saveDetailsButton);
    connect(undo, &QPushButton::clicked, m_undo, &FormUndo::undo);
    connect(m_undo->stack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
}

QString RecordDetailsTab::caseStatus(const Family& family)
{
    return family.closedOn ? tr("Case closed on %1.").arg(Labels::date(*family.closedOn))
                           : tr("Case open since %1.").arg(Labels::date(family.openedOn));
}

void RecordDetailsTab::showFamily(const Family& family)
{
    RecordTab::showFamily(family);
    const QString status = caseStatus(m_family);
    m_ui->caseStatusLabel->setText(m_family.closedOn && !m_family.closeReason.isEmpty()
                                       ? tr("%1 Reason: %2").arg(status, m_family.closeReason)
                                       : status);
    m_ui->nameEdit->setText(m_family.name);
    m_ui->caseNumberEdit->setText(m_family.caseNumber);
    m_ui->municipalityEdit->setText(m_family.municipality);
    m_ui->addressEdit->setText(m_family.address);
    m_undo->reset(); // as stored: nothing of the form's to undo
    m_ui->openedLabel->setText(Labels::date(m_family.openedOn));
    m_ui->categoryCombo->setCurrentIndex(
        m_ui->categoryCombo->findData(needCategoryName(m_family.category)));
    showCategoryHistory();
    updateButtons();
}

void RecordDetailsTab::showCategoryHistory()
{
    m_ui->categoryHistoryList->clear();
    auto history = m_service.categoryHistory(m_familyId);
    if (!history) {
        logging::get("ui")->error("category history of family {} could not be read", m_familyId);
        m_ui->categoryHistoryList->addItem(history.error().message);
        return;
    }
    // Newest first, like the chronology.
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        const QString line =
            it->from ? tr("%1: %2 → %3")
                           .arg(Labels::date(it->changedOn), Labels::category(*it->from),
                                Labels::category(it->to))
                     : tr("%1: %2").arg(Labels::date(it->changedOn), Labels::category(it->to));
        m_ui->categoryHistoryList->addItem(line);
    }
}

bool RecordDetailsTab::edited() const
{
    return m_ui->nameEdit->text().trimmed() != m_family.name ||
           m_ui->caseNumberEdit->text().trimmed() != m_family.caseNumber ||
           m_ui->municipalityEdit->text().trimmed() != m_family.municipality ||
           m_ui->addressEdit->text().trimmed() != m_family.address;
}

void RecordDetailsTab::updateButtons()
{
    const bool closed = m_family.closedOn.has_value();
    m_ui->closeCaseButton->setEnabled(!closed &&
                                      !m_ui->closeReasonEdit->text().trimmed().isEmpty());
    m_ui->closeDateEdit->setEnabled(!closed);
    m_ui->closeReasonEdit->setEnabled(!closed);
    m_ui->reopenButton->setEnabled(closed);
}

bool RecordDetailsTab::saveDetails()
{
    Family family = m_family;
    family.name = m_ui->nameEdit->text().trimmed();
    family.caseNumber = m_ui->caseNumberEdit->text().trimmed();
    family.municipality = m_ui->municipalityEdit->text().trimmed();
    family.address = m_ui->addressEdit->text().trimmed();
    return handle(m_service.update(family), tr("Details not saved"));
}

void RecordDetailsTab::changeCategory()
{
    const auto category = parseNeedCategory(m_ui->categoryCombo->currentData().toString());
    if (!category)
        return;
    handle(m_service.changeCategory(m_familyId, *category, m_ui->categoryDateEdit->date()),
           tr("Category not changed"));
}

void RecordDetailsTab::closeCase()
{
    const QString reason = m_ui->closeReasonEdit->text().trimmed();
    if (reason.isEmpty())
        return;
    if (!confirm(this, tr("Close the case"),
                 tr("Close the case of %1 as of %2? The family leaves the workers' caseloads "
                    "from that day.")
                     .arg(m_family.name, Labels::date(m_ui->closeDateEdit->date()))))
        return;
    if (handle(m_service.close(m_familyId, m_ui->closeDateEdit->date(), reason),
               tr("Case not closed")))
        m_ui->closeReasonEdit->clear();
}

void RecordDetailsTab::reopenCase()
{
    handle(m_service.reopen(m_familyId), tr("Case not reopened"));
}

} // namespace opieka::ui
