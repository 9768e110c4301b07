#pragma once

#include "Contact.h"
#include "Result.h"
#include "TableRepository.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace opieka {

// The visit and contact log, and its autosaved drafts.
class ContactRepository : public TableRepository<Contact>
{
public:
    using TableRepository::TableRepository;

    Result<qint64> insert(const Contact& contact);
    // Newest first.
    Result<QList<Contact>> forFamily(qint64 familyId);
    Status forEach(const std::function<bool(const Contact&)>& visit);

    // Drafts (JSON text), one per login and family.
    Status saveDraft(const QString& login, qint64 familyId, const QString& content,
                     const QDateTime& savedAt);
    Result<std::optional<QString>> draft(const QString& login, qint64 familyId);
    Status removeDraft(const QString& login, qint64 familyId);
};

} // namespace opieka
