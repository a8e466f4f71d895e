// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpayload.h"

#include <QObject>

#include <deque>

namespace helpdesk::server {

class PushHub;
class Storage;

// Turns other servers' announcements (ClusterBus::eventsReceived) into pushes to this
// server's sessions: re-reads the tickets and messages by id on a reader, rebuilds the
// events with the same factories a local change uses, and publishes them to the PushHub,
// which applies each session's visibility. Batches are relayed one after the other, in the
// order they arrived. Rows gone meanwhile are skipped; removals need no read.
class ClusterRelay : public QObject
{
    Q_OBJECT
public:
    ClusterRelay(Storage& storage, PushHub& hub, QObject* parent = nullptr);

    void relay(const helpdesk::server::ClusterBatch& batch);
    // Changes may have been missed (the bus was reconnecting): every logged-in session is
    // told to re-read what it shows (notification sync.required, reason "events-lost").
    void requestResync();

    int pendingBatches() const { return int(m_queue.size()); }

private:
    void readNext();

    Storage& m_storage;
    PushHub& m_hub;
    std::deque<ClusterBatch> m_queue;
    bool m_reading = false;
};

} // namespace helpdesk::server
