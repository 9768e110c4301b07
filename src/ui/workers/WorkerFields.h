#pragma once

#include "Worker.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace opieka::ui {

// The fields of a worker, as the worker dialog and the first start's wizard ask for them: first
// name, surname, role, unit (with the units already in use offered) and FTE (etat).
class WorkerFields : public QWidget
{
    Q_OBJECT

public:
    explicit WorkerFields(const QStringList& units, QWidget* parent = nullptr);

    void setWorker(const Worker& worker);
    // `base` with the fields' values (its id and employment dates stay).
    Worker worker(Worker base = {}) const;
    void clear();
    void focusFirst();

private:
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_unit = nullptr;
    QDoubleSpinBox* m_fte = nullptr;
};

} // namespace opieka::ui
