#pragma once

#include "DirectoryService.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class FamiliesTab;
}

namespace opieka::ui {

class FamiliesModel;

// The families list: search as you type, closed cases on request, one family selected at a time.
class FamiliesTab : public QWidget
{
    Q_OBJECT

public:
    explicit FamiliesTab(DirectoryService directory, QWidget* parent = nullptr);
    ~FamiliesTab() override;

    FamiliesModel* model() const { return m_model; }
    // The selected family's id, 0 when none is selected.
    qint64 selectedFamilyId() const;
    void reload();

signals:
    void assignRequested();
    void loadFailed(const QString& message);

private:
    void applySearch();
    void updateCount();

    std::unique_ptr<::Ui::FamiliesTab> m_ui;
    FamiliesModel* m_model = nullptr;
    QTimer m_searchDelay;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace opieka::ui
