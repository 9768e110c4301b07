#include "CentrePartnersDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "OutputFile.h"
#include "Role.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace opieka::ui {

namespace {

enum PartnerColumn
{
    NameColumn,
    KindColumn,
    AreaColumn,
    FingerprintColumn,
    AddedOnColumn,
    AddedByColumn,
    ColumnCount,
};

QLabel* newValue(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// The card's details in a form: name, kind, area, REGON ("not given" when the card has none).
void fillDetails(const CentreCard& card, QLabel* name, QLabel* kind, QLabel* area, QLabel* regon)
{
    name->setText(card.details.name);
    kind->setText(centreKindLabel(card.details.kind));
    area->setText(card.details.area);
    regon->setText(card.details.regon.isEmpty() ? CentrePartnersDialog::tr("not given")
                                                : card.details.regon);
}

QString dayOf(const QDateTime& utc)
{
    return utc.isValid() ? Labels::date(utc.toLocalTime().date()) : QString();
}

} // namespace

QLabel* newFingerprintLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(CentrePartnersDialog::tr("Fingerprint"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.6 : 16);
    font.setBold(true);
    label->setFont(font);
    return label;
}

void showFingerprint(QLabel* label, const QString& fingerprint)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype half = (groups.size() + 1) / 2;
    label->setText(groups.mid(0, half).join(QLatin1Char(' ')) + QLatin1Char('\n') +
                   groups.mid(half).join(QLatin1Char(' ')));
    // A screen reader reads the groups one by one, as a person reads them aloud.
    label->setAccessibleDescription(groups.join(QStringLiteral(", ")));
}

QString centreKindLabel(CentreKind kind)
{
    switch (kind) {
    case CentreKind::Ops:
        return CentrePartnersDialog::tr("Social assistance centre (OPS)");
    case CentreKind::Pcpr:
        return CentrePartnersDialog::tr("Family support centre (PCPR)");
    }
    return {};
}

// --- CentrePartnersDialog -----------------------------------------------------------------

