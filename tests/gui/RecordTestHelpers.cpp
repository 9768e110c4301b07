#include "RecordTestHelpers.h"

#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QPushButton>
#include <QTest>

namespace opieka::test {

ui::FamilyRecordWindow* openFromFamiliesList(ui::MainWindow& window, qint64 familyId)
{
    if (!window.familiesTab()->selectFamily(familyId)) {
        ADD_FAILURE() << "family " << familyId << " is not in the families list";
        return nullptr;
    }
    click(window.familiesTab(), "openButton");
    for (ui::FamilyRecordWindow* record : window.recordWindows())
        if (record->familyId() == familyId)
            return record;
    ADD_FAILURE() << "no record window opened for family " << familyId;
    return nullptr;
}

void click(const QObject* parent, const char* buttonName)
{
    auto* button = child<QPushButton>(parent, buttonName);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled()) << buttonName << " is disabled";
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeText(QWidget* widget, const QString& text)
{
    ASSERT_NE(widget, nullptr);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QStringList columnTexts(const QAbstractItemModel* model, int column, int role)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data(role).toString();
    return texts;
}

} // namespace opieka::test
