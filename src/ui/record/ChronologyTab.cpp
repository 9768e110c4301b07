#include "ChronologyTab.h"

#include "ChronologyModel.h"
#include "DocumentPrinter.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "ui_ChronologyTab.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <algorithm>

namespace opieka::ui {
namespace {
// Every kind of the timeline, in two rows of the filter: the work, then the case's events.
const QList<ChronologyKind> kFilterKinds{
    ChronologyKind::Contact,    ChronologyKind::Plan,           ChronologyKind::Placement,
    ChronologyKind::BlueCard,   ChronologyKind::CategoryChange, ChronologyKind::Assignment,
    ChronologyKind::CaseOpened, ChronologyKind::CaseClosed,
};
constexpr int kFilterColumns = 4;
} // namespace

ChronologyTab::ChronologyTab(const Session& session, qint64 familyId, QWidget* parent)
    : RecordFormTab(session, familyId, parent, QStringLiteral("chronologyTab"))
    , m_service(session)
    , m_model(new ChronologyModel(this))
{
    m_model->setObjectName(QStringLiteral("chronologyModel"));
    m_ui->chronologyTable->setModel(m_model);
    setUpFilter();
    connect(m_ui->printButton, &QPushButton::clicked, this, &ChronologyTab::printChronology);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ChronologyTab::exportPdf);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::DateColumn, 100);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::TimeColumn, 60);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::KindColumn, 140);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::TitleColumn, 280);
}

ChronologyTab::~ChronologyTab() = default;

void ChronologyTab::setUpFilter()
{
    auto* grid = new QGridLayout;
    m_ui->chronologyFilterLayout->addLayout(grid);
    for (ChronologyKind kind : kFilterKinds) {
        auto* check = new QCheckBox(Labels::chronologyKind(kind), this);
        check->setObjectName(QStringLiteral("chronologyFilter_") + chronologyKindName(kind));
        check->setAccessibleName(tr("Show %1").arg(Labels::chronologyKind(kind)));
        check->setChecked(true);
        const int index = static_cast<int>(m_kindChecks.size());
        grid->addWidget(check, index / kFilterColumns, index % kFilterColumns);
        connect(check, &QCheckBox::toggled, this, &ChronologyTab::reload);
        m_kindChecks << qMakePair(kind, check);
    }
    m_ui->chronologyFilterLayout->addStretch(1);
}

QSet<ChronologyKind> ChronologyTab::chronologyKinds() const
{
    QSet<ChronologyKind> kinds;
    bool all = true;
    for (const auto& [kind, check] : m_kindChecks) {
        if (check->isChecked())
            kinds.insert(kind);
        else
            all = false;
    }
    // Every box ticked: everything, including kinds that join the timeline later.
    return all ? QSet<ChronologyKind>() : kinds;
}

void ChronologyTab::reload()
{
    const QSet<ChronologyKind> kinds = chronologyKinds();
    const bool nothing = std::none_of(m_kindChecks.cbegin(), m_kindChecks.cend(),
                                      [](const auto& entry) { return entry.second->isChecked(); });
    if (nothing) {
        m_model->setEntries({});
        return;
    }
    auto entries = m_service.forFamily(m_familyId, kinds, &Labels::date);
    if (!entries) {
        logging::get("ui")->error("chronology of family {} could not be read", m_familyId);
        m_model->setEntries({});
        ui::showError(this, tr("Cannot read the chronology"), entries.error().message);
        return;
    }
    m_model->setEntries(*entries);
}

QString ChronologyTab::documentTitle() const
{
    return tr("Chronology — %1").arg(m_family.name);
}

bool ChronologyTab::exportChronologyPdf(const QString& path, QString* error)
{
    auto html = m_service.printableHtml(m_familyId, &Labels::date, chronologyKinds());
    if (!html) {
        *error = html.error().message;
        return false;
    }
    return DocumentPrinter::exportPdf(*html, documentTitle(), path, error);
}

void ChronologyTab::exportPdf()
{
    const QString path =
        askPdfPath(tr("Export chronology"), tr("chronology-%1.pdf").arg(m_familyId));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChronologyPdf(path, &error)) {
        logging::get("ui")->error("chronology of family {} not exported", m_familyId);
        ui::showError(this, tr("Chronology not exported"), error);
    }
}

void ChronologyTab::printChronology()
{
    auto html = m_service.printableHtml(m_familyId, &Labels::date, chronologyKinds());
    if (!html) {
        ui::showError(this, tr("Cannot print the chronology"), html.error().message);
        return;
    }
    QTextDocument document;
    document.setHtml(*html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* target) { document.print(target); });
    preview.exec();
}

} // namespace opieka::ui
