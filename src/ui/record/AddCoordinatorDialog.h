#pragma once

#include "Worker.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

namespace opieka::ui {

// Picks a foster-care coordinator and the day they join a family's working team.
class AddCoordinatorDialog : public QDialog
{
    Q_OBJECT

public:
    AddCoordinatorDialog(const QList<Worker>& coordinators, QWidget* parent = nullptr);

    qint64 workerId() const;
    QDate from() const;

private:
    QComboBox* m_workerCombo = nullptr;
    QDateEdit* m_fromDate = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace opieka::ui
