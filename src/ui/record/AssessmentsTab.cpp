#include "AssessmentsTab.h"

#include "AssessmentDialog.h"
#include "DirectoryService.h"
#include "DocumentPrinter.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "PlanLabels.h"
#include "SettingsService.h"
#include "Theme.h"
#include "ui_AssessmentsTab.h"

#include <QHash>
#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

AssessmentsTab::AssessmentsTab(const Session& session, qint64 familyId, QWidget* parent)
    : RecordFormTab(session, familyId, parent, QStringLiteral("assessmentsTab"))
    , m_service(session)
{
    QTableWidget* table = m_ui->assessmentsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Assessed on"), tr("Family assistant"),
                                      tr("Sent to social worker"), tr("Sent to coordinator"),
                                      tr("Findings")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(DateColumn, 110);
    table->setColumnWidth(AssistantColumn, 180);
    table->setColumnWidth(SocialWorkerColumn, 160);
    table->setColumnWidth(CoordinatorColumn, 160);
    m_ui->assessmentsSplitter->setStretchFactor(0, 2);
    m_ui->assessmentsSplitter->setStretchFactor(1, 1);
    connect(table, &QTableWidget::itemSelectionChanged, this, &AssessmentsTab::showSelected);
    connect(m_ui->recordAssessmentButton, &QPushButton::clicked, this,
            &AssessmentsTab::recordAssessment);
    connect(m_ui->printAssessmentButton, &QPushButton::clicked, this,
            &AssessmentsTab::printAssessment);
    connect(m_ui->exportAssessmentPdfButton, &QPushButton::clicked, this,
            &AssessmentsTab::exportPdf);
    reload();
}

AssessmentsTab::~AssessmentsTab() = default;

void AssessmentsTab::reload()
{
    auto schedule = m_service.schedule(m_familyId);
    if (schedule) {
        m_schedule = *schedule;
    } else {
        logging::get("ui")->error("assessment schedule of family {} could not be read", m_familyId);
        m_schedule = {};
    }
    showSchedule();
    if (!schedule)
        m_ui->scheduleLabel->setText(schedule.error().message);

    auto assessments = m_service.assessments(m_familyId);
    if (!assessments)
        logging::get("ui")->error("assessments of family {} could not be read", m_familyId);
    m_assessments = assessments ? *assessments : QList<FamilyAssessment>();
    std::reverse(m_assessments.begin(), m_assessments.end());

    QHash<qint64, QString> names;
    auto workers = DirectoryService(m_session).workers();
    if (workers)
        for (const Worker& worker : *workers)
            names.insert(worker.id, worker.displayName());

    QTableWidget* table = m_ui->assessmentsTable;
    const qint64 selected = selectedId();
    table->setRowCount(static_cast<int>(m_assessments.size()));
    for (int row = 0; row < m_assessments.size(); ++row) {
        const FamilyAssessment& a = m_assessments.at(row);
        const QString findings = a.findings.section(u'\n', 0, 0);
        const QStringList texts{
            Labels::date(a.assessedOn),
            a.workerId ? names.value(*a.workerId) : QString(),
            a.sentToSocialWorkerOn ? Labels::date(*a.sentToSocialWorkerOn) : tr("not sent"),
            a.sentToCoordinatorOn ? Labels::date(*a.sentToCoordinatorOn) : QString(),
            findings,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setData(kIdRole, a.id);
            if (column == FindingsColumn)
                item->setToolTip(a.findings);
            table->setItem(row, column, item);
        }
        if (a.id == selected)
            table->selectRow(row);
    }
    if (selectedId() == 0 && !m_assessments.isEmpty())
        table->selectRow(0);
    showSelected();
}

void AssessmentsTab::showSchedule()
{
    QLabel* label = m_ui->scheduleLabel;
    const AssessmentSchedule& s = m_schedule;
    QString text;
    QString style;
    if (!s.nextDue) {
        auto interval = SettingsService(m_session).assessmentIntervalMonths();
        text = tr("The first assessment is due %n month(s) after the family's first work plan "
                  "is agreed; the family has no agreed plan yet.",
                  nullptr, interval ? *interval : 6);
    } else {
        const QString last =
            s.lastAssessment
                ? tr("last assessed on %1").arg(Labels::date(*s.lastAssessment))
                : tr("first plan agreed on %1")
                      .arg(s.firstAgreedPlan ? Labels::date(*s.firstAgreedPlan) : QString());
        if (s.overdue) {
            text = tr("Next assessment was due on %1 (overdue); %2.")
                       .arg(Labels::date(*s.nextDue), last);
            style = Theme::warningStyle();
        } else if (s.dueSoon) {
            text = tr("Next assessment due on %1 (within 14 days); %2.")
                       .arg(Labels::date(*s.nextDue), last);
            style = QStringLiteral("background: %1; color: #1a1a1a; padding: 2px 6px;")
                        .arg(PlanLabels::dueSoonBackground().name());
        } else {
            text = tr("Next assessment due on %1; %2.").arg(Labels::date(*s.nextDue), last);
        }
    }
    label->setText(text);
    label->setStyleSheet(style);
}

qint64 AssessmentsTab::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_ui->assessmentsTable->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(kIdRole).toLongLong();
}

void AssessmentsTab::showSelected()
{
    const qint64 id = selectedId();
    QString findings;
    for (const FamilyAssessment& a : m_assessments)
        if (a.id == id)
            findings = a.findings;
    m_ui->findingsView->setPlainText(findings);
    m_ui->printAssessmentButton->setEnabled(id != 0);
    m_ui->exportAssessmentPdfButton->setEnabled(id != 0);
}

void AssessmentsTab::recordAssessment()
{
    AssessmentDialog dialog(m_session, m_familyId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int row = 0; row < m_ui->assessmentsTable->rowCount(); ++row)
        if (m_ui->assessmentsTable->item(row, 0)->data(kIdRole).toLongLong() ==
            dialog.assessmentId())
            m_ui->assessmentsTable->selectRow(row);
    emit assessmentRecorded();
}

bool AssessmentsTab::exportAssessmentPdf(qint64 assessmentId, const QString& path, QString* error)
{
    auto html = m_service.printableHtml(assessmentId, &Labels::date);
    if (!html) {
        *error = html.error().message;
        return false;
    }
    return DocumentPrinter::exportPdf(*html, tr("Assessment of the family's situation"), path,
                                      error);
}

void AssessmentsTab::printAssessment()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto html = m_service.printableHtml(id, &Labels::date);
    if (!html) {
        ui::showError(this, tr("Cannot print the assessment"), html.error().message);
        return;
    }
    DocumentPrinter::preview(*html, tr("Assessment of the family's situation"), this);
}

void AssessmentsTab::exportPdf()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString path = askPdfPath(tr("Export assessment"), tr("assessment-%1.pdf").arg(id));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportAssessmentPdf(id, path, &error)) {
        logging::get("ui")->error("assessment {} not exported", id);
        ui::showError(this, tr("Assessment not exported"), error);
    }
}

} // namespace opieka::ui
