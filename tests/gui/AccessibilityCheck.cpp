#include "AccessibilityCheck.h"

#include "ModalHelper.h"
#include "RecordTestHelpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <gtest/gtest.h>

namespace opieka::test {
namespace {
bool isQtInternal(const QWidget* widget)
{
    // Parts Qt builds inside its own widgets (a spin box's line edit, a combo's popup list, a
    // table's headers and corner button).
    for (const QObject* o = widget; o; o = o->parent())
        if (o->objectName().startsWith(QLatin1String("qt_")))
            return true;
    const QWidget* parent = widget->parentWidget();
    return parent && (qobject_cast<const QAbstractSpinBox*>(parent) ||
                      qobject_cast<const QAbstractItemView*>(parent) ||
                      qobject_cast<const QComboBox*>(parent) ||
                      parent->inherits("QComboBoxPrivateContainer") || parent->inherits("QTabBar"));
}
} // namespace

void expectNamed(const QWidget* root)
{
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const bool interactive =
            qobject_cast<const QAbstractButton*>(widget) ||
            qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
            qobject_cast<const QAbstractSpinBox*>(widget) ||
            qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
            qobject_cast<const QAbstractItemView*>(widget) ||
            qobject_cast<const QTabWidget*>(widget);
        if (!interactive || isQtInternal(widget))
            continue;
        EXPECT_FALSE(widget->objectName().isEmpty())
            << root->objectName().toStdString() << ": a " << widget->metaObject()->className()
            << " has no objectName";
        const auto* button = qobject_cast<const QAbstractButton*>(widget);
        const bool named =
            !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        EXPECT_TRUE(named) << root->objectName().toStdString() << ": "
                           << widget->objectName().toStdString() << " has no accessible name";
    }
}

void expectModalNamed(const std::function<void()>& open, const QString& dialogName,
                      const char* what)
{
    bool seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        if (!dialogName.isEmpty()) {
            EXPECT_EQ(modal->objectName(), dialogName);
        }
        expectNamed(modal);
        modal->close();
    });
    open();
    EXPECT_TRUE(seen) << what;
}

void expectDialogNamed(const QObject* parent, const char* button, const QString& dialogName)
{
    expectModalNamed([&] { click(parent, button); }, dialogName, button);
}

} // namespace opieka::test
