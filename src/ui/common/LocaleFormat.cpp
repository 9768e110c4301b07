#include "LocaleFormat.h"

#include "Messages.h"
#include "PastDates.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QValidator>

namespace opieka::ui {
namespace {
// Dynamic properties of a guarded date field.
const char* const kGuarded = "opiekaDateGuarded";
const char* const kProblem = "opiekaDateProblem";  // what is wrong with its text; empty: nothing
const char* const kToolTip = "opiekaDateToolTip";  // its own tooltip, given back once corrected
const char* const kStyle = "opiekaDateStyleSheet"; // its own style sheet, likewise

QLineEdit* lineOf(const QDateEdit* edit)
{
    return edit->findChild<QLineEdit*>();
}

void refresh(QDateEdit* edit);

// What is wrong with the field's text now (read anew: QDateEdit changes its text with the line's
// signals blocked, so the last refresh may be behind).
QString problemOf(const QDateEdit* edit)
{
    const QLineEdit* line = lineOf(edit);
    return line ? LocaleFormat::problemWith(edit, line->text()) : QString();
}

// Any text may be typed: what is not (yet) a date is Intermediate and stays as typed. QDateEdit's
// own validator would correct it as the user types (31.02 became 28.02), and its fixup would put
// another date in its place; this one corrects nothing.
class TypedDateValidator : public QValidator
{
public:
    explicit TypedDateValidator(QDateEdit* edit)
        : QValidator(edit)
        , m_edit(edit)
    {}

