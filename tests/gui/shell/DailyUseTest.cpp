// Daily use (issue 10): the window remembers how it was left, the frequent actions have keys
// shown in the menus, Tab walks the forms in the order they read, the details form undoes a
// change, destructive actions ask first, and a dark theme keeps every colour readable.
#include "AppSettings.h"
#include "AssessmentDialog.h"
#include "AssignDialog.h"
#include "CentreSettingsDialog.h"
#include "ContactDialog.h"
#include "ContactService.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "FosterFamilyDialog.h"
#include "FosterRegisterService.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "MemberService.h"
#include "ModalHelper.h"
#include "NewFamilyDialog.h"
#include "RecordTestHelpers.h"
#include "ReportPage.h"
#include "ReportsTab.h"
#include "SettingsService.h"
#include "Theme.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;

// "a, b, c": readable when a comparison fails.
std::string names(const QList<QWidget*>& widgets)
{
    QStringList list;
    for (const QWidget* widget : widgets)
        list << widget->objectName();
    return list.join(QStringLiteral(", ")).toStdString();
}

// The window an action belongs to: up its parents, past the menus (popups of their own).
const QWidget* windowOf(const QObject* object)
{
    for (; object; object = object->parent()) {
        const auto* widget = qobject_cast<const QWidget*>(object);
        if (widget && !qobject_cast<const QMenu*>(widget))
            return widget->window();
    }
    return nullptr;
}

// Every key of every action of `window` (not of the windows inside it), with its actions.
QMap<QString, QStringList> shortcutsOf(const QWidget* window)
{
    QMap<QString, QStringList> keys;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (windowOf(action) != window)
            continue;
        for (const QKeySequence& key : action->shortcuts())
            keys[key.toString(QKeySequence::PortableText)] << action->objectName();
    }
    return keys;
}

// Each key of `expected` is the shortcut of exactly the action named (and of no other) in
// `window`.
void expectShortcuts(const QWidget* window, const QMap<QString, QString>& expected)
{
    const QMap<QString, QStringList> keys = shortcutsOf(window);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(keys.value(it.key()).join(QLatin1Char(' ')), it.value())
            << it.key().toStdString();
}

bool inMenu(const QAction* action)
{
    const QList<QObject*> associated = action->associatedObjects();
    return std::any_of(associated.cbegin(), associated.cend(),
                       [](const QObject* o) { return qobject_cast<const QMenu*>(o) != nullptr; });
}

bool isInput(const QWidget* widget)
{
    if (qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()) ||
        qobject_cast<const QComboBox*>(widget->parentWidget()))
        return false; // the line edit inside a date or combo box
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QCheckBox*>(widget);
}

// The fields a person can type into, in reading order: row by row (fields whose heights
// overlap share a row), left to right within a row.
QList<QWidget*> fieldsInReadingOrder(QWidget* root)
{
    QList<QWidget*> fields;
    for (QWidget* widget : root->findChildren<QWidget*>())
        if (isInput(widget) && widget->isVisibleTo(root) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus))
            fields << widget;
    const auto rect = [root](const QWidget* w) {
        return QRect(w->mapTo(root, QPoint(0, 0)), w->size());
    };
    std::sort(fields.begin(), fields.end(), [&](const QWidget* a, const QWidget* b) {
        return rect(a).center().y() < rect(b).center().y();
    });
    QList<QList<QWidget*>> rows;
    for (QWidget* field : fields) {
        if (!rows.isEmpty()) {
            const QRect last = rect(rows.last().first());
            if (rect(field).top() < last.bottom()) { // overlaps the row's first field
                rows.last() << field;
                continue;
            }
        }
        rows.append({field});
    }
    QList<QWidget*> ordered;
    for (QList<QWidget*>& row : rows) {
        std::sort(row.begin(), row.end(),
                  [&](const QWidget* a, const QWidget* b) { return rect(a).x() < rect(b).x(); });
        ordered << row;
    }
    return ordered;
}

