// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db.h"
#include "protocol/jsonrpc.h"
#include "rpc/pushevent.h"

#include <QJsonValue>
#include <QObject>
#include <QThreadPool>
#include <QThreadStorage>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace helpdesk::server {

class WriterThread;
class CheckpointThread;
namespace handover {
class Mailbox;
}

// What a database job produced: a result or an error, and the events to push once the
// transaction is committed.
struct Outcome
{
    QJsonValue result;
    std::optional<rpc::Error> error;
    EventList events;
};

using ReadJob = std::function<QJsonValue(Db&)>;
// A write job may run more than once: on PostgreSQL a batch that collided with another
// writer's is run again (writerthread.h). So it writes only to the database and to its
// EventList; whatever it fills for its completion it sets anew (assigns, never appends).
using WriteJob = std::function<QJsonValue(Db&, EventList&)>;
using Completion = std::function<void(Outcome)>;
// Work that must commit or fail with a write batch: it runs inside the batch's transaction
// after the last job, with the events of the jobs that succeeded (in order). Throwing fails
// the whole batch. Search indexing and the cluster NOTIFY register here, from app/.
using BeforeCommitHook = std::function<void(Db& db, const EventList& events)>;

// Runs database work off the network thread: reads on a pool of reader threads (one
// connection each, WAL lets them run beside the writer), writes on writer threads, each with
// its own connection, that commit whatever is queued for them as one transaction (group
// commit: one fsync for many acknowledged writes; each job has its own savepoint so one
// failure rolls back only itself; see writerthread.h).
//
// SQLite has one writer (it has one write lock). PostgreSQL commits on several connections
// at once: there `writerThreads` writers (serve --db-writers, default 4) run side by side.
// A write goes to the writer of its lane: writes given the same lane commit in the order
// they were handed in (the dispatcher gives a client connection's writes its own lane, so a
// client's pipelined writes commit in the order it sent them). Writes of different lanes may
// commit in any order. Lane 0, the default, is one writer: writes made without a lane (timers,
// mail intake, services) keep the order in which they were made, among themselves.
// When two writers' transactions collide (deadlock, serialization failure) the jobs run again;
// see writerthread.h. Completions run on the thread that owns this object.
class Storage : public QObject
{
    Q_OBJECT
public:
    // `writerThreads` counts on PostgreSQL only (1..kMaxWriters); SQLite always has one.
    Storage(DatabaseConfig config, int readerThreads, int writerThreads = 1,
        QObject* parent = nullptr);
    ~Storage() override;

    // Opens the writer connections (the first brings the schema up to date). Throws SqlError.
    void start();
    // Finishes queued writes and closes every connection.
    void stop();

    // Hooks run in the order they were added. Call before start().
    void addBeforeCommitHook(BeforeCommitHook hook);

    // A read whose connection turns out dead (the database restarted since) is run once more
    // on a fresh connection; a write batch whose connection is lost is never repeated (its
    // COMMIT may have happened). `lane`: see the class comment.
    void read(ReadJob job, Completion done);
    void write(WriteJob job, Completion done, quint64 lane = 0);

    // While one lives, writes made on this thread without a lane get `lane`: the dispatcher
    // opens one around a request, so handlers that write by themselves write in the lane of
    // the client connection too.
    class LaneScope
    {
    public:
        explicit LaneScope(quint64 lane);
        ~LaneScope();
        LaneScope(const LaneScope&) = delete;
        LaneScope& operator=(const LaneScope&) = delete;

    private:
        quint64 m_previous;
    };

    const DatabaseConfig& config() const { return m_config; }
    // Largest batch committed at once so far by one writer (for logs and benchmarks).
    int largestBatch() const;
    // The writer threads running (after start()): 1 on SQLite.
    int writerCount() const { return m_writerCount; }

    static constexpr int kMaxWriters = 32;

private:
    Db& readerDb();
    void deliver(const Completion& done, Outcome outcome);

    DatabaseConfig m_config;
    DatabaseConfig m_readerConfig; // with a reader's share of the page cache
    std::vector<BeforeCommitHook> m_beforeCommit;
    QThreadStorage<Db*> m_readerDbs;
    QThreadPool m_readers;
    int m_writerCount;
    std::vector<std::unique_ptr<WriterThread>> m_writers;
    std::unique_ptr<CheckpointThread> m_checkpointer;
    handover::Mailbox* m_completions; // a child: completions run in this object's thread
};

// The error a client gets while the database cannot be reached (-32603, data.reason
// "database-unavailable"); `outcomeUnknown` when a COMMIT was sent but not confirmed.
rpc::Error databaseUnavailableError(bool outcomeUnknown = false);

// Runs a job and turns exceptions into an error outcome (RpcException → its error,
// DatabaseUnavailable → databaseUnavailableError(), anything else → -32603, logged).
Outcome runGuarded(const std::function<QJsonValue(EventList&)>& job);

} // namespace helpdesk::server
