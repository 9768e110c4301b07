#pragma once

#include "Result.h"
#include "User.h"

#include <optional>

namespace opieka {

class Database;

// Accounts (konta użytkowników).
class UserRepository
{
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    {}

    Result<std::optional<User>> findByLogin(const QString& login);
    Result<std::optional<User>> firstAdministrator();
    Result<qint64> insert(const User& user);
    Result<int> count();

private:
    Database& m_database;
};

} // namespace opieka
