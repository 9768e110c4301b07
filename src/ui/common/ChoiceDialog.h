#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>

class QComboBox;

namespace opieka::ui {

// Picks one of a few choices from a list (an account for a worker, a worker for an account):
// a question, a named combo box and OK/Cancel. Object names are derived from `name`
// ("<name>Dialog", "<name>Combo", "<name>OkButton") for tests and screen readers.
class ChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    ChoiceDialog(const QString& name, const QString& title, const QString& question,
                 const QString& comboName, const QList<QPair<QString, QVariant>>& choices,
                 const QString& okText, QWidget* parent = nullptr);

    QVariant choice() const;
    void select(const QVariant& value);

private:
    QComboBox* m_combo = nullptr;
};

} // namespace opieka::ui
