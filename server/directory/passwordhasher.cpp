// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

#include <stdexcept>

namespace helpdesk::server {

namespace {
// OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;
} // namespace

QString hashPassword(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(salt.data()),
        reinterpret_cast<quint32*>(salt.data() + salt.size()));
    const size_t encodedLength
        = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(int(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, utf8.constData(),
        size_t(utf8.size()), salt.constData(), kSaltBytes, kHashBytes, encoded.data(),
        encodedLength);
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("argon2 failed: ") + argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool verifyPassword(const QString& password, const QString& encodedHash)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = encodedHash.toLatin1();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

const QString& decoyHash()
{
    static const QString hash
        = hashPassword(QString::number(QRandomGenerator::system()->generate64()));
    return hash;
}

} // namespace helpdesk::server