    State validate(QString& input, int& /*pos*/) const override
    {
        // Also asked when QDateEdit sets its text with the signals blocked (setDate, the arrow
        // keys): the field's look follows once the change is done.
        QTimer::singleShot(0, m_edit, [edit = m_edit] { refresh(edit); });
        return LocaleFormat::problemWith(m_edit, input).isEmpty() ? Acceptable : Intermediate;
    }

private:
    QDateEdit* m_edit;
};

// After every change of the text: shows what is wrong, or takes the typed date.
void refresh(QDateEdit* edit)
{
    const QString text = lineOf(edit)->text();
    QDate typed;
    const QString problem = LocaleFormat::problemWith(edit, text, &typed);
    if (problem != edit->property(kProblem).toString()) {
        // While the text is not a date, a move of the cursor must not reach QDateTimeEdit: it
        // reads the text to select the section under the cursor and, failing, puts the last good
        // date back. Its own handler (a private slot) is given back once the text is a date.
        if (problem.isEmpty())
            QObject::connect(lineOf(edit), SIGNAL(cursorPositionChanged(int, int)), edit,
                             SLOT(_q_editorCursorPositionChanged(int, int)), Qt::UniqueConnection);
        else
            QObject::disconnect(lineOf(edit), &QLineEdit::cursorPositionChanged, edit, nullptr);
        edit->setProperty(kProblem, problem);
        edit->setToolTip(problem.isEmpty() ? edit->property(kToolTip).toString() : problem);
        edit->setAccessibleDescription(problem);
        edit->setStyleSheet(problem.isEmpty() ? edit->property(kStyle).toString()
                                              : Theme::errorStyle());
    }
    if (!problem.isEmpty() || text == edit->specialValueText())
        return;
    if (typed.isValid() && typed != edit->date())
        edit->setDate(typed);
}

void guard(QDateEdit* edit)
{
    QLineEdit* line = lineOf(edit);
    if (!line || edit->property(kGuarded).toBool())
        return;
    edit->setProperty(kGuarded, true);
    edit->setProperty(kToolTip, edit->toolTip());
    edit->setProperty(kStyle, edit->styleSheet());
    line->setValidator(new TypedDateValidator(edit));
    // The date is taken by refresh() once the text is one; QDateEdit's own reading of a text that
    // is not would put the last good date back in its place.
    edit->setKeyboardTracking(false);
    QObject::connect(line, &QLineEdit::textChanged, edit, [edit] { refresh(edit); });
}

// How the window calls the field: its label, else its accessible name.
QString fieldName(const QDateEdit* field)
{
    for (const QLabel* label : field->window()->findChildren<QLabel*>())
        if (label->buddy() == field) {
            QString text = label->text();
            text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
            text.remove(QLatin1Char('&'));
            text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
            while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            if (!text.isEmpty())
                return text;
        }
    return field->accessibleName().isEmpty() ? field->objectName() : field->accessibleName();
}

// Says why nothing was saved, then puts the cursor in the field. After the event that asked,
// so that no dialog opens in the middle of a mouse press.
void refuse(QDateEdit* field)
{
    QPointer<QDateEdit> guarded(field);
    QTimer::singleShot(0, field, [guarded] {
        if (!guarded)
            return;
        showWarning(guarded->window(), LocaleFormat::tr("Date not valid"),
                    LocaleFormat::tr("Not saved: the date in “%1” is not valid. %2 "
                                     "Correct it, then save again.")
                        .arg(fieldName(guarded), problemOf(guarded)),
                    QStringLiteral("invalidDateMessageBox"));
        if (guarded)
            guarded->setFocus(Qt::OtherFocusReason);
    });
}

// A button that acts on what its window holds: an accepting button of a dialog's button box, or
// any other push button of the window ("Save details", "Close case", "Start"...), which may take
// the date field's value. Not the buttons that leave without using it (Cancel, Discard, Help),
// nor check boxes, radio buttons and tool buttons.
bool actsOnItsWindow(QAbstractButton* button)
{
    if (!qobject_cast<QPushButton*>(button))
        return false;
    if (auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget())) {
        const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
        return role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole ||
               role == QDialogButtonBox::ApplyRole;
    }
    static const QRegularExpression leaves(QStringLiteral("cancel|discard|help"),
                                           QRegularExpression::CaseInsensitiveOption);
    return !leaves.match(button->objectName()).hasMatch();
}

bool isEnter(const QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<const QKeyEvent*>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// Whether a user's press, key or shortcut would click the button.
bool wouldClick(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        return static_cast<const QMouseEvent*>(event)->button() == Qt::LeftButton;
    case QEvent::Shortcut:
        return true;
    case QEvent::KeyPress: {
        const int key = static_cast<const QKeyEvent*>(event)->key();
        return key == Qt::Key_Space || key == Qt::Key_Select || isEnter(event);
    }
    default:
        return false;
    }
}

// Typing goes into the text as it is (QDateEdit would jump between its sections and correct the
// day); Enter on a text that is not a date is refused instead of replaced.
bool typed(QDateEdit* edit, QKeyEvent* key)
{
    if (edit->isReadOnly())
        return false;
    QLineEdit* line = lineOf(edit);
    const bool plain =
        !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier));
    if (isEnter(key)) {
        if (problemOf(edit).isEmpty())
            return false;
        refuse(edit);
        return true;
    }
    if (key->matches(QKeySequence::SelectAll)) { // the whole text, whatever the field shows
        line->selectAll();
        return true;
    }
    if (!problemOf(edit).isEmpty()) {
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
            // Moving in a text that is not a date: the line edit alone, QDateEdit would put the
            // last good date back.
            QCoreApplication::sendEvent(line, key);
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            return true; // no step from a date the field no longer shows
        default:
            break;
        }
    }
    if (!plain)
        return false;
    // Typing over "not known" (the field's special value) replaces it.
    if (!edit->specialValueText().isEmpty() && line->text() == edit->specialValueText())
        line->selectAll();
    if (key->key() == Qt::Key_Backspace) {
        line->backspace();
        return true;
    }
    if (key->key() == Qt::Key_Delete) {
        line->del();
        return true;
    }
    const QString text = key->text();
    if (!text.isEmpty() && text.at(0).isPrint()) {
        line->insert(text);
        return true;
    }
    return false;
}

