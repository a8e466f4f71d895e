// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-server event bus: payload encoding and parsing (no database), and ClusterBus
// against a real PostgreSQL named by HELPDESK_TEST_PG (a superuser URL); the restart test
// also needs HELPDESK_TEST_PG_CTL, a shell command that restarts that cluster.
#include "cluster/clusterbus.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::server;

namespace {

ClusterEvent changed(qint64 ticket)
{
    return ClusterEvent::ticketChanged(TicketId(ticket));
}

// Payloads another process could put on our channel, none of them ours to accept.
QList<QPair<QString, QString>> malformedPayloads()
{
    return {
        { QStringLiteral("empty"), QString() },
        { QStringLiteral("not JSON"), QStringLiteral("ticket 12 changed") },
        { QStringLiteral("truncated"), QStringLiteral(R"({"s":"abc","e":[["t",1]])") },
        { QStringLiteral("array"), QStringLiteral("[]") },
        { QStringLiteral("empty object"), QStringLiteral("{}") },
        { QStringLiteral("no events"), QStringLiteral(R"({"s":"abc","e":[]})") },
        { QStringLiteral("events not a list"), QStringLiteral(R"({"s":"abc","e":"t"})") },
        { QStringLiteral("instance not a string"), QStringLiteral(R"({"s":7,"e":[["t",1]]})") },
        { QStringLiteral("instance with a quote"),
            QStringLiteral("{\"s\":\"a\\\"b\",\"e\":[[\"t\",1]]}") },
        { QStringLiteral("unknown kind"), QStringLiteral(R"({"s":"abc","e":[["x",1]]})") },
        { QStringLiteral("zero id"), QStringLiteral(R"({"s":"abc","e":[["t",0]]})") },
        { QStringLiteral("negative id"), QStringLiteral(R"({"s":"abc","e":[["t",-4]]})") },
        { QStringLiteral("fractional id"), QStringLiteral(R"({"s":"abc","e":[["t",1.5]]})") },
        { QStringLiteral("id as text"), QStringLiteral(R"({"s":"abc","e":[["t","1"]]})") },
        { QStringLiteral("id past 2^53"),
            QStringLiteral(R"({"s":"abc","e":[["t",9007199254740993]]})") },
        { QStringLiteral("huge id"), QStringLiteral(R"({"s":"abc","e":[["t",1e300]]})") },
        { QStringLiteral("message without id"), QStringLiteral(R"({"s":"abc","e":[["m",1]]})") },
        { QStringLiteral("removal without list"),
            QStringLiteral(R"({"s":"abc","e":[["r",1,2]]})") },
        { QStringLiteral("removal with empty list"),
            QStringLiteral(R"({"s":"abc","e":[["r",1,[]]]})") },
        { QStringLiteral("removal with bad id"),
            QStringLiteral(R"({"s":"abc","e":[["r",1,[2,-3]]]})") },
        { QStringLiteral("announcement without id"), QStringLiteral(R"({"s":"abc","e":[["a"]]})") },
        { QStringLiteral("announcement with extra"), QStringLiteral(R"({"s":"abc","e":[["n",1,2]]})") },
        { QStringLiteral("announcement removal without list"),
            QStringLiteral(R"({"s":"abc","e":[["nr",1]]})") },
        { QStringLiteral("announcement removal with empty list"),
            QStringLiteral(R"({"s":"abc","e":[["nr",1,[]]]})") },
        { QStringLiteral("one bad event among good"),
            QStringLiteral(R"({"s":"abc","e":[["t",1],["t",null],["t",3]]})") },
        { QStringLiteral("deep nesting"), QString(5000, u'[') },
        { QStringLiteral("7999 bytes of junk"), QString(7999, u'x') },
    };
}

QVector<ClusterEvent> allEvents(const QList<QVariant>& signalArguments)
{
    return signalArguments.at(0).value<ClusterBatch>().events;
}

} // namespace

class TestClusterBus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // No database needed.
    void encode_roundTrip();
    void encode_splitsLargeBatches();
    void encode_splitsHugeRemoval();
    void encode_dropsInvalidIds();
    void encode_queuePresenceActivity();
    void parse_rejects_data();
    void parse_rejects();
    void channel_rejected_data();
    void channel_rejected();
    void channel_quoted();
    void config_fromUrl();
    void stop_whileDatabaseUnreachable();

    // Real PostgreSQL.
    void bus_roundTripBetweenTwoServers();
    void bus_rollbackAnnouncesNothing();
    void bus_largeBatchArrivesWhole();
    void bus_malformedPayloadsIgnored();
    void bus_channelQuoting_data();
    void bus_channelQuoting();
    void bus_reconnectsAfterBackendTerminated();
    void bus_reconnectsAfterDatabaseRestart();

