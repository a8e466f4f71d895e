// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailsender.h"

#include "cluster/clusterpayload.h"
#include "mail/outboxstore.h"
#include "mail/smtpclient.h"
#include "storage/handover.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <limits>

namespace helpdesk::server {

namespace {

constexpr int kMaxBatch = 20;

// As many mails as can surely be sent within the lease, even if every one of them runs into
// the timeout: no other server may take a mail of a batch still being sent.
int batchSize(const mail::SmtpConfig& smtp)
{
    return std::clamp(smtp.leaseSeconds / (2 * smtp.timeoutSeconds), 1, kMaxBatch);
}

// A mail refused for good is never tried again.
constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 2;

void log(const QString& line)
{
    QTextStream(stderr) << "helpdesk-server: mail " << line << Qt::endl;
}

} // namespace

MailSender::MailSender(Storage& storage, mail::MailConfig config, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_config(std::move(config))
    , m_owner(newClusterInstanceId())
    , m_results(new handover::Mailbox(this))
{
    m_smtp.setMaxThreadCount(1);
    m_timer.setInterval(int(m_config.smtp.pollSeconds * 1000));
    connect(&m_timer, &QTimer::timeout, this, &MailSender::poll);
}

MailSender::~MailSender()
{
    stop();
}

void MailSender::start()
{
    if (m_config.smtp.url.isEmpty())
        return;
    m_timer.start();
    QTimer::singleShot(0, this, &MailSender::poll);
}

void MailSender::stop()
{
    m_stopped = true;
    m_timer.stop();
    m_smtp.waitForDone();
    // A send that finished meanwhile has queued its record(): run it now, so that its write
    // is queued before Storage::stop() finishes the queue (else the mail would go out again
    // when its lease runs out).
    QCoreApplication::sendPostedEvents(m_results);
}

void MailSender::poll()
{
    if (m_busy || m_stopped)
        return;
    m_busy = true;
    const QString owner = m_owner;
    const qint64 lease = qint64(m_config.smtp.leaseSeconds) * 1000;
    const int batch = batchSize(m_config.smtp);
    auto due = std::make_shared<QVector<outboxstore::DueMail>>();
    m_storage.write(
        [owner, lease, batch, due](Db& db, EventList&) {
            const qint64 now = nowMs();
            *due = outboxstore::claimDue(db, owner, now, now + lease, batch);
            return QJsonValue(double(due->size()));
        },
        [this, due](Outcome outcome) {
            if (outcome.error || due->isEmpty() || m_stopped) {
                m_busy = false;
                return;
            }
            const mail::SmtpConfig smtp = m_config.smtp;
            // The worker ends before this object does (stop() waits for it); results posted
            // to a destroyed mailbox are dropped by Qt. Both hand-overs go through
            // storage/handover.h, which TSan builds can follow.
            MailSender* self = this;
            handover::Mailbox* results = m_results;
            handover::start(m_smtp, [self, results, smtp, due] {
                QVector<Sent> sent;
                for (const outboxstore::DueMail& mail : *due) {
                    const mail::SmtpResult r
                        = mail::sendSmtp(smtp, mail.envelopeFrom, mail.recipient, mail.content);
                    sent.append({ mail.id, mail.attempts, r.sent, r.permanent, r.error });
                }
                handover::post(*results, [self, sent] { self->record(sent); });
            });
        });
}

void MailSender::record(const QVector<Sent>& results)
{
    const QString owner = m_owner;
    const mail::SmtpConfig smtp = m_config.smtp;
    for (const Sent& r : results) {
        if (!r.sent)
            log(QStringLiteral("%1 not sent (attempt %2): %3")
                    .arg(r.id)
                    .arg(r.attempts + 1)
                    .arg(r.error));
    }
    m_storage.write(
        [owner, smtp, results](Db& db, EventList&) {
            const qint64 now = nowMs();
            for (const Sent& r : results) {
                if (r.sent) {
                    outboxstore::markSent(db, r.id, owner, now);
                    continue;
                }
                const qint64 delay = std::min<qint64>(
                    qint64(smtp.retrySeconds) << std::min(r.attempts, 20), smtp.maxRetrySeconds);
                outboxstore::markFailed(db, r.id, owner, r.permanent ? kNever : now + delay * 1000,
                    r.permanent ? QStringLiteral("refused for good: ") + r.error : r.error);
            }
            return QJsonValue();
        },
        [this, results](const Outcome&) {
            m_busy = false;
            // A full batch may have more behind it; sent mail may free the way for more.
            if (!m_stopped && results.size() == batchSize(m_config.smtp))
                QTimer::singleShot(0, this, &MailSender::poll);
        });
}

} // namespace helpdesk::server
