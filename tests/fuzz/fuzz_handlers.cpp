// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary params for every database handler of the method registry, as every role, on a
// real SQLite file with demo data. Input: byte 0 picks the method, byte 1 the role, the rest
// is the params text. A handler may answer with an RpcException; it must not crash, hang or
// leave the database unusable.
#include "app/demodata.h"
#include "api/methodregistry.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>

using namespace helpdesk;
using namespace helpdesk::server;

namespace {

Db& database()
{
    static QTemporaryDir dir;
    static Db db(
        DatabaseConfig { dir.filePath(QStringLiteral("fuzz.sqlite")) }, QStringLiteral("fuzz"));
    static const bool ready = [] {
        migrate(db);
        seedDemoData(db);
        return true;
    }();
    Q_UNUSED(ready);
    return db;
}

Principal principal(uint8_t pick)
{
    switch (pick % 5) {
    case 0:
        return { UserId(1), Role::Admin, std::nullopt, std::nullopt };
    case 1:
        return { UserId(2), Role::Lead, std::nullopt, std::nullopt };
    case 2:
        return { UserId(3), Role::Agent, std::nullopt, std::nullopt };
    case 3:
        return { UserId(7), Role::Customer, CustomerId(1), ContactRole::Owner };
    default:
        return { UserId(9), Role::Customer, CustomerId(2), ContactRole::Owner };
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QVector<MethodSpec>& registry = methodRegistry();
    const MethodSpec& spec = registry.at(data[0] % registry.size());
    if (!spec.read && !spec.write)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char*>(data) + 2, qsizetype(size - 2)));
    const CallContext call { principal(data[1]), document.object() };
    Db& db = database();
    db.begin();
    try {
        EventList events;
        if (spec.read)
            spec.read(db, call);
        else
            spec.write(db, call, events);
    } catch (const RpcException&) {
    }
    db.rollback(); // keep the database as seeded
    return 0;
}