private:
    ClusterBusConfig busConfig(const QString& channel = QString()) const;
    // Opens a QPSQL connection of the test's own (as a writer's would be).
    QSqlDatabase openNotifier();
    // pg_notify()s the payloads in one transaction, committed or rolled back.
    void announce(const QString& channel, const QStringList& payloads, bool commit = true);
    static void waitListening(QSignalSpy& listening);
    // The bus's backends in pg_stat_activity; with terminate, ends them (pg_terminate_backend).
    int backendsOf(const ClusterBus& bus, bool terminate = false);

    std::optional<ClusterBusConfig> m_pg;
    QString m_channel; // unique per run: runs sharing a cluster do not hear each other
    int m_notifierCount = 0;
};

#define REQUIRE_PG()                                                                               \
    do {                                                                                           \
        if (!m_pg)                                                                                 \
            QSKIP("HELPDESK_TEST_PG is not set (e.g. postgres://postgres@127.0.0.1:5432/"          \
                  "postgres): no PostgreSQL to test against");                                     \
    } while (false)

void TestClusterBus::initTestCase()
{
    m_channel = QStringLiteral("helpdesk_test_%1").arg(newClusterInstanceId());
    const QString url = qEnvironmentVariable("HELPDESK_TEST_PG");
    if (url.isEmpty())
        return;
    m_pg = clusterBusConfigFromUrl(QUrl(url));
    QVERIFY2(m_pg, "HELPDESK_TEST_PG is not a postgres:// URL");
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
        "the QPSQL driver is missing (libqt6sql6-psql)");
}

void TestClusterBus::cleanup()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

ClusterBusConfig TestClusterBus::busConfig(const QString& channel) const
{
    ClusterBusConfig config = *m_pg;
    config.channel = channel.isEmpty() ? m_channel : channel;
    return config;
}

QSqlDatabase TestClusterBus::openNotifier()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QPSQL"), QStringLiteral("notifier-%1").arg(++m_notifierCount));
    db.setHostName(m_pg->host);
    db.setPort(m_pg->port);
    db.setDatabaseName(m_pg->database);
    db.setUserName(m_pg->user);
    db.setPassword(m_pg->password);
    if (!db.open())
        qWarning() << "cannot open the notifier connection:" << db.lastError().text();
    return db;
}

void TestClusterBus::announce(const QString& channel, const QStringList& payloads, bool commit)
{
    QSqlDatabase db = openNotifier();
    QVERIFY(db.isOpen());
    QVERIFY(db.transaction());
    QString error;
    QVERIFY2(notifyCluster(db, channel, payloads, &error), qPrintable(error));
    if (commit)
        QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
    else
        QVERIFY(db.rollback());
    db.close();
}

void TestClusterBus::waitListening(QSignalSpy& listening)
{
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() >= 1, 5000);
}

int TestClusterBus::backendsOf(const ClusterBus& bus, bool terminate)
{
    QSqlDatabase db = openNotifier();
    int count = -1;
    {
        QSqlQuery query(db);
        query.prepare(terminate ? QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                                 "pg_stat_activity WHERE application_name = ?")
                                : QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                 "application_name = ?"));
        query.addBindValue(clusterApplicationName(bus.instanceId()));
        if (query.exec() && query.next())
            count = query.value(0).toInt();
        else
            qWarning() << "pg_stat_activity:" << query.lastError().text();
    }
    db.close();
    return count;
}

void TestClusterBus::encode_roundTrip()
{
    const QVector<ClusterEvent> events { changed(7),
        ClusterEvent::messageAdded(TicketId(7), MessageId(9001)),
        ClusterEvent::ticketRemoved(TicketId(7), { CustomerId(3), CustomerId(4) }),
        changed(9007199254740991), ClusterEvent::announcementChanged(AnnouncementId(5)),
        ClusterEvent::announcementRemoved(AnnouncementId(5), { CustomerId(2) }) };
    const QStringList payloads = encodeClusterPayloads(QStringLiteral("abc123"), events);
    QCOMPARE(payloads.size(), 1);
    QCOMPARE(payloads.first(),
        QStringLiteral(
            R"({"s":"abc123","e":[["t",7],["m",7,9001],["r",7,[3,4]],["t",9007199254740991],["n",5],["nr",5,[2]]]})"));
    QString error;
    const std::optional<ClusterBatch> batch = parseClusterPayload(payloads.first(), &error);
    QVERIFY2(batch, qPrintable(error));
    QCOMPARE(batch->instance, QStringLiteral("abc123"));
    QVERIFY(batch->events == events);
    QVERIFY(encodeClusterPayloads(QStringLiteral("abc123"), {}).isEmpty());
}

