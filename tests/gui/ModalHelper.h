#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>
#include <functional>

namespace opieka::test {

// Runs `answer` on the next modal widget (dialog, message box) once it is shown, from inside
// its event loop; the test then triggers whatever opens it. Fails the test if none appears.
void whenModal(std::function<void(QWidget*)> answer, int timeoutMs = 5000);
// Answers the next modal, which must be a message box: keeps its text in `text` and accepts it.
// `text` must outlive the message box (a local of the test that triggers it).
void acceptMessageWhenShown(QString& text);
// whenModal for the dialog named `name`: sets `seen` once a modal shows, checks that its
// objectName is `name` (fatal for `answer`) and runs `answer` on it.
void whenDialog(const QString& name, bool& seen, std::function<void(QWidget*)> answer);
// Answers the sign-in dialog that comes next with the login and password (Return).
void signInWhenAsked(const QString& login, const QByteArray& password);

} // namespace opieka::test
