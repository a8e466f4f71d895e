// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterbus.h"

#include "clusterlistener.h"
#include "storage/handover.h"

#include <QThread>
#include <QUrlQuery>

namespace helpdesk::server {

// Runs the listener inside run(): it is created, used and destroyed (closing its database
// connection) in this thread only, as QSqlDatabase requires.
class ClusterBus::Thread : public QThread
{
public:
    Thread(ClusterBus* bus, handover::Mailbox* mailbox, ClusterBusConfig config)
        : m_bus(bus)
        , m_mailbox(mailbox)
        , m_config(std::move(config))
    {
        setObjectName(QStringLiteral("helpdesk-cluster-bus"));
    }

protected:
    void run() override
    {
        const handover::RunScope scope(this);
        ClusterListener listener(m_config);
        // What the listener reports travels through the mailbox (handover.h: seen by TSan),
        // delivered in the bus's thread in the order it came.
        ClusterBus* bus = m_bus;
        auto toBus = [mailbox = m_mailbox](std::function<void()> deliver) {
            handover::post(*mailbox, std::move(deliver));
        };
        connect(&listener, &ClusterListener::eventsReceived, &listener,
            [=](const ClusterBatch& batch) { toBus([bus, batch] { emit bus->eventsReceived(batch); }); });
        connect(&listener, &ClusterListener::listening, &listener,
            [=] { toBus([bus] { emit bus->listening(); }); });
        connect(&listener, &ClusterListener::resyncNeeded, &listener,
            [=] { toBus([bus] { emit bus->resyncNeeded(); }); });
        connect(&listener, &ClusterListener::connectionLost, &listener,
            [=](const QString& reason) { toBus([bus, reason] { emit bus->connectionLost(reason); }); });
        connect(&listener, &ClusterListener::payloadRejected, &listener,
            [=](const QString& reason) { toBus([bus, reason] { emit bus->payloadRejected(reason); }); });
        listener.start();
        exec(); // returns at once if stop() came first: quit() before exec() is remembered
    }

private:
    ClusterBus* m_bus;
    handover::Mailbox* m_mailbox;
    ClusterBusConfig m_config;
};

std::optional<ClusterBusConfig> clusterBusConfigFromUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (scheme != u"postgres" && scheme != u"postgresql")
        return std::nullopt;
    ClusterBusConfig config;
    if (!url.host().isEmpty())
        config.host = url.host();
    config.port = url.port(5432);
    config.database = url.path().mid(1);
    config.user = url.userName();
    config.password = url.password();
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("channel")))
        config.channel = query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    return config;
}

ClusterBus::ClusterBus(ClusterBusConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_mailbox(new handover::Mailbox(this))
{
    qRegisterMetaType<ClusterBatch>();
    if (m_config.instanceId.isEmpty())
        m_config.instanceId = newClusterInstanceId();
}

ClusterBus::~ClusterBus()
{
    stop();
}

bool ClusterBus::start(QString* error)
{
    if (m_thread)
        return true;
    QString why;
    if (!isValidClusterChannel(m_config.channel, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (!isValidClusterInstanceId(m_config.instanceId)) {
        if (error)
            *error = QStringLiteral("invalid cluster instance id");
        return false;
    }
    m_thread = std::make_unique<Thread>(this, m_mailbox, m_config);
    m_thread->start();
    return true;
}

void ClusterBus::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    handover::join(*m_thread);
    m_thread.reset();
}

bool ClusterBus::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace helpdesk::server
