// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-bench: concurrent clients against a helpdesk-server on 127.0.0.1, reporting
// throughput and latency percentiles per method.
#include "loadrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using namespace helpdesk::bench;

namespace {

constexpr int kMaxClients = 1000;
constexpr double kMaxDurationSeconds = 3600;
constexpr qint64 kMaxRequests = 50'000'000; // every latency is kept in memory

volatile std::sig_atomic_t s_stopRequested = 0;

void requestStop(int)
{
    s_stopRequested = 1;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int usageError(const QString& message)
{
    QTextStream(stderr) << "helpdesk-bench: " << message << "\n";
    return 2;
}

void report(LoadRunner& runner, bool row, const QString& label)
{
    const double seconds = runner.measuredSeconds();
    const LoadRunner::Options& options = runner.options();
    const QVector<LatencyStats::Summary> summaries = runner.stats().summaries();
    if (row) {
        // One Markdown table row per method: scenario | clients | req/s | p50 | p90 | p99 | max |
        // errors
        for (const LatencyStats::Summary& s : summaries) {
            out() << "| " << label << " | " << options.clients << " | "
                  << QString::number(double(s.count) / seconds, 'f', 0) << " | "
                  << LatencyStats::formatNs(s.p50Ns) << " | " << LatencyStats::formatNs(s.p90Ns)
                  << " | " << LatencyStats::formatNs(s.p99Ns) << " | "
                  << LatencyStats::formatNs(s.maxNs) << " | " << s.errors << " |" << Qt::endl;
        }
        return;
    }
    out() << "scenario " << label << ", " << options.clients << " client(s), measured "
          << QString::number(seconds, 'f', 2) << " s after " << options.warmupSeconds
          << " s warm-up" << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(QStringLiteral("method"), -14)
                 .arg(QStringLiteral("count"), 9)
                 .arg(QStringLiteral("errors"), 7)
                 .arg(QStringLiteral("req/s"), 9)
                 .arg(QStringLiteral("p50"), 9)
                 .arg(QStringLiteral("p90"), 9)
                 .arg(QStringLiteral("p99"), 9)
                 .arg(QStringLiteral("max"), 9)
          << Qt::endl;
    for (const LatencyStats::Summary& s : summaries) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(s.method, -14)
                     .arg(s.count, 9)
                     .arg(s.errors, 7)
                     .arg(QString::number(double(s.count) / seconds, 'f', 0), 9)
                     .arg(LatencyStats::formatNs(s.p50Ns), 9)
                     .arg(LatencyStats::formatNs(s.p90Ns), 9)
                     .arg(LatencyStats::formatNs(s.p99Ns), 9)
                     .arg(LatencyStats::formatNs(s.maxNs), 9)
              << Qt::endl;
    }
    out() << "push frames received: " << runner.pushes() << " ("
          << QString::number(double(runner.pushes()) / seconds, 'f', 0) << "/s)" << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator for helpdesk-server on 127.0.0.1 (for data from helpdesk-gen).\n"
        "Scenarios: %1")
                                         .arg(scenarioNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Server port on 127.0.0.1; repeat it to spread the clients round-robin "
                       "over several servers."),
        QStringLiteral("port"), QStringLiteral("7480"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QStringLiteral("What to measure."), QStringLiteral("name"), QStringLiteral("ticket.get"));
    const QCommandLineOption clients(QStringLiteral("clients"),
        QStringLiteral("Concurrent connections."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption duration(QStringLiteral("duration"),
        QStringLiteral("Measured seconds."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption requests(QStringLiteral("requests"),
        QStringLiteral("Stop after this many measured requests (0: duration only)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
        QStringLiteral("Unrecorded seconds before measuring."), QStringLiteral("s"),
        QStringLiteral("1"));
    const QCommandLineOption login(QStringLiteral("login"),
        QStringLiteral("Login pattern; {i} becomes 1..login-pool (e.g. customer{i}.owner)."),
        QStringLiteral("pattern"), QStringLiteral("agent{i}"));
    const QCommandLineOption loginPool(QStringLiteral("login-pool"),
        QStringLiteral("Distinct logins to cycle through."), QStringLiteral("n"),
        QStringLiteral("40"));
    const QCommandLineOption password(QStringLiteral("password"),
        QStringLiteral("Password of the logins."), QStringLiteral("text"), QStringLiteral("bench"));
    const QCommandLineOption rareWord(QStringLiteral("rare-word"),
        QStringLiteral("Query of search-rare."), QStringLiteral("word"), QStringLiteral("quokka"));
    const QCommandLineOption commonWord(QStringLiteral("common-word"),
        QStringLiteral("Query of search-common."), QStringLiteral("word"),
        QStringLiteral("server"));
    const QCommandLineOption deep(QStringLiteral("deep-fraction"),
        QStringLiteral("ticket.list-deep: offset as a fraction of the list."), QStringLiteral("f"),
        QStringLiteral("0.9"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption row(
        QStringLiteral("row"), QStringLiteral("Print one Markdown table row per method."));
    const QCommandLineOption label(QStringLiteral("label"),
        QStringLiteral("Name of the run in the report."), QStringLiteral("text"));
    parser.addOptions({ port, scenario, clients, duration, requests, warmup, login, loginPool,
        password, rareWord, commonWord, deep, seed, row, label });
    parser.process(app);

    LoadRunner::Options options;
    const auto kind = scenarioFromName(parser.value(scenario));
    if (!kind)
        return usageError(
            QStringLiteral("unknown scenario %1; one of %2")
                .arg(parser.value(scenario), scenarioNames().join(QStringLiteral(", "))));
    options.scenario.kind = *kind;
    options.scenario.rareWord = parser.value(rareWord);
    options.scenario.commonWord = parser.value(commonWord);
    options.scenario.deepFraction = qBound(0.0, parser.value(deep).toDouble(), 1.0);
    options.ports.clear();
    for (const QString& value : parser.values(port)) {
        bool ok = false;
        const uint portNumber = value.toUInt(&ok);
        if (!ok || portNumber == 0 || portNumber > 65535)
            return usageError(QStringLiteral("--port wants 1..65535"));
        options.ports << quint16(portNumber);
    }
    options.clients = parser.value(clients).toInt();
    if (options.clients < 1 || options.clients > kMaxClients)
        return usageError(QStringLiteral("--clients wants 1..%1").arg(kMaxClients));
    options.durationSeconds = parser.value(duration).toDouble();
    if (options.durationSeconds <= 0 || options.durationSeconds > kMaxDurationSeconds)
        return usageError(
            QStringLiteral("--duration wants 0..%1 seconds").arg(kMaxDurationSeconds));
    options.maxRequests = parser.value(requests).toLongLong();
    if (options.maxRequests < 0 || options.maxRequests > kMaxRequests)
        return usageError(QStringLiteral("--requests wants 0..%1").arg(kMaxRequests));
    if (options.maxRequests == 0)
        options.maxRequests = kMaxRequests;
    options.warmupSeconds = qBound(0.0, parser.value(warmup).toDouble(), 600.0);
    options.loginPattern = parser.value(login);
    options.loginPool = qMax(1, parser.value(loginPool).toInt());
    options.password = parser.value(password);
    options.seed = parser.value(seed).toULongLong();
    const QString runLabel = parser.isSet(label) ? parser.value(label) : scenarioName(*kind);

    LoadRunner runner(options);
    QObject::connect(
        &runner, &LoadRunner::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    // SIGTERM/SIGINT end the measured window early and still report (scripts stop a
    // background load this way, e.g. the idle sessions of run-benchmarks.sh).
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &runner, [&runner] {
        if (s_stopRequested)
            runner.stop();
    });
    stopPoll.start(100);
    runner.start();
    app.exec();
    if (!runner.succeeded()) {
        QTextStream(stderr) << "helpdesk-bench: " << runner.error() << "\n";
        return 1;
    }
    report(runner, parser.isSet(row), runLabel);
    return 0;
}