// Presses Tab from `first` until the focus leaves `root` or comes back round; the fields of
// `root` it stopped on, each once (a date edit takes a Tab per section).
QList<QWidget*> walkWithTab(QWidget* root, QWidget* first)
{
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited;
    bool leftFirst = false; // a date edit's sections take a Tab each before it lets go
    for (int step = 0; step < 100; ++step) {
        QWidget* focused = root->window()->focusWidget();
        leftFirst |= focused != first;
        if (!focused || (leftFirst && focused == first) ||
            (focused != root && !root->isAncestorOf(focused)))
            break;
        if (isInput(focused) && !visited.contains(focused))
            visited << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return visited;
}

void activate(QWidget* window)
{
    window->show();
    window->raise();
    window->activateWindow();
    // Not qWaitForWindowActive: a record counts as active while its main window is.
    ASSERT_TRUE(QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
}

void answer(QMessageBox::StandardButton button, QString* question = nullptr)
{
    whenModal([button, question](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr) << modal->objectName().toStdString();
        EXPECT_EQ(box->objectName(), QStringLiteral("confirmMessageBox"));
        EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::No)) << "Enter must not destroy";
        if (question)
            *question = box->text();
        box->button(button)->click();
    });
}

class DailyUseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary});
        db.loadFamilies(30);
        db.assign(1, 1, 2);
    }

    // A main window on the test database, shown.
    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto window = std::make_unique<ui::MainWindow>();
        EXPECT_TRUE(window->openDatabase(db.path()));
        window->show();
        return window;
    }

    GuiTestDatabase db;
};
} // namespace

TEST_F(DailyUseTest, WindowSizeAndColumnsComeBackNextTime)
{
    {
        auto first = openWindow();
        first->resize(900, 640);
        first->tabs()->setCurrentWidget(first->familiesTab());
        QHeaderView* header =
            child<QTableView>(first->familiesTab(), "familiesTable")->horizontalHeader();
        header->resizeSection(ui::FamiliesModel::NameColumn, 333);
        header->moveSection(header->visualIndex(ui::FamiliesModel::MunicipalityColumn), 0);
        header->setSortIndicator(ui::FamiliesModel::NameColumn, Qt::DescendingOrder);

        // The same for a table in a record: nothing per table, the views are found by name.
        ui::FamilyRecordWindow* record = first->openFamily(kFamily);
        ASSERT_NE(record, nullptr);
        record->showTab(ui::FamilyRecordWindow::Tab::Members);
        child<QTableView>(record, "membersTable")->horizontalHeader()->resizeSection(0, 250);
        record->resize(1000, 640);
        record->close();
        first->close();
    }

    auto second = openWindow();
    EXPECT_EQ(second->size(), QSize(900, 640));
    second->tabs()->setCurrentWidget(second->familiesTab());
    QHeaderView* header =
        child<QTableView>(second->familiesTab(), "familiesTable")->horizontalHeader();
    EXPECT_EQ(header->sectionSize(ui::FamiliesModel::NameColumn), 333);
    EXPECT_EQ(header->visualIndex(ui::FamiliesModel::MunicipalityColumn), 0);
    EXPECT_EQ(header->sortIndicatorSection(), ui::FamiliesModel::NameColumn);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const ui::FamiliesModel* model = second->familiesTab()->model();
    EXPECT_EQ(model->index(0, ui::FamiliesModel::NameColumn).data().toString(),
              QStringLiteral("Family-9"))
        << "the list is sorted as it was left";

    ui::FamilyRecordWindow* record = second->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::Members);
    EXPECT_EQ(child<QTableView>(record, "membersTable")->horizontalHeader()->sectionSize(0), 250);
    EXPECT_EQ(record->size(), QSize(1000, 640)) << "a record opens at the size the last one had";
}

TEST_F(DailyUseTest, ColumnsSurviveOpeningTheDatabaseAgain)
{
    // The tabs are rebuilt without being hidden first: the widths were kept as they changed.
    auto window = openWindow();
    window->tabs()->setCurrentWidget(window->familiesTab());
    child<QTableView>(window->familiesTab(), "familiesTable")
        ->horizontalHeader()
        ->resizeSection(ui::FamiliesModel::MunicipalityColumn, 277);
    ASSERT_TRUE(window->openDatabase(db.path()));
    QApplication::processEvents(); // the new tabs show from the event loop
    window->tabs()->setCurrentWidget(window->familiesTab());
    EXPECT_EQ(child<QTableView>(window->familiesTab(), "familiesTable")
                  ->horizontalHeader()
                  ->sectionSize(ui::FamiliesModel::MunicipalityColumn),
              277);
}

