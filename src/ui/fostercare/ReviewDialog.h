#pragma once

#include "ChildCareService.h"
#include "FormDialog.h"
#include "User.h"

#include <QList>
#include <memory>
#include <optional>

class QCheckBox;

namespace Ui {
class ReviewDialog;
}

namespace opieka::ui {

// Records a periodic review of a placed child: the date, who took part, the findings and the
// decision on continuing care; shows when the next review falls due.
class ReviewDialog : public FormDialog<Ui::ReviewDialog>
{
    Q_OBJECT

public:
    ReviewDialog(ChildCareService childCare, qint64 childMemberId, QWidget* parent = nullptr);
    ~ReviewDialog() override;

    // The next review as the service computes it once the review is saved.
    std::optional<QDate> nextReview() const { return m_nextReview; }

public slots:
    void accept() override;

private:
    QList<std::pair<QString, QCheckBox*>> teamChecks() const;
    void updatePreview();

    ChildCareService m_childCare;
    qint64 m_childMemberId = 0;
    std::optional<ChildDeadlines> m_deadlines;
    FosterCareSettings m_settings;
    std::optional<QDate> m_nextReview;
};

} // namespace opieka::ui