// Sets the format of each date field when it is first polished, before it is shown, and keeps
// watch over what is typed into it and over the saves of its window.
class DateEditFormatter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) { // the few that matter, before any cast
        case QEvent::Polish:
        case QEvent::KeyPress:
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Hide:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::Shortcut:
            break;
        default:
            return QObject::eventFilter(watched, event);
        }
        if (auto* edit = qobject_cast<QDateEdit*>(watched)) {
            switch (event->type()) {
            case QEvent::Polish:
                // Again whenever the field is polished anew (a style sheet): setting the same
                // format would put the date back in place of what is being typed.
                if (edit->displayFormat() != LocaleFormat::dateFormat())
                    edit->setDisplayFormat(LocaleFormat::dateFormat());
                guard(edit);
                break;
            case QEvent::KeyPress:
                if (edit->property(kGuarded).toBool() &&
                    typed(edit, static_cast<QKeyEvent*>(event)))
                    return true;
                break;
            case QEvent::FocusIn:
            case QEvent::FocusOut:
            case QEvent::Hide:
                // Leaving the field, or coming back to it, would put the last good date in place
                // of the typed text: the line edit alone hears of it.
                if (!problemOf(edit).isEmpty()) {
                    if (event->type() != QEvent::Hide)
                        QCoreApplication::sendEvent(lineOf(edit), event);
                    return true;
                }
                break;
            default:
                break;
            }
            return QObject::eventFilter(watched, event);
        }
        auto* button = qobject_cast<QAbstractButton*>(watched);
        const bool saving =
            (button && wouldClick(event) && button->isEnabled() && actsOnItsWindow(button)) ||
            (qobject_cast<QDialog*>(watched) && isEnter(event));
        if (saving) {
            const auto* widget = static_cast<QWidget*>(watched);
            if (QDateEdit* wrong = LocaleFormat::invalidDateField(widget->window())) {
                refuse(wrong);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

QString LocaleFormat::dateFormat()
{
    return localDateFormat();
}

QString LocaleFormat::problemWith(const QDateEdit* edit, const QString& text, QDate* date)
{
    if (!edit->specialValueText().isEmpty() && text == edit->specialValueText())
        return {};
    const QString format = edit->displayFormat();
    const QString example = localDate(QDate::currentDate());
    // The format's day, month and year written in full (06.12.2026), its separators between.
    QString pattern = QStringLiteral("^");
    QString digitsOnly = QStringLiteral("^");
    QString order;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            const QString digits =
                c == QLatin1Char('y') ? QStringLiteral("(\\d{4})") : QStringLiteral("(\\d{2})");
            pattern += digits;
            digitsOnly += digits;
            order += c;
        } else {
            pattern += QRegularExpression::escape(format.mid(i, run));
        }
        i += run;
    }
    pattern += QLatin1Char('$');
    digitsOnly += QLatin1Char('$');
    QRegularExpressionMatch match = QRegularExpression(pattern).match(text.trimmed());
    if (!match.hasMatch())
        match = QRegularExpression(digitsOnly).match(text.trimmed());
    if (text.trimmed().isEmpty())
        return tr("Enter a date, like %1.").arg(example);
    if (!match.hasMatch() || order.size() != 3)
        return tr("%1 is not a date: write it like %2.").arg(text, example);
    const int day = match.captured(order.indexOf(QLatin1Char('d')) + 1).toInt();
    const int month = match.captured(order.indexOf(QLatin1Char('M')) + 1).toInt();
    const int year = match.captured(order.indexOf(QLatin1Char('y')) + 1).toInt();
    if (month < 1 || month > 12)
        return tr("%1 is not a date: there is no month %2.").arg(text).arg(month);
    if (year < 1)
        return tr("%1 is not a date: there is no year %2.").arg(text).arg(year);
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1)
        return tr("%1 is not a date: there is no day %2.").arg(text).arg(day);
    if (day > days)
        return tr("%1 is not a date: %2 %3 has %4 days.")
            .arg(text, QLocale().standaloneMonthName(month))
            .arg(year)
            .arg(days);
    const QDate typed(year, month, day);
    if (typed < edit->minimumDate() || typed > edit->maximumDate())
        return tr("%1 is outside the days this field takes, %2 to %3.")
            .arg(text, localDate(edit->minimumDate()), localDate(edit->maximumDate()));
    if (date)
        *date = typed;
    return {};
}

QDateEdit* LocaleFormat::invalidDateField(const QWidget* window)
{
    if (!window)
        return nullptr;
    for (QDateEdit* edit : window->findChildren<QDateEdit*>())
        if (edit->window() == window && edit->isVisible() && edit->isEnabled() &&
            !problemOf(edit).isEmpty())
            return edit;
    return nullptr;
}

void LocaleFormat::install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    qApp->installEventFilter(new DateEditFormatter(qApp));
}

} // namespace opieka::ui
