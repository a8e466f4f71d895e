// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencystats.h"

#include <QElapsedTimer>

#include <algorithm>

namespace helpdesk::bench {

qint64 monotonicNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

void LatencyStats::record(const QString& method, qint64 latencyNs, bool ok)
{
    Samples& samples = m_methods[method];
    samples.latencies.append(latencyNs);
    if (!ok)
        ++samples.errors;
    ++m_total;
}

QVector<LatencyStats::Summary> LatencyStats::summaries()
{
    QVector<Summary> result;
    for (auto it = m_methods.begin(); it != m_methods.end(); ++it) {
        QVector<qint64>& values = it->latencies;
        std::sort(values.begin(), values.end());
        Summary summary;
        summary.method = it.key();
        summary.count = values.size();
        summary.errors = it->errors;
        if (!values.isEmpty()) {
            // Nearest-rank percentiles.
            auto rank = [&](double p) {
                const qsizetype index = qsizetype(p * double(values.size()) + 0.999999) - 1;
                return values.at(qBound<qsizetype>(0, index, values.size() - 1));
            };
            summary.p50Ns = rank(0.50);
            summary.p90Ns = rank(0.90);
            summary.p99Ns = rank(0.99);
            summary.maxNs = values.last();
        }
        result.append(summary);
    }
    return result;
}

QString LatencyStats::formatNs(qint64 ns)
{
    if (ns < 1'000'000)
        return QString::number(double(ns) / 1000.0, 'f', 0) + QStringLiteral("µs");
    if (ns < 1'000'000'000)
        return QString::number(double(ns) / 1'000'000.0, 'f', ns < 10'000'000 ? 2 : 1)
            + QStringLiteral("ms");
    return QString::number(double(ns) / 1'000'000'000.0, 'f', 2) + QStringLiteral("s");
}

} // namespace helpdesk::bench
