// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/backupscheduler.h"
#include "cluster/clusterbus.h"
#include "service/serverconfig.h"
#include "storage/databaseconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <stdexcept>

namespace helpdesk::server::cli {

// The command line of helpdesk-server: every option of every command (app/commands.cpp says
// which command reads which), and reading them into settings.

QTextStream& out();
QTextStream& err();
// Prints "helpdesk-server: MESSAGE" on stderr; returns the exit status 1.
int fail(const QString& message);

struct Options
{
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        QStringLiteral("Directory of the database."), QStringLiteral("dir"),
        QStringLiteral("data") };
    QCommandLineOption database { QStringLiteral("database"),
        QStringLiteral("The database: postgres://user:password@host:port/dbname or sqlite:PATH "
                       "(default: sqlite:<data-dir>/helpdesk.sqlite)."),
        QStringLiteral("url") };
    QCommandLineOption listen { QStringLiteral("listen"),
        QStringLiteral("Address to listen on (HOST:PORT; port 0 picks one)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:7480") };
    QCommandLineOption tlsCert { QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate: serve TLS."), QStringLiteral("file") };
    QCommandLineOption tlsKey { QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("file") };
    QCommandLineOption maxFrame { QStringLiteral("max-frame-bytes"),
        QStringLiteral("Largest accepted frame."), QStringLiteral("bytes"),
        QString::number(kDefaultMaxFrameBytes) };
    QCommandLineOption idle { QStringLiteral("idle-timeout-ms"),
        QStringLiteral("Close unauthenticated connections silent this long."), QStringLiteral("ms"),
        QStringLiteral("30000") };
    QCommandLineOption sessionIdle { QStringLiteral("session-idle-timeout-ms"),
        QStringLiteral("Close logged-in connections silent this long."), QStringLiteral("ms"),
        QStringLiteral("600000") };
    QCommandLineOption perAddress { QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections allowed from one address, logged in or not."),
        QStringLiteral("n"), QStringLiteral("512") };
    QCommandLineOption preLoginPerAddress { QStringLiteral("max-unauthenticated-per-address"),
        QStringLiteral("Connections not logged in yet from one address; the oldest of them make "
                       "way for new ones."),
        QStringLiteral("n"), QStringLiteral("64") };
    QCommandLineOption preLogin { QStringLiteral("max-unauthenticated-connections"),
        QStringLiteral("Connections not logged in yet, all addresses together; the oldest make "
                       "way for new ones."),
        QStringLiteral("n"), QStringLiteral("1024") };
    QCommandLineOption preLoginBuffer { QStringLiteral("unauthenticated-buffer-bytes"),
        QStringLiteral("Input and output held for connections not logged in yet, together; "
                       "beyond it the largest are closed."),
        QStringLiteral("bytes"), QString::number(64 * 1024 * 1024) };
    QCommandLineOption handshakeTimeout { QStringLiteral("handshake-timeout-ms"),
        QStringLiteral("Close TLS connections that have not completed the handshake by then."),
        QStringLiteral("ms"), QStringLiteral("3000") };
    QCommandLineOption tokenDays { QStringLiteral("token-ttl-days"),
        QStringLiteral("Lifetime of a login token."), QStringLiteral("days"),
        QStringLiteral("30") };
    QCommandLineOption pushBacklog { QStringLiteral("push-backlog-bytes"),
        QStringLiteral("Output a session may have waiting before pushes to it are dropped "
                       "(it is told sync.required once it has caught up)."),
        QStringLiteral("bytes"), QString::number(4 * 1024 * 1024) };
    QCommandLineOption outputBudget { QStringLiteral("output-budget-bytes"),
        QStringLiteral("Output waiting for all sessions together; beyond it pushes to the "
                       "sessions that are behind are dropped the same way."),
        QStringLiteral("bytes"), QString::number(128 * 1024 * 1024) };
    QCommandLineOption readers { QStringLiteral("db-readers"),
        QStringLiteral("Database reader threads."), QStringLiteral("n"), QStringLiteral("4") };
    QCommandLineOption writers { QStringLiteral("db-writers"),
        QStringLiteral("PostgreSQL: database writer connections committing side by side "
                       "(SQLite always has exactly one writer; the option is accepted there)."),
        QStringLiteral("n"), QStringLiteral("4") };
    QCommandLineOption dbCache { QStringLiteral("db-cache-mib"),
        QStringLiteral("SQLite: page cache of all the server's connections together (half for the "
                       "writer, half shared by the readers)."),
        QStringLiteral("MiB"), QStringLiteral("64") };
    QCommandLineOption eventChannel { QStringLiteral("event-channel"),
        QStringLiteral("PostgreSQL: the LISTEN/NOTIFY channel on which the servers sharing the "
                       "database tell each other about changes (the same on all of them)."),
        QStringLiteral("name"), QString(kDefaultClusterChannel) };
    QCommandLineOption slaSweep { QStringLiteral("sla-sweep-interval-ms"),
        QStringLiteral("How often the SLA escalation sweep looks for alerts that came due."),
        QStringLiteral("ms"), QStringLiteral("10000") };
    QCommandLineOption slaBatch { QStringLiteral("sla-sweep-batch"),
        QStringLiteral("Tickets one SLA sweep job handles at most (the next follows at once)."),
        QStringLiteral("n"), QStringLiteral("500") };
    QCommandLineOption sweep { QStringLiteral("assignment-sweep-ms"),
        QStringLiteral("How often tickets of absent assignees are reassigned (issue 12)."),
        QStringLiteral("ms"), QStringLiteral("60000") };
    QCommandLineOption attachmentsDir { QStringLiteral("attachments-dir"),
        QStringLiteral("Where attachment files are stored (default: <data-dir>/attachments; "
                       "several servers on one PostgreSQL share one directory)."),
        QStringLiteral("dir") };
    QCommandLineOption maxAttachment { QStringLiteral("max-attachment-bytes"),
        QStringLiteral("Largest attachment accepted (uploads and mail)."), QStringLiteral("bytes"),
        QString::number(100LL * 1024 * 1024) };
    QCommandLineOption uploadExpiry { QStringLiteral("upload-expiry-seconds"),
        QStringLiteral("Unfinished uploads and files never attached are dropped after this."),
        QStringLiteral("s"), QStringLiteral("86400") };
    QCommandLineOption demo { QStringLiteral("demo"),
        QStringLiteral("Fill an empty database with demo data.") };
    QCommandLineOption login { QStringLiteral("login"), QStringLiteral("Login of the new user."),
        QStringLiteral("login") };
    QCommandLineOption name { QStringLiteral("name"),
        QStringLiteral("Display name of the new user."), QStringLiteral("name") };
    QCommandLineOption role { QStringLiteral("role"),
        QStringLiteral("admin, lead, agent or customer."), QStringLiteral("role") };
    QCommandLineOption customer { QStringLiteral("customer-id"),
        QStringLiteral("Organisation of a customer user."), QStringLiteral("id") };
    QCommandLineOption contact { QStringLiteral("contact-role"),
        QStringLiteral("owner, technical or billing."), QStringLiteral("role") };
    QCommandLineOption locale { QStringLiteral("locale"),
        QStringLiteral("Language of the user, e.g. ru_RU."), QStringLiteral("locale") };
    QCommandLineOption passwordStdin { QStringLiteral("password-stdin"),
        QStringLiteral("Read the password from standard input.") };
    QCommandLineOption from { QStringLiteral("from"),
        QStringLiteral("migrate-data: the SQLite database to copy (sqlite:PATH); restore: the "
                       "backup (a directory, or a database file of an older version)."),
        QStringLiteral("url") };
    QCommandLineOption to { QStringLiteral("to"),
        QStringLiteral("migrate-data: the empty PostgreSQL database (postgres://...); backup: "
                       "the backup directory to write."),
        QStringLiteral("url") };

    QCommandLineOption queue { QStringLiteral("queue"),
        QStringLiteral("mailgate: the queue a new ticket from this mail goes to."),
        QStringLiteral("name") };
    QCommandLineOption mailConfig { QStringLiteral("mail-config"),
        QStringLiteral("The mail settings, JSON (default: <data-dir>/mail.json; see admin.md)."),
        QStringLiteral("file") };
    QCommandLineOption alertQueue { QStringLiteral("alert-queue"),
        QStringLiteral("serve: the queue of tickets monitoring alerts open (default: the oldest "
                       "technical queue)."),
        QStringLiteral("name") };
    QCommandLineOption alertNotes { QStringLiteral("alert-note-interval-s"),
        QStringLiteral("serve: at most one note per alert and interval; repeats in between are "
                       "counted."),
        QStringLiteral("seconds"), QStringLiteral("600") };
    QCommandLineOption alertWebhook { QStringLiteral("alert-webhook"),
        QStringLiteral("serve: listen for Prometheus Alertmanager webhooks on HOST:PORT (off by "
                       "default)."),
        QStringLiteral("host:port") };
    QCommandLineOption alertWebhookMax { QStringLiteral("alert-webhook-max-bytes"),
        QStringLiteral("serve: the largest webhook request body accepted."), QStringLiteral("bytes"),
        QStringLiteral("1048576") };

    QCommandLineOption backupDir { QStringLiteral("backup-dir"),
        QStringLiteral("serve: write a nightly backup into this directory (see admin.md)."),
        QStringLiteral("dir") };
    QCommandLineOption backupAt { QStringLiteral("backup-at"),
        QStringLiteral("serve: the local time of the nightly backup, HH:MM or HH:MM:SS."),
        QStringLiteral("time"), QStringLiteral("02:30") };
    QCommandLineOption backupKeep { QStringLiteral("backup-keep"),
        QStringLiteral("serve: how many nightly backups to keep."), QStringLiteral("n"),
        QStringLiteral("7") };

    void addTo(QCommandLineParser& parser)
    {
        parser.addOptions({ dataDir, database, listen, tlsCert, tlsKey, maxFrame, idle, sessionIdle,
            perAddress, preLoginPerAddress, preLogin, preLoginBuffer, handshakeTimeout, tokenDays,
            pushBacklog, outputBudget, readers, writers, dbCache, eventChannel, slaSweep, slaBatch, sweep, attachmentsDir, maxAttachment,
            uploadExpiry, demo, login, name, role, customer, contact, locale,
            passwordStdin, from, to, queue, mailConfig, backupDir, backupAt, backupKeep, alertQueue,
            alertNotes, alertWebhook, alertWebhookMax });
    }
};

// A bad --database URL: the message, never the URL (it may hold a password).
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// --database, or the SQLite file in --data-dir (created as needed). Throws UsageError.
DatabaseConfig databaseConfig(const QCommandLineParser& parser, const Options& options);
// A whole number option within [minimum, maximum]; anything else is an error (printed), not
// a default.
bool numberOption(const QCommandLineParser& parser, const QCommandLineOption& option,
    qint64 minimum, qint64 maximum, qint64* value);
// Every setting of `serve` but the mail settings and backups into `config`; false (the
// reason printed) when one is not valid.
bool readServerConfig(const QCommandLineParser& parser, const Options& options, ServerConfig& config);
// --attachments-dir, or <data-dir>/attachments.
QString attachmentsDirectory(const QCommandLineParser& parser, const Options& options);
// The attachment store (created as needed) and limits (docs/admin.md, "Attachments").
bool attachmentSettings(
    const QCommandLineParser& parser, const Options& options, AttachmentSettings* settings);
// --mail-config, or mail.json in --data-dir.
QString mailConfigPath(const QCommandLineParser& parser, const Options& options);
// --backup-dir and its companions; nothing when no directory is given.
std::unique_ptr<BackupScheduler> backupScheduler(const QCommandLineParser& parser,
    const Options& options, const DatabaseConfig& database, const QString& attachments);

} // namespace helpdesk::server::cli
