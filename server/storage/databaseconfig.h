// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace helpdesk::server {

enum class DatabaseBackend { Sqlite, Postgres };

// Where the database lives: a SQLite file (the default, in the data directory) or a
// PostgreSQL database, from `--database sqlite:PATH` or `--database postgres://...`.
struct DatabaseConfig
{
    DatabaseConfig() = default;
    explicit DatabaseConfig(QString path)
        : sqlitePath(std::move(path))
    {
    }

    QString sqlitePath;
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    // PostgreSQL only; an empty host or port -1 leaves the choice to libpq (unix socket).
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // "key=value;key=value" from the URL's query, for QPSQL
    // SQLite: the page cache of each connection, or for a Storage the budget of all its
    // connections together (Storage divides it: see Storage::start).
    qint64 pageCacheKiB = 64 * 1024;

    bool isPostgres() const { return backend == DatabaseBackend::Postgres; }
    // The URL form, percent-encoded; the password only when asked (never in logs or errors).
    QString toUrl(bool withPassword = false) const;
    // Parses `postgres://user:pass@host:port/dbname?sslmode=require`, `postgresql://...` or
    // `sqlite:PATH`. Empty (and *error set, without the password) when the URL is not valid.
    static std::optional<DatabaseConfig> fromUrl(const QString& url, QString* error);
};

} // namespace helpdesk::server
