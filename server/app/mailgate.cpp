// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailgate.h"

#include "cluster/clusterannouncer.h"
#include "cluster/clusterpayload.h"
#include "mail/mailconfig.h"
#include "mail/mailgateway.h"
#include "mail/notifier.h"
#include "search/searchindex.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace helpdesk::server {

namespace {

constexpr int kExTempFail = 75;

// stdin up to `limit` + 1 bytes; the rest is read and dropped, so the MTA's pipe never breaks.
QByteArray readStdin(qint64 limit)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray raw;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 got = in.read(buffer, sizeof buffer);
        if (got <= 0)
            break;
        if (raw.size() <= limit)
            raw.append(buffer, qsizetype(got));
    }
    return raw;
}

} // namespace

int fileOneMail(const MailgateOptions& options, const QByteArray& raw, QString* text)
{
    QString error;
    auto config = mail::loadMailConfig(options.mailConfigPath, &error);
    if (!config) {
        *text = error;
        return kExTempFail; // a configuration to fix: the MTA keeps the mail meanwhile
    }
    config->attachmentDirectory = options.attachments.directory;
    config->maxAttachmentBytes = options.attachments.maxFileBytes;
    try {
        Db db(options.database, QStringLiteral("mailgate"));
        migrate(db);
        db.begin();
        try {
            EventList events;
            const mail::GatewayResult filed
                = mail::fileMail(db, *config, options.queue, raw, events);
            if (filed.disposition != mail::Disposition::Filed
                && filed.disposition != mail::Disposition::Ignored) {
                db.rollback();
                *text = filed.text;
                return mail::exitCode(filed.disposition);
            }
            mail::queueNotifications(db, events, *config);
            search::syncIndex(db);
            clusterAnnouncer(newClusterInstanceId(), options.eventChannel)(db, events);
            db.commit();
            *text = filed.text;
            return mail::exitCode(filed.disposition);
        } catch (...) {
            db.rollback();
            throw;
        }
    } catch (const std::exception& e) {
        *text = QStringLiteral("database: %1").arg(QString::fromUtf8(e.what()));
        return kExTempFail;
    }
}

int runMailgate(const MailgateOptions& options)
{
    QString error;
    const auto config = mail::loadMailConfig(options.mailConfigPath, &error);
    const QByteArray raw = readStdin(config ? config->maxMessageBytes : 0);
    QString text = error;
    const int code = config ? fileOneMail(options, raw, &text) : kExTempFail;
    QTextStream err(stderr);
    err << "helpdesk-server mailgate: " << text << Qt::endl;
    return code;
}

} // namespace helpdesk::server
