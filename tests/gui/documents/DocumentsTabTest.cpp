// Documents on the case (issue 25) in the window: attaching through the dialog (and by dropping
// files on the tab), a file that is not what its name says refused with the dialog kept as typed,
// the viewer on a PDF and an image, removal with its reason, no Attach for an account that may
// not change the case, and a health certificate that moves the foster family's deadline.
#include "DocumentsTab.h"

#include "AccessibilityCheck.h"
#include "AttachDocumentDialog.h"
#include "DocumentPrinting.h"
#include "DocumentService.h"
#include "DocumentViewerDialog.h"
#include "DocumentsModel.h"
#include "FamilyRecordWindow.h"
#include "FosterCareTab.h"
#include "FosterFamiliesModel.h"
#include "FosterRegisterService.h"
#include "Labels.h"
#include "MemberService.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

using namespace opieka;
using namespace opieka::test;

namespace {

class DocumentsTabTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::ewa});
        db.loadFamilies(2);
        db.assign(1, 1, 2);
    }

    // A PDF of `pages` pages, each with its number and some noise, written by Qt itself.
    QString writePdf(const QString& name, int pages)
    {
        QString path = QDir(db.dir()).filePath(name);
        QPdfWriter writer(path);
        writer.setTitle(QStringLiteral("Synthetic document"));
        QPainter painter(&writer);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QPointF(200, 400), QStringLiteral("Strona %1 z %2 – %3")
                                                    .arg(page)
                                                    .arg(pages)
                                                    .arg(QRandomGenerator::global()->generate()));
        }
        painter.end();
        return path;
    }

    // A PNG image (its bytes a PNG whatever the file is called).
    QString writePng(const QString& name, const QSize& size = QSize(300, 200))
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(QRandomGenerator::global()->bounded(256), 120, 200));
        QString path = QDir(db.dir()).filePath(name);
        EXPECT_TRUE(image.save(path, "PNG"));
        return path;
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Attached through the service as the manager (the window's account): its id.
    qint64 attachThroughService(const DocumentOwner& owner, DocumentKind kind, const QString& path)
    {
        NewDocument document;
        document.owner = owner;
        document.kind = kind;
        document.date = QDate::currentDate().addDays(-3);
        document.description = QStringLiteral("Dokument testowy");
        document.fileName = QFileInfo(path).fileName();
        document.content = bytesOf(path);
        auto id = DocumentService(db.session(db.manager())).attach(document);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    // Family 1's record at its Documents tab.
    ui::DocumentsTab* openDocumentsOfFamily1()
    {
        record = openRecord(1);
        if (!record)
            return nullptr;
        record->showTab(ui::FamilyRecordWindow::Tab::Documents);
        ui::DocumentsTab* tab = record->documentsTab();
        watch(tab->model());
        return tab;
    }

    // Fills the attach dialog: the file, the kind (its stable name) and the description.
    static void fill(QWidget* dialog, const QString& path, const char* kind,
                     const QString& description)
    {
        auto* file = child<QLineEdit>(dialog, "documentFileEdit");
        file->clear();
        typeText(file, QDir::toNativeSeparators(path));
        auto* kinds = child<QComboBox>(dialog, "documentKindCombo");
        const int index = kinds->findData(QString::fromLatin1(kind));
        ASSERT_GE(index, 0) << kind << " is not offered";
        kinds->setCurrentIndex(index);
        typeText(child<QLineEdit>(dialog, "documentDescriptionEdit"), description);
    }

    // Answers the next file dialog (over a dialog that is modal already) with `path`.
    static void saveAsWhenAsked(const QString& path, bool& asked)
    {
        auto* timer = new QTimer(qApp);
        timer->setInterval(10);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(timer, &QTimer::timeout, qApp, [timer, started, path, &asked] {
            auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!files && started->elapsed() < 5000)
                return;
            timer->stop();
            timer->deleteLater();
            if (!files) {
                ADD_FAILURE() << "no file dialog appeared";
                return;
            }
            asked = true;
            // The folder is read in the background, and the name offered selected once it is:
            // typed after that, the path is what the dialog gives.
            QTest::qWait(300);
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            ASSERT_NE(name, nullptr);
            name->setText(path);
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, protected there
        });
        timer->start();
    }

    static QString cell(const ui::DocumentsTab* tab, int row, int column)
    {
        return tab->model()->index(row, column).data().toString();
    }

    ui::FamilyRecordWindow* record = nullptr;
};

} // namespace

