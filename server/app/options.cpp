// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-server's options read into settings (app/options.h).
#include "options.h"

#include "storage/storage.h"

#include <QDir>
#include <QFileInfo>

namespace helpdesk::server::cli {

namespace {

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

} // namespace

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

bool readServerConfig(const QCommandLineParser& parser, const Options& options, ServerConfig& config)
{
    config.database = databaseConfig(parser, options);
    err() << "helpdesk-server: database " << config.database.toUrl() << Qt::endl;
    if (!parseListen(parser.value(options.listen), config))
        return fail(QStringLiteral("--listen wants HOST:PORT")) == 0;
    config.tlsCertificate = parser.value(options.tlsCert);
    config.tlsKey = parser.value(options.tlsKey);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together")) == 0;
    qint64 maxFrame = 0, idle = 0, sessionIdle = 0, perAddress = 0, tokenDays = 0, readers = 0, sweepMs = 0;
    if (!numberOption(parser, options.maxFrame, 1024, qint64(1) << 30, &maxFrame)
        || !numberOption(parser, options.idle, 100, 24LL * 3600 * 1000, &idle)
        || !numberOption(parser, options.sessionIdle, 100, 7LL * 24 * 3600 * 1000, &sessionIdle)
        || !numberOption(parser, options.perAddress, 1, 100000, &perAddress)
        || !numberOption(parser, options.tokenDays, 1, 3650, &tokenDays)
        || !numberOption(parser, options.readers, 1, 64, &readers)
        || !numberOption(parser, options.sweep, 100, 24LL * 3600 * 1000, &sweepMs))
        return false;
    qint64 preLoginPerAddress = 0, preLogin = 0, preLoginBuffer = 0, handshakeTimeout = 0;
    if (!numberOption(parser, options.preLoginPerAddress, 1, 100000, &preLoginPerAddress)
        || !numberOption(parser, options.preLogin, 1, 1000000, &preLogin)
        || !numberOption(
            parser, options.preLoginBuffer, 1024 * 1024, qint64(1) << 40, &preLoginBuffer)
        || !numberOption(parser, options.handshakeTimeout, 100, 600'000, &handshakeTimeout))
        return false;
    qint64 slaSweepMs = 0, slaBatch = 0, pushBacklog = 0, outputBudget = 0, cacheMiB = 0;
    qint64 writers = 0;
    if (!numberOption(parser, options.dbCache, 4, 65536, &cacheMiB)
        || !numberOption(parser, options.writers, 1, Storage::kMaxWriters, &writers)
        || !numberOption(parser, options.slaSweep, 100, 3'600'000, &slaSweepMs)
        || !numberOption(parser, options.slaBatch, 1, 100'000, &slaBatch)
        || !numberOption(parser, options.pushBacklog, 64 * 1024, qint64(1) << 32, &pushBacklog)
        || !numberOption(parser, options.outputBudget, 1024 * 1024, qint64(1) << 40, &outputBudget))
        return false;
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
    config.writerThreads = int(writers);
    config.database.pageCacheKiB = cacheMiB * 1024;
    config.presenceSweepMs = int(sweepMs);
    config.slaSweepMs = int(slaSweepMs);
    config.slaBatch = int(slaBatch);
    config.pushBacklogBytes = pushBacklog;
    config.outputBudgetBytes = outputBudget;
    return attachmentSettings(parser, options, &config.attachments)
        && alertSettings(parser, options, config);
}

QString mailConfigPath(const QCommandLineParser& parser, const Options& options)
{
    return parser.isSet(options.mailConfig)
        ? parser.value(options.mailConfig)
        : QDir(parser.value(options.dataDir)).absoluteFilePath(QStringLiteral("mail.json"));
}

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

} // namespace helpdesk::server::cli
