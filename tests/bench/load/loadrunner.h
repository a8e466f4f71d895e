// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latencystats.h"
#include "scenario.h"

#include <QObject>
#include <QTimer>
#include <QVector>

namespace helpdesk::bench {

class BenchClient;

// Drives N clients through one scenario: all log in, then a warm-up that is not recorded,
// then a measured window that ends after a duration or a request count, whichever is first.
class LoadRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int clients = 1;
        QList<quint16> ports { 7480 }; // client i connects to ports[i % size]
        QString loginPattern = QStringLiteral("agent{i}"); // {i}: 1 … loginPool
        int loginPool = 40;
        QString password = QStringLiteral("bench");
        ScenarioSpec scenario;
        double durationSeconds = 10.0;
        qint64 maxRequests = 0; // 0: no limit but the duration
        double warmupSeconds = 1.0;
        int setupTimeoutMs = 120'000;
        quint64 seed = 1;
    };

    explicit LoadRunner(Options options, QObject* parent = nullptr);
    ~LoadRunner() override;

    void start();
    // Ends the measured window now (before the duration); finished() follows.
    void stop();
    bool succeeded() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    LatencyStats& stats() { return m_stats; }
    double measuredSeconds() const { return double(m_measureEndNs - m_measureStartNs) / 1e9; }
    // Push frames all clients received in the measured window.
    qint64 pushes() const { return m_pushesMeasured; }
    const Options& options() const { return m_options; }

signals:
    void finished();

private:
    void onReady();
    void onCompleted(const QString& method, qint64 latencyNs, bool ok);
    void beginMeasuring();
    void stopAll();
    void onDrained();
    void abort(const QString& reason);
    qint64 pushesSoFar() const;

    Options m_options;
    QVector<BenchClient*> m_clients;
    LatencyStats m_stats;
    QTimer m_phaseTimer;
    QTimer m_setupTimer;
    int m_ready = 0;
    int m_drained = 0;
    bool m_measuring = false;
    bool m_stopping = false;
    qint64 m_measureStartNs = 0;
    qint64 m_measureEndNs = 0;
    qint64 m_pushesAtStart = 0;
    qint64 m_pushesMeasured = 0;
    QString m_error;
};

} // namespace helpdesk::bench
