// SPDX-License-Identifier: GPL-3.0-or-later
// With --tls-cert/--tls-key the server speaks the same protocol inside TLS (QSslServer): a
// client that completes the handshake logs in and works; one that speaks plain TCP gets
// nothing served.
#include "selfsignedcertificate.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;

namespace {

QJsonObject call(QSslSocket& socket, int id, const QString& method, const QJsonObject& params)
{
    const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } };
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    for (int i = 0; i < 100 && !socket.canReadLine(); ++i)
        socket.waitForReadyRead(100);
    while (socket.canReadLine()) {
        const QJsonObject frame = QJsonDocument::fromJson(socket.readLine()).object();
        if (frame.value(QLatin1String("id")).toInt() == id)
            return frame;
    }
    return {};
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginOverTls();
    void plainTcpIsNotServed();

private:
    QTemporaryDir m_keys;
    TestServer m_server;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QString error;
    QVERIFY2(helpdesk::test::makeSelfSignedCertificate(m_keys.path(), &error), qPrintable(error));
    TestServer::Options options;
    options.tlsCertificate = m_keys.filePath(QStringLiteral("cert.pem"));
    options.tlsKey = m_keys.filePath(QStringLiteral("key.pem"));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestTls::loginOverTls()
{
    QSslSocket socket;
    // The test trusts exactly the certificate it made.
    const auto certificates
        = QSslCertificate::fromPath(m_keys.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(certificates.size(), 1);
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(certificates);
    socket.setSslConfiguration(configuration);
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket.ignoreSslErrors({ QSslError(QSslError::HostNameMismatch, certificates.first()) });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    const QJsonObject hello
        = call(socket, 1, QStringLiteral("hello"), { { QStringLiteral("protocol"), 1 } });
    QVERIFY2(hello.contains(QLatin1String("result")), QJsonDocument(hello).toJson().constData());
    const QJsonObject login = call(socket, 2, QStringLiteral("auth.login"),
        { { QStringLiteral("login"), QStringLiteral("agent") },
            { QStringLiteral("password"), kPassword } });
    QVERIFY2(login.contains(QLatin1String("result")), QJsonDocument(login).toJson().constData());
    const QJsonObject list = call(socket, 3, QStringLiteral("ticket.list"), {});
    QVERIFY(list.value(QLatin1String("result")).toObject().contains(QLatin1String("total")));
}

void TestTls::plainTcpIsNotServed()
{
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(plain.waitForConnected(5000));
    plain.write(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":1}}\n");
    // The bytes are no TLS handshake: no JSON answer comes back, and the server drops it.
    for (int i = 0; i < 50 && plain.state() == QAbstractSocket::ConnectedState; ++i)
        plain.waitForReadyRead(100);
    QVERIFY(!plain.readAll().contains("\"result\""));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
