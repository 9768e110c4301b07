#include "DuplicateWarningDialog.h"

#include "DialogParts.h"
#include "DuplicateReasons.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
constexpr int kMatchRole = Qt::UserRole; // the item's place in the list of matches
} // namespace

DuplicateWarningDialog::DuplicateWarningDialog(DuplicateKind kind, const QString& entry,
                                               const QList<EntryMatch>& matches, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_matches(matches)
{
    const bool people = kind == DuplicateKind::Members;
    const QString title = people ? tr("Is this person already in the register?")
                                 : tr("Is this family already in the register?");
    setObjectName(QStringLiteral("duplicateWarningDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    setMinimumWidth(540);

    const QString intro =
        people ? tr("%1 looks like someone already in the register. If it is the same person, "
                    "open the existing record rather than keep two records of one person.")
                     .arg(entry)
               : tr("The family %1 looks like a family already in the register. If it is the "
                    "same family, open its record rather than open a second case.")
                     .arg(entry);
    auto* introLabel = newNote(this, intro, QStringLiteral("duplicateIntroLabel"));
    introLabel->setAccessibleName(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateMatchesList"));
    m_list->setAccessibleName(people ? tr("People who may be the same")
                                     : tr("Families that may be the same"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3); // one match from the next
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    introLabel->setBuddy(m_list);
    fillList();

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("duplicateButtons"));
    buttons->setAccessibleName(tr("Dialog buttons"));
    m_open = buttons->addButton(people ? tr("&Open the existing record")
                                       : tr("&Open the family's record"),
                                QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_open->setAccessibleName(people ? tr("Open the existing record")
                                     : tr("Open the family's record"));
    m_open->setToolTip(tr("Opens the record chosen in the list; what you typed is not saved."));
    QPushButton* someoneElse =
        buttons->addButton(people ? tr("This is &someone else") : tr("This is &another family"),
                           QDialogButtonBox::AcceptRole);
    someoneElse->setObjectName(QStringLiteral("someoneElseButton"));
    someoneElse->setAccessibleName(people ? tr("This is someone else")
                                          : tr("This is another family"));
    someoneElse->setToolTip(people ? tr("Saves the entry and remembers that these are different "
                                        "people, so that it is not asked again.")
                                   : tr("Saves the entry and remembers that these are different "
                                        "families, so that it is not asked again."));
    QPushButton* saveAnyway = buttons->addButton(tr("Save &anyway"), QDialogButtonBox::AcceptRole);
    saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    saveAnyway->setAccessibleName(tr("Save anyway"));
    saveAnyway->setToolTip(tr("Saves the entry and remembers nothing: the records stay on the "
                              "list of likely duplicates."));
    QPushButton* back = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backButton"));
    back->setAccessibleName(tr("Back to the form"));
    back->setToolTip(tr("Back to the form: nothing is saved and nothing typed is lost."));
    back->setDefault(true);

    // Out of the account's reach a record can be neither opened nor told apart from the entry.
    const bool anyReachable = !reachableMatches().isEmpty();
    m_open->setVisible(anyReachable);
    someoneElse->setVisible(anyReachable);

    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(someoneElse, &QPushButton::clicked, this, [this] { choose(Choice::SomeoneElse); });
    connect(saveAnyway, &QPushButton::clicked, this, [this] { choose(Choice::SaveAnyway); });
    connect(back, &QPushButton::clicked, this, &DuplicateWarningDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            &DuplicateWarningDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    updateButtons();
    back->setFocus();
}

void DuplicateWarningDialog::fillList()
{
    const bool people = m_kind == DuplicateKind::Members;
    for (int i = 0; i < m_matches.size(); ++i) {
        const EntryMatch& match = m_matches.at(i);
        QStringList lines;
        if (!match.reachable) {
            if (match.caseWorkers.isEmpty())
                lines << (people ? tr("A likely match exists in a case nobody is assigned to "
                                      "now; ask your manager.")
                                 : tr("A family that is likely the same has a case nobody is "
                                      "assigned to now; ask your manager."));
            else
                lines << (people ? tr("A likely match exists in a case of %1; ask them or your "
                                      "manager.")
                                 : tr("A family that is likely the same is a case of %1; ask "
                                      "them or your manager."))
                             .arg(match.caseWorkers);
        } else {
            const QString family = match.caseNumber.isEmpty()
                                       ? match.familyName
                                       : tr("%1 (case %2)").arg(match.familyName, match.caseNumber);
            if (people) {
                lines << (match.birthDate
                              ? tr("%1, born %2").arg(match.name, Labels::date(*match.birthDate))
                              : tr("%1, birth date not known").arg(match.name));
                lines << tr("Family: %1").arg(family);
            } else {
                lines << family;
            }
            lines << (match.caseWorkers.isEmpty() ? tr("Case worker: nobody at present")
                                                  : tr("Case worker: %1").arg(match.caseWorkers));
            lines << tr("Why: %1").arg(DuplicateReasons::text(match.reasons));
        }
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(kMatchRole, i);
        item->setToolTip(item->text());
        // Read out whole by a screen reader; only a record the account may open can be chosen.
        item->setData(Qt::AccessibleTextRole, lines.join(QStringLiteral("; ")));
        item->setFlags(match.reachable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                       : Qt::ItemIsEnabled);
    }
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentRow(row);
            break;
        }
}

QList<EntryMatch> DuplicateWarningDialog::reachableMatches() const
{
    QList<EntryMatch> reachable;
    for (const EntryMatch& match : m_matches)
        if (match.reachable)
            reachable << match;
    return reachable;
}

int DuplicateWarningDialog::selectedMatch() const
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return -1;
    const int index = selected.first()->data(kMatchRole).toInt();
    return index >= 0 && index < m_matches.size() && m_matches.at(index).reachable ? index : -1;
}

void DuplicateWarningDialog::updateButtons()
{
    m_open->setEnabled(selectedMatch() >= 0);
}

void DuplicateWarningDialog::choose(Choice choice)
{
    if (choice == Choice::OpenExisting) {
        const int index = selectedMatch();
        if (index < 0)
            return;
        m_chosen = m_matches.at(index);
    }
    m_choice = choice;
    QDialog::accept();
}

void DuplicateWarningDialog::reject()
{
    m_choice = Choice::Back;
    QDialog::reject();
}

DuplicateWarningDialog::Outcome
DuplicateWarningDialog::ask(QWidget* parent, DuplicateKind kind, const QString& entry,
                            const Result<QList<EntryMatch>>& matches)
{
    if (!matches) {
        showCheckFailed(parent, kind, matches.error().message);
        return {};
    }
    if (matches->isEmpty())
        return {.save = true};
    DuplicateWarningDialog warning(kind, entry, *matches, parent);
    warning.exec();
    switch (warning.choice()) {
    case Choice::Back:
        return {};
    case Choice::OpenExisting:
        return {.openFamilyId = warning.chosenMatch().familyId};
    case Choice::SomeoneElse:
        return {.save = true, .someoneElse = warning.reachableMatches()};
    case Choice::SaveAnyway:
        return {.save = true};
    }
    return {};
}

void DuplicateWarningDialog::rememberSomeoneElse(QWidget* parent, DuplicateService& duplicates,
                                                 DuplicateKind kind, qint64 savedId,
                                                 const QList<EntryMatch>& matches)
{
    QStringList refusals;
    for (const EntryMatch& match : matches) {
        if (!match.reachable || match.id == 0)
            continue;
        if (const Status dismissed = duplicates.dismiss(kind, savedId, match.id); !dismissed) {
            logging::get("ui")->warn("pair {} and {} not remembered as different", savedId,
                                     match.id);
            refusals << dismissed.error().message;
        }
    }
    if (refusals.isEmpty())
        return;
    refusals.removeDuplicates();
    showError(parent, tr("Not remembered"),
              (kind == DuplicateKind::Members
                   ? tr("The entry is saved, but it could not be remembered that these are "
                        "different people: %1")
                   : tr("The entry is saved, but it could not be remembered that these are "
                        "different families: %1"))
                  .arg(refusals.join(QLatin1Char(' '))));
}

void DuplicateWarningDialog::showCheckFailed(QWidget* parent, DuplicateKind kind,
                                             const QString& reason)
{
    logging::get("ui")->warn("duplicate check failed; the entry is not saved");
    showError(parent, tr("Not saved"),
              (kind == DuplicateKind::Members
                   ? tr("Could not check whether this person is already in the register, so "
                        "nothing was saved: %1")
                   : tr("Could not check whether this family is already in the register, so "
                        "the case was not opened: %1"))
                  .arg(reason));
}

} // namespace opieka::ui
