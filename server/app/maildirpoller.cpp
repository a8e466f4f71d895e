// SPDX-License-Identifier: GPL-3.0-or-later
#include "maildirpoller.h"

#include "mail/mailgateway.h"
#include "storage/storage.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace helpdesk::server {

namespace {

// A Maildir file name without its info part (":2,…"), then the flags we set.
QString withFlags(const QString& name, const QString& flags)
{
    return name.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":2,") + flags;
}

void log(const QString& line)
{
    QTextStream(stderr) << "helpdesk-server: maildir " << line << Qt::endl;
}

} // namespace

MaildirPoller::MaildirPoller(Storage& storage, mail::MailConfig config,
    std::function<void(const EventList&)> publish, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_config(std::move(config))
    , m_publish(std::move(publish))
{
}

bool MaildirPoller::start(QString* error)
{
    for (auto it = m_config.queues.cbegin(); it != m_config.queues.cend(); ++it) {
        const mail::QueueMailConfig& queue = it.value();
        if (queue.maildir.isEmpty())
            continue;
        const QDir dir(queue.maildir);
        for (const char* sub : { "new", "cur", "tmp" }) {
            if (!dir.mkpath(QLatin1String(sub))) {
                *error
                    = QStringLiteral("cannot create %1/%2").arg(queue.maildir, QLatin1String(sub));
                return false;
            }
        }
        const QString name = it.key();
        auto* timer = new QTimer(this);
        timer->setInterval(queue.pollSeconds * 1000);
        connect(timer, &QTimer::timeout, this, [this, name] { poll(name); });
        timer->start();
        QTimer::singleShot(0, this, [this, name] { poll(name); });
    }
    return true;
}

void MaildirPoller::poll(const QString& queue)
{
    if (m_busy.contains(queue))
        return;
    const QDir incoming(QDir(m_config.queue(queue).maildir).filePath(QStringLiteral("new")));
    const QStringList files = incoming.entryList(QDir::Files, QDir::Time | QDir::Reversed);
    if (files.isEmpty())
        return;
    m_busy.insert(queue);
    fileNext(queue, files);
}

void MaildirPoller::fileNext(const QString& queue, QStringList files)
{
    if (files.isEmpty()) {
        m_busy.remove(queue);
        return;
    }
    const QString name = files.takeFirst();
    const QDir root(m_config.queue(queue).maildir);
    QFile file(root.filePath(QStringLiteral("new/") + name));
    if (!file.open(QIODevice::ReadOnly)) { // taken by another reader meanwhile
        fileNext(queue, files);
        return;
    }
    const QByteArray raw = file.read(m_config.maxMessageBytes + 1);
    file.close();
    const mail::MailConfig config = m_config;
    m_storage.write(
        [config, queue, raw](Db& db, EventList& events) {
            const mail::GatewayResult filed = mail::fileMail(db, config, queue, raw, events);
            return QJsonObject { { QStringLiteral("code"), mail::exitCode(filed.disposition) },
                { QStringLiteral("text"), filed.text } };
        },
        [this, queue, files, name, root](Outcome outcome) {
            const QJsonObject result = outcome.result.toObject();
            const int code = outcome.error ? 75 : result.value(QStringLiteral("code")).toInt();
            const QString text = outcome.error ? outcome.error->message
                                               : result.value(QStringLiteral("text")).toString();
            log(QStringLiteral("%1 %2: %3").arg(queue, name, text));
            if (code == 75) { // try again next round, with the rest
                m_busy.remove(queue);
                return;
            }
            m_publish(outcome.events);
            QFile::rename(root.filePath(QStringLiteral("new/") + name),
                root.filePath(QStringLiteral("cur/")
                    + withFlags(name, code == 0 ? QStringLiteral("S") : QStringLiteral("T"))));
            fileNext(queue, files);
        });
}

} // namespace helpdesk::server
