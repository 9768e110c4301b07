#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace opieka {

// Passwords as Argon2id hashes (libsodium crypto_pwhash_str, interactive limits: about 64 MiB
// and a fraction of a second). The hash string carries its own salt and parameters.
namespace password_hash {

Result<QString> make(const QByteArray& password);
bool matches(const QString& hash, const QByteArray& password);

} // namespace password_hash
} // namespace opieka