TEST_F(DailyUseTest, LastFamilyIsOfferedAgainOnTheSameDatabase)
{
    {
        auto first = openWindow();
        auto* reopen = child<QAction>(first.get(), "reopenLastFamilyAction");
        EXPECT_FALSE(reopen->isEnabled()) << "nothing opened yet";
        ASSERT_NE(first->openFamily(2), nullptr);
        EXPECT_TRUE(reopen->isEnabled());
        first->close();
    }
    auto second = openWindow();
    auto* reopen = child<QAction>(second.get(), "reopenLastFamilyAction");
    EXPECT_TRUE(inMenu(reopen));
    EXPECT_EQ(reopen->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    ASSERT_TRUE(reopen->isEnabled());
    reopen->trigger();
    ASSERT_EQ(second->recordWindows().size(), 1);
    EXPECT_EQ(second->recordWindows().first()->familyId(), 2);

    // Another database has a last family of its own: none yet.
    GuiTestDatabase other;
    other.loadFamilies(3);
    ASSERT_TRUE(second->openDatabase(other.path()));
    EXPECT_FALSE(reopen->isEnabled());
}

TEST_F(DailyUseTest, EveryShortcutIsUniqueInItsWindowAndShownInAMenu)
{
    auto window = openWindow();
    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    for (const QWidget* w :
         {static_cast<const QWidget*>(window.get()), static_cast<const QWidget*>(record)}) {
        const QMap<QString, QStringList> keys = shortcutsOf(w);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            EXPECT_EQ(it.value().size(), 1)
                << w->objectName().toStdString() << ": " << it.key().toStdString()
                << " is taken by " << it.value().join(QStringLiteral(", ")).toStdString();
        }
        for (const QAction* action : w->findChildren<QAction*>()) {
            if (windowOf(action) == w && !action->shortcuts().isEmpty() && action->isVisible()) {
                EXPECT_TRUE(inMenu(action)) << action->objectName().toStdString();
            }
        }
    }

    expectShortcuts(window.get(),
                    {
                        {QStringLiteral("Ctrl+O"), QStringLiteral("openDatabaseAction")},
                        {QStringLiteral("Ctrl+Shift+O"), QStringLiteral("reopenLastFamilyAction")},
                        {QStringLiteral("Ctrl+N"), QStringLiteral("newFamilyAction")},
                        {QStringLiteral("Ctrl+R"), QStringLiteral("assignAction")},
                        {QStringLiteral("Ctrl+F"), QStringLiteral("findFamilyAction")},
                        {QStringLiteral("Ctrl+P"), QStringLiteral("printAction")},
                        {QStringLiteral("F5"), QStringLiteral("refreshAction")},
                        {QStringLiteral("Ctrl+1"), QStringLiteral("goToSectionAction1")},
                    });

    expectShortcuts(record, {
                                {QStringLiteral("Ctrl+S"), QStringLiteral("saveDetailsAction")},
                                {QStringLiteral("Ctrl+Z"), QStringLiteral("undoDetailsAction")},
                                {QStringLiteral("F5"), QStringLiteral("reloadRecordAction")},
                                {QStringLiteral("Ctrl+L"), QStringLiteral("logContactAction")},
                                {QStringLiteral("Ctrl+M"), QStringLiteral("addMemberAction")},
                                {QStringLiteral("Ctrl+P"), QStringLiteral("printAction")},
                                {QStringLiteral("Ctrl+W"), QStringLiteral("closeRecordAction")},
                                {QStringLiteral("Esc"), QStringLiteral("closeRecordAction")},
                                {QStringLiteral("Ctrl+1"), QStringLiteral("recordGoToAction1")},
                            });
}

