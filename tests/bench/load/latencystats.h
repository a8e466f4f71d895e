// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QVector>

namespace helpdesk::bench {

// Monotonic nanoseconds since the first call: the one clock of the load tool.
qint64 monotonicNs();

// Latencies of completed requests, per method, kept whole so percentiles are exact.
class LatencyStats
{
public:
    struct Summary
    {
        QString method;
        qint64 count = 0;
        qint64 errors = 0;
        qint64 p50Ns = 0;
        qint64 p90Ns = 0;
        qint64 p99Ns = 0;
        qint64 maxNs = 0;
    };

    void record(const QString& method, qint64 latencyNs, bool ok);
    qint64 total() const { return m_total; }
    // One summary per method, sorted by name (sorts the samples).
    QVector<Summary> summaries();

    // "231µs", "12.4ms", "1.20s".
    static QString formatNs(qint64 ns);

private:
    struct Samples
    {
        QVector<qint64> latencies;
        qint64 errors = 0;
    };
    QMap<QString, Samples> m_methods;
    qint64 m_total = 0;
};

} // namespace helpdesk::bench