TEST_F(DocumentsTabTest, AttachingThroughTheDialogListsTheDocument)
{
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(tab->model()->rowCount(), 0);
    auto* note = child<QLabel>(tab, "documentsNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("Attach"))) << note->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(tab, "attachDocumentButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(tab, "viewDocumentButton")->isEnabled());

    const QString pdf = writePdf(QStringLiteral("postanowienie.pdf"), 2);
    bool seen = false;
    whenDialog(QStringLiteral("attachDocumentDialog"), seen, [&](QWidget* dialog) {
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Attach a document"));
        // The date is today's, and a day still to come cannot be given.
        auto* date = child<QDateEdit>(dialog, "documentDateEdit");
        EXPECT_EQ(date->date(), QDate::currentDate());
        EXPECT_EQ(date->maximumDate(), QDate::currentDate());
        // A family's record offers the signed plan, not a foster family's certificates.
        auto* kinds = child<QComboBox>(dialog, "documentKindCombo");
        EXPECT_GE(kinds->findData(QStringLiteral("signed_work_plan")), 0);
        EXPECT_LT(kinds->findData(QStringLiteral("health_certificate")), 0);
        fill(dialog, pdf, "court_order", QStringLiteral("Postanowienie III Nsm 1/26"));
        QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentOkButton"), Qt::LeftButton);
        EXPECT_FALSE(dialog->isVisible())
            << child<QLabel>(dialog, "attachDocumentMessage")->text().toStdString();
    });
    click(tab, "attachDocumentButton");
    ASSERT_TRUE(seen);

    ASSERT_EQ(tab->model()->rowCount(), 1);
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::KindColumn), QStringLiteral("Court order"));
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::DateColumn), ui::Labels::date(QDate::currentDate()));
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::DescriptionColumn),
              QStringLiteral("Postanowienie III Nsm 1/26"));
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::FileColumn), QStringLiteral("postanowienie.pdf"));
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::SizeColumn),
              ui::DocumentsModel::sizeText(QFileInfo(pdf).size()));
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::AddedByColumn), db.manager().login);
    EXPECT_FALSE(note->isVisible());
    EXPECT_TRUE(child<QPushButton>(tab, "viewDocumentButton")->isEnabled());
    // What was stored is the file, byte for byte.
    auto content = DocumentService(db.session(db.manager())).view(tab->selectedDocumentId());
    ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
    EXPECT_EQ(*content, bytesOf(pdf));
}

// Whom a family's document is about (what a member's erasure removes): the whole family unless a
// member is chosen.
TEST_F(DocumentsTabTest, TheAttachDialogSaysWhomAFamilysDocumentIsAbout)
{
    Member daughter;
    daughter.familyId = 1;
    daughter.firstName = QStringLiteral("Zofia");
    daughter.lastName = QStringLiteral("Przykładowa");
    daughter.birthDate = QDate(2016, 5, 1);
    daughter.sex = Sex::Female;
    daughter.relation = Relation::Child;
    auto added = MemberService(db.session(db.manager())).add(daughter);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);

    const auto attachAbout = [&](const QString& name, std::optional<qint64> member) {
        const QString pdf = writePdf(name, 1);
        bool seen = false;
        whenDialog(QStringLiteral("attachDocumentDialog"), seen, [&](QWidget* dialog) {
            auto* about = child<QComboBox>(dialog, "documentAboutCombo");
            ASSERT_NE(about, nullptr);
            EXPECT_EQ(about->currentIndex(), 0) << "the whole family unless a member is chosen";
            EXPECT_FALSE(about->currentData().isValid());
            const int index = about->findText(QStringLiteral("Zofia Przykładowa"));
            ASSERT_GE(index, 1);
            EXPECT_EQ(about->itemData(index).toLongLong(), *added);
            if (member)
                about->setCurrentIndex(index);
            fill(dialog, pdf, "blue_card_form", QStringLiteral("Formularz"));
            QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentOkButton"), Qt::LeftButton);
            EXPECT_FALSE(dialog->isVisible())
                << child<QLabel>(dialog, "attachDocumentMessage")->text().toStdString();
        });
        click(tab, "attachDocumentButton");
        ASSERT_TRUE(seen);
    };
    attachAbout(QStringLiteral("o-zofii.pdf"), *added);
    attachAbout(QStringLiteral("o-rodzinie.pdf"), std::nullopt);

    auto listed = DocumentService(db.session(db.manager())).documents(DocumentOwner::family(1));
    ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
    ASSERT_EQ(listed->size(), 2);
    for (const CaseDocument& document : *listed) {
        if (document.fileName == QStringLiteral("o-zofii.pdf"))
            EXPECT_EQ(document.memberId, std::optional<qint64>(*added));
        else
            EXPECT_FALSE(document.memberId.has_value()) << document.fileName.toStdString();
    }
}