TEST_F(DailyUseTest, KeysDoWhatTheMenusSay)
{
    auto window = openWindow();
    activate(window.get());
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window->tabs()->currentWidget(), window->familiesTab());
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(window->familiesTab(), "searchEdit"));

    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    int firstVisible = 0;
    while (!window->tabs()->isTabVisible(firstVisible))
        ++firstVisible;
    EXPECT_EQ(window->tabs()->currentIndex(), firstVisible);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_GT(window->tabs()->currentIndex(), firstVisible);

    // Ctrl+P prints the report on screen.
    window->tabs()->setCurrentWidget(window->reportsTab());
    auto* page = qobject_cast<ui::ReportPage*>(window->reportsTab()->pages()->currentWidget());
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([page] { return page->hasReport(); }, 10000));
    bool previewed = false;
    whenModal([&](QWidget* modal) {
        previewed = modal->objectName() == QStringLiteral("printPreviewDialog");
        modal->close();
    });
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(previewed);

    QPointer<ui::FamilyRecordWindow> record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    activate(record);
    bool logged = false;
    whenModal([&](QWidget* modal) {
        logged = modal->objectName() == QStringLiteral("contactDialog");
        click(modal, "closeButton");
    });
    QTest::keyClick(record, Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(logged) << "Ctrl+L logs a contact";

    activate(record); // back from the dialog
    QTest::keyClick(record, Qt::Key_W, Qt::ControlModifier);
    EXPECT_TRUE(!record || !record->isVisible()) << "Ctrl+W closes the record";

    QPointer<ui::FamilyRecordWindow> second = window->openFamily(2);
    ASSERT_NE(second, nullptr);
    activate(second);
    QTest::keyClick(second, Qt::Key_Escape);
    EXPECT_TRUE(!second || !second->isVisible()) << "so does Esc";
}

TEST_F(DailyUseTest, ClosingACaseAsksFirstAndNoChangesNothing)
{
    auto window = openWindow();
    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    auto* reason = child<QLineEdit>(record, "closeReasonEdit");
    typeText(reason, QStringLiteral("Moved away"));

    QString question;
    answer(QMessageBox::No, &question);
    click(record, "closeCaseButton");
    EXPECT_TRUE(question.contains(QStringLiteral("Family-1"))) << question.toStdString();
    EXPECT_FALSE(record->family().closedOn.has_value());
    auto stored = FamilyService(db.session(db.manager())).family(kFamily);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->closedOn.has_value()) << "nothing stored";
    EXPECT_EQ(reason->text(), QStringLiteral("Moved away")) << "the reason typed stays";

    answer(QMessageBox::Yes);
    click(record, "closeCaseButton");
    EXPECT_TRUE(record->family().closedOn.has_value());
}

TEST_F(DailyUseTest, ClosingARecordWithUnsavedDetailsAsksFirst)
{
    auto window = openWindow();
    QPointer<ui::FamilyRecordWindow> record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    activate(record);
    auto* name = child<QLineEdit>(record, "nameEdit");
    name->setFocus();
    typeText(name, QStringLiteral(" i syn"));

    // Save / Discard / Cancel, as every way of closing asks (UnsavedChangesTest).
    const auto answerUnsaved = [](QMessageBox::StandardButton button, QString* question) {
        whenModal([button, question](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            ASSERT_NE(box, nullptr) << modal->objectName().toStdString();
            EXPECT_EQ(box->objectName(), QStringLiteral("unsavedChangesBox"));
            EXPECT_NE(static_cast<QAbstractButton*>(box->defaultButton()),
                      box->button(QMessageBox::Discard))
                << "Enter must not destroy";
            if (question)
                *question = box->text();
            box->button(button)->click();
        });
    };
    QString question;
    answerUnsaved(QMessageBox::Cancel, &question);
    QTest::keyClick(name, Qt::Key_Escape);
    EXPECT_TRUE(question.contains(QStringLiteral("not saved"))) << question.toStdString();
    ASSERT_TRUE(record && record->isVisible()) << "Cancel keeps the record and the edit";
    EXPECT_EQ(name->text(), QStringLiteral("Family-1 i syn"));

    activate(record);
    answerUnsaved(QMessageBox::Discard, nullptr);
    QTest::keyClick(record, Qt::Key_W, Qt::ControlModifier);
    EXPECT_TRUE(!record || !record->isVisible());
    auto stored = FamilyService(db.session(db.manager())).family(kFamily);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("Family-1")) << "discarded, not saved";
}

