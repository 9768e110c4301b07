#include "WindowTest.h"

#include "FamilyRecordWindow.h"

namespace opieka::test {

bool WindowTest::openWindow()
{
    if (!window.openDatabase(db.path()))
        return false;
    window.show();
    return true;
}

ui::FamilyRecordWindow* WindowTest::openRecord(qint64 familyId)
{
    return openWindow() ? window.openFamily(familyId) : nullptr;
}

void WindowTest::watch(QAbstractItemModel* model)
{
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning));
}

} // namespace opieka::test