TEST_F(DocumentsTabTest, APngNamedPdfIsRefusedAndTheDialogKeepsWhatWasTyped)
{
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    const QString fake = writePng(QStringLiteral("skan.pdf"));
    bool seen = false;
    whenDialog(QStringLiteral("attachDocumentDialog"), seen, [&](QWidget* dialog) {
        fill(dialog, fake, "letter", QStringLiteral("Pismo ze szkoły"));
        auto* message = child<QLabel>(dialog, "attachDocumentMessage");
        QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentOkButton"), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(message->text().contains(QStringLiteral("skan.pdf")))
            << message->text().toStdString();
        EXPECT_EQ(child<QLineEdit>(dialog, "documentFileEdit")->text(),
                  QDir::toNativeSeparators(fake));
        EXPECT_EQ(child<QLineEdit>(dialog, "documentDescriptionEdit")->text(),
                  QStringLiteral("Pismo ze szkoły"));
        EXPECT_EQ(child<QComboBox>(dialog, "documentKindCombo")->currentData().toString(),
                  QStringLiteral("letter"));

        // A folder is refused unread, with the dialog kept too.
        auto* file = child<QLineEdit>(dialog, "documentFileEdit");
        file->setText(db.dir());
        message->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentOkButton"), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(message->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentCancelButton"), Qt::LeftButton);
    });
    click(tab, "attachDocumentButton");
    ASSERT_TRUE(seen);
    EXPECT_EQ(tab->model()->rowCount(), 0);
    auto listed = DocumentService(db.session(db.manager())).documents(DocumentOwner::family(1));
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed->isEmpty());
}

