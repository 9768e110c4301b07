// Issue 17: a social worker who types the exact number of a case outside her reach learns that
// it exists and whom to ask, and nothing more (no name, no worker, no unit); the look-up is in
// the audit trail, as an opening from outside the team is.
#include "AuditService.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "FamilyService.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-pracownika-1";

void setCaseNumber(GuiTestDatabase& db, qint64 familyId, const QString& number)
{
    FamilyService families(db.session(db.manager()));
    auto family = families.family(familyId);
    ASSERT_TRUE(family) << family.error().message.toStdString();
    family->caseNumber = number;
    Status saved = families.update(*family);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
}
} // namespace

TEST(SearchHint, ACaseNumberOutsideHerReachIsSaidToExistAndNothingMore)
{
    GuiTestDatabase db;
    db.loadTwoUnitsAndFourFamilies();
    db.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                  "1,family,1,2021-01-01,\n2,family,3,2021-01-01,\n");
    ASSERT_NO_FATAL_FAILURE(setCaseNumber(db, 1, QStringLiteral("2026/0001")));
    ASSERT_NO_FATAL_FAILURE(setCaseNumber(db, 3, QStringLiteral("2026/0123")));
    ASSERT_TRUE(db.addAccount(QStringLiteral("anna"), Role::SocialWorker, 1, kPassword));

    ui::MainWindow window;
    signInWhenAsked(QStringLiteral("anna"), kPassword);
    ASSERT_TRUE(window.openDatabase(db.path()));
    ASSERT_EQ(window.actor().login, QStringLiteral("anna"));
    window.tabs()->setCurrentWidget(window.familiesTab());
    auto* search = window.familiesTab()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* count = window.familiesTab()->findChild<QLabel*>(QStringLiteral("familiesCountLabel"));
    ASSERT_TRUE(search && count);

    auto searchFor = [&](const QString& text) {
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
        return count->text();
    };

    // Her own case is found as before.
    EXPECT_FALSE(searchFor(QStringLiteral("2026/0001")).contains(QStringLiteral("exists")));
    EXPECT_EQ(window.familiesTab()->model()->rowCount(), 1);

    // Another unit's case: none listed, but she is told it exists and whom to ask.
    const QString hint = searchFor(QStringLiteral("2026/0123"));
    EXPECT_EQ(window.familiesTab()->model()->rowCount(), 0);
    EXPECT_TRUE(hint.contains(QStringLiteral("Case 2026/0123 exists"))) << hint.toStdString();
    EXPECT_TRUE(hint.contains(QStringLiteral("ask your manager"))) << hint.toStdString();
    for (const QString& secret : {QStringLiteral("Family-3"), QStringLiteral("Cezary"),
                                  QStringLiteral("Zespół 2"), QStringLiteral("Testowo")})
        EXPECT_FALSE(hint.contains(secret)) << hint.toStdString();

    // A number nobody has: no such hint.
    const QString none = searchFor(QStringLiteral("2026/9999"));
    EXPECT_FALSE(none.contains(QStringLiteral("exists"))) << none.toStdString();
    // Part of a number is a search, not a look-up.
    EXPECT_FALSE(searchFor(QStringLiteral("0123")).contains(QStringLiteral("exists")));

    // The look-up outside her reach is audited, once, under her login.
    auto audit = AuditService(db.session(db.manager())).ofFamily(3);
    ASSERT_TRUE(audit) << audit.error().message.toStdString();
    int lookups = 0;
    for (const AuditEntry& entry : *audit)
        if (entry.userLogin == QStringLiteral("anna"))
            ++lookups;
    EXPECT_EQ(lookups, 1);
}
