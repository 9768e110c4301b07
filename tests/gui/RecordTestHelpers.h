#pragma once

#include <QObject>
#include <QString>
#include <gtest/gtest.h>

class QAbstractItemModel;
class QWidget;

namespace opieka::ui {
class FamilyRecordWindow;
class MainWindow;
} // namespace opieka::ui

namespace opieka::test {

// The named child of `parent`; fails the test (and returns null) when there is none.
template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        ADD_FAILURE() << "no widget named " << name;
    return found;
}

// Opens the family's record from the families list (select the row, click "Open").
ui::FamilyRecordWindow* openFromFamiliesList(ui::MainWindow& window, qint64 familyId);
// Clicks `buttonName` in `parent`; a modal dialog it opens must be answered with whenModal.
void click(const QObject* parent, const char* buttonName);
// Types `text` key by key, Polish letters included (QTest::keyClicks takes ASCII only).
void typeText(QWidget* widget, const QString& text);
// The texts of one column, top to bottom.
QStringList columnTexts(const QAbstractItemModel* model, int column, int role = Qt::DisplayRole);

// Synthetic people: PESEL numbers valid by their check digit.
inline const QString kWomanPesel = QStringLiteral("02070803628"); // female, 1902-07-08
inline const QString kManPesel = QStringLiteral("44051401359");   // male, 1944-05-14

} // namespace opieka::test
