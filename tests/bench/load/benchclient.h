// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framing.h"
#include "scenario.h"

#include <QHostAddress>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <random>

namespace helpdesk::bench {

// One benchmark connection to 127.0.0.1: hello, auth.login, a probe for valid ticket ids,
// then one scenario request at a time (pipelining depth 1) until told to stop. Push frames
// are counted and skipped without parsing them. Optionally over TLS, from a chosen loopback
// address, with a think time between requests, and with heartbeats while idle (the soak).
class BenchClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        quint16 port = 7480;
        QString login;
        QString password;
        ScenarioSpec scenario;
        quint64 seed = 1;
        bool tls = false; // TLS without verifying the certificate (a test server's own)
        QHostAddress localAddress; // bind to this loopback address first (null: any)
        int thinkMs = 0; // a pause of 0.5-1.5 × this between requests (0: none)
        int heartbeatMs = 0; // while logged in and not running: `hello` this often (0: never)
    };

    explicit BenchClient(Config config, QObject* parent = nullptr);

    void open();
    // Starts sending scenario requests; ready() must have been emitted.
    void startLoad();
    // Sends no further request; drained() follows once nothing is outstanding.
    void stopLoad();
    qint64 pushes() const { return m_pushes; }

signals:
    void ready();
    void failed(const QString& reason);
    // A scenario request finished, successfully or with a JSON-RPC error.
    void completed(const QString& method, qint64 latencyNs, bool ok);
    void drained();

private:
    enum class Phase { Connecting, Hello, Login, ProbeIds, ProbeTotal, Ready, Running, Stopped };

    void onReadyRead();
    void onFrame(const QByteArray& frame, qint64 receivedNs);
    void onSetupResponse(const QByteArray& frame);
    void send(const QString& method, const QJsonObject& params);
    void sendNext();
    void onConnected();
    void heartbeat();
    void becomeReady();
    void fail(const QString& reason);

    Config m_config;
    QSslSocket m_socket;
    QTimer m_heartbeat;
    FrameReader m_reader;
    Phase m_phase = Phase::Connecting;
    QString m_method;
    qint64 m_nextId = 1;
    qint64 m_sentNs = 0;
    bool m_waiting = false;
    bool m_scenarioRequest = false; // the outstanding request is measured
    bool m_customer = false;
    ClientKnowledge m_knowledge;
    std::mt19937_64 m_random;
    qint64 m_pushes = 0;
    int m_errorsShown = 0;
};

} // namespace helpdesk::bench
