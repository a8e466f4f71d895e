// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes as a socket could deliver them: split into reads at positions taken from the input,
// framed with a small cap, every frame decoded as the server would.
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"

#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t chunk = 1 + data[0] % 64;
    helpdesk::FrameReader reader(4096);
    for (size_t offset = 1; offset < size; offset += chunk) {
        reader.append(reinterpret_cast<const char*>(data) + offset,
            qsizetype(std::min(chunk, size - offset)));
        while (reader.hasFrame()) {
            const helpdesk::rpc::Decoded decoded = helpdesk::rpc::decode(reader.takeFrame());
            if (!decoded.message && !decoded.error)
                __builtin_trap(); // decode must always say one or the other
        }
        if (reader.overflowed() && reader.bufferedBytes() > 4097)
            __builtin_trap(); // the cap holds
    }
    return 0;
}
