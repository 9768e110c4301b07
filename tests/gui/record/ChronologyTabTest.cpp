// The chronology tab: newest first, filtered by kind, printable to PDF.
#include "CaseloadService.h"
#include "ChronologyModel.h"
#include "ChronologyService.h"
#include "ContactService.h"
#include "FamilyRecordWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;

class ChronologyTabTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary});
        db.loadFamilies(2);
        db.assign(1, 1, 1);
        ContactService contacts(db.session(db.manager()));
        const QDate today = QDate::currentDate();
        for (int daysAgo : {30, 5}) {
            Contact contact;
            contact.familyId = kFamily;
            contact.workerId = 1;
            contact.date = today.addDays(-daysAgo);
            contact.kind = daysAgo == 5 ? ContactKind::Phone : ContactKind::HomeVisit;
            contact.notes = QStringLiteral("Note %1").arg(daysAgo);
            ASSERT_TRUE(contacts.log(contact).ok());
        }
        record = openRecord(kFamily);
        ASSERT_NE(record, nullptr);
        record->showTab(ui::FamilyRecordWindow::Tab::Chronology);
        watch(record->chronologyModel());
    }

    QStringList kinds() const
    {
        return columnTexts(record->chronologyModel(), 0, ui::ChronologyModel::KindRole);
    }

    ui::FamilyRecordWindow* record = nullptr;
};
} // namespace

TEST_F(ChronologyTabTest, NewestFirstWithEveryKind)
{
    const QStringList all = kinds();
    EXPECT_EQ(all.count(QStringLiteral("contact")), 2) << all.join(u',').toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("case_opened")));
    EXPECT_TRUE(all.contains(QStringLiteral("assignment")));
    const QStringList dates =
        columnTexts(record->chronologyModel(), ui::ChronologyModel::DateColumn);
    for (int row = 1; row < dates.size(); ++row)
        EXPECT_GE(dates.at(row - 1), dates.at(row)) << "row " << row; // ISO dates sort as text
    EXPECT_EQ(dates.first(), QDate::currentDate().addDays(-5).toString(Qt::ISODate));
}

TEST_F(ChronologyTabTest, FilterHidesContacts)
{
    auto* contacts = child<QCheckBox>(record, "chronologyFilter_contact");
    ASSERT_NE(contacts, nullptr);
    contacts->setChecked(false);
    const QStringList shown = kinds();
    EXPECT_FALSE(shown.contains(QStringLiteral("contact"))) << shown.join(u',').toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("case_opened")));
    // Everything else stays, kinds added by later issues (plans, placements) included.
    auto all = ChronologyService(db.session(db.manager())).forFamily(kFamily);
    ASSERT_TRUE(all.ok());
    QStringList others;
    for (const ChronologyEntry& entry : *all)
        if (entry.kind != ChronologyKind::Contact)
            others << chronologyKindName(entry.kind);
    EXPECT_EQ(shown, others);

    // Only contacts.
    contacts->setChecked(true);
    for (QCheckBox* box : record->findChildren<QCheckBox*>())
        if (box->objectName().startsWith(QStringLiteral("chronologyFilter_")) && box != contacts)
            box->setChecked(false);
    EXPECT_EQ(kinds(), QStringList({QStringLiteral("contact"), QStringLiteral("contact")}));

    contacts->setChecked(false); // nothing ticked: nothing shown
    EXPECT_EQ(record->chronologyModel()->rowCount(), 0);
}

TEST_F(ChronologyTabTest, PrintsToANonEmptyPdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chronology.pdf"));
    QString error;
    ASSERT_TRUE(record->exportChronologyPdf(path, &error)) << error.toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_GT(pdf.size(), 1000);
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));

    // The filtered chronology prints too.
    child<QCheckBox>(record, "chronologyFilter_contact")->setChecked(false);
    const QString filtered = dir.filePath(QStringLiteral("filtered.pdf"));
    ASSERT_TRUE(record->exportChronologyPdf(filtered, &error)) << error.toStdString();
    EXPECT_GT(QFileInfo(filtered).size(), 0);
}

TEST_F(ChronologyTabTest, PrintOpensAPreview)
{
    bool previewed = false;
    whenModal([&](QWidget* modal) {
        previewed = modal->objectName() == QStringLiteral("printPreviewDialog");
        modal->close();
    });
    click(record, "printButton");
    EXPECT_TRUE(previewed);
}