void TestClusterBus::encode_splitsLargeBatches()
{
    QVector<ClusterEvent> events;
    for (qint64 i = 1; i <= 5000; ++i)
        events << ClusterEvent::messageAdded(TicketId(1'000'000'000 + i), MessageId(i * 1000));
    const QString instance = newClusterInstanceId();
    const QStringList payloads = encodeClusterPayloads(instance, events);
    QVERIFY(payloads.size() > 1);
    QVector<ClusterEvent> decoded;
    for (const QString& payload : payloads) {
        QVERIFY2(payload.toUtf8().size() < 8000, qPrintable(QString::number(payload.size())));
        // Splitting fills payloads rather than cutting them into crumbs.
        if (&payload != &payloads.last())
            QVERIFY(payload.size() > kMaxClusterPayloadBytes - 100);
        const std::optional<ClusterBatch> batch = parseClusterPayload(payload);
        QVERIFY(batch);
        QCOMPARE(batch->instance, instance);
        decoded += batch->events;
    }
    QVERIFY(decoded == events);
}

void TestClusterBus::encode_splitsHugeRemoval()
{
    QVector<CustomerId> customers;
    for (qint64 i = 1; i <= 5000; ++i)
        customers << CustomerId(9'000'000'000'000'000 + i);
    const QStringList payloads = encodeClusterPayloads(QStringLiteral("x"),
        { changed(1), ClusterEvent::ticketRemoved(TicketId(42), customers), changed(2) });
    QVERIFY(payloads.size() > 1);
    QVector<ClusterEvent> decoded;
    for (const QString& payload : payloads) {
        QVERIFY(payload.size() < 8000);
        const std::optional<ClusterBatch> batch = parseClusterPayload(payload);
        QVERIFY(batch);
        decoded += batch->events;
    }
    QCOMPARE(decoded.first(), changed(1));
    QCOMPARE(decoded.last(), changed(2));
    QVector<CustomerId> rejoined;
    for (qsizetype i = 1; i < decoded.size() - 1; ++i) {
        QCOMPARE(decoded[i].kind, ClusterEvent::Kind::TicketRemoved);
        QCOMPARE(decoded[i].ticket, TicketId(42));
        rejoined += decoded[i].formerCustomers;
    }
    QVERIFY(rejoined == customers);
}

void TestClusterBus::encode_dropsInvalidIds()
{
    const QStringList payloads = encodeClusterPayloads(QStringLiteral("x"),
        { changed(0), ClusterEvent::messageAdded(TicketId(1), MessageId()),
            ClusterEvent::ticketRemoved(TicketId(1), {}), changed(5) });
    QCOMPARE(payloads, QStringList { QStringLiteral(R"({"s":"x","e":[["t",5]]})") });
    QVERIFY(encodeClusterPayloads(QStringLiteral("bad\"instance"), { changed(1) }).isEmpty());
}

// Issue 12: queues, presence and viewing/typing travel as ids too, in the documented form.
void TestClusterBus::encode_queuePresenceActivity()
{
    const QVector<ClusterEvent> events { ClusterEvent::queueChanged(QueueId(4)),
        ClusterEvent::presenceChanged(UserId(7)), ClusterEvent::activity(TicketId(12), UserId(7), 3) };
    const QStringList payloads = encodeClusterPayloads(QStringLiteral("x"), events);
    QCOMPARE(payloads,
        QStringList { QStringLiteral(R"({"s":"x","e":[["q",4],["p",7],["a",12,7,3]]})") });
    const auto batch = parseClusterPayload(payloads.first());
    QVERIFY(batch);
    QVERIFY(batch->events == events);
    // A state outside 1..3 is not encoded, and not accepted either.
    QVERIFY(encodeClusterPayloads(QStringLiteral("x"), { ClusterEvent::activity(TicketId(1), UserId(1), 4) }).isEmpty());
    QVERIFY(!parseClusterPayload(QStringLiteral(R"({"s":"x","e":[["a",12,7,4]]})")));
    QVERIFY(!parseClusterPayload(QStringLiteral(R"({"s":"x","e":[["q",0]]})")));
}

void TestClusterBus::parse_rejects_data()
{
    QTest::addColumn<QString>("payload");
    for (const auto& [name, payload] : malformedPayloads())
        QTest::newRow(qPrintable(name)) << payload;
    QTest::newRow("8000 bytes") << QString(8000, u'x');
}

void TestClusterBus::parse_rejects()
{
    QFETCH(QString, payload);
    QString error;
    QVERIFY(!parseClusterPayload(payload, &error));
    QVERIFY(!error.isEmpty());
}

void TestClusterBus::channel_rejected_data()
{
    QTest::addColumn<QString>("channel");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << QStringLiteral("helpdesk.events");
    QTest::newRow("leading quote") << QStringLiteral("\"helpdesk");
    QTest::newRow("trailing quote") << QStringLiteral("helpdesk\"");
    QTest::newRow("64 characters") << QString(64, u'c');
    QTest::newRow("non-ASCII") << QStringLiteral("événements");
    QTest::newRow("tab") << QStringLiteral("help\tdesk");
}

void TestClusterBus::channel_rejected()
{
    QFETCH(QString, channel);
    QVERIFY(!isValidClusterChannel(channel));
    ClusterBusConfig config;
    config.channel = channel;
    ClusterBus bus(config);
    QString error;
    QVERIFY(!bus.start(&error));
    QVERIFY2(error.contains(QStringLiteral("channel")), qPrintable(error));
    QVERIFY(!bus.isRunning());
}

void TestClusterBus::channel_quoted()
{
    QCOMPARE(quotedClusterChannel(QStringLiteral("helpdesk_events")),
        QStringLiteral("\"helpdesk_events\""));
    QCOMPARE(quotedClusterChannel(QStringLiteral("say \"hi\" now")),
        QStringLiteral("\"say \"\"hi\"\" now\""));
    QVERIFY(isValidClusterChannel(QString(kMaxClusterChannelBytes, u'c')));
    QVERIFY(isValidClusterChannel(QStringLiteral("say \"hi\" now")));
}

void TestClusterBus::config_fromUrl()
{
    const auto config = clusterBusConfigFromUrl(
        QUrl(QStringLiteral("postgres://helpdesk:s%40cret@db.example:6543/desk?channel=ev%20x")));
    QVERIFY(config);
    QCOMPARE(config->host, QStringLiteral("db.example"));
    QCOMPARE(config->port, 6543);
    QCOMPARE(config->user, QStringLiteral("helpdesk"));
    QCOMPARE(config->password, QStringLiteral("s@cret"));
    QCOMPARE(config->database, QStringLiteral("desk"));
    QCOMPARE(config->channel, QStringLiteral("ev x"));
    const auto plain = clusterBusConfigFromUrl(QUrl(QStringLiteral("postgresql://h/d")));
    QVERIFY(plain);
    QCOMPARE(plain->port, 5432);
    QCOMPARE(plain->channel, QString(kDefaultClusterChannel));
    QVERIFY(!clusterBusConfigFromUrl(QUrl(QStringLiteral("sqlite:///tmp/x.db"))));
}

void TestClusterBus::stop_whileDatabaseUnreachable()
{
    // A port nobody listens on: every connect is refused, the bus keeps retrying.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    ClusterBusConfig config;
    config.port = port;
    config.database = QStringLiteral("postgres");
    config.user = QStringLiteral("postgres");
    config.password = QStringLiteral("never-logged");
    ClusterBus bus(config);
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy lost(&bus, &ClusterBus::connectionLost);
    QVERIFY(bus.start());
    QVERIFY(bus.isRunning());
    QTest::qWait(1500); // several retries
    QVERIFY(bus.isRunning());
    QElapsedTimer timer;
    timer.start();
    bus.stop();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!bus.isRunning());
    QCOMPARE(listening.count(), 0);
    QCOMPARE(lost.count(), 0); // never connected, so nothing was lost
    bus.stop(); // twice is harmless
}

void TestClusterBus::bus_roundTripBetweenTwoServers()
{
    REQUIRE_PG();
    ClusterBus a(busConfig());
    ClusterBus b(busConfig());
    QVERIFY(a.instanceId() != b.instanceId());
    QSignalSpy aListening(&a, &ClusterBus::listening);
    QSignalSpy bListening(&b, &ClusterBus::listening);
    QSignalSpy aReceived(&a, &ClusterBus::eventsReceived);
    QSignalSpy bReceived(&b, &ClusterBus::eventsReceived);
    QVERIFY(a.start());
    QVERIFY(b.start());
    waitListening(aListening);
    waitListening(bListening);

    // Server A commits a reply: B pushes it within a second, A skips its own announcement.
    const QVector<ClusterEvent> fromA { ClusterEvent::messageAdded(TicketId(5), MessageId(77)),
        changed(5) };
    QElapsedTimer timer;
    timer.start();
    announce(m_channel, encodeClusterPayloads(a.instanceId(), fromA));
    QTRY_COMPARE_WITH_TIMEOUT(bReceived.count(), 1, 1000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    qInfo() << "connect, notify, commit and receipt took" << timer.elapsed() << "ms";
    QCOMPARE(bReceived.first().at(0).value<ClusterBatch>().instance, a.instanceId());
    QVERIFY(allEvents(bReceived.first()) == fromA);

    // Then B commits: A receives it, and since notifications arrive in commit order, A would
    // have had its own announcement first had it not skipped it.
    const QVector<ClusterEvent> fromB { ClusterEvent::ticketRemoved(
        TicketId(5), { CustomerId(2) }) };
    announce(m_channel, encodeClusterPayloads(b.instanceId(), fromB));
    QTRY_COMPARE_WITH_TIMEOUT(aReceived.count(), 1, 1000);
    QVERIFY(allEvents(aReceived.first()) == fromB);
    QTest::qWait(100);
    QCOMPARE(bReceived.count(), 1);
    QCOMPARE(aListening.count(), 1);

    // stop() closes the listening connection: its backend goes away.
    QCOMPARE(backendsOf(a), 1);
    a.stop();
    QTRY_COMPARE_WITH_TIMEOUT(backendsOf(a), 0, 2000);
    QCOMPARE(backendsOf(b), 1);
}

void TestClusterBus::bus_rollbackAnnouncesNothing()
{
    REQUIRE_PG();
    ClusterBus bus(busConfig());
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy received(&bus, &ClusterBus::eventsReceived);
    QVERIFY(bus.start());
    waitListening(listening);
    const QString other = newClusterInstanceId();
    announce(m_channel, encodeClusterPayloads(other, { changed(1) }), false);
    announce(m_channel, encodeClusterPayloads(other, { changed(2) }), true);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 1000);
    QVERIFY(allEvents(received.first()) == QVector<ClusterEvent> { changed(2) });
}

void TestClusterBus::bus_largeBatchArrivesWhole()
{
    REQUIRE_PG();
    ClusterBus bus(busConfig());
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy received(&bus, &ClusterBus::eventsReceived);
    QVERIFY(bus.start());
    waitListening(listening);

    QVector<ClusterEvent> events;
    for (qint64 i = 1; i <= 5000; ++i) {
        switch (i % 3) {
        case 0:
            events << changed(i);
            break;
        case 1:
            events << ClusterEvent::messageAdded(TicketId(i), MessageId(i * 7));
            break;
        default:
            events << ClusterEvent::ticketRemoved(
                TicketId(i), { CustomerId(i), CustomerId(i + 1) });
        }
    }
    const QStringList payloads = encodeClusterPayloads(newClusterInstanceId(), events);
    QVERIFY(payloads.size() > 1);
    for (const QString& payload : payloads)
        QVERIFY(payload.toUtf8().size() < 8000);
    announce(m_channel, payloads);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), payloads.size(), 5000);
    QVector<ClusterEvent> arrived;
    for (const QList<QVariant>& arguments : received)
        arrived += allEvents(arguments);
    QVERIFY(arrived == events);
}

