#include "Messages.h"

#include <QMessageBox>
#include <QPushButton>

namespace opieka::ui {

namespace {

void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& message,
          const QString& objectName, const QString& detail)
{
    QMessageBox box(icon, title, message, QMessageBox::Ok, parent);
    box.setObjectName(objectName);
    if (!detail.isEmpty())
        box.setInformativeText(detail);
    box.exec();
}

} // namespace

void showError(QWidget* parent, const QString& title, const QString& message,
               const QString& objectName)
{
    show(QMessageBox::Warning, parent, title, message, objectName, QString());
}

void showWarning(QWidget* parent, const QString& title, const QString& message,
                 const QString& objectName, const QString& detail)
{
    show(QMessageBox::Warning, parent, title, message, objectName, detail);
}

void showInformation(QWidget* parent, const QString& title, const QString& message,
                     const QString& objectName, const QString& detail)
{
    show(QMessageBox::Information, parent, title, message, objectName, detail);
}

bool confirm(QWidget* parent, const QString& title, const QString& question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool confirmDestructive(QWidget* parent, const Destructive& ask)
{
    QMessageBox box(ask.warning ? QMessageBox::Warning : QMessageBox::Question, ask.title,
                    ask.question, QMessageBox::Cancel, parent);
    box.setObjectName(ask.boxName);
    if (!ask.detail.isEmpty())
        box.setInformativeText(ask.detail);
    QPushButton* action = box.addButton(ask.actionText, ask.destroys ? QMessageBox::DestructiveRole
                                                                     : QMessageBox::AcceptRole);
    action->setObjectName(ask.actionName);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == action;
}

} // namespace opieka::ui
