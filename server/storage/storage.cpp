// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

#include "migrations.h"
#include "rpc/rpcexception.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

Q_LOGGING_CATEGORY(lcStorage, "helpdesk.storage")

namespace helpdesk::server {

namespace {
constexpr int kMaxBatch = 512;
QAtomicInt s_connectionCounter;

// A role's share of the page-cache budget (DatabaseConfig::pageCacheKiB): the writer half of
// it, the readers the other half between them, the checkpointer (which only copies WAL frames
// into the database file) a little. 64 MiB per connection, as before, made six connections
// hold up to 384 MiB of cache (issue 17).
DatabaseConfig withCache(DatabaseConfig config, qint64 kib)
{
    config.pageCacheKiB = qMax<qint64>(kib, 256);
    return config;
}

QString nextConnectionName(const char* kind)
{
    return QStringLiteral("helpdesk-%1-%2")
        .arg(QLatin1String(kind))
        .arg(s_connectionCounter.fetchAndAddRelaxed(1));
}
} // namespace

rpc::Error databaseUnavailableError(bool outcomeUnknown)
{
    QJsonObject data { { QStringLiteral("reason"), QStringLiteral("database-unavailable") } };
    if (outcomeUnknown) {
        data.insert(QStringLiteral("committed"), QStringLiteral("unknown"));
        return { rpc::InternalError,
            QStringLiteral("database unavailable: the change may or may not have been saved; "
                           "retry with the same idempotencyKey"),
            data };
    }
    return { rpc::InternalError, QStringLiteral("database unavailable"), data };
}

Outcome runGuarded(const std::function<QJsonValue(EventList&)>& job)
{
    Outcome outcome;
    try {
        outcome.result = job(outcome.events);
    } catch (const RpcException& e) {
        outcome.error = e.error();
    } catch (const DatabaseUnavailable& e) {
        qCWarning(lcStorage) << "database unavailable:" << e.what();
        outcome.error = databaseUnavailableError();
    } catch (const std::exception& e) {
        qCWarning(lcStorage) << "internal error:" << e.what();
        outcome.error = rpc::Error { rpc::InternalError, QStringLiteral("internal error") };
    }
    if (outcome.error)
        outcome.events.clear();
    return outcome;
}

class WriterThread : public QThread
{
public:
    WriterThread(
        const DatabaseConfig& config, std::vector<BeforeCommitHook> beforeCommit, Storage* owner)
        : m_config(config)
        , m_beforeCommit(std::move(beforeCommit))
        , m_owner(owner)
    {
    }

    struct Job
    {
        WriteJob job;
        Completion done;
    };

    void enqueue(Job job)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(job));
        m_wake.wakeOne();
    }

    void requestStop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }

    // Opens the connection and migrates, synchronously, so start() can report failures.
    void waitUntilReady()
    {
        QMutexLocker lock(&m_mutex);
        while (!m_ready)
            m_wake.wait(&m_mutex);
        if (!m_startError.isEmpty())
            throw SqlError(m_startError);
    }

    int largestBatch() const { return m_largestBatch.loadRelaxed(); }

