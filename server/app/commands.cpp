// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "attachmentsweeper.h"

#include "api/dispatcher.h"
#include "app/backup.h"
#include "app/backupscheduler.h"
#include "app/demodata.h"
#include "app/maildirpoller.h"
#include "app/mailgate.h"
#include "app/mailsender.h"
#include "app/migratedata.h"
#include "cluster/clusterannouncer.h"
#include "cluster/clusterbus.h"
#include "cluster/clusterrelay.h"
#include "directory/directoryservice.h"
#include "directory/directorystore.h"
#include "directory/passwordhasher.h"
#include "events/pushhub.h"
#include "slasweeper.h"
#include "presence/presencetracker.h"
#include "mail/notifier.h"
#include "net/alertwebhook.h"
#include "net/server.h"
#include "rpc/ratelimiter.h"
#include "rpc/rpcexception.h"
#include "search/searchindex.h"
#include "service/serverconfig.h"
#include "service/servercontext.h"
#include "storage/migrations.h"
#include "storage/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace helpdesk::server {

namespace {

int s_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_signalFds[0], &byte, 1);
}

// SIGTERM/SIGINT end the event loop through a socket pair: a signal handler may only write.
void installShutdownHandler(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(s_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message)
{
    err() << "helpdesk-server: " << message << Qt::endl;
    return 1;
}

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
    QCommandLineOption readers { QStringLiteral("db-readers"),
        QStringLiteral("Database reader threads."), QStringLiteral("n"), QStringLiteral("4") };
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
            readers, eventChannel, slaSweep, slaBatch, sweep, attachmentsDir, maxAttachment,
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

DatabaseConfig databaseConfig(const QCommandLineParser& parser, const Options& options)
{
    if (parser.isSet(options.database)) {
        QString error;
        const auto config = DatabaseConfig::fromUrl(parser.value(options.database), &error);
        if (!config)
            throw UsageError(error.toStdString());
        if (!config->isPostgres())
            QDir().mkpath(QFileInfo(config->sqlitePath).absolutePath());
        return *config;
    }
    const QString dir = parser.value(options.dataDir);
    QDir().mkpath(dir);
    return DatabaseConfig { QDir(dir).absoluteFilePath(QStringLiteral("helpdesk.sqlite")) };
}

// Opens the database on this thread and brings the schema up to date.
std::unique_ptr<Db> openMigrated(const DatabaseConfig& config)
{
    auto db = std::make_unique<Db>(config, QStringLiteral("helpdesk-cli"));
    migrate(*db);
    return db;
}

int init(const QCommandLineParser& parser, const Options& options)
{
    const DatabaseConfig config = databaseConfig(parser, options);
    auto db = openMigrated(config);
    out() << "database ready: " << (config.isPostgres() ? config.toUrl() : config.sqlitePath)
          << " (schema " << databaseVersion(*db) << ")" << Qt::endl;
    if (parser.isSet(options.demo)) {
        const int tickets = seedDemoData(*db);
        if (tickets > 0)
            out() << "demo data: " << tickets << " tickets; every demo user's password is "
                  << kDemoPassword << Qt::endl;
    }
    return 0;
}

int addUser(const QCommandLineParser& parser, const Options& options)
{
    if (!parser.isSet(options.passwordStdin))
        return fail(QStringLiteral(
            "user add needs --password-stdin (passwords never go on the command line)"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    QJsonObject params { { QStringLiteral("login"), parser.value(options.login) },
        { QStringLiteral("name"), parser.value(options.name) },
        { QStringLiteral("role"), parser.value(options.role) },
        { QStringLiteral("password"), password },
        { QStringLiteral("locale"), parser.value(options.locale) } };
    if (parser.isSet(options.customer))
        params.insert(QStringLiteral("customerId"), parser.value(options.customer).toLongLong());
    if (parser.isSet(options.contact))
        params.insert(QStringLiteral("contactRole"), parser.value(options.contact));
    const Principal root { UserId(0), Role::Admin, std::nullopt, std::nullopt, {} };
    try {
        QString checkedPassword;
        const User user = directory::validateNewUser(root, params, &checkedPassword);
        auto db = openMigrated(databaseConfig(parser, options));
        if (user.customerId && !customerExists(*db, *user.customerId))
            return fail(QStringLiteral("no customer with id %1").arg(user.customerId->value()));
        Query taken(*db, QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
        if (taken.bind(user.login).scalar().isValid())
            return fail(QStringLiteral("login %1 is already taken").arg(user.login));
        const User created = insertUser(*db, user, hashPassword(checkedPassword));
        out() << "created user " << created.login << " (id " << created.id.value() << ", "
              << toString(created.role) << ")" << Qt::endl;
        return 0;
    } catch (const RpcException& e) {
        const QJsonValue fields = e.error().data.toObject().value(QStringLiteral("fields"));
        return fail(e.error().message + QLatin1Char(' ')
            + QString::fromUtf8(QJsonDocument(fields.toObject()).toJson(QJsonDocument::Compact)));
    }
}

// A whole number option within [minimum, maximum]; anything else is an error, not a default.
bool numberOption(const QCommandLineParser& parser, const QCommandLineOption& option,
    qint64 minimum, qint64 maximum, qint64* value)
{
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    if (ok && *value >= minimum && *value <= maximum)
        return true;
    fail(QStringLiteral("--%1 wants a whole number from %2 to %3, not \"%4\"")
             .arg(option.names().constFirst())
             .arg(minimum)
             .arg(maximum)
             .arg(parser.value(option)));
    return false;
}

bool parseListen(const QString& text, ServerConfig& config)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    config.listenHost = host;
    config.listenPort = quint16(port);
    return true;
}

// --attachments-dir, or <data-dir>/attachments.
QString attachmentsDirectory(const QCommandLineParser& parser, const Options& options)
{
    return parser.isSet(options.attachmentsDir)
        ? QDir(parser.value(options.attachmentsDir)).absolutePath()
        : QDir(parser.value(options.dataDir)).absoluteFilePath(QStringLiteral("attachments"));
}

// The attachment store and limits (docs/admin.md, "Attachments").
bool attachmentSettings(
    const QCommandLineParser& parser, const Options& options, AttachmentSettings* settings)
{
    qint64 maxBytes = 0, expirySeconds = 0;
    if (!numberOption(parser, options.maxAttachment, 0, qint64(1) << 40, &maxBytes)
        || !numberOption(parser, options.uploadExpiry, 1, 365LL * 24 * 3600, &expirySeconds))
        return false;
    settings->directory = attachmentsDirectory(parser, options);
    settings->maxFileBytes = maxBytes;
    settings->uploadExpiryMs = expirySeconds * 1000;
    if (!QDir().mkpath(settings->directory)) {
        fail(QStringLiteral("cannot create the attachments directory %1").arg(settings->directory));
        return false;
    }
    return true;
}

// The monitoring alert settings of serve (docs/admin.md, "Monitoring alerts").
bool alertSettings(const QCommandLineParser& parser, const Options& options, ServerConfig& config)
{
    qint64 noteSeconds = 0, maxBytes = 0;
    if (!numberOption(parser, options.alertNotes, 0, 7 * 24 * 3600, &noteSeconds)
        || !numberOption(parser, options.alertWebhookMax, 1024, 64 * 1024 * 1024, &maxBytes))
        return false;
    config.alertQueue = parser.value(options.alertQueue);
    config.alertNoteIntervalMs = noteSeconds * 1000;
    config.alertWebhookMaxBytes = maxBytes;
    if (parser.isSet(options.alertWebhook)) {
        ServerConfig webhook;
        if (!parseListen(parser.value(options.alertWebhook), webhook)) {
            fail(QStringLiteral("--alert-webhook wants HOST:PORT"));
            return false;
        }
        config.alertWebhookHost = webhook.listenHost;
        config.alertWebhookPort = webhook.listenPort;
    }
    return true;
}

QString mailConfigPath(const QCommandLineParser& parser, const Options& options)
{
    return parser.isSet(options.mailConfig)
        ? parser.value(options.mailConfig)
        : QDir(parser.value(options.dataDir)).absoluteFilePath(QStringLiteral("mail.json"));
}

// Every failure to start is a temporary one for the MTA (75): it keeps the mail until the
// command line is fixed.
int mailgate(const QCommandLineParser& parser, const Options& options)
{
    constexpr int kExTempFail = 75;
    MailgateOptions mail;
    try {
        if (!parser.isSet(options.queue))
            throw UsageError("mailgate needs --queue NAME");
        mail.database = databaseConfig(parser, options);
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
        return kExTempFail;
    }
    if (!attachmentSettings(parser, options, &mail.attachments))
        return kExTempFail;
    mail.queue = parser.value(options.queue);
    mail.mailConfigPath = mailConfigPath(parser, options);
    mail.eventChannel = parser.value(options.eventChannel);
    return runMailgate(mail);
}

void printReport(const char* what, const BackupReport& report)
{
    out() << what << ": " << report.file << " (" << report.bytes << " bytes, "
          << report.files << " attachment files, schema " << report.schema << ", " << QString::number(double(report.elapsedMs) / 1000.0, 'f', 1)
          << " s)" << Qt::endl;
}

int backup(const QCommandLineParser& parser, const Options& options)
{
    printReport("backup written",
        backupDatabase(databaseConfig(parser, options), parser.value(options.to),
            attachmentsDirectory(parser, options)));
    return 0;
}

int restore(const QCommandLineParser& parser, const Options& options)
{
    printReport("restored",
        restoreDatabase(parser.value(options.from), databaseConfig(parser, options),
            attachmentsDirectory(parser, options)));
    return 0;
}

// --backup-dir and its companions; nothing when no directory is given.
std::unique_ptr<BackupScheduler> backupScheduler(const QCommandLineParser& parser,
    const Options& options, const DatabaseConfig& database, const QString& attachments)
{
    if (!parser.isSet(options.backupDir))
        return nullptr;
    BackupScheduler::Config config;
    config.database = database;
    config.attachments = attachments;
    config.dir = parser.value(options.backupDir);
    const QString at = parser.value(options.backupAt);
    config.at = QTime::fromString(at, at.size() > 5 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (!config.at.isValid())
        throw UsageError("--backup-at wants HH:MM or HH:MM:SS (24-hour clock)");
    qint64 keep = 0;
    if (!numberOption(parser, options.backupKeep, 1, 3650, &keep))
        throw UsageError("--backup-keep wants a number from 1 to 3650");
    config.keep = int(keep);
    return std::make_unique<BackupScheduler>(config);
}

int serve(QCoreApplication& app, const QCommandLineParser& parser, const Options& options)
{
    ServerConfig config;
    config.database = databaseConfig(parser, options);
    err() << "helpdesk-server: database " << config.database.toUrl() << Qt::endl;
    if (!parseListen(parser.value(options.listen), config))
        return fail(QStringLiteral("--listen wants HOST:PORT"));
    config.tlsCertificate = parser.value(options.tlsCert);
    config.tlsKey = parser.value(options.tlsKey);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    qint64 maxFrame = 0, idle = 0, sessionIdle = 0, perAddress = 0, tokenDays = 0, readers = 0, sweepMs = 0;
    if (!numberOption(parser, options.maxFrame, 1024, qint64(1) << 30, &maxFrame)
        || !numberOption(parser, options.idle, 100, 24LL * 3600 * 1000, &idle)
        || !numberOption(parser, options.sessionIdle, 100, 7LL * 24 * 3600 * 1000, &sessionIdle)
        || !numberOption(parser, options.perAddress, 1, 100000, &perAddress)
        || !numberOption(parser, options.tokenDays, 1, 3650, &tokenDays)
        || !numberOption(parser, options.readers, 1, 64, &readers)
        || !numberOption(parser, options.sweep, 100, 24LL * 3600 * 1000, &sweepMs))
        return 1;
    qint64 preLoginPerAddress = 0, preLogin = 0, preLoginBuffer = 0, handshakeTimeout = 0;
    if (!numberOption(parser, options.preLoginPerAddress, 1, 100000, &preLoginPerAddress)
        || !numberOption(parser, options.preLogin, 1, 1000000, &preLogin)
        || !numberOption(
            parser, options.preLoginBuffer, 1024 * 1024, qint64(1) << 40, &preLoginBuffer)
        || !numberOption(parser, options.handshakeTimeout, 100, 600'000, &handshakeTimeout))
        return 1;
    qint64 slaSweepMs = 0, slaBatch = 0;
    if (!numberOption(parser, options.slaSweep, 100, 3'600'000, &slaSweepMs)
        || !numberOption(parser, options.slaBatch, 1, 100'000, &slaBatch))
        return 1;
    config.maxFrameBytes = qsizetype(maxFrame);
    config.idleTimeoutMs = int(idle);
    config.sessionIdleTimeoutMs = int(sessionIdle);
    config.maxConnectionsPerAddress = int(perAddress);
    config.maxUnauthenticatedPerAddress = int(preLoginPerAddress);
    config.maxUnauthenticatedConnections = int(preLogin);
    config.unauthenticatedBufferBytes = preLoginBuffer;
    config.handshakeTimeoutMs = int(handshakeTimeout);
    config.tokenTtlMs = tokenDays * 24 * 3600 * 1000;
    config.readerThreads = int(readers);
    if (!attachmentSettings(parser, options, &config.attachments)
        || !alertSettings(parser, options, config))
        return 1;

    const QString channel = parser.value(options.eventChannel);
    QString channelError;
    if (!isValidClusterChannel(channel, &channelError))
        return fail(QStringLiteral("--event-channel: %1").arg(channelError));

    const std::unique_ptr<BackupScheduler> backups
        = backupScheduler(parser, options, config.database, config.attachments.directory);

    QString mailError;
    auto mailConfig = mail::loadMailConfig(mailConfigPath(parser, options), &mailError);
    if (!mailConfig)
        return fail(QStringLiteral("mail settings: %1").arg(mailError));
    mailConfig->attachmentDirectory = config.attachments.directory;
    mailConfig->maxAttachmentBytes = config.attachments.maxFileBytes;

    if (parser.isSet(options.demo)) {
        auto db = openMigrated(config.database);
        seedDemoData(*db);
    }
    // One id per process: the writer signs its NOTIFYs with it, the bus skips them by it.
    const QString instanceId = newClusterInstanceId();
    Storage storage(config.database, config.readerThreads);
    // Inside every write batch's transaction: the batch's new messages as one search index
    // segment, then (PostgreSQL) the NOTIFY that tells the other servers.
    storage.addBeforeCommitHook([](Db& db, const EventList&) { search::syncIndex(db); });
    // Mail the batch's changes call for enters the outbox with them (server/mail/notifier.h).
    storage.addBeforeCommitHook(
        [mail = *mailConfig](Db& db, const EventList& events) { mail::queueNotifications(db, events, mail); });
    if (config.database.isPostgres())
        storage.addBeforeCommitHook(clusterAnnouncer(instanceId, channel));
    try {
        storage.start();
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    RateLimiter limiter;
    PushHub hub;
    // PostgreSQL: other servers on the same database announce their changes; SQLite has no bus.
    std::unique_ptr<ClusterBus> bus;
    std::unique_ptr<ClusterRelay> relay;
    if (config.database.isPostgres()) {
        // Reached exactly as the server's own connections are (socket directory, sslmode…).
        ClusterBusConfig busConfig;
        busConfig.host = config.database.host;
        busConfig.port = config.database.port;
        busConfig.connectOptions = config.database.connectOptions;
        busConfig.database = config.database.databaseName;
        busConfig.user = config.database.user;
        busConfig.password = config.database.password;
        busConfig.channel = channel;
        busConfig.instanceId = instanceId;
        bus = std::make_unique<ClusterBus>(busConfig);
        relay = std::make_unique<ClusterRelay>(storage, hub);
        QObject::connect(bus.get(), &ClusterBus::eventsReceived, relay.get(), &ClusterRelay::relay);
        QObject::connect(
            bus.get(), &ClusterBus::resyncNeeded, relay.get(), &ClusterRelay::requestResync);
        QString busError;
        if (!bus->start(&busError))
            return fail(QStringLiteral("event bus: %1").arg(busError));
    }
    ServerContext context { storage, limiter, config,
        [&hub](const EventList& events) { hub.publish(events); } };
    Dispatcher dispatcher(context, hub);
    PresenceTracker presence(storage,
        PresenceTracker::Config { instanceId, 30'000, 120'000, int(sweepMs) }, context.publish);
    QObject::connect(&hub, &PushHub::staffSessionStarted, &presence, &PresenceTracker::sessionStarted);
    QObject::connect(&hub, &PushHub::staffSessionEnded, &presence, &PresenceTracker::sessionEnded);
    MaildirPoller maildirs(storage, *mailConfig, context.publish);
    if (!maildirs.start(&mailError))
        return fail(QStringLiteral("mail settings: %1").arg(mailError));
    MailSender mailSender(storage, *mailConfig);
    mailSender.start();
    Server server(config, hub, dispatcher);
    QString error;
    if (!server.listen(&error))
        return fail(
            QStringLiteral("cannot listen on %1: %2").arg(parser.value(options.listen), error));
    std::unique_ptr<AlertWebhook> webhook;
    if (config.alertWebhookPort != 0) {
        webhook = std::make_unique<AlertWebhook>(config, storage, limiter, context.publish);
        if (!webhook->listen(&error))
            return fail(QStringLiteral("cannot listen on %1: %2")
                            .arg(parser.value(options.alertWebhook), error));
        out() << "alert webhook on " << webhook->address() << Qt::endl;
    }
    installShutdownHandler(app);
    decoyHash(); // computed now rather than during the first failed login
    AttachmentSweeper attachmentSweeper(storage, config.attachments);
    attachmentSweeper.start();
    SlaSweeper sweeper(storage, [&hub](const EventList& events) { hub.publish(events); },
        int(slaSweepMs), int(slaBatch));
    sweeper.start();
    if (backups)
        backups->start();
    out() << "listening on " << server.address() << Qt::endl;
    const int code = app.exec();
    if (backups)
        backups->stop();
    if (bus)
        bus->stop();
    server.close();
    if (webhook)
        webhook->close();
    presence.stop(); // after the connections' own ends: this server's sessions are gone
    relay.reset();
    mailSender.stop();
    storage.stop();
    err() << "helpdesk-server: stopped" << Qt::endl;
    return code;
}

} // namespace

int runCommandLine(const QStringList& arguments)
{
    int argc = 1;
    char name[] = "helpdesk-server";
    char* argv[] = { name, nullptr };
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Helpdesk server.\n\nCommands:\n  init       create or upgrade the database "
                       "(--demo adds demo data)\n"
                       "  user add   create a user (--login --name --role --password-stdin)\n"
                       "  serve      run the server until SIGTERM\n"
                       "  migrate-data  copy a SQLite database into an empty PostgreSQL one "
                       "(--from sqlite:PATH --to postgres://...)\n"
                       "  mailgate   file the mail on stdin (--queue NAME; exit status for the "
                       "MTA)\n"
                       "  backup     write a consistent copy of the database and its attachment "
                       "files while they are in use (--to DIR)\n"
                       "  restore    put a backup into a new, empty database and attachment store "
                       "(--from DIR)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("init, user add, serve, migrate-data, mailgate, backup or restore"));
    Options options;
    options.addTo(parser);
    parser.process(arguments);

    const QStringList command = parser.positionalArguments();
    const QString joined = command.join(QLatin1Char(' '));
    try {
        if (joined == QLatin1String("init"))
            return init(parser, options);
        if (joined == QLatin1String("user add"))
            return addUser(parser, options);
        if (joined == QLatin1String("serve"))
            return serve(app, parser, options);
        if (joined == QLatin1String("migrate-data"))
            return migrateData(parser.value(options.from), parser.value(options.to));
        if (joined == QLatin1String("mailgate"))
            return mailgate(parser, options);
        if (joined == QLatin1String("backup"))
            return backup(parser, options);
        if (joined == QLatin1String("restore"))
            return restore(parser, options);
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    parser.showHelp(2);
}

} // namespace helpdesk::server
