// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover.h"
#include "storage.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace helpdesk::server {

// A name no other connection of this process has: "helpdesk-<kind>-<n>".
QString nextConnectionName(const char* kind);

// One writer connection of Storage and the thread that owns it. It commits whatever is queued
// as one transaction (group commit: one fsync for many acknowledged writes); each job has its
// own savepoint, so a job that fails rolls back only itself. Hooks run after the last job,
// completions are posted to the Storage's thread after the COMMIT.
//
// On PostgreSQL several writers run beside each other and their batches can lock the same rows
// in different orders: PostgreSQL then aborts one transaction (deadlock, SQLSTATE 40P01; or a
// serialization failure, 40001). Such a batch is rolled back and its jobs run again, each in a
// transaction of its own, in the same order; a job that collides again is retried after a
// short random pause, kConflictAttempts times in all, and then fails with the error it got.
// Jobs only write to the database and fill their EventList, so running one again is safe. A
// lost connection is never retried: a COMMIT it interrupted may have happened.
class WriterThread : public QThread
{
public:
    struct Job
    {
        WriteJob job;
        Completion done;
    };

    // `migrates`: the first writer brings the schema up to date when it connects.
    // `completions`: where the jobs' completions are posted (the storage's thread).
    WriterThread(const DatabaseConfig& config, std::vector<BeforeCommitHook> beforeCommit,
        handover::Mailbox& completions, bool migrates);

    void enqueue(Job job);
    void requestStop();
    // Waits until the connection is open (and migrated); throws SqlError if it could not be.
    void waitUntilReady();

    int largestBatch() const { return m_largestBatch.loadRelaxed(); }

    static constexpr int kMaxBatch = 512;
    static constexpr int kConflictAttempts = 5;

protected:
    void run() override;

private:
    enum class End { Finished, Conflict };

    void runBatch(Db& db, std::vector<Job>& batch);
    End runOnce(Db& db, std::vector<Job>& jobs, bool retryConflicts);
    void runAlone(Db& db, Job& job);
    bool begin(Db& db);
    void abandon(Db& db, std::vector<Job>& batch);
    void runHooks(Db& db, const std::vector<Outcome>& outcomes);
    void failAll(std::vector<Job>& batch, const rpc::Error& error);
    void post(Completion done, Outcome outcome);

    DatabaseConfig m_config;
    std::vector<BeforeCommitHook> m_beforeCommit;
    handover::Mailbox& m_completions;
    bool m_migrates;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_ready = false;
    QString m_startError;
    QAtomicInt m_largestBatch;
};

} // namespace helpdesk::server
