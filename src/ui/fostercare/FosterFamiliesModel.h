#pragma once

#include "FosterRegisterService.h"
#include "RowTableModel.h"

#include <QDate>

namespace opieka::ui {

// Foster families with the children placed against their capacity and the dates due; a full
// family is tinted, an overdue date is red.
class FosterFamiliesModel : public RowTableModel<FosterFamilyStatus>
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
    int rowOf(qint64 fosterFamilyId) const;

private:
    QVariant roleData(const FosterFamilyStatus& row, int column, int role) const override;
    static std::optional<QDate> dateOf(const FosterFamilyStatus& row, int column);
    bool overdue(const std::optional<QDate>& date) const;
    QString dueText(const std::optional<QDate>& date) const;

    QDate m_today;
};

} // namespace opieka::ui
