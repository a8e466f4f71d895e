// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakrunner.h"

#include "attacker.h"
#include "load/benchclient.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace helpdesk::bench {

namespace {

constexpr int kMaxReasonsShown = 10;
constexpr int kAddresses = 50; // the sessions come from 127.2.0.1 … 127.2.0.50
constexpr int kAttackSettleMs = 5000;
constexpr double kLoginLimitMs = 1000;
constexpr double kGrowthLimit = 0.10;

// What an active agent does, and an active customer (one scenario per session, in turn).
const ScenarioKind kAgentCalls[] = { ScenarioKind::TicketGet, ScenarioKind::TicketList,
    ScenarioKind::SearchCommon, ScenarioKind::MessageAdd, ScenarioKind::TicketGet,
    ScenarioKind::CustomerPanel, ScenarioKind::Everywhere, ScenarioKind::TicketSimilar };
const ScenarioKind kCustomerCalls[]
    = { ScenarioKind::TicketGet, ScenarioKind::TicketList, ScenarioKind::MessageAdd };

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

SoakRunner::SoakRunner(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_minuteTimer.setInterval(60'000);
    m_minuteTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_minuteTimer, &QTimer::timeout, this, &SoakRunner::minuteDone);
}

SoakRunner::~SoakRunner() = default;

void SoakRunner::line(const QString& text) const
{
    QTextStream(stdout) << QStringLiteral("[%1 s] ").arg(m_clock.elapsed() / 1000, 4) << text
                        << Qt::endl;
}

SoakRunner::Sample SoakRunner::sample() const
{
    Sample result;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_options.serverPid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& row : status.readAll().split('\n')) {
            if (row.startsWith("VmRSS:"))
                result.rssKiB = row.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    result.fds = int(QDir(QStringLiteral("/proc/%1/fd").arg(m_options.serverPid))
                         .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                         .size());
    return result;
}

BenchClient* SoakRunner::makeClient(int index)
{
    BenchClient::Config config;
    config.port = m_options.port;
    config.tls = m_options.tls;
    config.password = m_options.password;
    config.seed = m_options.seed * 1000003ULL + quint64(index);
    config.localAddress = QHostAddress(QStringLiteral("127.2.0.%1").arg(1 + index % kAddresses));
    const bool agent = index < m_options.agentSessions;
    // Every stride-th session is active, spread over agents and customers alike.
    const int stride = qMax(1, m_options.clients / qMax(1, m_options.active));
    const bool active = index % stride == 0 && index / stride < m_options.active;
    const int turn = index / stride;
    if (agent) {
        config.login = QStringLiteral("agent%1").arg(index % m_options.agentPool + 1);
        config.scenario.kind = kAgentCalls[turn % std::size(kAgentCalls)];
    } else {
        config.login = QStringLiteral("customer%1.owner")
                           .arg((index - m_options.agentSessions) % m_options.customerPool + 1);
        config.scenario.kind = kCustomerCalls[turn % std::size(kCustomerCalls)];
    }
    config.thinkMs = active ? m_options.thinkMs : 0;
    config.heartbeatMs = active ? 0 : m_options.heartbeatMs;
    auto* client = new BenchClient(config, this);
    client->setProperty("active", active);
    connect(client, &BenchClient::ready, this, &SoakRunner::onReady);
    connect(client, &BenchClient::completed, this, [this](const QString& method, qint64 ns, bool ok) {
        ++m_requests;
        m_errors += ok ? 0 : 1;
        m_minute.record(method, ns, ok);
        m_minute.record(QStringLiteral("(all)"), ns, ok);
    });
    connect(client, &BenchClient::failed, this, [this](const QString& reason) {
        if (++m_dropped <= kMaxReasonsShown)
            line(QStringLiteral("session lost: %1").arg(reason));
        if (m_ready + m_dropped == m_options.clients && !m_minuteTimer.isActive() && !m_attacker)
            beginSoak();
        else
            openNext();
    });
    return client;
}

void SoakRunner::start()
{
    m_clock.start();
    line(QStringLiteral("server pid %1: %2 sessions (%3 agents), %4 active, think time %5 ms, "
                        "%6 min; load average %7")
             .arg(m_options.serverPid)
             .arg(m_options.clients)
             .arg(m_options.agentSessions)
             .arg(m_options.active)
             .arg(m_options.thinkMs)
             .arg(m_options.minutes)
             .arg(loadAverage()));
    const Sample before = sample();
    line(QStringLiteral("before the logins: RSS %1, %2 fds").arg(mib(before.rssKiB)).arg(before.fds));
    for (int i = 0; i < m_options.clients; ++i)
        m_clients.append(makeClient(i));
    for (int i = 0; i < m_options.rampParallel; ++i)
        openNext();
}

void SoakRunner::openNext()
{
    if (m_opened < m_clients.size())
        m_clients.at(m_opened++)->open();
}

void SoakRunner::onReady()
{
    ++m_ready;
    if (m_ready % 100 == 0)
        line(QStringLiteral("%1 sessions logged in").arg(m_ready));
    if (m_ready + m_dropped == m_options.clients)
        beginSoak();
    else
        openNext();
}

void SoakRunner::beginSoak()
{
    m_start = sample();
    line(QStringLiteral("all logged in (%1 lost): RSS %2, %3 fds; load average %4")
             .arg(m_dropped)
             .arg(mib(m_start.rssKiB))
             .arg(m_start.fds)
             .arg(loadAverage()));
    m_dropped = 0; // from now on every lost session counts
    for (BenchClient* client : std::as_const(m_clients)) {
        if (client->property("active").toBool())
            client->startLoad();
    }
    m_minuteTimer.start();
}

void SoakRunner::minuteDone()
{
    ++m_minuteNumber;
    const Sample now = sample();
    QString p99s;
    LatencyStats::Summary all;
    for (const LatencyStats::Summary& s : m_minute.summaries()) {
        if (s.method == QLatin1String("(all)"))
            all = s;
        else
            p99s += QStringLiteral(" %1 %2").arg(s.method, LatencyStats::formatNs(s.p99Ns));
    }
    line(QStringLiteral("minute %1: %2 requests, %3 errors, p50 %4, p99 %5, max %6; RSS %7, %8 "
                        "fds, %9 sessions lost; load average %10; p99 by method:%11")
             .arg(m_minuteNumber)
             .arg(all.count)
             .arg(all.errors)
             .arg(LatencyStats::formatNs(all.p50Ns), LatencyStats::formatNs(all.p99Ns),
                 LatencyStats::formatNs(all.maxNs), mib(now.rssKiB))
             .arg(now.fds)
             .arg(m_dropped)
             .arg(loadAverage(), p99s));
    m_minute = LatencyStats();
    if (m_minuteNumber == 1)
        m_warm = now;
    if (m_minuteNumber == qRound(m_options.minutes)) {
        m_end = now;
        beginAttack();
    }
}

void SoakRunner::beginAttack()
{
    m_minuteTimer.stop();
    line(QStringLiteral("attack: %1 idle TCP connections and %2 stalled TLS handshakes, the "
                        "sessions and their load going on")
             .arg(m_options.attackIdle)
             .arg(m_options.attackStalled));
    m_attacker = new Attacker(m_options.port, m_options.attackIdle, m_options.attackStalled, this);
    m_attacker->start();
    // On a thread of its own: the sessions and the attacker on this one do not delay it.
    m_probe = new LoginProbe(m_options.port, m_options.tls, QStringLiteral("agent1"),
        m_options.password);
    m_probeThread = new QThread(this);
    m_probe->moveToThread(m_probeThread);
    connect(m_probeThread, &QThread::finished, m_probe, &QObject::deleteLater);
    m_probeThread->start();
    connect(m_probe, &LoginProbe::loggedIn, this, [this](double ms, const QString& failure) {
        line(QStringLiteral("login %1 (attacker holds %2 idle, %3 stalled)")
                 .arg(failure.isEmpty() ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 1)
                                        : QStringLiteral("FAILED after %1 ms: %2").arg(ms, 0, 'f', 1).arg(failure))
                 .arg(m_attacker->heldIdle())
                 .arg(m_attacker->heldStalled()));
    });
    QTimer::singleShot(kAttackSettleMs, this, [this] {
        line(QStringLiteral("attacker holds %1 idle and %2 stalled connections")
                 .arg(m_attacker->heldIdle())
                 .arg(m_attacker->heldStalled()));
        QMetaObject::invokeMethod(m_probe, [this] { m_probe->start(1000); });
        QTimer::singleShot(m_options.attackSeconds * 1000, this, &SoakRunner::endAttack);
    });
}

