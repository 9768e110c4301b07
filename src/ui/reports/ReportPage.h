#pragma once

#include "PagedDocument.h"
#include "ReportRunner.h"
#include "Session.h"

#include <QByteArray>
#include <QDate>
#include <QWidget>

class QDateEdit;
class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

namespace opieka::ui {

// What the three report pages share: the as-of date, the report built off the GUI thread, and
// print preview, PDF and CSV of what the page shows. A page loads when first shown (or on
// refresh()); an export writes the report on screen, not a new one.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    ReportPage(const Session& session, const QString& name, QWidget* parent = nullptr);

    QDate asOf() const;
    // `reload` false: only the date changes, the caller refreshes.
    void setAsOf(const QDate& day, bool reload = true);
    ReportRunner* runner() const { return m_runner; }
    bool hasReport() const { return m_hasReport; }

    // The buttons ask for a file, then call these; errors come back as text.
    bool exportPdf(const QString& path, QString* error);
    bool exportCsv(const QString& path, QString* error);

public slots:
    // Builds the report again (off the GUI thread); the old one stays on screen until then.
    void refresh();
    // The data changed (a save in the window, View › Refresh): the page builds its report again
    // at once when it is on screen, else when it is next shown. A page that followed today
    // (its date never changed by hand) moves to the new today.
    void invalidate();
    void printPreview();

signals:
    void loadFailed(const QString& message);
    void reportShown();

protected:
    virtual void startReport() = 0;
    virtual QString title() const = 0;
    virtual QString html(const QString& centre) const = 0;
    virtual QByteArray csv() const = 0;
    // The file name offered on saving, before the day: translated (tr("caseload-report")).
    virtual QString fileStem() const = 0;

    // Adds a filter beside the date, labelled for screen readers and the keyboard.
    void addControl(const QString& label, QWidget* control);
    QVBoxLayout* body() const { return m_body; }
    Database& database() const { return m_session.database(); }
    // The signed-in account the page reads its report as.
    const Session& session() const { return m_session; }
    // A page calls this when its new report, as of `day`, is on screen.
    void reportDone(const QDate& day);
    // After a cancel: the controls show again what the report on screen was built for.
    virtual void restoreControls();
    void showEvent(QShowEvent* event) override;

private:
    QString centre() const;
    void askPdf();
    void askCsv();
    QString offeredFileName(const QString& extension) const;

    Session m_session;
    QDateEdit* m_asOf = nullptr;
    QHBoxLayout* m_controls = nullptr;
    int m_controlCount = 0;
    QVBoxLayout* m_body = nullptr;
    ReportRunner* m_runner = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    bool m_requested = false;
    bool m_followsToday = true; // the date is today's until the user picks another
    bool m_hasReport = false;
    QDate m_shownDay;
};

} // namespace opieka::ui
