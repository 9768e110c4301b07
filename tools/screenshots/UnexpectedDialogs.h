#pragma once

#include <QObject>
#include <QStringList>

namespace opieka::screenshots {

// Offscreen nobody answers a dialog: one opened with exec() (an error, a question, a sign-in)
// would stop the run for ever. While this object lives, every dialog that opens modally is
// closed at once (as Cancel or Escape would) and what it said is kept, so the run can fail with
// it instead of hanging or saving pictures of a half-loaded window.
class UnexpectedDialogs : public QObject
{
public:
    UnexpectedDialogs();
    ~UnexpectedDialogs() override;
    UnexpectedDialogs(const UnexpectedDialogs&) = delete;
    UnexpectedDialogs& operator=(const UnexpectedDialogs&) = delete;

    // "title: text" of each dialog closed so far, in order.
    const QStringList& seen() const { return m_seen; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStringList m_seen;
};

} // namespace opieka::screenshots
