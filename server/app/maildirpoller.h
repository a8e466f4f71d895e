// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailconfig.h"
#include "rpc/pushevent.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace helpdesk::server {

class Storage;

// Files the mail a local MTA or fetchmail delivers into a Maildir, one per queue that has
// `maildir` in the mail settings: every `pollSeconds` it takes the files of `new/` one at a
// time through the gateway on the writer (so pushes go out as for any write). Filed or
// deliberately ignored mail moves to `cur/` flagged seen (`:2,S`), refused mail to `cur/`
// flagged trashed (`:2,T`), and mail that met an unavailable database stays in `new/` for
// the next round.
class MaildirPoller : public QObject
{
    Q_OBJECT
public:
    MaildirPoller(Storage& storage, mail::MailConfig config,
        std::function<void(const EventList&)> publish, QObject* parent = nullptr);

    // Creates missing Maildir folders and starts the timers; false with `error` when a
    // folder cannot be made.
    bool start(QString* error);

private:
    void poll(const QString& queue);
    void fileNext(const QString& queue, QStringList files);

    Storage& m_storage;
    mail::MailConfig m_config;
    std::function<void(const EventList&)> m_publish;
    QSet<QString> m_busy; // queues with a round in progress
};

} // namespace helpdesk::server
