#pragma once

#include "FosterCareService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace opieka::ui {

// Foster families with the children placed against their capacity and the dates due; a full
// family is tinted, an overdue date is red.
class FosterFamiliesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CarersColumn,
        MunicipalityColumn,
        ChildrenColumn,
        HealthCertificateColumn,
        PsychologistOpinionColumn,
        AssessmentColumn,
        ColumnCount
    };
    enum DataRole
    {
        FosterFamilyIdRole = Qt::UserRole + 1,
        FullRole,    // children placed reach the capacity
        OverdueRole, // the column's date has passed
    };

    explicit FosterFamiliesModel(QObject* parent = nullptr);

    void setRows(const QList<FosterFamilyStatus>& rows, const QDate& today);
    const QList<FosterFamilyStatus>& rows() const { return m_rows; }
    int rowOf(qint64 fosterFamilyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<QDate> dateOf(const FosterFamilyStatus& row, int column) const;

    QList<FosterFamilyStatus> m_rows;
    QDate m_today;
};

} // namespace opieka::ui
