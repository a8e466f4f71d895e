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

// What a database job produced: a result or an error, and the events to push once the
// transaction is committed.
struct Outcome
{
    QJsonValue result;
    std::optional<rpc::Error> error;
    EventList events;
};

using ReadJob = std::function<QJsonValue(Db&)>;
using WriteJob = std::function<QJsonValue(Db&, EventList&)>;
using Completion = std::function<void(Outcome)>;
// Work that must commit or fail with a write batch: it runs inside the batch's transaction
// after the last job, with the events of the jobs that succeeded (in order). Throwing fails
// the whole batch. Search indexing and the cluster NOTIFY register here, from app/.
using BeforeCommitHook = std::function<void(Db& db, const EventList& events)>;

// Runs database work off the network thread: reads on a pool of reader threads (one
// connection each, WAL lets them run beside the writer), writes on a single writer thread
// that commits whatever is queued as one transaction (group commit: one fsync for many
// acknowledged writes; each job has its own savepoint so one failure rolls back only itself).
// Completions run on the thread that owns this object.
class Storage : public QObject
{
    Q_OBJECT
public:
    Storage(DatabaseConfig config, int readerThreads, QObject* parent = nullptr);
    ~Storage() override;

    // Opens the writer connection and brings the schema up to date. Throws SqlError.
    void start();
    // Finishes queued writes and closes every connection.
    void stop();

    // Hooks run in the order they were added. Call before start().
    void addBeforeCommitHook(BeforeCommitHook hook);

    // A read whose connection turns out dead (the database restarted since) is run once more
    // on a fresh connection; a write batch is never repeated (its COMMIT may have happened).
    void read(ReadJob job, Completion done);
    void write(WriteJob job, Completion done);

    const DatabaseConfig& config() const { return m_config; }
    // Largest batch committed at once so far (for logs and benchmarks).
    int largestBatch() const;

private:
    Db& readerDb();
    void deliver(const Completion& done, Outcome outcome);

    DatabaseConfig m_config;
    DatabaseConfig m_readerConfig; // with a reader's share of the page cache
    std::vector<BeforeCommitHook> m_beforeCommit;
    QThreadStorage<Db*> m_readerDbs;
    QThreadPool m_readers;
    std::unique_ptr<WriterThread> m_writer;
    std::unique_ptr<CheckpointThread> m_checkpointer;
};

// The error a client gets while the database cannot be reached (-32603, data.reason
// "database-unavailable"); `outcomeUnknown` when a COMMIT was sent but not confirmed.
rpc::Error databaseUnavailableError(bool outcomeUnknown = false);

// Runs a job and turns exceptions into an error outcome (RpcException → its error,
// DatabaseUnavailable → databaseUnavailableError(), anything else → -32603, logged).
Outcome runGuarded(const std::function<QJsonValue(EventList&)>& job);

} // namespace helpdesk::server
