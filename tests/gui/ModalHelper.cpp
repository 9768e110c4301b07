#include "ModalHelper.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>

namespace opieka::test {

void whenModal(std::function<void(QWidget*)> answer, int timeoutMs)
{
    auto* timer = new QTimer(qApp);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp,
                     [timer, started, timeoutMs, answer = std::move(answer)] {
                         QWidget* modal = QApplication::activeModalWidget();
                         if (!modal && started->elapsed() < timeoutMs)
                             return;
                         timer->stop();
                         timer->deleteLater();
                         if (!modal) {
                             ADD_FAILURE() << "no modal dialog appeared";
                             return;
                         }
                         QPointer<QWidget> guard(modal);
                         answer(modal);
                         // A failed expectation must not leave the test waiting on a dialog.
                         if (guard && guard->isVisible()) {
                             ADD_FAILURE() << "the modal dialog was left open";
                             if (auto* dialog = qobject_cast<QDialog*>(guard.data()))
                                 dialog->reject();
                             else
                                 guard->close();
                         }
                     });
    timer->start();
}

void whenDialog(const QString& name, bool& seen, std::function<void(QWidget*)> answer)
{
    whenModal([name, &seen, answer = std::move(answer)](QWidget* modal) {
        seen = true;
        ASSERT_EQ(modal->objectName(), name);
        answer(modal);
    });
}

void acceptMessageWhenShown(QString& text)
{
    whenModal([&text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        text = box->text();
        box->accept();
    });
}

void signInWhenAsked(const QString& login, const QByteArray& password)
{
    whenModal([login, password](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
        auto* loginEdit = modal->findChild<QLineEdit*>(QStringLiteral("loginEdit"));
        auto* passwordEdit = modal->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        ASSERT_TRUE(loginEdit && passwordEdit);
        loginEdit->setText(login);
        passwordEdit->setText(QString::fromLatin1(password));
        QTest::keyClick(modal, Qt::Key_Return);
    });
}

} // namespace opieka::test
