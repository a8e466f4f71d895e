// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailconfig.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace helpdesk::server {

class Storage;

// Sends the weekly summary to leads (mail/weeklysummary.h) when it is due: looks at start
// (a server that was down at the time sends it late) and then every minute. The figures are
// read on a reader thread, the mails added to the outbox in one write; several servers on
// one PostgreSQL database each try, and each summary is in the outbox once (its Message-ID).
class WeeklySummaryScheduler : public QObject
{
    Q_OBJECT
public:
    WeeklySummaryScheduler(Storage& storage, const mail::MailConfig& config, QObject* parent = nullptr);

    void start();

private:
    void check();

    Storage& m_storage;
    const mail::MailConfig& m_config;
    QTimer m_timer;
    std::optional<qint64> m_done; // the due time whose summaries this server has queued
    bool m_running = false;
};

} // namespace helpdesk::server
