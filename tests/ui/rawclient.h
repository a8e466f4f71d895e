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

private:
    QTcpSocket m_socket;
    int m_nextId = 1;
};
