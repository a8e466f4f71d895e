// SPDX-License-Identifier: GPL-3.0-or-later
// A session that reads slower than changes arrive (issue 17; docs/protocol.md "Pushes"): its
// waiting output stays bounded — per session (--push-backlog-bytes) and for all sessions
// together (--output-budget-bytes) — pushes beyond it are dropped, and once it has caught up
// it gets a sync.required "too-slow", stays logged in and answers calls. The slow reader is
// a plain POSIX socket with a small receive buffer that the test does not read from while a
// colleague writes replies of 16 KiB.
#include "testclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace helpdesk::test;

namespace {

// A client socket the test reads only when it wants to.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 8 * 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~RawClient() { ::close(m_fd); }

    bool connected() const { return m_connected; }

    void send(const QJsonObject& frame)
    {
        const QByteArray bytes = QJsonDocument(frame).toJson(QJsonDocument::Compact) + '\n';
        QCOMPARE(::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL), ssize_t(bytes.size()));
    }

    // Frames that arrive within `ms` of silence; reads everything waiting.
    QList<QJsonObject> read(int ms)
    {
        for (;;) {
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, ms) <= 0)
                break;
            char buffer[65536];
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            m_pending.append(buffer, int(got));
        }
        QList<QJsonObject> frames;
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            frames << QJsonDocument::fromJson(m_pending.left(newline)).object();
            m_pending.remove(0, newline + 1);
        }
        return frames;
    }

    // The reply to request `id`, reading for at most `ms`.
    QJsonObject reply(int id, int ms = 10'000)
    {
        for (int waited = 0; waited < ms; waited += 200) {
            for (const QJsonObject& frame : read(200)) {
                if (frame.value(QLatin1String("id")).toInt() == id)
                    return frame;
            }
        }
        return {};
    }

private:
    int m_fd = -1;
    bool m_connected = false;
    QByteArray m_pending;
};

QJsonObject request(int id, const char* method, const QJsonObject& params)
{
    return { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
        { QStringLiteral("method"), QString::fromLatin1(method) }, { QStringLiteral("params"), params } };
}

} // namespace

class TestSlowReader : public QObject
{
    Q_OBJECT

private slots:
    void slowReaderIsToldToResync_data();
    void slowReaderIsToldToResync();
};

void TestSlowReader::slowReaderIsToldToResync_data()
{
    QTest::addColumn<QStringList>("limits");
    QTest::newRow("the session's backlog")
        << QStringList { QStringLiteral("--push-backlog-bytes"), QStringLiteral("65536") };
    QTest::newRow("all sessions' budget")
        << QStringList { QStringLiteral("--output-budget-bytes"), QStringLiteral("1048576") };
}

void TestSlowReader::slowReaderIsToldToResync()
{
    QFETCH(QStringList, limits);
    TestServer server;
    TestServer::Options options;
    options.extraArguments = limits;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    auto writer = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    QVERIFY(writer);
    const qint64 ticket = idOf(resultOf(writer->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Backups fail") },
            { QStringLiteral("body"), QStringLiteral("Every night since Monday.") },
            { QStringLiteral("customerId"), kAcme } })));

    RawClient slow(server.port());
    QVERIFY(slow.connected());
    slow.send(request(1, "hello", QJsonObject { { QStringLiteral("protocol"), 1 } }));
    QVERIFY(!slow.reply(1).isEmpty());
    slow.send(request(2, "auth.login",
        QJsonObject { { QStringLiteral("login"), QStringLiteral("agent2") }, { QStringLiteral("password"), kPassword } }));
    QVERIFY2(slow.reply(2).contains(QLatin1String("result")), "agent2 logged in");

    // Replies of 16 KiB, pushed to a session that reads none of them, until the server drops
    // its pushes: the kernel's socket buffers take the first few MiB (pushes are handed to the
    // kernel as they are made), then the waiting output grows past the limit. 600 replies are
    // about 10 MiB: more than Linux lets a socket buffer (tcp_wmem's 4 MiB at most).
    const QString body = QString(16 * 1024, QLatin1Char('x'));
    int sent = 0;
    while (sent < 600 && !server.log().contains("pushes dropped until it catches up")) {
        HD_EXPECT_OK(writer->call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body } }));
        ++sent;
    }
    QVERIFY2(server.log().contains("pushes dropped until it catches up"), "the server noticed");
    // Some more while it is behind: none of them is queued for it.
    for (int i = 0; i < 20; ++i, ++sent)
        HD_EXPECT_OK(writer->call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body } }));

    // Reading again: what was queued, a sync.required, and the session still answers.
    int messages = 0, syncs = 0;
    QList<QJsonObject> frames;
    for (int waited = 0; waited < 30'000 && syncs == 0; waited += 500) {
        const QList<QJsonObject> more = slow.read(500);
        frames << more;
        for (const QJsonObject& frame : more)
            syncs += frame.value(QLatin1String("method")).toString() == QLatin1String("sync.required");
    }
    // The kernel's socket buffers take some of the queue while the writer goes on, so the
    // session can catch up and fall behind again before the writes end: one sync.required
    // each time, each after a gap.
    frames << slow.read(500);
    syncs = 0;
    for (const QJsonObject& frame : frames) {
        const QString method = frame.value(QLatin1String("method")).toString();
        if (method == QLatin1String("message.added"))
            ++messages;
        if (method == QLatin1String("sync.required")) {
            ++syncs;
            QCOMPARE(frame.value(QLatin1String("params")).toObject().value(QLatin1String("reason")).toString(),
                QStringLiteral("too-slow"));
        }
    }
    QVERIFY2(syncs >= 1, "told to re-read");
    QVERIFY2(messages > 0 && messages < sent, qPrintable(QStringLiteral("%1 of %2").arg(messages).arg(sent)));
    slow.send(request(3, "ticket.get", QJsonObject { { QStringLiteral("id"), ticket } }));
    const QJsonObject got = slow.reply(3);
    QVERIFY2(got.value(QLatin1String("result")).toObject().contains(QLatin1String("ticket")),
        QJsonDocument(got).toJson().constData());

    // Caught up: the next change reaches it again.
    HD_EXPECT_OK(writer->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), QStringLiteral("Fixed.") } }));
    bool told = false;
    for (int waited = 0; waited < 5000 && !told; waited += 200) {
        for (const QJsonObject& frame : slow.read(200))
            told = told || frame.value(QLatin1String("method")).toString() == QLatin1String("message.added");
    }
    QVERIFY(told);
}

QTEST_GUILESS_MAIN(TestSlowReader)
#include "tst_slowreader.moc"