TEST_F(DailyUseTest, EndingNiebieskaKartaAndDiscardingADraftAskFirst)
{
    auto window = openWindow();
    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    click(record, "startBlueCardButton");
    answer(QMessageBox::No);
    click(record, "endBlueCardButton");
    EXPECT_TRUE(child<QPushButton>(record, "endBlueCardButton")->isEnabled()) << "still running";

    const QString note = QStringLiteral("Talked about the school.");
    whenModal([&](QWidget* modal) {
        typeText(child<QPlainTextEdit>(modal, "notesEdit"), note);
        answer(QMessageBox::No);
        click(modal, "discardButton");
        EXPECT_TRUE(modal->isVisible()) << "No keeps the dialog and the text";
        EXPECT_EQ(child<QPlainTextEdit>(modal, "notesEdit")->toPlainText(), note);
        click(modal, "closeButton"); // keeps the draft
    });
    click(record, "logContactButton");
    auto draft = ContactService(db.session(window->actor())).draft(kFamily);
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(draft->has_value());
    EXPECT_EQ((*draft)->notes, note);
}

TEST_F(DailyUseTest, UndoPutsTheLastChangedFieldBack)
{
    auto window = openWindow();
    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::Details);
    activate(record);
    auto* name = child<QLineEdit>(record, "nameEdit");
    auto* municipality = child<QLineEdit>(record, "municipalityEdit");
    auto* undo = child<QPushButton>(record, "undoDetailsButton");
    EXPECT_FALSE(undo->isEnabled());

    name->setFocus();
    name->selectAll();
    typeText(name, QStringLiteral("Nowakowie"));
    municipality->setFocus();
    municipality->selectAll();
    typeText(municipality, QStringLiteral("Gdańsk"));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(record->detailsEdited());

    // Ctrl+Z in the field undoes the form's last change: the whole field, not a letter...
    QTest::keyClick(municipality, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(municipality->text(), QStringLiteral("Testowo"));
    EXPECT_EQ(name->text(), QStringLiteral("Nowakowie"));
    // ...and again the change before, in another field: more than the line edit's own undo.
    QTest::keyClick(municipality, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(name->text(), QStringLiteral("Family-1"));
    EXPECT_FALSE(undo->isEnabled());

    auto* address = child<QLineEdit>(record, "addressEdit");
    address->setFocus();
    typeText(address, QStringLiteral("ul. Leśna 3"));
    click(record, "undoDetailsButton");
    EXPECT_TRUE(address->text().isEmpty()) << address->text().toStdString();
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(record->detailsEdited());
}

TEST_F(DailyUseTest, TabWalksTheFormsInReadingOrder)
{
    auto window = openWindow();
    Database& database = db.workspace().database();

    ui::NewFamilyDialog newFamily(FamilyService(Session(database, window->actor())),
                                  DuplicateService(Session(database, window->actor())),
                                  window.get());
    activate(&newFamily);
    const QList<QWidget*> newFamilyFields = fieldsInReadingOrder(&newFamily);
    ASSERT_GE(newFamilyFields.size(), 4);
    EXPECT_EQ(names(walkWithTab(&newFamily, newFamilyFields.first())), names(newFamilyFields));
    newFamily.hide();

    ui::MemberDialog member(MemberService(Session(database, window->actor())),
                            DuplicateService(Session(database, window->actor())), kFamily,
                            window.get());
    activate(&member);
    const QList<QWidget*> memberFields = fieldsInReadingOrder(&member);
    ASSERT_GE(memberFields.size(), 4);
    EXPECT_EQ(names(walkWithTab(&member, memberFields.first())), names(memberFields));
    member.hide();

    {
        ui::ContactDialog contact(window->session(), kFamily, window.get());
        activate(&contact);
        const QList<QWidget*> contactFields = fieldsInReadingOrder(&contact);
        ASSERT_GE(contactFields.size(), 6);
        EXPECT_EQ(names(walkWithTab(&contact, contactFields.first())), names(contactFields));
        contact.hide();
    }

    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::Details);
    activate(record);
    QWidget* details = child<QWidget>(record, "detailsGroup");
    const QList<QWidget*> detailsFields = fieldsInReadingOrder(details);
    ASSERT_GE(detailsFields.size(), 4);
    EXPECT_EQ(names(walkWithTab(details, detailsFields.first())), names(detailsFields));
}