CentrePartnersDialog::CentrePartnersDialog(const Session& session, KeyDerivationCost cost,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_cost(cost)
{
    setObjectName(QStringLiteral("centrePartnersDialog"));
    setWindowTitle(tr("Centre identity and partners"));
    setAccessibleName(tr("Centre identity and partners"));
    auto* layout = new QVBoxLayout(this);

    auto* cardBox = new QGroupBox(tr("This centre's card"), this);
    cardBox->setObjectName(QStringLiteral("centreCardGroup"));
    auto* cardLayout = new QVBoxLayout(cardBox);
    m_noCard = newNote(cardBox, QString(), QStringLiteral("noCentreKeysLabel"));
    cardLayout->addWidget(m_noCard);
    m_details = new QGroupBox(cardBox);
    m_details->setFlat(true);
    auto* form = new QFormLayout(m_details);
    m_name = newValue(m_details, QStringLiteral("centreNameValue"), tr("Name"));
    m_kind = newValue(m_details, QStringLiteral("centreKindValue"), tr("Kind"));
    m_area = newValue(m_details, QStringLiteral("centreAreaValue"), tr("Area"));
    m_regon = newValue(m_details, QStringLiteral("centreRegonValue"), tr("REGON"));
    m_fingerprint = newFingerprintLabel(m_details, QStringLiteral("centreFingerprintValue"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Area:"), m_area);
    form->addRow(tr("REGON:"), m_regon);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    cardLayout->addWidget(m_details);
    cardLayout->addWidget(newNote(
        cardBox,
        tr("A partner centre imports this card and checks it by asking you, on the phone, to read "
           "the fingerprint aloud. Give the card to partners as a file (e-mail, a USB stick)."),
        QStringLiteral("centreCardHint")));
    m_makeKeys =
        newButton(cardBox, tr("&Make the centre's keys…"), QStringLiteral("makeCentreKeysButton"));
    m_saveCard =
        newButton(cardBox, tr("&Save the centre card…"), QStringLiteral("saveCentreCardButton"));
    addButtonRow(cardLayout, {m_makeKeys, m_saveCard});
    layout->addWidget(cardBox);

    auto* partnersLabel = new QLabel(tr("&Partner centres:"), this);
    m_partners = new QTableWidget(0, ColumnCount, this);
    m_partners->setObjectName(QStringLiteral("partnersTable"));
    m_partners->setAccessibleName(tr("Partner centres"));
    m_partners->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Area"), tr("Fingerprint"), tr("Added on"), tr("By")});
    m_partners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partners->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partners->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partners->verticalHeader()->hide();
    m_partners->horizontalHeader()->setStretchLastSection(true);
    m_partners->setWordWrap(true);
    partnersLabel->setBuddy(m_partners);
    layout->addWidget(partnersLabel);
    layout->addWidget(m_partners, 1);
    m_addPartner =
        newButton(this, tr("&Add partner from card…"), QStringLiteral("addPartnerButton"));
    addButtonRow(layout, {m_addPartner});

    m_message = newMessageLine(this, QStringLiteral("centrePartnersMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("centrePartnersButtons"));
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_makeKeys, &QPushButton::clicked, this, &CentrePartnersDialog::makeKeys);
    connect(m_saveCard, &QPushButton::clicked, this, &CentrePartnersDialog::askSaveCard);
    connect(m_addPartner, &QPushButton::clicked, this, &CentrePartnersDialog::askAddPartner);
    resize(920, 620);
    reload();
}

bool CentrePartnersDialog::isFor(const Session& session)
{
    const User& actor = session.actor();
    return actor.active && !actor.awaitingConfirmation &&
           (actor.role == Role::Administrator || actor.role == Role::Manager);
}

void CentrePartnersDialog::reload()
{
    m_message->clear();
    CentreService centres = service();
    auto card = centres.card();
    m_card.reset();
    if (card)
        m_card = *card;
    else if (card.error().kind != ErrorKind::Refused)
        m_message->setText(card.error().message);
    showCard();
    if (!card && card.error().kind == ErrorKind::Refused && !isFor(m_session))
        m_noCard->setText(card.error().message);

    m_partners->setRowCount(0);
    auto partners = centres.partners();
    if (!partners) {
        m_message->setText(partners.error().message);
        return;
    }
    m_partners->setRowCount(static_cast<int>(partners->size()));
    int row = 0;
    for (const CentrePartner& partner : std::as_const(*partners)) {
        const QStringList cells{
            partner.card.details.name, centreKindLabel(partner.card.details.kind),
            partner.card.details.area, partner.fingerprint,
            dayOf(partner.addedAt),    partner.addedBy};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == FingerprintColumn)
                item->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            m_partners->setItem(row, column, item);
        }
        ++row;
    }
    m_partners->resizeColumnsToContents();
    // Every column in view without scrolling: a long name, kind or area wraps, and the
    // fingerprint takes two lines of four groups, as on the card above.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 2 * m_partners->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    m_partners->setColumnWidth(FingerprintColumn,
                               fixed.horizontalAdvance(QStringLiteral("00000 00000 00000 00000")) +
                                   padding);
    for (const auto& [column, widest] :
         {std::pair{NameColumn, 230}, std::pair{KindColumn, 170}, std::pair{AreaColumn, 140}})
        m_partners->setColumnWidth(column, std::min(m_partners->columnWidth(column), widest));
    m_partners->resizeRowsToContents();
}

void CentrePartnersDialog::showCard()
{
    const bool admin = m_session.actor().role == Role::Administrator;
    m_details->setVisible(m_card.has_value());
    m_noCard->setVisible(!m_card);
    m_makeKeys->setVisible(!m_card && admin);
    m_saveCard->setEnabled(m_card.has_value());
    m_addPartner->setEnabled(m_card.has_value());
    if (!m_card) {
        m_noCard->setText(
            admin ? tr("The centre has no keys yet. Make them once, with \"Make the centre's "
                       "keys…\": partners will trust this centre by their fingerprint.")
                  : tr("The centre has no keys yet: an administrator makes them (Settings › "
                       "Centre Identity and Partners…)."));
        return;
    }
    fillDetails(*m_card, m_name, m_kind, m_area, m_regon);
    showFingerprint(m_fingerprint, CentreIdentity::fingerprint(*m_card));
}

void CentrePartnersDialog::makeKeys()
{
    MakeCentreKeysDialog dialog(service(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit statusMessage(tr("The centre's keys are made."));
}

void CentrePartnersDialog::askSaveCard()
{
    if (!m_card)
        return;
    const QString start = QDir::home().filePath(tr("centre-card.json"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the centre card"), start,
                                                      tr("Centre cards (*.json)"));
    if (!file.isEmpty())
        saveCardTo(file);
}

bool CentrePartnersDialog::saveCardTo(const QString& file)
{
    if (!m_card)
        return false;
    // As every output: not the database, a device or a link; renamed into place.
    if (Status written = OutputFile::write(file, CentreIdentity::toJson(*m_card)); !written) {
        showError(this, tr("Save the centre card"), written.error().message);
        return false;
    }
    emit statusMessage(tr("The centre card is saved in %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

void CentrePartnersDialog::askAddPartner()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Add partner from card"), QDir::homePath(),
                                     tr("Centre cards (*.json);;All files (*)"));
    if (!file.isEmpty())
        addPartnerFrom(file);
}

bool CentrePartnersDialog::addPartnerFrom(const QString& file)
{
    const QString title = tr("Add partner from card");
    const QString shown = QDir::toNativeSeparators(file);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(this, title, tr("The file %1 cannot be read: %2").arg(shown, in.errorString()));
        return false;
    }
    // One byte more than a card may have: a bigger file is refused by the parser.
    const QByteArray bytes = in.read(CentreIdentity::maxCardBytes + 1);
    const QString source = QFileInfo(file).fileName();
    auto card = CentreIdentity::parseCard(bytes, source);
    if (!card) {
        showError(this, title, card.error().message);
        return false;
    }
    PartnerCardDialog confirm(*card, source, this);
    if (confirm.exec() != QDialog::Accepted)
        return false;
    auto added = service().addPartner(bytes, source);
    if (!added) {
        showError(this, title, added.error().message);
        return false;
    }
    reload();
    emit statusMessage(tr("%1 is now a partner centre.").arg(added->card.details.name));
    return true;
}

// --- MakeCentreKeysDialog -----------------------------------------------------------------

MakeCentreKeysDialog::MakeCentreKeysDialog(CentreService centres, QWidget* parent)
    : QDialog(parent)
    , m_centres(std::move(centres))
{
    setObjectName(QStringLiteral("makeCentreKeysDialog"));
    setWindowTitle(tr("Make the centre's keys"));
    setAccessibleName(tr("Make the centre's keys"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("The centre's keys sign and encrypt what it sends to partner centres. They are made "
           "once: partners trust this centre by their fingerprint. The card will say the name, "
           "kind, area and REGON given here.\n\nThe centre passphrase protects the keys. Choose "
           "a long one and keep it where the managers who send and receive packages can find it: "
           "without it no package can be sent or opened, and Opieka cannot recover it."),
        QStringLiteral("makeCentreKeysIntro")));
    auto* form = new QFormLayout;
    m_name = newLineEdit(this, QStringLiteral("centreNameEdit"), tr("Name of the centre"));
    m_kind = newComboBox(this, QStringLiteral("centreKindCombo"), tr("Kind of centre"));
    m_kind->addItem(centreKindLabel(CentreKind::Ops), static_cast<int>(CentreKind::Ops));
    m_kind->addItem(centreKindLabel(CentreKind::Pcpr), static_cast<int>(CentreKind::Pcpr));
    m_area = newLineEdit(this, QStringLiteral("centreAreaEdit"), tr("Gmina or powiat"));
    m_regon = newLineEdit(this, QStringLiteral("centreRegonEdit"), tr("REGON"));
    m_regon->setPlaceholderText(tr("9 or 14 digits; may stay empty"));
    m_passphrase = newLineEdit(this, QStringLiteral("centrePassphraseEdit"),
                               tr("Centre passphrase"), QLineEdit::Password);
    m_repeat = newLineEdit(this, QStringLiteral("centrePassphraseRepeatEdit"),
                           tr("Centre passphrase again"), QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Area (gmina or powiat):"), m_area);
    form->addRow(tr("&REGON:"), m_regon);
    form->addRow(tr("Centre &passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase a&gain:"), m_repeat);
    layout->addLayout(form);
    auto* hint =
        new QLabel(tr("At least %1 characters.").arg(CentreService::minimumPassphraseLength), this);
    hint->setObjectName(QStringLiteral("centrePassphraseHint"));
    layout->addWidget(hint);
    m_message = newMessageLine(this, QStringLiteral("makeCentreKeysMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    layout->addWidget(newOkCancel(this, QStringLiteral("makeCentreKeysOkButton"),
                                  QStringLiteral("makeCentreKeysCancelButton"),
                                  tr("&Make the keys")));
    m_name->setFocus();
    setMinimumWidth(520);
}

MakeCentreKeysDialog::~MakeCentreKeysDialog()
{
    m_passphrase->clear();
    m_repeat->clear();
}

void MakeCentreKeysDialog::refuse(const QString& message, QWidget* focus)
{
    m_message->setText(message);
    focus->setFocus();
}

void MakeCentreKeysDialog::accept()
{
    if (m_passphrase->text() != m_repeat->text()) {
        m_repeat->clear();
        refuse(tr("The two passphrases differ."), m_repeat);
        return;
    }
    // Characters, not bytes: never fewer than the service counts.
    if (m_passphrase->text().size() < CentreService::minimumPassphraseLength) {
        refuse(tr("The centre passphrase needs at least %1 characters.")
                   .arg(CentreService::minimumPassphraseLength),
               m_passphrase);
        return;
    }
    CentreDetails details;
    details.name = m_name->text();
    details.kind = static_cast<CentreKind>(m_kind->currentData().toInt());
    details.area = m_area->text();
    details.regon = m_regon->text();
    QByteArray passphrase = m_passphrase->text().toUtf8();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = m_centres.init(details, passphrase);
    QApplication::restoreOverrideCursor();
    passphrase.fill('\0');
    if (!made) {
        refuse(made.error().message, m_name);
        return;
    }
    m_card = *made;
    m_passphrase->clear();
    m_repeat->clear();
    logging::get("ui")->info("centre keys made in the window");
    QDialog::accept();
}

// --- PartnerCardDialog --------------------------------------------------------------------

PartnerCardDialog::PartnerCardDialog(const CentreCard& card, const QString& file, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("partnerCardDialog"));
    setWindowTitle(tr("Check the partner's fingerprint"));
    setAccessibleName(tr("Check the partner's fingerprint"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(this, tr("The card %1 says it is the card of this centre:").arg(file),
                              QStringLiteral("partnerCardIntro")));
    auto* form = new QFormLayout;
    auto* name = newValue(this, QStringLiteral("partnerNameValue"), tr("Name"));
    auto* kind = newValue(this, QStringLiteral("partnerKindValue"), tr("Kind"));
    auto* area = newValue(this, QStringLiteral("partnerAreaValue"), tr("Area"));
    auto* regon = newValue(this, QStringLiteral("partnerRegonValue"), tr("REGON"));
    auto* made = newValue(this, QStringLiteral("partnerCreatedValue"), tr("Keys made on"));
    fillDetails(card, name, kind, area, regon);
    made->setText(dayOf(card.createdAt));
    auto* fingerprint = newFingerprintLabel(this, QStringLiteral("partnerFingerprintValue"));
    showFingerprint(fingerprint, CentreIdentity::fingerprint(card));
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Area:"), area);
    form->addRow(tr("REGON:"), regon);
    form->addRow(tr("Keys made on:"), made);
    form->addRow(tr("Fingerprint:"), fingerprint);
    layout->addLayout(form);
    layout->addWidget(newNote(
        this,
        tr("Anyone can make a card with this name. Before trusting it, call the centre on a "
           "number you know (not one from the message that brought the card) and ask them to "
           "read their fingerprint aloud from Settings › Centre Identity and Partners…. Trust "
           "the card only if every digit is the same."),
        QStringLiteral("partnerCardWarning")));
    m_sameDigits =
        new QCheckBox(tr("The partner centre read me the &same digits over the phone"), this);
    m_sameDigits->setObjectName(QStringLiteral("sameDigitsCheck"));
    layout->addWidget(m_sameDigits);
    QDialogButtonBox* buttons =
        newOkCancel(this, QStringLiteral("trustPartnerButton"),
                    QStringLiteral("trustPartnerCancelButton"), tr("&Trust this centre"));
    m_trust = buttons->button(QDialogButtonBox::Ok);
    m_trust->setEnabled(false);
    // Enter does not trust a card by accident: Cancel is the default until the box is ticked.
    m_trust->setAutoDefault(false);
    m_trust->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_sameDigits, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace opieka::ui
