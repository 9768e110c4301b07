#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>
#include <functional>

namespace opieka::test {

// Runs `answer` on the next modal widget (dialog, message box) once it is shown, from inside
// its event loop; the test then triggers whatever opens it. Fails the test if none appears.
void whenModal(std::function<void(QWidget*)> answer, int timeoutMs = 5000);
// Answers the sign-in dialog that comes next with the login and password (Return).
void signInWhenAsked(const QString& login, const QByteArray& password);

} // namespace opieka::test