TEST_F(DailyUseTest, TabWalksTheOtherDialogsInReadingOrder)
{
    auto window = openWindow();
    Database& database = db.workspace().database();
    const User actor = window->actor();
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ui::AssignDialog>(Session(database, actor), kFamily));
    dialogs.push_back(std::make_unique<ui::AssessmentDialog>(db.session(actor), kFamily));
    dialogs.push_back(
        std::make_unique<ui::CentreSettingsDialog>(SettingsService(Session(database, actor))));
    dialogs.push_back(std::make_unique<ui::FosterFamilyDialog>(
        FosterRegisterService(Session(database, actor)), std::nullopt));
    for (const std::unique_ptr<QDialog>& dialog : dialogs) {
        activate(dialog.get());
        const QList<QWidget*> fields = fieldsInReadingOrder(dialog.get());
        ASSERT_GE(fields.size(), 2) << dialog->objectName().toStdString();
        EXPECT_EQ(names(walkWithTab(dialog.get(), fields.first())), names(fields))
            << dialog->objectName().toStdString();
        dialog->hide();
    }
}

TEST_F(DailyUseTest, DarkThemeIsDarkAndItsColoursReadable)
{
    auto window = openWindow();
    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    auto* dark = child<QAction>(window.get(), "themeDarkAction");
    ASSERT_NE(dark, nullptr);
    EXPECT_TRUE(inMenu(dark));
    dark->trigger();
    QApplication::processEvents(); // the palette reaches the widgets through the event loop
    EXPECT_EQ(ui::AppSettings::theme(), ui::AppSettings::Theme::Dark);

    const QPalette palette = window->palette();
    EXPECT_LT(palette.color(QPalette::Window).lightness(), 128);
    EXPECT_LT(record->palette().color(QPalette::Base).lightness(), 128);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    EXPECT_GE(ui::Theme::contrast(text, base), 7.0);
    // Red and green text on the normal background, and the caseload's tints with their text.
    EXPECT_GE(ui::Theme::contrast(ui::Labels::warningForeground(), base), 4.5);
    EXPECT_GE(ui::Theme::contrast(ui::Theme::okText(), base), 4.5);
    EXPECT_GE(ui::Theme::contrast(ui::Labels::warningForeground(), palette.color(QPalette::Window)),
              4.5);
    for (LoadStatus status : {LoadStatus::Ok, LoadStatus::Near, LoadStatus::Full, LoadStatus::Over})
        EXPECT_GE(ui::Theme::contrast(ui::Labels::statusForeground(),
                                      ui::Labels::statusBackground(status)),
                  4.5);
    // A label styled before the choice follows it at once, and so does one filled after it.
    EXPECT_TRUE(child<QLabel>(record, "teamFlagLabel")
                    ->styleSheet()
                    .contains(ui::Theme::errorText().name()));
    record->reload();
    EXPECT_TRUE(child<QLabel>(record, "missingRolesLabel")
                    ->styleSheet()
                    .contains(ui::Theme::errorText().name()));

    window->tabs()->setCurrentWidget(window->familiesTab());
    window->resize(1100, 700);
    QApplication::processEvents();
    EXPECT_TRUE(window->grab().save(QStringLiteral("/tmp/dark.png")));
    record->showTab(ui::FamilyRecordWindow::Tab::Team);
    EXPECT_TRUE(record->grab().save(QStringLiteral("/tmp/dark-record.png")));

    child<QAction>(window.get(), "themeSystemAction")->trigger();
    QApplication::processEvents();
    EXPECT_GE(window->palette().color(QPalette::Window).lightness(), 128);
    EXPECT_GE(ui::Theme::contrast(ui::Labels::warningForeground(),
                                  window->palette().color(QPalette::Base)),
              4.5);
}

TEST_F(DailyUseTest, WindowIconIsTheScalableDrawing)
{
    auto window = openWindow();
    const QIcon icon = window->windowIcon();
    ASSERT_FALSE(icon.isNull());
    // Drawn from the SVG at any size, sharp on a high-density screen.
    for (int size : {16, 32, 64, 256})
        EXPECT_EQ(icon.pixmap(QSize(size, size)).size(), QSize(size, size)) << size;
    ui::FamilyRecordWindow* record = window->openFamily(kFamily);
    ASSERT_NE(record, nullptr);
    EXPECT_EQ(record->windowIcon().cacheKey(), icon.cacheKey());
}
