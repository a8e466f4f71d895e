// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailconfig.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace helpdesk::server {

class Storage;
namespace handover {
class Mailbox;
}

// Delivers the outbox over SMTP: every smtp.pollSeconds it leases the due mail (a write job;
// on PostgreSQL FOR UPDATE SKIP LOCKED, so servers sharing the database never take the same
// row), sends it on a thread of its own, then marks each sent, or failed with the next
// attempt after a back-off (retrySeconds, doubled per attempt up to maxRetrySeconds). A mail
// whose lease ran out (the server died while sending) is due again for anyone.
class MailSender : public QObject
{
    Q_OBJECT
public:
    MailSender(Storage& storage, mail::MailConfig config, QObject* parent = nullptr);
    ~MailSender() override;

    void start();
    // Stops polling and waits for a send in progress; call before Storage::stop().
    void stop();

private:
    struct Sent
    {
        qint64 id = 0;
        int attempts = 0; // before this one
        bool sent = false;
        bool permanent = false;
        QString error;
    };
    void poll();
    void record(const QVector<Sent>& results);

    Storage& m_storage;
    mail::MailConfig m_config;
    QString m_owner; // this process, as lease owner
    QTimer m_timer;
    QThreadPool m_smtp; // one thread: the blocking libcurl sends
    handover::Mailbox* m_results; // a child: the sends' results, back in this thread
    bool m_busy = false;
    bool m_stopped = false;
};

} // namespace helpdesk::server
