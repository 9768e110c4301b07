#pragma once

#include "AuditService.h"
#include "User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace opieka::ui {

class AuditModel;

// The audit trail of one family or one account (Control › Audit trail…), for managers. The
// service records each reading in the audit itself. What is shown can be saved as CSV.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(AuditService audit, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    // Shows the records; false when the service refuses (its message is shown in the dialog).
    bool showFamily(qint64 familyId);
    bool showUser(const QString& login);
    bool exportCsv(const QString& path, QString* error);

public slots:
    void showChosen();

private:
    bool display(const Result<QList<AuditEntry>>& entries, const QString& what);
    void askCsv();

    AuditService m_audit;
    AuditModel* m_model = nullptr;
    QComboBox* m_subject = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_csvButton = nullptr;
    QString m_shown; // what the table shows, for the CSV file's name
};

} // namespace opieka::ui
