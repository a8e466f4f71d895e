// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTcpSocket>

// A second user on a blocking socket: it waits for its answers without running the event
// loop, so the client under test sees nothing of the change until the test lets it.
class RawClient
{
public:
    bool connectAndLogin(quint16 port, const QString& login, const QString& password);
    // The response object ("result" or "error"); empty on timeout.
    QJsonObject call(const QString& method, const QJsonObject& params);
    // The "result" of a call; empty on an error or timeout.
    QJsonObject result(const QString& method, const QJsonObject& params);
    // The logged-in user's id; 0 before login.
    qint64 userId() const { return m_userId; }

private:
    QTcpSocket m_socket;
    qint64 m_userId = 0;
    int m_nextId = 1;
};
