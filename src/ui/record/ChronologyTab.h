#pragma once

#include "Chronology.h"
#include "ChronologyService.h"
#include "RecordTab.h"

#include <QList>
#include <QPair>
#include <QSet>
class QCheckBox;

namespace Ui {
class ChronologyTab;
}

namespace opieka::ui {

class ChronologyModel;

// The family record's chronology: the merged timeline, newest first, filtered by kind, printed
// or written into a PDF as filtered.
class ChronologyTab : public RecordFormTab<Ui::ChronologyTab>
{
    Q_OBJECT

public:
    ChronologyTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~ChronologyTab() override;

    ChronologyModel* model() const { return m_model; }
    // The kinds the chronology shows now (all of them when every box is ticked).
    QSet<ChronologyKind> chronologyKinds() const;
    // Writes the chronology, as filtered, into a PDF file (atomically).
    bool exportChronologyPdf(const QString& path, QString* error);
    void reload() override;

public slots:
    void printChronology();
    // Asks where, then writes the PDF there.
    void exportPdf();

private:
    void setUpFilter();
    QString documentTitle() const;

    ChronologyService m_service;
    ChronologyModel* m_model = nullptr;
    QList<QPair<ChronologyKind, QCheckBox*>> m_kindChecks;
};

} // namespace opieka::ui
