// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-fanout-bench (issue 12): the fan-out cost of typing indicators. Against a running
// server it opens --watchers connections (one staff login, resumed with its token on every
// connection, so no password hashing per connection), makes --viewing of them view each of
// --tickets tickets, then a second staff user types on each ticket in turn. Reports, per
// typing push, the time until the last viewer had it, and the server's CPU time per
// delivered push (from /proc/PID/stat). A second phase sends --burst "typing" calls on one
// ticket as fast as they are answered and counts the pushes that reach each viewer (the
// server throttles typing to one per user and ticket every 4 s). A figure, never a pass or
// fail. Start the server with --max-connections-per-address above --watchers.
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unistd.h>

using namespace helpdesk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One connection; requests are answered in order here (one outstanding at a time).
class Peer
{
public:
    explicit Peer(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
    }

    QJsonObject call(const QString& method, const QJsonObject& params)
    {
        const qint64 id = ++m_nextId;
        m_socket.write(encodeFrame(rpc::makeRequest(id, method, params)));
        QElapsedTimer timer;
        timer.start();
        while (!m_responses.contains(id) && timer.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return m_responses.take(id);
    }
    // Sends without waiting; the answer is dropped.
    void post(const QString& method, const QJsonObject& params)
    {
        m_socket.write(encodeFrame(rpc::makeRequest(++m_nextId, method, params)));
    }
    int typingPushes() const { return m_typing; }
    qint64 lastPushNs() const { return m_lastPushNs; }
    void resetCounts()
    {
        m_typing = 0;
        m_lastPushNs = 0;
    }
    static QElapsedTimer clock;

private:
    void read()
    {
        m_reader.append(m_socket.readAll());
        while (m_reader.hasFrame()) {
            const QJsonObject frame = QJsonDocument::fromJson(m_reader.takeFrame()).object();
            if (frame.contains(QLatin1String("id"))) {
                m_responses.insert(frame.value(QLatin1String("id")).toInteger(), frame);
            } else if (frame.value(QLatin1String("method")) == QLatin1String("ticket.activity")
                && frame.value(QLatin1String("params")).toObject().value(QLatin1String("state"))
                    == QLatin1String("typing")) {
                ++m_typing;
                m_lastPushNs = clock.nsecsElapsed();
            }
        }
    }

    QTcpSocket m_socket;
    FrameReader m_reader;
    QHash<qint64, QJsonObject> m_responses;
    qint64 m_nextId = 0;
    int m_typing = 0;
    qint64 m_lastPushNs = 0;
};
QElapsedTimer Peer::clock;

// User + system CPU time of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

QJsonObject activity(qint64 ticket, const char* state)
{
    return QJsonObject { { QStringLiteral("ticketId"), ticket },
        { QStringLiteral("state"), QLatin1String(state) } };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("n"), QStringLiteral("7480"));
    const QCommandLineOption pid(QStringLiteral("server-pid"), QStringLiteral("Server process, for its CPU time."), QStringLiteral("pid"));
    const QCommandLineOption watcher(QStringLiteral("watcher"), QStringLiteral("Login of the viewers."), QStringLiteral("login"), QStringLiteral("agent"));
    const QCommandLineOption typer(QStringLiteral("typer"), QStringLiteral("Login of the one typing."), QStringLiteral("login"), QStringLiteral("agent2"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password of both."), QStringLiteral("pw"));
    const QCommandLineOption watchers(QStringLiteral("watchers"), QStringLiteral("Connected staff sessions."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption viewing(QStringLiteral("viewing"), QStringLiteral("How many of them view the tickets."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption tickets(QStringLiteral("tickets"), QStringLiteral("Tickets typed on, once each."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption burst(QStringLiteral("burst"), QStringLiteral("Typing calls in the throttled phase."), QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({ port, pid, watcher, typer, password, watchers, viewing, tickets, burst });
    parser.process(app);
    const quint16 serverPort = quint16(parser.value(port).toUInt());
    const qint64 serverPid = parser.value(pid).toLongLong();
    const int watcherCount = parser.value(watchers).toInt();
    const int viewingCount = qMin(watcherCount, parser.value(viewing).toInt());
    const int ticketCount = parser.value(tickets).toInt();
    Peer::clock.start();

    auto login = [&](Peer& peer, const QString& name) {
        peer.call(QStringLiteral("hello"), QJsonObject { { QStringLiteral("protocol"), 1 } });
        return peer.call(QStringLiteral("auth.login"),
                       QJsonObject { { QStringLiteral("login"), name },
                           { QStringLiteral("password"), parser.value(password) } })
            .value(QLatin1String("result")).toObject().value(QLatin1String("token")).toString();
    };
    Peer typist(serverPort);
    if (login(typist, parser.value(typer)).isEmpty()) {
        out() << "cannot log in as " << parser.value(typer) << Qt::endl;
        return 1;
    }
    Peer first(serverPort);
    const QString token = login(first, parser.value(watcher));
    std::vector<std::unique_ptr<Peer>> peers;
    for (int i = 0; i < watcherCount; ++i) {
        auto peer = std::make_unique<Peer>(serverPort);
        peer->call(QStringLiteral("hello"), QJsonObject { { QStringLiteral("protocol"), 1 } });
        const QJsonObject resumed = peer->call(QStringLiteral("auth.resume"), QJsonObject { { QStringLiteral("token"), token } });
        if (!resumed.contains(QLatin1String("result"))) {
            out() << "connection " << i << " not resumed: " << QJsonDocument(resumed).toJson(QJsonDocument::Compact) << Qt::endl;
            return 1;
        }
        peers.push_back(std::move(peer));
    }
    QVector<qint64> ticketIds;
    for (int t = 0; t < ticketCount; ++t) {
        ticketIds << typist.call(QStringLiteral("ticket.create"),
                               QJsonObject { { QStringLiteral("subject"), QStringLiteral("Fan-out %1").arg(t) },
                                   { QStringLiteral("body"), QStringLiteral("x") } })
                         .value(QLatin1String("result")).toObject().value(QLatin1String("id")).toInteger();
        for (int i = 0; i < viewingCount; ++i)
            peers[size_t(i)]->call(QStringLiteral("ticket.setActivity"), activity(ticketIds.last(), "viewing"));
        typist.call(QStringLiteral("ticket.setActivity"), activity(ticketIds.last(), "viewing"));
    }
    out() << watcherCount << " connected staff sessions, " << viewingCount << " viewing each of "
          << ticketCount << " tickets" << Qt::endl;

    // Phase 1: one typing push per ticket, fanned out to the viewers.
    QVector<double> fanoutMs;
    const qint64 cpuBefore = serverPid > 0 ? cpuTicks(serverPid) : -1;
    for (const qint64 ticket : ticketIds) {
        for (auto& peer : peers)
            peer->resetCounts();
        const qint64 sent = Peer::clock.nsecsElapsed();
        typist.call(QStringLiteral("ticket.setActivity"), activity(ticket, "typing"));
        QElapsedTimer wait;
        wait.start();
        auto received = [&] {
            return std::count_if(peers.begin(), peers.begin() + viewingCount,
                [](const auto& p) { return p->typingPushes() > 0; });
        };
        while (received() < viewingCount && wait.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        qint64 last = sent;
        for (auto& peer : peers)
            last = qMax(last, peer->lastPushNs());
        fanoutMs << (last - sent) / 1e6;
    }
    const qint64 cpuAfter = serverPid > 0 ? cpuTicks(serverPid) : -1;
    std::sort(fanoutMs.begin(), fanoutMs.end());
    const double pushes = double(viewingCount) * ticketCount;
    // Nearest rank: with 100 tickets or more, p99 is not simply the slowest.
    auto percentile = [&](double p) {
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(fanoutMs.size())));
        return fanoutMs.at(qBound(qsizetype(0), rank - 1, fanoutMs.size() - 1));
    };
    out() << "typing push to all viewers: median " << fanoutMs.at(fanoutMs.size() / 2)
          << " ms, p90 " << percentile(90) << " ms, p99 " << percentile(99) << " ms, max "
          << fanoutMs.last() << " ms over " << fanoutMs.size()
          << " pushes (send to the last viewer's receipt)" << Qt::endl;
    if (cpuBefore >= 0)
        out() << "server CPU per delivered push: "
              << (cpuAfter - cpuBefore) * 1e6 / sysconf(_SC_CLK_TCK) / pushes << " µs ("
              << (cpuAfter - cpuBefore) * 1000 / sysconf(_SC_CLK_TCK) << " ms for " << pushes
              << " pushes, ticket.setActivity calls included)" << Qt::endl;

    // Phase 2: a burst of typing calls on one (fresh) ticket: the throttle keeps it to one.
    const qint64 ticket = ticketIds.first();
    typist.call(QStringLiteral("ticket.setActivity"), activity(ticket, "left"));
    QTimer::singleShot(4100, &app, &QCoreApplication::quit); // past the 4 s throttle
    app.exec();
    for (auto& peer : peers)
        peer->resetCounts();
    const int burstCount = parser.value(burst).toInt();
    const qint64 cpuBurst = serverPid > 0 ? cpuTicks(serverPid) : -1;
    QElapsedTimer burstTimer;
    burstTimer.start();
    for (int i = 0; i < burstCount; ++i)
        typist.call(QStringLiteral("ticket.setActivity"), activity(ticket, "typing"));
    const qint64 burstMs = burstTimer.elapsed();
    QTimer::singleShot(1000, &app, &QCoreApplication::quit);
    app.exec();
    int delivered = 0;
    for (auto& peer : peers)
        delivered += peer->typingPushes();
    out() << burstCount << " typing calls in " << burstMs << " ms: " << delivered
          << " typing pushes delivered to " << viewingCount << " viewers";
    if (cpuBurst >= 0)
        out() << ", server CPU " << (cpuTicks(serverPid) - cpuBurst) * 1000 / sysconf(_SC_CLK_TCK) << " ms";
    out() << Qt::endl;
    return 0;
}
