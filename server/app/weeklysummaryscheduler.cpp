// SPDX-License-Identifier: GPL-3.0-or-later
#include "weeklysummaryscheduler.h"

#include "mail/weeklysummary.h"
#include "storage/storage.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcSummary, "helpdesk.mail.summary")

namespace helpdesk::server {

WeeklySummaryScheduler::WeeklySummaryScheduler(
    Storage& storage, const mail::MailConfig& config, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_config(config)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &WeeklySummaryScheduler::check);
}

void WeeklySummaryScheduler::start()
{
    if (!m_config.weeklySummary.enabled || m_config.smtp.url.isEmpty())
        return;
    m_timer.start();
    check();
}

void WeeklySummaryScheduler::check()
{
    const auto due = mail::lastDue(nowMs(), m_config.weeklySummary);
    if (!due || due == m_done || m_running)
        return;
    m_running = true;
    const qint64 end = mail::periodEnd(*due);
    auto mails = std::make_shared<QVector<mail::SummaryMail>>();
    const mail::MailConfig& config = m_config;
    m_storage.read(
        [mails, &config, end](Db& db) {
            *mails = mail::prepareWeeklySummaries(db, config, end);
            return QJsonValue(double(mails->size()));
        },
        [this, mails, due = *due](const Outcome& read) {
            if (read.error || mails->isEmpty()) {
                m_running = false;
                if (read.error)
                    qCWarning(lcSummary) << "weekly summary: reading the figures failed:"
                                         << read.error->message << "(tried again in a minute)";
                else
                    m_done = due;
                return;
            }
            m_storage.write(
                [mails](Db& db, EventList&) {
                    return QJsonValue(mail::queueWeeklySummaries(db, *mails));
                },
                [this, due](const Outcome& written) {
                    m_running = false;
                    if (written.error) {
                        qCWarning(lcSummary) << "weekly summary: queueing failed:"
                                             << written.error->message << "(tried again in a minute)";
                        return;
                    }
                    m_done = due;
                    qCInfo(lcSummary) << "weekly summary:" << written.result.toInt()
                                      << "mails queued";
                });
        });
}

} // namespace helpdesk::server
