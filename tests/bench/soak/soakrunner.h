// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/latencystats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

class QThread;

namespace helpdesk::bench {

class Attacker;
class BenchClient;
class LoginProbe;

// The soak (docs/performance.md, "Soak"): `clients` sessions log in (agents and customers
// mixed; at most `rampParallel` logins at a time), `active` of them then make realistic calls
// with a think time while the rest stay idle with a heartbeat, for `minutes`; every minute
// the server's RSS and open file descriptors (from /proc) and the minute's latencies are
// printed. Then, with the sessions still there, an Attacker holds idle TCP connections and
// stalled TLS handshakes while a LoginProbe logs in once a second.
class SoakRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 7480;
        bool tls = true;
        qint64 serverPid = 0;
        int clients = 1000;
        int active = 100;
        int agentSessions = 300; // the first sessions are agents, the rest customers
        int agentPool = 40; // agent1 … agentN (helpdesk-gen)
        int customerPool = 2000; // customer1.owner … customerN.owner
        QString password = QStringLiteral("bench");
        double minutes = 10;
        int thinkMs = 2000;
        int heartbeatMs = 30'000;
        int rampParallel = 32;
        int attackSeconds = 60;
        int attackIdle = 500;
        int attackStalled = 500;
        quint64 seed = 1;
    };

    explicit SoakRunner(Options options, QObject* parent = nullptr);
    ~SoakRunner() override;

    void start();
    // 0: every figure in its bounds (no error, no dropped session, logins under 1 s).
    int exitCode() const { return m_exitCode; }

signals:
    void finished();

private:
    struct Sample
    {
        qint64 rssKiB = 0;
        int fds = 0;
    };

    BenchClient* makeClient(int index);
    void openNext();
    void onReady();
    void beginSoak();
    void minuteDone();
    void beginAttack();
    void endAttack();
    Sample sample() const;
    void line(const QString& text) const;

    Options m_options;
    QVector<BenchClient*> m_clients;
    int m_opened = 0;
    int m_ready = 0;
    int m_dropped = 0; // sessions lost after login (the server closed them, or an error)
    qint64 m_requests = 0;
    qint64 m_errors = 0;
    LatencyStats m_minute;
    int m_minuteNumber = 0;
    Sample m_start;
    Sample m_warm; // at the end of the first minute: the caches have filled
    Sample m_end;
    QElapsedTimer m_clock;
    QTimer m_minuteTimer;
    Attacker* m_attacker = nullptr;
    LoginProbe* m_probe = nullptr;
    QThread* m_probeThread = nullptr;
    int m_exitCode = 0;
};

} // namespace helpdesk::bench
