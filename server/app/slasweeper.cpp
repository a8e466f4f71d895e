// SPDX-License-Identifier: GPL-3.0-or-later
#include "slasweeper.h"

#include "sla/escalation.h"
#include "storage/storage.h"
#include "tickets/ticketstore.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcSla, "helpdesk.sla")

namespace helpdesk::server {

SlaSweeper::SlaSweeper(Storage& storage, std::function<void(const EventList&)> publish,
    int intervalMs, int batchSize, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_publish(std::move(publish))
    , m_batchSize(batchSize)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SlaSweeper::sweep);
}

void SlaSweeper::start()
{
    m_timer.start();
}

void SlaSweeper::sweep()
{
    if (m_running)
        return;
    m_running = true;
    const int batch = m_batchSize;
    m_storage.write(
        [batch](Db& db, EventList& events) {
            const qint64 now = nowMs();
            const QVector<TicketId> due = sla::ticketsToSweep(db, now, batch);
            for (const TicketId id : due) {
                const auto ticket = ticketstore::find(db, id);
                if (!ticket)
                    continue;
                for (const sla::AlertRecord& alert : sla::claimDueAlerts(db, *ticket, now)) {
                    ticketstore::recordEvent(db, id, sla::alertActor(*ticket),
                        QStringLiteral("slaAlert"), QJsonValue::Null, alert.historyValue(), now);
                    if (!alert.recipients.isEmpty())
                        events << sla::alertEvent(alert, *ticket);
                }
            }
            return QJsonValue(double(due.size()));
        },
        [this, batch, started = nowMs()](const Outcome& outcome) {
            m_running = false;
            if (!outcome.error && outcome.result.toInt() > 0)
                qCInfo(lcSla) << "SLA sweep:" << outcome.result.toInt() << "tickets,"
                              << outcome.events.size() << "alerts pushed in" << nowMs() - started
                              << "ms";
            if (outcome.error) {
                qCWarning(lcSla) << "SLA sweep failed:" << outcome.error->message;
                return;
            }
            m_publish(outcome.events);
            if (outcome.result.toInt() >= batch) // more are due: go on at once
                QTimer::singleShot(0, this, &SlaSweeper::sweep);
        });
}

} // namespace helpdesk::server
