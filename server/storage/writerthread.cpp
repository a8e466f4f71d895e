// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerthread.h"

#include "handover.h"
#include "migrations.h"

#include <QRandomGenerator>

namespace helpdesk::server {

namespace {
rpc::Error internalError()
{
    return { rpc::InternalError, QStringLiteral("internal error") };
}

// The pause before a job that collided runs again: random, so that two writers that keep
// colliding fall out of step; longer with each attempt (1-10 ms, then up to 20, 30...).
unsigned long conflictPauseMs(int attempt)
{
    return 1 + QRandomGenerator::global()->bounded(10u * unsigned(attempt));
}
} // namespace

WriterThread::WriterThread(const DatabaseConfig& config,
    std::vector<BeforeCommitHook> beforeCommit, handover::Mailbox& completions, bool migrates)
    : m_config(config)
    , m_beforeCommit(std::move(beforeCommit))
    , m_completions(completions)
    , m_migrates(migrates)
{
}

void WriterThread::enqueue(Job job)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(job));
    m_wake.wakeOne();
}

void WriterThread::requestStop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeOne();
}

void WriterThread::waitUntilReady()
{
    QMutexLocker lock(&m_mutex);
    while (!m_ready)
        handover::wait(m_wake, m_mutex);
    if (!m_startError.isEmpty())
        throw SqlError(m_startError);
}

void WriterThread::run()
{
    const handover::RunScope scope(this);
    std::unique_ptr<Db> db;
    try {
        db = std::make_unique<Db>(m_config, nextConnectionName("writer"));
        if (m_migrates)
            migrate(*db);
        // Checkpoints run on their own thread (CheckpointThread): here they would stall
        // every queued write while the database file is copied and synced.
        if (!db->isPostgres())
            db->execRaw(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    } catch (const std::exception& e) {
        QMutexLocker lock(&m_mutex);
        m_startError = QString::fromUtf8(e.what());
        m_ready = true;
        m_wake.wakeAll();
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_ready = true;
        m_wake.wakeAll();
    }
    for (;;) {
        std::vector<Job> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                handover::wait(m_wake, m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && int(batch.size()) < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(*db, batch);
    }
    db.reset();
}

void WriterThread::runBatch(Db& db, std::vector<Job>& batch)
{
    if (runOnce(db, batch, true) == End::Finished)
        return;
    qCInfo(lcStorage).nospace() << "a batch of " << batch.size()
                                << " writes collided with another writer; running them again, "
                                   "one transaction each";
    for (Job& job : batch)
        runAlone(db, job);
}

void WriterThread::runAlone(Db& db, Job& job)
{
    std::vector<Job> one;
    one.push_back(std::move(job));
    for (int attempt = 1; attempt < kConflictAttempts; ++attempt) {
        if (runOnce(db, one, true) == End::Finished)
            return;
        const unsigned long pause = conflictPauseMs(attempt);
        qCInfo(lcStorage).nospace() << "a write collided with another writer (attempt "
                                    << attempt << " of " << kConflictAttempts << "); retrying in "
                                    << pause << " ms";
        QThread::msleep(pause);
    }
    runOnce(db, one, false); // the last attempt: a conflict now fails the job
}

// One transaction over `jobs`. With `retryConflicts`, a deadlock or serialization failure
// rolls it back and returns Conflict with nothing posted; otherwise every job's completion
// is posted (its outcome, or the error that failed the transaction).
WriterThread::End WriterThread::runOnce(Db& db, std::vector<Job>& jobs, bool retryConflicts)
{
    const auto conflicted = [&] {
        if (!retryConflicts || !db.hadConflict() || db.isBroken())
            return false;
        db.rollback();
        return true;
    };
    std::vector<Outcome> outcomes;
    outcomes.reserve(jobs.size());
    if (!begin(db)) {
        failAll(jobs, databaseUnavailableError());
        return End::Finished;
    }
    const QString savepoint = QStringLiteral("SAVEPOINT job");
    const QString release = QStringLiteral("RELEASE job");
    const QString rollbackTo = QStringLiteral("ROLLBACK TO job");
    // On PostgreSQL a failed statement aborts the transaction until the rollback to the
    // job's savepoint; the rollback happens for every failed job before the next one.
    for (Job& job : jobs) {
        Outcome outcome = runGuarded([&](EventList& events) {
            db.execRaw(savepoint);
            return job.job(db, events);
        });
        if (conflicted())
            return End::Conflict;
        try {
            if (db.isBroken())
                throw DatabaseUnavailable(QStringLiteral("connection lost in a job"));
            if (outcome.error)
                db.execRaw(rollbackTo);
            db.execRaw(release);
        } catch (const std::exception& e) {
            if (conflicted())
                return End::Conflict;
            qCWarning(lcStorage) << "savepoint failed:" << e.what();
            abandon(db, jobs);
            return End::Finished;
        }
        outcomes.push_back(std::move(outcome));
    }
    try {
        runHooks(db, outcomes);
    } catch (const std::exception& e) {
        if (conflicted())
            return End::Conflict;
        qCWarning(lcStorage) << "batch failed before commit:" << e.what();
        abandon(db, jobs);
        return End::Finished;
    }
    try {
        db.commit();
    } catch (const std::exception& e) {
        if (conflicted())
            return End::Conflict;
        qCWarning(lcStorage) << "commit failed:" << e.what();
        const bool lost = db.isBroken();
        db.rollback();
        // A connection lost during COMMIT leaves its outcome unknown: the clients retry
        // with their idempotency keys rather than the server repeating the jobs.
        failAll(jobs, lost ? databaseUnavailableError(true) : internalError());
        return End::Finished;
    }
    if (int(jobs.size()) > m_largestBatch.loadRelaxed())
        m_largestBatch.storeRelaxed(int(jobs.size()));
    for (size_t i = 0; i < jobs.size(); ++i)
        post(jobs[i].done, std::move(outcomes[i]));
    return End::Finished;
}

// BEGIN, on a fresh connection if the old one turns out dead (nothing has been done on
// it yet, so that is safe). False while the database is unreachable.
bool WriterThread::begin(Db& db)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            db.ensureOpen();
            db.begin();
            return true;
        } catch (const DatabaseUnavailable& e) {
            if (attempt == 1 || !db.isBroken()) {
                qCWarning(lcStorage) << "database unavailable:" << e.what();
                return false;
            }
        } catch (const std::exception& e) {
            qCWarning(lcStorage) << "cannot begin a transaction:" << e.what();
            return false;
        }
    }
    return false;
}

// Nothing of the batch is committed: roll back and fail every job.
void WriterThread::abandon(Db& db, std::vector<Job>& batch)
{
    db.rollback();
    failAll(batch, db.isBroken() ? databaseUnavailableError() : internalError());
}

void WriterThread::runHooks(Db& db, const std::vector<Outcome>& outcomes)
{
    if (m_beforeCommit.empty())
        return;
    EventList events;
    for (const Outcome& outcome : outcomes)
        events += outcome.events; // failed jobs carry none (runGuarded clears them)
    for (const BeforeCommitHook& hook : m_beforeCommit)
        hook(db, events);
}

void WriterThread::failAll(std::vector<Job>& batch, const rpc::Error& error)
{
    for (Job& job : batch)
        post(job.done, Outcome { {}, error, {} });
}

void WriterThread::post(Completion done, Outcome outcome)
{
    handover::postCompletion(m_completions, std::move(done), std::move(outcome));
}

} // namespace helpdesk::server
