// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reply signatures the logged-in agent may use: its own and every queue's, one per
// language. Read after login and after a reconnect; the composer asks it for the signature
// of a reply, the signatures dialog edits it.

#include "apitypes.h"
#include "protocol/jsonrpc.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>
#include <optional>

namespace helpdesk::client {

class Connection;

class SignatureBook : public QObject
{
    Q_OBJECT

public:
    explicit SignatureBook(Connection* connection, QObject* parent = nullptr);

    // Reads the signatures again; done automatically on login and resync.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    QVector<Signature> signatures() const { return m_signatures; }

    // The stored text of the caller's own (queue unset) or a queue's signature in exactly this
    // locale; empty when there is none.
    QString text(std::optional<QueueId> queue, const QString& locale) const;
    // What a reply to a reader of this locale is signed with: the agent's signature, then the
    // queue's, each in the reader's locale, else its language, else the fallback (""). Empty
    // when neither has one.
    QString replySignature(const QString& readerLocale, std::optional<QueueId> queue) const;

    // The locales to try for a reader, best first: "pt_BR" → pt_BR, pt, "".
    static QStringList fallbackChain(const QString& locale);
    // The best of these signatures of one owner for a reader of this locale.
    static std::optional<Signature> pick(const QVector<Signature>& signatures,
        std::optional<QueueId> queue, const QString& readerLocale);

    // Stores one signature (an empty text deletes it) and updates the book; exactly one of
    // the handlers runs unless context is gone.
    void store(std::optional<QueueId> queue, const QString& locale, const QString& text,
        const QObject* context, std::function<void()> onStored,
        std::function<void(const rpc::Error&)> onError);

Q_SIGNALS:
    void changed();

private:
    void replace(const Signature& signature);

    QPointer<Connection> m_connection;
    QVector<Signature> m_signatures;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace helpdesk::client
