#include "PasswordHash.h"

#include <QCoreApplication>
#include <sodium.h>

namespace opieka::password_hash {

Result<QString> make(const QByteArray& password)
{
    if (sodium_init() < 0)
        return storageError(
            QCoreApplication::translate("PasswordHash", "The encryption library could not start."));
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, password.constData(), static_cast<unsigned long long>(password.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return storageError(QCoreApplication::translate(
            "PasswordHash", "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool matches(const QString& hash, const QByteArray& password)
{
    if (hash.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

} // namespace opieka::password_hash
