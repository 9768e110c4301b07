#pragma once

#include "ContactService.h"
#include "DirectoryService.h"
#include "RecordTab.h"

namespace Ui {
class ContactsTab;
}

namespace opieka::ui {

class ContactsModel;

// The family record's visits and contacts: the log, the selected one's notes, logging a new one
// and editing one.
class ContactsTab : public RecordFormTab<Ui::ContactsTab>
{
    Q_OBJECT

public:
    ContactsTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~ContactsTab() override;

    ContactsModel* model() const { return m_model; }
    void reload() override;

public slots:
    void logContact();
    void editContact();

private:
    void showSelectedContact();

    ContactService m_service;
    DirectoryService m_directory;
    ContactsModel* m_model = nullptr;
};

} // namespace opieka::ui
