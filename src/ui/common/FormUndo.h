#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QLineEdit;
class QUndoStack;

namespace opieka::ui {

// Undo for a form as a whole: each edit of a field (the keystrokes typed into one field before
// leaving it) is one step on a QUndoStack, and undoing puts that field back as it was, whichever
// field has the focus. Ctrl+Z in a tracked field undoes the form, not only that field's typing.
class FormUndo : public QObject
{
    Q_OBJECT

public:
    explicit FormUndo(QObject* parent = nullptr);

    void track(QLineEdit* field);
    // The form was just filled from stored values: nothing to undo.
    void reset();
    // "Undo" with Ctrl+Z, enabled while there is something to undo; its text names the field.
    QAction* createUndoAction(QObject* parent) const;
    QUndoStack* stack() const { return m_stack; }
    bool canUndo() const;
    void undo();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class FieldEdit;
    void edited(QLineEdit* field);
    void setField(QLineEdit* field, const QString& text);

    QUndoStack* m_stack = nullptr;
    QHash<QLineEdit*, QString> m_known; // each field's text after its last recorded edit
    QLineEdit* m_typingIn = nullptr;    // the field whose keystrokes still join the last step
};

} // namespace opieka::ui