protected:
    void run() override
    {
        std::unique_ptr<Db> db;
        try {
            db = std::make_unique<Db>(m_config, nextConnectionName("writer"));
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
                    m_wake.wait(&m_mutex);
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

private:
    void runBatch(Db& db, std::vector<Job>& batch)
    {
        std::vector<Outcome> outcomes;
        outcomes.reserve(batch.size());
        if (!begin(db)) {
            failAll(batch, databaseUnavailableError());
            return;
        }
        const QString savepoint = QStringLiteral("SAVEPOINT job");
        const QString release = QStringLiteral("RELEASE job");
        const QString rollbackTo = QStringLiteral("ROLLBACK TO job");
        // On PostgreSQL a failed statement aborts the transaction until the rollback to the
        // job's savepoint; the rollback happens for every failed job before the next one.
        for (Job& job : batch) {
            Outcome outcome = runGuarded([&](EventList& events) {
                db.execRaw(savepoint);
                return job.job(db, events);
            });
            try {
                if (db.isBroken())
                    throw DatabaseUnavailable(QStringLiteral("connection lost in a job"));
                if (outcome.error)
                    db.execRaw(rollbackTo);
                db.execRaw(release);
            } catch (const std::exception& e) {
                qCWarning(lcStorage) << "savepoint failed:" << e.what();
                abandon(db, batch);
                return;
            }
            outcomes.push_back(std::move(outcome));
        }
        try {
            runHooks(db, outcomes);
        } catch (const std::exception& e) {
            qCWarning(lcStorage) << "batch failed before commit:" << e.what();
            abandon(db, batch);
            return;
        }
        try {
            db.commit();
        } catch (const std::exception& e) {
            qCWarning(lcStorage) << "commit failed:" << e.what();
            const bool lost = db.isBroken();
            db.rollback();
            // A connection lost during COMMIT leaves its outcome unknown: the clients retry
            // with their idempotency keys rather than the server repeating the jobs.
            failAll(batch, lost ? databaseUnavailableError(true) : internalError());
            return;
        }
        if (int(batch.size()) > m_largestBatch.loadRelaxed())
            m_largestBatch.storeRelaxed(int(batch.size()));
        for (size_t i = 0; i < batch.size(); ++i)
            post(batch[i].done, std::move(outcomes[i]));
    }

    // BEGIN, on a fresh connection if the old one turns out dead (nothing has been done on
    // it yet, so that is safe). False while the database is unreachable.
    bool begin(Db& db)
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
    void abandon(Db& db, std::vector<Job>& batch)
    {
        db.rollback();
        failAll(batch, db.isBroken() ? databaseUnavailableError() : internalError());
    }

    void runHooks(Db& db, const std::vector<Outcome>& outcomes)
    {
        if (m_beforeCommit.empty())
            return;
        EventList events;
        for (const Outcome& outcome : outcomes)
            events += outcome.events; // failed jobs carry none (runGuarded clears them)
        for (const BeforeCommitHook& hook : m_beforeCommit)
            hook(db, events);
    }

    static rpc::Error internalError()
    {
        return { rpc::InternalError, QStringLiteral("internal error") };
    }

    void failAll(std::vector<Job>& batch, const rpc::Error& error)
    {
        for (Job& job : batch)
            post(job.done, Outcome { {}, error, {} });
    }

    void post(Completion done, Outcome outcome)
    {
        QMetaObject::invokeMethod(
            m_owner, [done = std::move(done), outcome = std::move(outcome)]() { done(outcome); },
            Qt::QueuedConnection);
    }

    DatabaseConfig m_config;
    std::vector<BeforeCommitHook> m_beforeCommit;
    Storage* m_owner;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_ready = false;
    QString m_startError;
    QAtomicInt m_largestBatch;
};

// Copies the WAL back into the database file in the background (PASSIVE: it never blocks the
// writer or the readers), so the WAL stays small without the writer paying for it.
class CheckpointThread : public QThread
{
public:
    explicit CheckpointThread(const DatabaseConfig& config)
        : m_config(config)
    {
    }

    void requestStop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }

protected:
    void run() override
    {
        std::unique_ptr<Db> db;
        try {
            db = std::make_unique<Db>(m_config, nextConnectionName("checkpoint"));
        } catch (const std::exception& e) {
            qCWarning(lcStorage) << "checkpoint connection failed:" << e.what();
            return;
        }
        for (;;) {
            {
                QMutexLocker lock(&m_mutex);
                if (!m_stopping)
                    m_wake.wait(&m_mutex, kCheckpointIntervalMs);
                if (m_stopping)
                    break;
            }
            try {
                db->execRaw(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            } catch (const std::exception& e) {
                qCWarning(lcStorage) << "checkpoint failed:" << e.what();
            }
        }
        // A last full pass so a cleanly stopped server leaves a small WAL.
        try {
            db->execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        } catch (const std::exception&) {
        }
    }

private:
    static constexpr unsigned long kCheckpointIntervalMs = 250;
    DatabaseConfig m_config;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
};

Storage::Storage(DatabaseConfig config, int readerThreads, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_readerConfig(withCache(m_config, m_config.pageCacheKiB / 2 / qMax(1, readerThreads)))
{
    m_readers.setMaxThreadCount(qMax(1, readerThreads));
    m_readers.setExpiryTimeout(-1); // a thread's connection lives as long as the thread
}

Storage::~Storage()
{
    stop();
}

void Storage::start()
{
    m_writer = std::make_unique<WriterThread>(
        withCache(m_config, m_config.pageCacheKiB / 2), m_beforeCommit, this);
    m_writer->start();
    try {
        m_writer->waitUntilReady();
    } catch (...) {
        m_writer->wait();
        m_writer.reset();
        throw;
    }
    if (!m_config.isPostgres()) { // a SQLite WAL needs checkpoints; PostgreSQL does its own
        m_checkpointer = std::make_unique<CheckpointThread>(withCache(m_config, 1024));
        m_checkpointer->start();
    }
}

void Storage::stop()
{
    if (m_writer) {
        m_writer->requestStop();
        m_writer->wait();
        m_writer.reset();
    }
    if (m_checkpointer) {
        m_checkpointer->requestStop();
        m_checkpointer->wait();
        m_checkpointer.reset();
    }
    m_readers.waitForDone();
    // Each reader's Db is deleted by QThreadStorage when its thread ends; end them now.
    m_readers.setExpiryTimeout(0);
    m_readers.clear();
    // Jobs posted by the writer but not yet delivered are dropped with their events; the
    // process is shutting down and those clients will re-sync.
}

void Storage::addBeforeCommitHook(BeforeCommitHook hook)
{
    Q_ASSERT(!m_writer);
    m_beforeCommit.push_back(std::move(hook));
}

Db& Storage::readerDb()
{
    if (!m_readerDbs.hasLocalData()) {
        try {
            m_readerDbs.setLocalData(new Db(m_readerConfig, nextConnectionName("reader")));
        } catch (const DatabaseUnavailable&) {
            throw;
        } catch (const SqlError& e) {
            // The writer opened the same database at start: now it is the database that fails.
            throw DatabaseUnavailable(QString::fromUtf8(e.what()));
        }
    }
    return *m_readerDbs.localData();
}

void Storage::read(ReadJob job, Completion done)
{
    m_readers.start([this, job = std::move(job), done = std::move(done)]() mutable {
        Outcome outcome = runGuarded([&](EventList&) {
            Db& db = readerDb();
            db.ensureOpen();
            try {
                return job(db);
            } catch (const DatabaseUnavailable& e) {
                if (!db.isBroken())
                    throw;
                // Typically the first read after a database restart: the connection died
                // while idle. A read is safe to repeat.
                qCInfo(lcStorage) << "reader reconnecting:" << e.what();
                db.reopen();
                return job(db);
            }
        });
        deliver(done, std::move(outcome));
    });
}

void Storage::write(WriteJob job, Completion done)
{
    Q_ASSERT(m_writer);
    m_writer->enqueue({ std::move(job), std::move(done) });
}

int Storage::largestBatch() const
{
    return m_writer ? m_writer->largestBatch() : 0;
}

void Storage::deliver(const Completion& done, Outcome outcome)
{
    QMetaObject::invokeMethod(
        this, [done, outcome = std::move(outcome)]() { done(outcome); }, Qt::QueuedConnection);
}

} // namespace helpdesk::server
