// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the user is typing in a composer, per ticket and for the "new ticket" form, kept on
// disk as it is typed so that a crash, a restart or a dropped connection loses nothing.
// One small file per draft, written atomically at most ~300 ms after a change.

#include "domain/types.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace helpdesk::client {

struct Draft
{
    QString body;
    QString subject; // the "new ticket" form only
    bool internal = false; // the composer's "internal note" switch

    bool isEmpty() const { return body.isEmpty() && subject.isEmpty(); }
    friend bool operator==(const Draft& a, const Draft& b)
    {
        return a.body == b.body && a.subject == b.subject && a.internal == b.internal;
    }
};

class DraftStore : public QObject
{
    Q_OBJECT

public:
    // The key of the "new ticket" form's draft.
    static constexpr TicketId kNewTicket {};

    // directory: where the drafts live; empty means AppDataLocation/drafts. Use
    // profileDirectory() + "/drafts" to keep accounts apart. Existing drafts are loaded.
    explicit DraftStore(const QString& directory = QString(), QObject* parent = nullptr);
    ~DraftStore() override; // writes what is still pending

    QString directory() const { return m_directory; }

    Draft draft(TicketId ticket) const;
    QString text(TicketId ticket) const { return draft(ticket).body; }
    // Call on every change; the write is coalesced.
    void setText(TicketId ticket, const QString& body);
    void setDraft(TicketId ticket, const Draft& draft);
    // Removes the draft at once, e.g. when the reply went to the outbox or was sent.
    void clear(TicketId ticket);
    bool hasDraft(TicketId ticket) const { return m_drafts.contains(ticket.value()); }
    QList<TicketId> tickets() const;

    // Writes pending changes now (also done on destruction; call it on aboutToQuit too).
    void flush();
    void setSaveDelay(int ms) { m_saveTimer.setInterval(ms); }

Q_SIGNALS:
    void draftChanged(helpdesk::TicketId ticket);
    // A translated sentence; the draft stays in memory and is written on the next change.
    void saveFailed(const QString& text);

private:
    QString pathFor(qint64 key) const;
    void load();
    void markDirty(qint64 key);

    QString m_directory;
    QHash<qint64, Draft> m_drafts; // key 0: the new-ticket form
    QSet<qint64> m_dirty;
    QTimer m_saveTimer;
};

} // namespace helpdesk::client
