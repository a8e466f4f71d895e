// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>

bool RawClient::connectAndLogin(quint16 port, const QString& login, const QString& password)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!m_socket.waitForConnected(5000))
        return false;
    if (!call(QStringLiteral("hello"), { { QStringLiteral("protocol"), 1 } })
             .contains(QStringLiteral("result")))
        return false;
    const QJsonObject user = result(QStringLiteral("auth.login"),
        { { QStringLiteral("login"), login }, { QStringLiteral("password"), password } })
                                 .value(QStringLiteral("user"))
                                 .toObject();
    m_userId = user.value(QStringLiteral("id")).toInteger();
    return m_userId > 0;
}

QJsonObject RawClient::result(const QString& method, const QJsonObject& params)
{
    return call(method, params).value(QStringLiteral("result")).toObject();
}

QJsonObject RawClient::call(const QString& method, const QJsonObject& params)
{
    const int id = m_nextId++;
    const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } };
    m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    m_socket.flush();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        while (m_socket.canReadLine()) {
            const QJsonObject frame = QJsonDocument::fromJson(m_socket.readLine()).object();
            if (frame.value(QStringLiteral("id")).toInt() == id)
                return frame; // pushes and other answers are skipped
        }
        m_socket.waitForReadyRead(100);
    }
    return {};
}
