// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

#include "handover.h"
#include "rpc/rpcexception.h"
#include "writerthread.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

Q_LOGGING_CATEGORY(lcStorage, "helpdesk.storage")

namespace helpdesk::server {

namespace {
QAtomicInt s_connectionCounter;
thread_local quint64 t_lane = 0; // Storage::LaneScope

// A role's share of the page-cache budget (DatabaseConfig::pageCacheKiB): the writer half of
// it, the readers the other half between them, the checkpointer (which only copies WAL frames
// into the database file) a little. 64 MiB per connection, as before, made six connections
// hold up to 384 MiB of cache (issue 17).
DatabaseConfig withCache(DatabaseConfig config, qint64 kib)
{
    config.pageCacheKiB = qMax<qint64>(kib, 256);
    return config;
}

} // namespace

QString nextConnectionName(const char* kind)
{
    return QStringLiteral("helpdesk-%1-%2")
        .arg(QLatin1String(kind))
        .arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

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
    } catch (const TransactionConflict& e) {
        // A writer runs the job again (writerthread.h); only the last attempt's error is seen.
        qCInfo(lcStorage) << "transaction conflict:" << e.what();
        outcome.error = rpc::Error { rpc::InternalError, QStringLiteral("internal error") };
    } catch (const std::exception& e) {
        qCWarning(lcStorage) << "internal error:" << e.what();
        outcome.error = rpc::Error { rpc::InternalError, QStringLiteral("internal error") };
    }
    if (outcome.error)
        outcome.events.clear();
    return outcome;
}

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
        const handover::RunScope scope(this);
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
                    handover::wait(m_wake, m_mutex, QDeadlineTimer(qint64(kCheckpointIntervalMs)));
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

Storage::Storage(DatabaseConfig config, int readerThreads, int writerThreads, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_readerConfig(withCache(m_config, m_config.pageCacheKiB / 2 / qMax(1, readerThreads)))
    , m_writerCount(m_config.isPostgres() ? qBound(1, writerThreads, kMaxWriters) : 1)
    , m_completions(new handover::Mailbox(this))
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
    // The first writer migrates; the others connect once the schema is up to date.
    for (int i = 0; i < m_writerCount; ++i) {
        auto writer = std::make_unique<WriterThread>(
            withCache(m_config, m_config.pageCacheKiB / 2), m_beforeCommit, *m_completions, i == 0);
        writer->start();
        try {
            writer->waitUntilReady();
        } catch (...) {
            handover::join(*writer);
            stop();
            throw;
        }
        m_writers.push_back(std::move(writer));
    }
    if (!m_config.isPostgres()) { // a SQLite WAL needs checkpoints; PostgreSQL does its own
        m_checkpointer = std::make_unique<CheckpointThread>(withCache(m_config, 1024));
        m_checkpointer->start();
    }
}

void Storage::stop()
{
    for (const auto& writer : m_writers)
        writer->requestStop();
    for (const auto& writer : m_writers)
        handover::join(*writer);
    m_writers.clear();
    if (m_checkpointer) {
        m_checkpointer->requestStop();
        handover::join(*m_checkpointer);
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
    Q_ASSERT(m_writers.empty());
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
    handover::start(m_readers, [this, job = std::move(job), done = std::move(done)]() mutable {
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

Storage::LaneScope::LaneScope(quint64 lane)
    : m_previous(t_lane)
{
    t_lane = lane;
}

Storage::LaneScope::~LaneScope()
{
    t_lane = m_previous;
}

void Storage::write(WriteJob job, Completion done, quint64 lane)
{
    Q_ASSERT(!m_writers.empty());
    if (lane == 0)
        lane = t_lane;
    // Fibonacci hashing: lanes that are pointers (multiples of 8 or 16, close together)
    // spread over the writers as well as small numbers do.
    const quint64 mixed = lane * 0x9E3779B97F4A7C15ULL;
    const size_t writer = m_writers.size() == 1 ? 0 : size_t((mixed >> 32) % m_writers.size());
    m_writers[writer]->enqueue({ std::move(job), std::move(done) });
}

int Storage::largestBatch() const
{
    int largest = 0;
    for (const auto& writer : m_writers)
        largest = qMax(largest, writer->largestBatch());
    return largest;
}

void Storage::deliver(const Completion& done, Outcome outcome)
{
    handover::postCompletion(*m_completions, done, std::move(outcome));
}

} // namespace helpdesk::server
