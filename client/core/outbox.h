// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Replies (and logged calls) on their way to the server. The composer hands every reply to the
// outbox, online or not; it is on disk before enqueue() returns, and is sent, in order, whenever
// the connection is Ready. Each carries an idempotency key, so a send whose answer was lost in a
// dropped connection can be repeated safely: the server returns the stored message instead
// of adding a second. An entry leaves the outbox only once the server acknowledged it.

#include "apitypes.h"
#include "domain/types.h"
#include "protocol/jsonrpc.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;

struct OutboxEntry
{
    enum class State { Queued, Sending, Failed };

    QString key; // idempotency key: a QUuid without braces
    TicketId ticketId;
    UserId authorId; // invalid until the first send when queued before any login
    QString body;
    bool internal = false;
    // Sent with the message and applied once: a resend with the same key changes nothing.
    std::optional<TicketStatus> status;
    std::optional<CallLog> call;
    std::optional<int> timeSpentMinutes;
    qint64 lastSeenMessageId = 0; // message.add's collision check (0: none)
    bool force = false; // sent anyway over newer messages
    std::optional<bool> sendMail; // message.add sendMail
    QVector<qint64> attachmentIds; // message.add attachmentIds (uploaded already)
    QVector<qint64> cc; // message.add cc: the contacts copied
    QDateTime queuedAt;
    State state = State::Queued;
    int attempts = 0;
    std::optional<rpc::Error> error; // why it failed (Failed), or the last transient error
};

class Outbox : public QObject
{
    Q_OBJECT

public:
    // directory: where outbox.json lives; empty means AppDataLocation. Use profileDirectory()
    // to keep accounts apart. Entries left by an earlier run are loaded and sent when Ready.
    explicit Outbox(
        Connection* connection, const QString& directory = QString(), QObject* parent = nullptr);

    // Queues a reply by the logged-in user and returns its idempotency key.
    QString enqueue(TicketId ticket, const QString& body, bool internal = false);
    // The same with message.add's options (status, call); its idempotencyKey is ignored:
    // the outbox makes its own.
    QString enqueue(const NewMessage& message);
    QVector<OutboxEntry> entries() const { return m_entries; }
    QVector<OutboxEntry> entriesFor(TicketId ticket) const;
    std::optional<OutboxEntry> entry(const QString& key) const;
    int queuedCount() const; // waiting or being sent
    int failedCount() const;
    // Puts a failed entry back in the queue (after the user fixed the cause).
    void retry(const QString& key);
    // Sends a failed entry again without the collision check ("send anyway").
    void forceSend(const QString& key);
    // Drops an entry that has not been sent, e.g. a failed one the user gave up on.
    void discard(const QString& key);
    QString filePath() const { return m_path; }

Q_SIGNALS:
    void queuedCountChanged(int count);
    void entriesChanged();
    void sent(const QString& key, const helpdesk::Message& message);
    // The server refused the reply for good (validation, permission, ticket gone). The
    // entry stays, marked failed, until retry() or discard().
    void failed(const QString& key, const helpdesk::rpc::Error& error);
    void saveFailed(const QString& text);

private:
    int indexOf(const QString& key) const;
    void load();
    void save();
    void changed(int queuedBefore);
    void drain();
    void onSent(const QString& key, const Message& message);
    void onError(const QString& key, const rpc::Error& error);
    void retryLater(int delayMs);

    QPointer<Connection> m_connection;
    QString m_path;
    QVector<OutboxEntry> m_entries;
    bool m_sending = false;
    QTimer m_retryTimer;
};

} // namespace helpdesk::client