TEST_F(DocumentsTabTest, TheViewerShowsAPdfAndAnImage)
{
    const QString pdf = writePdf(QStringLiteral("opinia.pdf"), 3);
    const QString png = writePng(QStringLiteral("list.png"), QSize(640, 480));
    const qint64 pdfId =
        attachThroughService(DocumentOwner::family(1), DocumentKind::CourtOrder, pdf);
    const qint64 pngId = attachThroughService(DocumentOwner::family(1), DocumentKind::Letter, png);
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    ASSERT_EQ(tab->model()->rowCount(), 2);

    ASSERT_TRUE(tab->selectDocument(pdfId));
    const QString copy = QDir(db.dir()).filePath(QStringLiteral("kopia.pdf"));
    bool seen = false;
    whenDialog(QStringLiteral("documentViewerDialog"), seen, [&](QWidget* modal) {
        auto* viewer = qobject_cast<ui::DocumentViewerDialog*>(modal);
        ASSERT_NE(viewer, nullptr);
        EXPECT_EQ(viewer->windowTitle(), QStringLiteral("Document – opinia.pdf"));
        EXPECT_TRUE(viewer->isPdf());
        EXPECT_TRUE(QTest::qWaitFor([viewer] { return viewer->pageCount() == 3; }));
        EXPECT_NE(child<QWidget>(viewer, "documentPdfView"), nullptr);
        // A page renders (what printing does page by page).
        const QImage page = viewer->pdf()->render(0, QSize(200, 280));
        EXPECT_FALSE(page.isNull());
        // Save a copy…: the same bytes where the person chose.
        bool asked = false;
        saveAsWhenAsked(copy, asked);
        QTest::mouseClick(child<QPushButton>(viewer, "saveDocumentCopyButton"), Qt::LeftButton);
        EXPECT_TRUE(asked);
        QTest::mouseClick(child<QPushButton>(viewer, "closeViewerButton"), Qt::LeftButton);
    });
    click(tab, "viewDocumentButton");
    ASSERT_TRUE(seen);
    EXPECT_EQ(bytesOf(copy), bytesOf(pdf));

    // Enter on the selected row opens it too.
    ASSERT_TRUE(tab->selectDocument(pngId));
    seen = false;
    whenDialog(QStringLiteral("documentViewerDialog"), seen, [&](QWidget* modal) {
        auto* viewer = qobject_cast<ui::DocumentViewerDialog*>(modal);
        ASSERT_NE(viewer, nullptr);
        EXPECT_FALSE(viewer->isPdf());
        EXPECT_EQ(viewer->pageCount(), 1);
        EXPECT_EQ(viewer->image().size(), QSize(640, 480));
        auto* label = child<QLabel>(viewer, "documentImageLabel");
        ASSERT_NE(label, nullptr);
        EXPECT_FALSE(label->pixmap().isNull());
        // Fitted to the width of the window, in proportion.
        auto* area = child<QScrollArea>(viewer, "documentImageArea");
        const int fitted = label->width();
        EXPECT_GE(fitted, area->viewport()->width() - 2);
        EXPECT_NEAR(label->height(), fitted * 3.0 / 4.0, 2);
        QTest::mouseClick(child<QPushButton>(viewer, "zoomInButton"), Qt::LeftButton);
        EXPECT_GT(label->width(), fitted);
        QTest::mouseClick(child<QPushButton>(viewer, "closeViewerButton"), Qt::LeftButton);
    });
    auto* table = child<QTableView>(tab, "documentsTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(seen);
}

TEST_F(DocumentsTabTest, ADamagedPdfIsSaidToBeUnreadableInTheViewer)
{
    // A PDF by its first bytes (so it was accepted), nothing of one after them.
    const QString path = QDir(db.dir()).filePath(QStringLiteral("uszkodzony.pdf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray junk(4096, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(junk.data()),
                                              junk.size() / 4);
        file.write(QByteArrayLiteral("%PDF-1.4\n") + junk);
    }
    const qint64 id = attachThroughService(DocumentOwner::family(1), DocumentKind::Other, path);
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    ASSERT_TRUE(tab->selectDocument(id));
    bool seen = false;
    whenDialog(QStringLiteral("documentViewerDialog"), seen, [&](QWidget* modal) {
        auto* viewer = qobject_cast<ui::DocumentViewerDialog*>(modal);
        ASSERT_NE(viewer, nullptr);
        EXPECT_EQ(viewer->pageCount(), 0);
        auto* problem = viewer->findChild<QLabel*>(QStringLiteral("documentUnreadableLabel"));
        ASSERT_NE(problem, nullptr);
        EXPECT_TRUE(problem->text().contains(QStringLiteral("cannot be read")));
        QTest::mouseClick(child<QPushButton>(viewer, "closeViewerButton"), Qt::LeftButton);
    });
    click(tab, "viewDocumentButton");
    EXPECT_TRUE(seen);
}

TEST_F(DocumentsTabTest, RemovingNeedsAReason)
{
    const QString pdf = writePdf(QStringLiteral("pismo.pdf"), 1);
    const qint64 id = attachThroughService(DocumentOwner::family(1), DocumentKind::Letter, pdf);
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    ASSERT_TRUE(tab->selectDocument(id));

    bool seen = false;
    whenDialog(QStringLiteral("removeDocumentDialog"), seen, [&](QWidget* dialog) {
        auto* remove = child<QPushButton>(dialog, "removeDocumentOkButton");
        EXPECT_FALSE(remove->isEnabled());
        auto* reason = child<QPlainTextEdit>(dialog, "removalReasonEdit");
        typeText(reason, QStringLiteral("   "));
        EXPECT_FALSE(remove->isEnabled()) << "spaces are no reason";
        reason->clear();
        typeText(reason, QStringLiteral("Dołączony do złej rodziny"));
        ASSERT_TRUE(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        EXPECT_FALSE(dialog->isVisible());
    });
    click(tab, "removeDocumentButton");
    ASSERT_TRUE(seen);
    EXPECT_EQ(tab->model()->rowCount(), 0);

    auto all = DocumentService(db.session(db.manager())).documents(DocumentOwner::family(1), true);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_TRUE(all->first().removed());
    EXPECT_EQ(all->first().removalReason, QStringLiteral("Dołączony do złej rodziny"));
    EXPECT_EQ(all->first().removedBy, db.manager().login);
}

TEST_F(DocumentsTabTest, AnAccountThatMayNotChangeTheCaseSeesNoAttach)
{
    // Family 1 is the social worker Cezary's; the coordinator Ewa has nothing to do with it.
    const std::optional<User> own =
        db.addAccount(QStringLiteral("cezary"), Role::SocialWorker, 1, "haslo-cezarego-1");
    const std::optional<User> stranger =
        db.addAccount(QStringLiteral("ewa"), Role::FosterCareCoordinator, 2, "haslo-ewy-12345");
    ASSERT_TRUE(own && stranger);
    attachThroughService(DocumentOwner::family(1), DocumentKind::Letter,
                         writePdf(QStringLiteral("pismo.pdf"), 1));

    ui::DocumentsTab ownTab(db.session(*own), DocumentOwner::family(1));
    ownTab.show();
    EXPECT_TRUE(ownTab.mayChange());
    EXPECT_EQ(ownTab.model()->rowCount(), 1);
    EXPECT_TRUE(child<QPushButton>(&ownTab, "attachDocumentButton")->isVisible());
    EXPECT_TRUE(child<QPushButton>(&ownTab, "removeDocumentButton")->isVisible());

    ui::DocumentsTab strangerTab(db.session(*stranger), DocumentOwner::family(1));
    strangerTab.show();
    EXPECT_FALSE(strangerTab.mayChange());
    EXPECT_FALSE(child<QPushButton>(&strangerTab, "attachDocumentButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(&strangerTab, "removeDocumentButton")->isVisible());
    EXPECT_EQ(strangerTab.model()->rowCount(), 0);
    // The refusal says why instead of the list.
    EXPECT_FALSE(child<QLabel>(&strangerTab, "documentsNote")->text().isEmpty());
}

TEST_F(DocumentsTabTest, DroppingFilesOpensTheDialogWithTheFileFilledIn)
{
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    const QString first = writePdf(QStringLiteral("pierwszy.pdf"), 1);
    const QString second = writePng(QStringLiteral("drugi.png"));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    const QPoint centre = tab->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &enter);
    EXPECT_TRUE(enter.isAccepted());

    bool firstSeen = false;
    bool secondSeen = false;
    whenDialog(QStringLiteral("attachDocumentDialog"), firstSeen, [&](QWidget* dialog) {
        EXPECT_EQ(child<QLineEdit>(dialog, "documentFileEdit")->text(),
                  QDir::toNativeSeparators(first));
        // The next file's dialog follows this one; it is cancelled.
        whenDialog(QStringLiteral("attachDocumentDialog"), secondSeen, [&](QWidget* next) {
            EXPECT_EQ(child<QLineEdit>(next, "documentFileEdit")->text(),
                      QDir::toNativeSeparators(second));
            QTest::mouseClick(child<QPushButton>(next, "attachDocumentCancelButton"),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentOkButton"), Qt::LeftButton);
    });
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &drop);
    EXPECT_TRUE(QTest::qWaitFor([&] { return firstSeen && secondSeen; }));
    EXPECT_TRUE(QTest::qWaitFor([&] { return QApplication::activeModalWidget() == nullptr; }));
    ASSERT_EQ(tab->model()->rowCount(), 1);
    EXPECT_EQ(cell(tab, 0, ui::DocumentsModel::FileColumn), QStringLiteral("pierwszy.pdf"));
}

TEST_F(DocumentsTabTest, AHealthCertificateMovesTheFosterFamilysDeadline)
{
    FosterFamily family;
    family.name = QStringLiteral("Zastępczy-Testowi");
    family.kind = FosterFamilyKind::NonProfessional;
    family.municipality = QStringLiteral("Testowo");
    family.openedOn = QDate::currentDate().addYears(-4);
    family.healthCertificateOn = QDate::currentDate().addMonths(-25); // overdue
    family.psychologistOpinionOn = QDate::currentDate().addMonths(-25);
    auto fosterId = FosterRegisterService(db.session(db.manager())).registerFamily(family);
    ASSERT_TRUE(fosterId.ok()) << fosterId.error().message.toStdString();

    ASSERT_TRUE(openWindow());
    ui::FosterCareTab* foster = window.fosterCareTab();
    window.tabs()->setCurrentWidget(foster);
    ASSERT_TRUE(foster->selectFosterFamily(*fosterId));
    const int row = foster->familiesModel()->rowOf(*fosterId);
    const QModelIndex health =
        foster->familiesModel()->index(row, ui::FosterFamiliesModel::HealthCertificateColumn);
    ASSERT_TRUE(health.data(ui::FosterFamiliesModel::OverdueRole).toBool());
    const QString before = health.data().toString();

    ui::DocumentsTab* documents = foster->familyDocuments();
    child<QTabWidget>(foster, "detailTabs")->setCurrentWidget(documents);
    ASSERT_TRUE(documents->isVisible());
    const QString pdf = writePdf(QStringLiteral("zaswiadczenie.pdf"), 1);
    bool seen = false;
    whenDialog(QStringLiteral("attachDocumentDialog"), seen, [&](QWidget* dialog) {
        EXPECT_LT(child<QComboBox>(dialog, "documentKindCombo")
                      ->findData(QStringLiteral("signed_work_plan")),
                  0);
        fill(dialog, pdf, "health_certificate", QStringLiteral("Zaświadczenie lekarskie"));
        QTest::mouseClick(child<QPushButton>(dialog, "attachDocumentOkButton"), Qt::LeftButton);
        EXPECT_FALSE(dialog->isVisible())
            << child<QLabel>(dialog, "attachDocumentMessage")->text().toStdString();
    });
    click(documents, "attachDocumentButton");
    ASSERT_TRUE(seen);
    EXPECT_EQ(documents->model()->rowCount(), 1);

    // The register shows the next certificate two years on, no longer overdue.
    const int after = foster->familiesModel()->rowOf(*fosterId);
    const QModelIndex moved =
        foster->familiesModel()->index(after, ui::FosterFamiliesModel::HealthCertificateColumn);
    EXPECT_FALSE(moved.data(ui::FosterFamiliesModel::OverdueRole).toBool());
    EXPECT_NE(moved.data().toString(), before);
    auto status = FosterRegisterService(db.session(db.manager())).familyStatus(*fosterId);
    ASSERT_TRUE(status.ok());
    ASSERT_TRUE(status->healthCertificateDue.has_value());
    EXPECT_GT(*status->healthCertificateDue, QDate::currentDate().addYears(1));
    // The placement's documents wait for a child to be selected.
    EXPECT_FALSE(foster->placementDocuments()->owner().has_value());
}

TEST_F(DocumentsTabTest, PrintingGivesEveryPageOfAPdfAndAnImageOnOne)
{
    const QString pdf = writePdf(QStringLiteral("plan.pdf"), 3);
    QPdfDocument source;
    QObject owner;
    ASSERT_TRUE(ui::DocumentPrinting::loadPdf(source, bytesOf(pdf), &owner).ok());

    const QString printed = QDir(db.dir()).filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        const Status done = ui::DocumentPrinting::printPdf(printer, source);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }
    QPdfDocument paper;
    ASSERT_EQ(paper.load(printed), QPdfDocument::Error::None);
    EXPECT_EQ(paper.pageCount(), 3);

    const QString printedImage = QDir(db.dir()).filePath(QStringLiteral("printed-image.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printedImage);
        const Status done =
            ui::DocumentPrinting::printImage(printer, QImage(writePng(QStringLiteral("a.png"))));
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }
    QPdfDocument imagePaper;
    ASSERT_EQ(imagePaper.load(printedImage), QPdfDocument::Error::None);
    EXPECT_EQ(imagePaper.pageCount(), 1);
}

// Issue 25: a 20 MB PDF opens in the viewer within a second. Qt PDF reads it from memory and
// draws only the pages in sight; the time is printed, not asserted (a loaded CI machine).
TEST_F(DocumentsTabTest, ATwentyMegabytePdfOpensInTheViewer)
{
    const QString path = QDir(db.dir()).filePath(QStringLiteral("akta.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(150);
        QPainter painter(&writer);
        for (int page = 0; page < 40; ++page) {
            if (page > 0)
                writer.newPage();
            // Noise does not compress: 40 such scans make about 20 MB.
            QImage scan(600, 800, QImage::Format_RGB32);
            for (int y = 0; y < scan.height(); ++y)
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(scan.scanLine(y)),
                                                      scan.width());
            painter.drawImage(QRect(0, 0, 1200, 1600), scan);
        }
        painter.end();
    }
    ASSERT_GT(QFileInfo(path).size(), 19 * 1024 * 1024);
    const qint64 id = attachThroughService(DocumentOwner::family(1), DocumentKind::Other, path);
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    ASSERT_TRUE(tab->selectDocument(id));

    QElapsedTimer clock;
    bool seen = false;
    whenDialog(QStringLiteral("documentViewerDialog"), seen, [&](QWidget* modal) {
        auto* viewer = qobject_cast<ui::DocumentViewerDialog*>(modal);
        ASSERT_NE(viewer, nullptr);
        EXPECT_TRUE(QTest::qWaitFor([viewer] { return viewer->pageCount() == 40; }));
        std::cout << "a 20 MB PDF read and shown in " << clock.elapsed() << " ms\n";
        viewer->reject();
    });
    clock.start();
    click(tab, "viewDocumentButton");
    EXPECT_TRUE(seen);
}

TEST_F(DocumentsTabTest, EveryControlIsNamedForScreenReaders)
{
    const QString pdf = writePdf(QStringLiteral("pismo.pdf"), 1);
    const qint64 pdfId = attachThroughService(DocumentOwner::family(1), DocumentKind::Letter, pdf);
    const qint64 pngId = attachThroughService(DocumentOwner::family(1), DocumentKind::Letter,
                                              writePng(QStringLiteral("skan.png")));
    ui::DocumentsTab* tab = openDocumentsOfFamily1();
    ASSERT_NE(tab, nullptr);
    expectNamed(tab);
    expectDialogNamed(tab, "attachDocumentButton", QStringLiteral("attachDocumentDialog"));
    ASSERT_TRUE(tab->selectDocument(pdfId));
    expectDialogNamed(tab, "viewDocumentButton", QStringLiteral("documentViewerDialog"));
    ASSERT_TRUE(tab->selectDocument(pngId));
    expectDialogNamed(tab, "viewDocumentButton", QStringLiteral("documentViewerDialog"));
    expectDialogNamed(tab, "removeDocumentButton", QStringLiteral("removeDocumentDialog"));

    // The fields take their names from their labels (what the end-to-end tests look up).
    ui::AttachDocumentDialog dialog(db.session(db.manager()), DocumentOwner::family(1));
    for (const char* name :
         {"documentFileEdit", "documentKindCombo", "documentDateEdit", "documentDescriptionEdit"}) {
        auto* field = child<QWidget>(&dialog, name);
        ASSERT_NE(field, nullptr);
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                          [field](const QLabel* l) { return l->buddy() == field; });
        EXPECT_TRUE(labelled) << name;
    }
    EXPECT_EQ(child<QWidget>(&dialog, "documentFileEdit")->accessibleName(),
              QStringLiteral("File"));
    EXPECT_EQ(child<QWidget>(&dialog, "documentKindCombo")->accessibleName(),
              QStringLiteral("Kind"));
    EXPECT_EQ(child<QWidget>(&dialog, "documentDateEdit")->accessibleName(),
              QStringLiteral("Date"));
    EXPECT_EQ(child<QWidget>(&dialog, "documentDescriptionEdit")->accessibleName(),
              QStringLiteral("Description"));
}
