// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canned responses and macros the logged-in agent may use (canned.list): read after
// login and after a reconnect. The composer's "/" list filters them by name; inserting one
// asks the server for its text with the ticket's placeholders filled (canned.render), so the
// client never expands placeholders itself; a macro is applied by the server (macro.apply).

#include "domain/types.h"
#include "protocol/jsonrpc.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

namespace helpdesk::client {

class Connection;

struct CannedResponse
{
    qint64 id = 0;
    QString name;
    QString scope; // personal, queue or shared
    bool macro = false;
    QJsonObject texts; // language → text, placeholders unfilled
};

class CannedBook : public QObject
{
    Q_OBJECT

public:
    explicit CannedBook(Connection* connection, QObject* parent = nullptr);

    void refresh();
    bool isLoaded() const { return m_loaded; }
    QVector<CannedResponse> responses() const { return m_responses; }
    // Responses whose name contains `part` (any case), in the server's order.
    QVector<CannedResponse> matching(const QString& part) const;
    QVector<CannedResponse> macros() const;

    // The text for this ticket in its language, placeholders filled by the server.
    void render(qint64 response, TicketId ticket, const QObject* context,
        std::function<void(const QString& text)> onText,
        std::function<void(const rpc::Error&)> onError);
    // Applies a macro to the ticket as the agent saw it (its version): 1009 when it changed.
    void applyMacro(qint64 response, TicketId ticket, qint64 version, const QObject* context,
        std::function<void()> onApplied, std::function<void(const rpc::Error&)> onError);

Q_SIGNALS:
    void changed();

private:
    QPointer<Connection> m_connection;
    QVector<CannedResponse> m_responses;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace helpdesk::client
