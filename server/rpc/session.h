// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "principal.h"
#include "protocol/jsonrpc.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>
#include <utility>

namespace helpdesk::server {

// One client's session as handlers and the push hub see it: hello, the authenticated user,
// and a way to answer and push. The network floor implements it over a socket; nothing below
// that floor knows sockets exist.
class Session : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString peerAddress() const = 0;

    virtual bool helloDone() const = 0;
    virtual void setHelloDone(const QString& locale, const QString& client) = 0;
    virtual QString locale() const = 0;

    virtual const std::optional<Principal>& principal() const = 0;
    virtual qint64 tokenId() const = 0;
    virtual void setAuthenticated(const Principal& principal, qint64 tokenId) = 0;
    virtual void clearAuthentication() = 0;

    // While an auth call is running, later requests wait, so that a pipelined request after
    // auth.login runs as the logged-in user.
    virtual void holdFrames() = 0;
    virtual void releaseFrames() = 0;

    // Sends a pushed notification (an encoded frame). A session whose client reads slower than
    // changes arrive may drop it: it is told sync.required once it has caught up.
    virtual void push(const QByteArray& frame) = 0;
    // Completes a request: sends the response when one is expected.
    virtual void finishRequest(bool wantsReply, const QJsonObject& response) = 0;

    // The tickets this session's user has open (ticket.activity "viewing"): who gets the
    // viewing and typing pushes of a ticket. Cleared at logout and when the session ends.
    void setViewing(TicketId ticket, bool viewing);
    bool isViewing(TicketId ticket) const { return m_viewing.contains(ticket.value()); }
    QSet<qint64> takeViewing() { return std::exchange(m_viewing, {}); }

    // The storage lane of this connection's writes (storage.h): its requests' writes and the
    // writes its login and logout cause (presence) commit in the order they were made.
    quint64 writeLane() const { return quint64(quintptr(this)); }

private:
    QSet<qint64> m_viewing;
};

// Replies to one request, from whichever job finishes it; does nothing when the session has
// gone meanwhile.
class Responder
{
public:
    Responder(Session* session, QJsonValue id, bool wantsReply)
        : m_session(session)
        , m_id(std::move(id))
        , m_wantsReply(wantsReply)
    {
    }
    void result(const QJsonValue& result) const;
    void error(const rpc::Error& error) const;
    Session* session() const { return m_session.data(); }

private:
    QPointer<Session> m_session;
    QJsonValue m_id;
    bool m_wantsReply;
};

} // namespace helpdesk::server
