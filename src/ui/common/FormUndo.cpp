#include "FormUndo.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoCommand>
#include <QUndoStack>

namespace opieka::ui {

// One field's edit: its text before and after.
class FieldEdit : public QUndoCommand
{
public:
    FieldEdit(FormUndo* form, QLineEdit* field, QString before, QString after)
        : m_form(form)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        const QString name =
            field->accessibleName().isEmpty() ? field->objectName() : field->accessibleName();
        setText(name);
    }

    int id() const override { return 1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* edit = static_cast<const FieldEdit*>(other);
        if (edit->m_field != m_field || m_form->m_typingIn != m_field)
            return false;
        m_after = edit->m_after;
        return true;
    }

    void undo() override { m_form->setField(m_field, m_before); }

    void redo() override
    {
        // The first redo is the typing itself: the field holds the text already.
        if (m_done)
            m_form->setField(m_field, m_after);
        m_done = true;
    }

private:
    FormUndo* m_form;
    QLineEdit* m_field;
    QString m_before;
    QString m_after;
    bool m_done = false;
};

FormUndo::FormUndo(QObject* parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{}

void FormUndo::track(QLineEdit* field)
{
    m_known.insert(field, field->text());
    field->installEventFilter(this);
    connect(field, &QLineEdit::textEdited, this, [this, field] { edited(field); });
    connect(field, &QLineEdit::editingFinished, this, [this, field] {
        if (m_typingIn == field)
            m_typingIn = nullptr; // the next edit of this field is a step of its own
    });
}

void FormUndo::reset()
{
    m_stack->clear();
    m_typingIn = nullptr;
    for (auto it = m_known.begin(); it != m_known.end(); ++it)
        it.value() = it.key()->text();
}

QAction* FormUndo::createUndoAction(QObject* parent) const
{
    QAction* action = m_stack->createUndoAction(parent, tr("&Undo"));
    action->setShortcut(QKeySequence::Undo);
    return action;
}

bool FormUndo::canUndo() const
{
    return m_stack->canUndo();
}

void FormUndo::undo()
{
    m_stack->undo();
}

void FormUndo::edited(QLineEdit* field)
{
    const QString before = m_known.value(field);
    const QString after = field->text();
    m_known.insert(field, after);
    if (before == after)
        return;
    m_stack->push(new FieldEdit(this, field, before, after));
    m_typingIn = field;
}

void FormUndo::setField(QLineEdit* field, const QString& text)
{
    m_typingIn = nullptr;
    m_known.insert(field, text);
    field->setText(text); // textChanged, not textEdited: no new step
}

bool FormUndo::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit claims Ctrl+Z for its own typing; while the form has a step to undo, the
    // window's Undo takes it instead.
    if (event->type() == QEvent::ShortcutOverride && m_stack->canUndo()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo)) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace opieka::ui
