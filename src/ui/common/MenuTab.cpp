#include "MenuTab.h"

#include <QAction>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVariant>

namespace opieka::ui {

void offerAsMenuTab(QAction* action, QTabWidget* tabs, QWidget* tab, const QString& title,
                    const QString& closeObjectName, const QString& closeText,
                    std::function<void()> beforeShow)
{
    tab->hide();
    action->setVisible(true);
    QObject::connect(action, &QAction::triggered, tab,
                     [tabs = QPointer<QTabWidget>(tabs), tab, title, closeObjectName, closeText,
                      beforeShow = std::move(beforeShow)] {
                         if (!tabs)
                             return;
                         if (tabs->indexOf(tab) < 0) {
                             const int index = tabs->addTab(tab, title);
                             auto* close = new QToolButton(tabs->tabBar());
                             close->setObjectName(closeObjectName);
                             close->setText(QStringLiteral("×"));
                             close->setAutoRaise(true);
                             close->setToolTip(closeText);
                             close->setAccessibleName(closeText);
                             QObject::connect(close, &QToolButton::clicked, tab, [tabs, tab] {
                                 if (tabs && tabs->indexOf(tab) >= 0)
                                     tabs->removeTab(tabs->indexOf(tab));
                                 tab->hide();
                             });
                             tabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
                         }
                         if (beforeShow)
                             beforeShow();
                         tabs->setCurrentWidget(tab);
                     });
    action->setData(QVariant::fromValue<QObject*>(tab));
    QObject::connect(tab, &QObject::destroyed, action, [action](QObject* gone) {
        if (action->data().value<QObject*>() == gone)
            action->setVisible(false);
    });
}

} // namespace opieka::ui
