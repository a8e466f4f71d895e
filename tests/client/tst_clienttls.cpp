// SPDX-License-Identifier: GPL-3.0-or-later
// The client's side of TLS: addresses typed as tls://host:port, a server with a self-signed
// certificate reached when (and only when) the client trusts it, and the session working over
// it (login, a list, a push).
#include "selfsignedcertificate.h"
#include "serveraddress.h"
#include "clientharness.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

class TestClientTls : public QObject
{
    Q_OBJECT
private slots:
    void parsesAddresses_data();
    void parsesAddresses();
    void initTestCase();
    void trustedCertificateLogsIn();
    void untrustedCertificateIsRefused();

private:
    std::unique_ptr<Connection> connectTls(bool trust);

    QTemporaryDir m_keys;
    TestServer m_server;
};

void TestClientTls::parsesAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("host") << "helpdesk.example.com" << true << "helpdesk.example.com" << 7480
                          << false << "helpdesk.example.com:7480";
    QTest::newRow("host:port") << " 10.0.0.5:9000 " << true << "10.0.0.5" << 9000 << false
                               << "10.0.0.5:9000";
    QTest::newRow("tls") << "tls://helpdesk.example.com:7443" << true << "helpdesk.example.com"
                         << 7443 << true << "tls://helpdesk.example.com:7443";
    QTest::newRow("TLS upper case") << "TLS://h:1" << true << "h" << 1 << true << "tls://h:1";
    QTest::newRow("tcp explicit") << "tcp://h:2" << true << "h" << 2 << false << "h:2";
    QTest::newRow("ipv6") << "tls://[::1]:7443" << true << "::1" << 7443 << true
                          << "tls://[::1]:7443";
    QTest::newRow("empty") << "" << false << "" << 0 << false << "";
    QTest::newRow("scheme only") << "tls://" << false << "" << 0 << false << "";
    QTest::newRow("https") << "https://h:1" << false << "" << 0 << false << "";
    QTest::newRow("path") << "h:1/x" << false << "" << 0 << false << "";
    QTest::newRow("user") << "ana@h:1" << false << "" << 0 << false << "";
    QTest::newRow("port 0") << "h:0" << false << "" << 0 << false << "";
    QTest::newRow("port too big") << "h:65536" << false << "" << 0 << false << "";
    QTest::newRow("port not a number") << "h:abc" << false << "" << 0 << false << "";
}

void TestClientTls::parsesAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto address = ServerAddress::parse(text);
    QCOMPARE(address.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, tls);
    QFETCH(QString, canonical);
    QCOMPARE(address->host, host);
    QCOMPARE(int(address->port), port);
    QCOMPARE(address->tls, tls);
    QCOMPARE(address->toString(), canonical);
    const auto again = ServerAddress::parse(address->toString());
    QVERIFY(again && again->host == host && again->port == port && again->tls == tls);
}

void TestClientTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QString error;
    QVERIFY2(helpdesk::test::makeSelfSignedCertificate(m_keys.path(), &error), qPrintable(error));
    m_server.setServeArguments(
        { QStringLiteral("--tls-cert"), m_keys.filePath(QStringLiteral("cert.pem")),
            QStringLiteral("--tls-key"), m_keys.filePath(QStringLiteral("key.pem")) });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::unique_ptr<Connection> TestClientTls::connectTls(bool trust)
{
    auto connection = std::make_unique<Connection>();
    connection->setReconnectDelays(50, 400);
    if (trust) {
        // As helpdesk-client --ca-cert does: the system's CAs plus this certificate.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(
            QSslCertificate::fromPath(m_keys.filePath(QStringLiteral("cert.pem"))));
        connection->setSslConfiguration(configuration);
    }
    const auto address
        = ServerAddress::parse(QStringLiteral("tls://127.0.0.1:%1").arg(m_server.port()));
    connection->connectToServer(address->host, address->port, address->tls);
    connection->login(QStringLiteral("ana"), kDemoPassword);
    return connection;
}

void TestClientTls::trustedCertificateLogsIn()
{
    auto connection = connectTls(true);
    QVERIFY(waitForState(*connection, Connection::State::Ready));
    QVERIFY(connection->usesTls());
    const CallResult list
        = callSync(*connection, QStringLiteral("ticket.list"), { { QStringLiteral("limit"), 5 } });
    QVERIFY(list.ok());
    QVERIFY(list.result[QStringLiteral("total")].toInteger() > 0);

    // Pushes come over TLS too: another session's change reaches this one.
    auto other = connectTls(true);
    QVERIFY(waitForState(*other, Connection::State::Ready));
    QSignalSpy changed(connection.get(), &Connection::ticketChanged);
    const Ticket created = createTicket(*other, QStringLiteral("Over TLS"));
    QVERIFY(created.id.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                 [&](const QList<QVariant>& args) {
                                     return args.at(0).value<Ticket>().id == created.id;
                                 }),
        10000);
}

void TestClientTls::untrustedCertificateIsRefused()
{
    auto connection = std::make_unique<Connection>();
    QSignalSpy errors(connection.get(), &Connection::errorOccurred);
    QSignalSpy states(connection.get(), &Connection::stateChanged);
    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port(), true);
    connection->login(QStringLiteral("ana"), kDemoPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    QTRY_COMPARE(connection->state(), Connection::State::Disconnected);
    for (const QList<QVariant>& args : std::as_const(states))
        QVERIFY(args.at(0).value<Connection::State>() != Connection::State::Ready);
    // The sentence says what went wrong (Qt's certificate error), not just "failed".
    const QString text = errors.first().at(0).toString();
    QVERIFY2(text.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(text));
}

QTEST_MAIN(TestClientTls)
#include "tst_clienttls.moc"
