// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "attachmentsweeper.h"

#include "api/dispatcher.h"
#include "app/backup.h"
#include "app/backupscheduler.h"
#include "app/weeklysummaryscheduler.h"
#include "app/demodata.h"
#include "app/maildirpoller.h"
#include "app/mailgate.h"
#include "app/mailsender.h"
#include "app/options.h"
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
#ifdef __GLIBC__
#include <malloc.h> // mallopt
#endif
#include <sys/socket.h>
#include <unistd.h>

namespace helpdesk::server {

namespace {

using namespace cli;

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
    out() << what << ": " << report.file << " (" << report.bytes << " bytes, " << report.files
          << " attachment files, schema " << report.schema << ", "
          << QString::number(double(report.elapsedMs) / 1000.0, 'f', 1) << " s)" << Qt::endl;
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

int serve(QCoreApplication& app, const QCommandLineParser& parser, const Options& options)
{
    ServerConfig config;
    config.database = databaseConfig(parser, options);
    err() << "helpdesk-server: database " << config.database.toUrl() << Qt::endl;
    if (!readServerConfig(parser, options, config))
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
    Storage storage(config.database, config.readerThreads, config.writerThreads);
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
        PresenceTracker::Config { instanceId, 30'000, 120'000, config.presenceSweepMs }, context.publish);
    QObject::connect(&hub, &PushHub::staffSessionStarted, &presence, &PresenceTracker::sessionStarted);
    QObject::connect(&hub, &PushHub::staffSessionEnded, &presence, &PresenceTracker::sessionEnded);
    MaildirPoller maildirs(storage, *mailConfig, context.publish);
    if (!maildirs.start(&mailError))
        return fail(QStringLiteral("mail settings: %1").arg(mailError));
    MailSender mailSender(storage, *mailConfig);
    mailSender.start();
    WeeklySummaryScheduler weeklySummary(storage, *mailConfig);
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
        config.slaSweepMs, config.slaBatch);
    sweeper.start();
    weeklySummary.start();
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
    // Qt's own event dispatcher, not GLib's: GLib keeps socket notifiers in a list, so with
    // a thousand connected sessions every write that arms or disarms a notifier walked it
    // (17 % of the network thread under push load; docs/performance.md, issue 17).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
#ifdef __GLIBC__
    // Fixed malloc thresholds instead of glibc's sliding ones. Each login's Argon2 check
    // allocates 19 MiB; freeing it raised glibc's mmap threshold to 19 MiB and its trim
    // threshold to 38 MiB, after which every thread's arena kept its Argon2 block and up to
    // 38 MiB of free memory (1,000 connected agents under write load: RSS 244 MiB; with
    // these: 96 MiB, and neither reads nor writes slower; docs/performance.md, "Memory").
    // The environment's MALLOC_MMAP_THRESHOLD_ / MALLOC_TRIM_THRESHOLD_ still win.
    if (!qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_"))
        mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    if (!qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_"))
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
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