void TestClusterBus::bus_malformedPayloadsIgnored()
{
    REQUIRE_PG();
    ClusterBus bus(busConfig());
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy received(&bus, &ClusterBus::eventsReceived);
    QSignalSpy rejected(&bus, &ClusterBus::payloadRejected);
    QVERIFY(bus.start());
    waitListening(listening);

    // Sent by hand, as anyone with access to the database could; a good one last.
    const QList<QPair<QString, QString>> bad = malformedPayloads();
    QStringList payloads;
    for (const auto& row : bad)
        payloads << row.second;
    payloads << encodeClusterPayloads(QStringLiteral("sender"), { changed(11) });
    announce(m_channel, payloads);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 2000);
    QCOMPARE(rejected.count(), bad.size()); // delivered in order: every bad one came first
    QVERIFY(allEvents(received.first()) == QVector<ClusterEvent> { changed(11) });
    QCOMPARE(listening.count(), 1); // no reconnect
}

void TestClusterBus::bus_channelQuoting_data()
{
    QTest::addColumn<QString>("channel");
    QTest::newRow("plain") << QStringLiteral("helpdesk_plain");
    QTest::newRow("mixed case") << QStringLiteral("HelpDesk_Events");
    QTest::newRow("space") << QStringLiteral("helpdesk events");
    QTest::newRow("embedded quotes") << QStringLiteral("say \"hi\" now");
    QTest::newRow("SQL-ish") << QStringLiteral("x; DROP TABLE t; --");
    QTest::newRow("63 characters") << QString(63, u'Q');
}

