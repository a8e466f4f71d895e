// SPDX-License-Identifier: GPL-3.0-or-later
// --database URLs as an administrator (or a configuration file) could write them: parsing
// either gives a configuration or an error, never both or neither, the URL shown without
// the password parses to one without it; a parsed URL written back and parsed again gives
// the same target.
#include "storage/databaseconfig.h"

#include <cstdint>

using helpdesk::server::DatabaseConfig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto config = DatabaseConfig::fromUrl(url, &error);
    if (config.has_value() == !error.isEmpty() && !config)
        __builtin_trap(); // an error must be said when nothing is parsed
    if (!config)
        return 0;
    if (config->isPostgres()) {
        // The URL without the password must not carry it: parsed again, it has none. (Looking
        // for the password's text in it is no test: "@[::1]" is a password and also a piece
        // of "user@[::1]/db", found by this target.)
        QString shownError;
        const auto shown = DatabaseConfig::fromUrl(config->toUrl(false), &shownError);
        if (!shown || !shown->password.isEmpty())
            __builtin_trap();
    }
    QString again;
    const auto reparsed = DatabaseConfig::fromUrl(config->toUrl(true), &again);
    if (!reparsed || reparsed->isPostgres() != config->isPostgres()
        || reparsed->sqlitePath != config->sqlitePath || reparsed->host != config->host
        || reparsed->port != config->port || reparsed->user != config->user
        || reparsed->password != config->password
        || reparsed->databaseName != config->databaseName)
        __builtin_trap(); // toUrl(true) round-trips
    return 0;
}
