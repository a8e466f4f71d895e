// SPDX-License-Identifier: GPL-3.0-or-later
// NOTIFY payloads between servers (docs/protocol.md, "Between servers"), as a hostile or
// broken peer on the same database could send them: parsing accepts or rejects the whole
// payload, and what it accepts encodes back into payloads that parse to the same events.
#include "cluster/clusterpayload.h"

#include <cstdint>

using namespace helpdesk::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString payload = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto batch = parseClusterPayload(payload, &error);
    if (!batch) {
        if (error.isEmpty())
            __builtin_trap(); // a rejection says why
        return 0;
    }
    if (!isValidClusterInstanceId(batch->instance))
        __builtin_trap();
    QVector<ClusterEvent> decoded;
    for (const QString& encoded : encodeClusterPayloads(batch->instance, batch->events)) {
        if (encoded.toUtf8().size() >= kMaxClusterPayloadBytes)
            __builtin_trap(); // PostgreSQL would refuse it
        const auto again = parseClusterPayload(encoded);
        if (!again || again->instance != batch->instance)
            __builtin_trap(); // our own payloads parse
        decoded += again->events;
    }
    if (decoded.isEmpty() != batch->events.isEmpty())
        __builtin_trap(); // accepted events are not lost on the way back
    return 0;
}