void SoakRunner::endAttack()
{
    QVector<double> probeTimes;
    QStringList probeFailures;
    QMetaObject::invokeMethod(m_probe, [&] {
        m_probe->stop();
        probeTimes = m_probe->times();
        probeFailures = m_probe->failures();
    }, Qt::BlockingQueuedConnection);
    m_probeThread->quit(); // the probe is deleted on its thread as it ends
    m_probeThread->wait();
    m_probe = nullptr;
    const Sample during = sample();
    const qint64 closed = m_attacker->closedByServer();
    m_attacker->stop();
    for (BenchClient* client : std::as_const(m_clients))
        client->stopLoad();

    QVector<double> times;
    for (double ms : std::as_const(probeTimes)) {
        if (ms >= 0)
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    const int slow = int(std::count_if(times.cbegin(), times.cend(), [](double ms) { return ms >= kLoginLimitMs; }));
    // Growth is judged from the end of the first minute: in it the server's caches fill (the
    // SQLite page caches, bounded by --db-cache-mib, and the first searches), which is not
    // growth. With a single minute there is nothing after it, so from the start.
    const auto growthFrom = [this](const Sample& from) {
        return from.rssKiB > 0 ? double(m_end.rssKiB - from.rssKiB) / double(from.rssKiB) : 0;
    };
    const Sample& base = m_minuteNumber > 1 && m_warm.rssKiB > 0 ? m_warm : m_start;
    const double growth = growthFrom(base);
    QTextStream out(stdout);
    out << "\n## soak summary\n"
        << "sessions: " << m_options.clients << " (" << m_options.agentSessions << " agents, "
        << m_options.active << " active), " << m_options.minutes << " min, TLS "
        << (m_options.tls ? "on" : "off") << "\n"
        << "requests: " << m_requests << ", errors: " << m_errors << ", sessions lost: " << m_dropped << "\n"
        << "RSS start " << mib(m_start.rssKiB) << ", after the first minute " << mib(m_warm.rssKiB)
        << ", end " << mib(m_end.rssKiB) << " (growth " << QString::number(growth * 100, 'f', 1)
        << " % from " << (&base == &m_warm ? "the first minute" : "the start") << ", "
        << QString::number(growthFrom(m_start) * 100, 'f', 1) << " % from the start), during the attack "
        << mib(during.rssKiB) << "\n"
        << "fds start " << m_start.fds << ", end " << m_end.fds << ", during the attack " << during.fds << "\n"
        << "attack: connections the server closed (the attacker reopened each at once): " << closed << "\n"
        << "logins under attack: " << probeTimes.size() << ", failed " << probeFailures.size();
    if (!times.isEmpty())
        out << ", min " << QString::number(times.first(), 'f', 1) << " ms, median "
            << QString::number(times.at(times.size() / 2), 'f', 1) << " ms, max "
            << QString::number(times.last(), 'f', 1) << " ms, " << slow << " at 1 s or more";
    out << "\nload average at the end: " << loadAverage() << Qt::endl;
    for (const QString& failure : probeFailures.mid(0, kMaxReasonsShown))
        out << "login failure: " << failure << "\n";
    m_exitCode = (m_errors == 0 && m_dropped == 0 && growth < kGrowthLimit && slow == 0
                     && probeFailures.isEmpty() && !times.isEmpty())
        ? 0
        : 1;
    out << (m_exitCode == 0 ? "verdict: every figure within its bound\n"
                            : "verdict: a figure out of its bound (errors, lost sessions, growth >= 10 %, or a "
                              "login of 1 s or more)\n");
    out.flush();
    QTimer::singleShot(500, this, &SoakRunner::finished);
}

} // namespace helpdesk::bench
