#include "MergeDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "WindowSize.h"

#include <QButtonGroup>
#include <QDate>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MergeDialog::MergeDialog(const Session& session, const DuplicatePair& pair,
                         QList<MergeField> fields, CloseRecords closeRecords, QWidget* parent)
    : QDialog(parent)
    , m_merges(session)
    , m_pair(pair)
    , m_fields(std::move(fields))
    , m_closeRecords(std::move(closeRecords))
{
    setObjectName(QStringLiteral("mergeDialog"));
    const QString title = pair.kind == DuplicateKind::Members
                              ? tr("Compare and merge two people")
                              : tr("Compare and merge two families");
    setWindowTitle(title);
    setAccessibleName(title);
    resizeToFitScreen(this, QSize(820, 560));
    buildForm();
}

std::unique_ptr<MergeDialog> MergeDialog::create(const Session& session, const DuplicatePair& pair,
                                                 CloseRecords closeRecords, QWidget* parent,
                                                 QString* error)
{
    auto fields = MergeService(session).compare(pair.kind, pair.a.id, pair.b.id);
    if (!fields) {
        if (error)
            *error = fields.error().message;
        return nullptr;
    }
    return std::unique_ptr<MergeDialog>(
        new MergeDialog(session, pair, *fields, std::move(closeRecords), parent));
}

void MergeDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        m_pair.kind == DuplicateKind::Members
            ? tr("Choose the record to keep and, where the two differ, the value to keep. "
                 "Everything recorded on the other person (placements, reviews, the help plan, "
                 "the legal status) moves to the record kept, and the other record is removed.")
            : tr("Choose the record to keep and, where the two differ, the value to keep. "
                 "Everything recorded on the other family (members, visits, plans, assessments, "
                 "assignments, history) moves to the record kept, and the other record is "
                 "removed."),
        QStringLiteral("mergeIntroLabel")));

    auto* keepBox = new QGroupBox(tr("Record to keep"), this);
    keepBox->setObjectName(QStringLiteral("keepRecordBox"));
    auto* keepLayout = new QVBoxLayout(keepBox);
    m_keepFirst = new QRadioButton(describe(m_pair.kind, m_pair.a), keepBox);
    m_keepFirst->setObjectName(QStringLiteral("keepFirstRadio"));
    m_keepSecond = new QRadioButton(describe(m_pair.kind, m_pair.b), keepBox);
    m_keepSecond->setObjectName(QStringLiteral("keepSecondRadio"));
    keepLayout->addWidget(m_keepFirst);
    keepLayout->addWidget(m_keepSecond);
    auto* keepGroup = new QButtonGroup(this);
    keepGroup->addButton(m_keepFirst);
    keepGroup->addButton(m_keepSecond);
    // The lower number by default: usually the record entered first, with the longer history.
    m_keepFirst->setChecked(true);
    layout->addWidget(keepBox);

    auto* grid = new QGridLayout;
    auto* fieldsWidget = new QWidget(this);
    fieldsWidget->setLayout(grid);
    auto* firstHeading = new QLabel(tr("<b>No. %1</b>").arg(m_pair.a.id), fieldsWidget);
    auto* secondHeading = new QLabel(tr("<b>No. %1</b>").arg(m_pair.b.id), fieldsWidget);
    grid->addWidget(new QLabel(tr("<b>Field</b>"), fieldsWidget), 0, 0);
    grid->addWidget(firstHeading, 0, 1);
    grid->addWidget(secondHeading, 0, 2);
    int row = 1;
    for (const MergeField& field : std::as_const(m_fields)) {
        auto* label = new QLabel(field.label, fieldsWidget);
        label->setTextFormat(Qt::PlainText);
        grid->addWidget(label, row, 0);
        const QString first = displayValue(field.keptValue);
        const QString second = displayValue(field.removedValue);
        if (!field.differs()) {
            auto* same = valueLabel(fieldsWidget, first);
            same->setObjectName(QStringLiteral("sameValue_%1").arg(field.field));
            grid->addWidget(same, row, 1, 1, 2);
            ++row;
            continue;
        }
        label->setText(tr("%1 (differs)").arg(field.label));
        FieldChoice choice;
        choice.first = new QRadioButton(first, fieldsWidget);
        choice.first->setObjectName(QStringLiteral("valueFirst_%1").arg(field.field));
        choice.first->setAccessibleName(
            tr("%1: the value of no. %2, %3").arg(field.label).arg(m_pair.a.id).arg(first));
        choice.second = new QRadioButton(second, fieldsWidget);
        choice.second->setObjectName(QStringLiteral("valueSecond_%1").arg(field.field));
        choice.second->setAccessibleName(
            tr("%1: the value of no. %2, %3").arg(field.label).arg(m_pair.b.id).arg(second));
        auto* group = new QButtonGroup(this);
        group->addButton(choice.first);
        group->addButton(choice.second);
        grid->addWidget(choice.first, row, 1);
        grid->addWidget(choice.second, row, 2);
        const QString name = field.field;
        for (QRadioButton* button : {choice.first, choice.second})
            connect(button, &QRadioButton::clicked, this,
                    [this, name] { m_choices[name].chosenByHand = true; });
        m_choices.insert(field.field, choice);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mergeFieldsArea"));
    scroll->setAccessibleName(tr("The two records' fields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fieldsWidget);
    layout->addWidget(scroll, 1);
    if (m_choices.isEmpty())
        layout->addWidget(newNote(this, tr("The two records hold the same values."),
                                  QStringLiteral("sameValuesLabel")));

    m_errorLine = newMessageLine(this, QStringLiteral("mergeErrorLabel"));
    layout->addWidget(m_errorLine);
    layout->addWidget(newOkCancel(this, QStringLiteral("mergeButton"),
                                  QStringLiteral("cancelButton"), tr("&Merge…")));

    connect(m_keepFirst, &QRadioButton::toggled, this, &MergeDialog::applyDefaults);
    applyDefaults();
}

void MergeDialog::applyDefaults()
{
    const bool first = keepsFirst();
    for (const MergeField& field : std::as_const(m_fields)) {
        auto found = m_choices.find(field.field);
        if (found == m_choices.end() || found->chosenByHand)
            continue;
        const QString& keptValue = first ? field.keptValue : field.removedValue;
        const bool takeFirst = keptValue.trimmed().isEmpty() ? !first : first;
        (takeFirst ? found->first : found->second)->setChecked(true);
    }
}

bool MergeDialog::keepsFirst() const
{
    return m_keepFirst->isChecked();
}

void MergeDialog::setKeepsFirst(bool first)
{
    (first ? m_keepFirst : m_keepSecond)->setChecked(true);
}

void MergeDialog::takeFromFirst(const QString& field, bool first)
{
    auto found = m_choices.find(field);
    if (found == m_choices.end())
        return;
    found->chosenByHand = true;
    (first ? found->first : found->second)->setChecked(true);
}

const DuplicateRecord& MergeDialog::kept() const
{
    return keepsFirst() ? m_pair.a : m_pair.b;
}

const DuplicateRecord& MergeDialog::removed() const
{
    return keepsFirst() ? m_pair.b : m_pair.a;
}

MergeRequest MergeDialog::request() const
{
    MergeRequest request;
    request.kind = m_pair.kind;
    request.keptId = kept().id;
    request.removedId = removed().id;
    const bool first = keepsFirst();
    for (auto it = m_choices.constBegin(); it != m_choices.constEnd(); ++it)
        if (it->first->isChecked() != first)
            request.takenFromRemoved.insert(it.key());
    return request;
}

void MergeDialog::accept()
{
    const DuplicateRecord& keep = kept();
    const DuplicateRecord& remove = removed();
    Destructive ask;
    ask.title = windowTitle();
    ask.question =
        tr("Merge %1 into %2?").arg(describe(m_pair.kind, remove), describe(m_pair.kind, keep));
    ask.detail = tr("Everything recorded on no. %1 moves to no. %2, with the values chosen, and "
                    "no. %1 is removed. A merge cannot be undone; the audit keeps both numbers.")
                     .arg(remove.id)
                     .arg(keep.id);
    ask.actionText = tr("&Merge");
    ask.boxName = QStringLiteral("confirmMergeBox");
    ask.actionName = QStringLiteral("confirmMergeButton");
    if (!confirmDestructive(this, ask))
        return;
    // The records open on either family would show a record that is gone, or save over the
    // merge: they close first, asking about what is typed and not saved.
    QList<qint64> families{m_pair.a.familyId};
    if (m_pair.b.familyId != m_pair.a.familyId)
        families << m_pair.b.familyId;
    if (m_closeRecords && !m_closeRecords(families)) {
        showErrorLine(m_errorLine, tr("Not merged: a record of the family is still open."));
        return;
    }
    auto merged = m_merges.merge(request());
    if (!merged) {
        logging::get("ui")->warn("merge of records {} and {} refused", keep.id, remove.id);
        showNotSaved(m_errorLine, merged.error().message);
        return;
    }
    m_outcome = *merged;
    QDialog::accept();
}

QString MergeDialog::describe(DuplicateKind kind, const DuplicateRecord& record)
{
    if (kind == DuplicateKind::Families)
        return tr("“%1” (no. %2)").arg(record.name).arg(record.id);
    if (record.birthDate)
        return tr("“%1”, born %2 (no. %3, family no. %4)")
            .arg(record.name, Labels::date(*record.birthDate))
            .arg(record.id)
            .arg(record.familyId);
    return tr("“%1” (no. %2, family no. %3)").arg(record.name).arg(record.id).arg(record.familyId);
}

QStringList MergeDialog::movedLines(const MergeOutcome& outcome)
{
    static const QHash<QString, const char*> tables{
        {QStringLiteral("members"), QT_TR_NOOP("Household members")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Visits and contacts")},
        {QStringLiteral("contact_drafts"), QT_TR_NOOP("Unfinished contact notes")},
        {QStringLiteral("work_plans"), QT_TR_NOOP("Work plans")},
        {QStringLiteral("family_assessments"), QT_TR_NOOP("Assessments")},
        {QStringLiteral("assignments"), QT_TR_NOOP("Assignments of workers")},
        {QStringLiteral("category_changes"), QT_TR_NOOP("Changes of category")},
        {QStringLiteral("blue_cards"), QT_TR_NOOP("Niebieska Karta procedures")},
        {QStringLiteral("team_links"), QT_TR_NOOP("Coordinators' team links")},
        {QStringLiteral("placements"), QT_TR_NOOP("Placements")},
        {QStringLiteral("child_reviews"), QT_TR_NOOP("Reviews of the child's situation")},
        {QStringLiteral("help_plan_items"), QT_TR_NOOP("Help plan items")},
        {QStringLiteral("child_status"), QT_TR_NOOP("Legal status")},
        {QStringLiteral("documents"), QT_TR_NOOP("Documents")},
    };
    QStringList lines;
    for (auto it = outcome.moved.constBegin(); it != outcome.moved.constEnd(); ++it) {
        const auto label = tables.constFind(it.key());
        lines << tr("%1: %2")
                     .arg(label == tables.constEnd() ? it.key() : tr(label.value()))
                     .arg(it.value());
    }
    return lines;
}

QString MergeDialog::displayValue(const QString& value)
{
    if (value.trimmed().isEmpty())
        return tr("(empty)");
    // The service writes dates in ISO, alone or within a text ("2024-03-01 (moved away)").
    static const QRegularExpression isoDate(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
    QString shown;
    qsizetype from = 0;
    for (auto it = isoDate.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        shown += value.mid(from, match.capturedStart() - from);
        shown += date.isValid() ? Labels::date(date) : match.captured(1);
        from = match.capturedEnd();
    }
    return shown + value.mid(from);
}

} // namespace opieka::ui