void TestClusterBus::bus_channelQuoting()
{
    REQUIRE_PG();
    QFETCH(QString, channel);
    ClusterBus bus(busConfig(channel));
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy received(&bus, &ClusterBus::eventsReceived);
    QVERIFY(bus.start());
    waitListening(listening);
    // An unquoted LISTEN would fold the name to lower case and hear the wrong channel.
    if (channel.toLower() != channel)
        announce(channel.toLower(), encodeClusterPayloads(QStringLiteral("lower"), { changed(1) }));
    announce(channel, encodeClusterPayloads(QStringLiteral("exact"), { changed(2) }));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 1000);
    QCOMPARE(received.first().at(0).value<ClusterBatch>().instance, QStringLiteral("exact"));
}

void TestClusterBus::bus_reconnectsAfterBackendTerminated()
{
    REQUIRE_PG();
    ClusterBus bus(busConfig());
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy lost(&bus, &ClusterBus::connectionLost);
    QSignalSpy resync(&bus, &ClusterBus::resyncNeeded);
    QSignalSpy received(&bus, &ClusterBus::eventsReceived);
    QVERIFY(bus.start());
    waitListening(listening);

    // What an administrator's pg_terminate_backend or a failover does to the connection.
    QCOMPARE(backendsOf(bus, true), 1);
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 5000);
    qInfo() << "listening again" << timer.elapsed() << "ms after the backend was terminated";
    QCOMPARE(lost.count(), 1);
    QCOMPARE(listening.count(), 2);
    QCOMPARE(backendsOf(bus), 1);

    announce(m_channel, encodeClusterPayloads(QStringLiteral("after"), { changed(4) }));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 1000);
    QVERIFY(allEvents(received.first()) == QVector<ClusterEvent> { changed(4) });
}

