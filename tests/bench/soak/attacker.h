// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framing.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslSocket>
#include <QTimer>
#include <QVector>

class QTcpSocket;

namespace helpdesk::bench {

// Connections that hold a server's slots without ever logging in, as an attacker would:
// `idle` plain TCP connections that send nothing, and `stalled` ones that begin a TLS
// handshake with part of a ClientHello and send no more. Each comes from a loopback address of
// its own kind (127.1.0.x idle, 127.1.1.x stalled, two per address), and one the server
// closes (idle or handshake timeout, or making way for a newer one) is opened again at once,
// so that the attacker holds its number all the time.
class Attacker : public QObject
{
    Q_OBJECT
public:
    Attacker(quint16 port, int idle, int stalled, QObject* parent = nullptr);

    void start();
    void stop();
    // Connections established now, of each kind.
    int heldIdle() const;
    int heldStalled() const;
    // Connections the server closed (and the attacker opened again).
    qint64 closedByServer() const { return m_closed; }

private:
    void open(int slot);

    quint16 m_port;
    int m_idle;
    QVector<QTcpSocket*> m_sockets; // slot < m_idle: idle, else stalled
    bool m_running = false;
    qint64 m_closed = 0;
};

// A real client logging in again and again while the attacker holds its connections: connect
// from an address of its own, TLS handshake, `hello`, `auth.login`; each login's time from the
// connect to the login's response.
class LoginProbe : public QObject
{
    Q_OBJECT
public:
    LoginProbe(quint16 port, bool tls, QString login, QString password, QObject* parent = nullptr);

    // Logs in every `intervalMs` (counted from the end of the last one) until stop().
    void start(int intervalMs);
    void stop();
    // Milliseconds of each login; -1 for one that failed (see failures()).
    const QVector<double>& times() const { return m_times; }
    const QStringList& failures() const { return m_failures; }

signals:
    void loggedIn(double ms, const QString& failure);

private:
    void attempt();
    void onReadyRead();
    void finish(const QString& failure);

    quint16 m_port;
    bool m_tls;
    QString m_login;
    QString m_password;
    int m_intervalMs = 1000;
    bool m_running = false;
    QSslSocket* m_socket = nullptr;
    FrameReader m_reader;
    QElapsedTimer m_timer;
    QTimer m_deadline;
    QVector<double> m_times;
    QStringList m_failures;
};

} // namespace helpdesk::bench
