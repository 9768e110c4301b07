// Every interactive widget of the social worker's screens has an objectName (for tests and
// automation) and an accessible name (for screen readers).
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
bool isQtInternal(const QWidget* widget)
{
    // Parts Qt builds inside its own widgets (a spin box's line edit, a combo's popup list).
    for (const QObject* o = widget; o; o = o->parent())
        if (o->objectName().startsWith(QLatin1String("qt_")))
            return true;
    const QWidget* parent = widget->parentWidget();
    return parent && (qobject_cast<const QAbstractSpinBox*>(parent) ||
                      qobject_cast<const QComboBox*>(parent) ||
                      parent->inherits("QComboBoxPrivateContainer") || parent->inherits("QTabBar"));
}

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

class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.load(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                  "1,Cezary,Przykładowy,social_worker,1\n"
                                  "2,Ewa,Próbna,foster_care_coordinator,1\n");
        db.load(DataSet::Families, familiesCsv(2));
        db.load(DataSet::Assignments, assignmentsCsv(1, 1, 2));
        ASSERT_TRUE(window.openDatabase(db.path()));
        window.show();
        record = window.openFamily(1);
        ASSERT_NE(record, nullptr);
    }

    void expectDialogNamed(const char* button, const QString& dialogName)
    {
        bool seen = false;
        whenModal([&](QWidget* modal) {
            seen = true;
            EXPECT_EQ(modal->objectName(), dialogName);
            expectNamed(modal);
            modal->close();
        });
        click(record, button);
        EXPECT_TRUE(seen) << button;
    }

    GuiTestDatabase db;
    ui::MainWindow window;
    ui::FamilyRecordWindow* record = nullptr;
};
} // namespace

TEST_F(AccessibilityTest, MainWindowAndFamilyRecord)
{
    expectNamed(&window);
    expectNamed(record);
}

TEST_F(AccessibilityTest, Dialogs)
{
    record->showTab(ui::FamilyRecordWindow::Tab::Members);
    expectDialogNamed("addMemberButton", QStringLiteral("memberDialog"));
    record->showTab(ui::FamilyRecordWindow::Tab::Contacts);
    expectDialogNamed("logContactButton", QStringLiteral("contactDialog"));
    record->showTab(ui::FamilyRecordWindow::Tab::Team);
    expectDialogNamed("assignButton", QStringLiteral("assignDialog"));
    expectDialogNamed("addCoordinatorButton", QStringLiteral("addCoordinatorDialog"));
    child<QTableView>(record, "currentTeamTable")->selectRow(0);
    expectDialogNamed("transferButton", QStringLiteral("assignDialog"));

    bool seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        expectNamed(modal);
        modal->close();
    });
    child<QAction>(&window, "newFamilyAction")->trigger();
    EXPECT_TRUE(seen);
}