void TestClusterBus::bus_reconnectsAfterDatabaseRestart()
{
    REQUIRE_PG();
    const QString restart = qEnvironmentVariable("HELPDESK_TEST_PG_CTL");
    if (restart.isEmpty())
        QSKIP("HELPDESK_TEST_PG_CTL is not set (a shell command that restarts the "
              "HELPDESK_TEST_PG cluster, e.g. 'pg_ctl -D DIR -l LOGFILE restart -m fast')");
    ClusterBus bus(busConfig());
    QSignalSpy listening(&bus, &ClusterBus::listening);
    QSignalSpy lost(&bus, &ClusterBus::connectionLost);
    QSignalSpy resync(&bus, &ClusterBus::resyncNeeded);
    QSignalSpy received(&bus, &ClusterBus::eventsReceived);
    QVERIFY(bus.start());
    waitListening(listening);
    QCOMPARE(resync.count(), 0);

    // Output to a file, not a pipe: a postmaster started without -l keeps its stdout open.
    QTemporaryFile output;
    QVERIFY(output.open());
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.setStandardOutputFile(output.fileName());
    ctl.setStandardInputFile(QProcess::nullDevice());
    ctl.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), restart });
    QVERIFY(ctl.waitForFinished(60'000));
    const bool restarted = ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
    QVERIFY2(restarted, output.readAll().constData());
    QElapsedTimer sinceRestart;
    sinceRestart.start();

    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(resync.count() >= 1, 5000);
    qInfo() << "listening again" << sinceRestart.elapsed() << "ms after the restart finished";
    QCOMPARE(listening.count(), 2);
    QCOMPARE(lost.count(), 1);
    QCOMPARE(received.count(), 0);

    announce(m_channel, encodeClusterPayloads(QStringLiteral("after"), { changed(3) }));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 1000);
    QVERIFY(allEvents(received.first()) == QVector<ClusterEvent> { changed(3) });
}

QTEST_GUILESS_MAIN(TestClusterBus)
#include "tst_clusterbus.moc"
