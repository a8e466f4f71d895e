// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrunner.h"

#include "benchclient.h"

#include <QTextStream>

namespace helpdesk::bench {

namespace {
constexpr int kIdleAddresses = 50; // idle sessions come from 127.3.0.1 … 127.3.0.50
constexpr int kIdleHeartbeatMs = 30'000; // as the desktop client
} // namespace

LoadRunner::LoadRunner(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_phaseTimer.setSingleShot(true);
    m_phaseTimer.setTimerType(Qt::PreciseTimer);
    m_setupTimer.setSingleShot(true);
    connect(&m_setupTimer, &QTimer::timeout, this, [this] {
        abort(QStringLiteral("only %1 of %2 clients logged in within %3 s")
                  .arg(m_ready)
                  .arg(m_clients.size())
                  .arg(m_options.setupTimeoutMs / 1000));
    });
}

LoadRunner::~LoadRunner() = default;

void LoadRunner::start()
{
    for (int i = 0; i < m_options.clients; ++i) {
        BenchClient::Config config;
        config.port = m_options.ports.at(i % m_options.ports.size());
        config.login
            = QString(m_options.loginPattern)
                  .replace(QLatin1String("{i}"), QString::number(i % m_options.loginPool + 1));
        config.password = m_options.password;
        config.scenario = m_options.scenario;
        config.seed = m_options.seed * 1000003ULL + quint64(i);
        if (m_options.scenario.kind == ScenarioKind::Idle) {
            // Many sessions from one address would meet the server's per-address limits.
            config.localAddress
                = QHostAddress(QStringLiteral("127.3.0.%1").arg(1 + i % kIdleAddresses));
            config.heartbeatMs = kIdleHeartbeatMs;
        }
        auto* client = new BenchClient(config, this);
        connect(client, &BenchClient::ready, this, &LoadRunner::onReady);
        connect(client, &BenchClient::failed, this, &LoadRunner::abort);
        connect(client, &BenchClient::completed, this, &LoadRunner::onCompleted);
        connect(client, &BenchClient::drained, this, &LoadRunner::onDrained);
        m_clients.append(client);
    }
    m_setupTimer.start(m_options.setupTimeoutMs);
    for (BenchClient* client : std::as_const(m_clients))
        client->open();
}

qint64 LoadRunner::pushesSoFar() const
{
    qint64 total = 0;
    for (const BenchClient* client : m_clients)
        total += client->pushes();
    return total;
}

void LoadRunner::onReady()
{
    if (++m_ready < m_clients.size())
        return;
    m_setupTimer.stop();
    // Scripts running a second load against the same server wait for this line.
    QTextStream(stderr) << "helpdesk-bench: all " << m_clients.size() << " clients ready"
                        << Qt::endl;
    for (BenchClient* client : std::as_const(m_clients))
        client->startLoad();
    if (m_options.warmupSeconds > 0) {
        connect(&m_phaseTimer, &QTimer::timeout, this, &LoadRunner::beginMeasuring,
            Qt::SingleShotConnection);
        m_phaseTimer.start(int(m_options.warmupSeconds * 1000));
    } else {
        beginMeasuring();
    }
}

void LoadRunner::beginMeasuring()
{
    m_measuring = true;
    m_measureStartNs = monotonicNs();
    m_pushesAtStart = pushesSoFar();
    connect(&m_phaseTimer, &QTimer::timeout, this, &LoadRunner::stopAll, Qt::SingleShotConnection);
    m_phaseTimer.start(int(m_options.durationSeconds * 1000));
}

void LoadRunner::onCompleted(const QString& method, qint64 latencyNs, bool ok)
{
    if (!m_measuring)
        return;
    m_stats.record(method, latencyNs, ok);
    if (m_options.maxRequests > 0 && m_stats.total() >= m_options.maxRequests)
        stopAll();
}

void LoadRunner::stop()
{
    if (!m_measuring) { // still logging in or warming up: nothing measured
        abort(QStringLiteral("stopped before the measured window"));
        return;
    }
    stopAll();
}

void LoadRunner::stopAll()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_measuring = false;
    m_measureEndNs = monotonicNs();
    m_pushesMeasured = pushesSoFar() - m_pushesAtStart;
    m_phaseTimer.stop();
    m_drained = 0;
    for (BenchClient* client : std::as_const(m_clients))
        client->stopLoad();
}

void LoadRunner::onDrained()
{
    if (++m_drained == m_clients.size())
        emit finished();
}

void LoadRunner::abort(const QString& reason)
{
    if (!m_error.isEmpty())
        return;
    m_error = reason;
    m_setupTimer.stop();
    m_phaseTimer.stop();
    m_measuring = false;
    QMetaObject::invokeMethod(this, &LoadRunner::finished, Qt::QueuedConnection);
}

} // namespace helpdesk::bench
