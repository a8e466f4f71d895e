// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtCore/qtsan_impl.h> // QT_BUILDING_UNDER_TSAN when built with -fsanitize=thread

namespace helpdesk::server::handover {

namespace {

#ifdef QT_BUILDING_UNDER_TSAN
void released(void* token)
{
    __tsan_release(token);
}
void acquired(void* token)
{
    __tsan_acquire(token);
}
#else
void released(void*) { }
void acquired(void*) { }
#endif

class TaskEvent : public QEvent
{
public:
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }

    explicit TaskEvent(std::function<void()> task)
        : QEvent(type())
        , m_task(std::move(task))
    {
    }
    // Also when Qt deletes it undelivered (its mailbox went first, at shutdown).
    ~TaskEvent() override { acquired(this); }

    void run() { m_task(); }

private:
    std::function<void()> m_task;
};

// The work as the pool runs it. The pool's thread reaches it through Qt (unseen), and its own
// address is known before anything of it is read: that address is the hand-over's token.
struct PooledWork
{
    std::function<void()> work;

    void operator()()
    {
        acquired(this);
        work();
    }
};

} // namespace

bool Mailbox::event(QEvent* event)
{
    acquired(event); // before anything of it is read (a no-op for events nobody released)
    if (event->type() != TaskEvent::type())
        return QObject::event(event);
    static_cast<TaskEvent*>(event)->run();
    return true;
}

void post(Mailbox& to, std::function<void()> task)
{
    auto* event = new TaskEvent(std::move(task));
    released(event);
    QCoreApplication::postEvent(&to, event);
}

void postCompletion(Mailbox& to, Completion done, Outcome outcome)
{
    post(to, [done = std::move(done), outcome = std::move(outcome)]() { done(outcome); });
}

void start(QThreadPool& pool, std::function<void()> work)
{
    std::function<void()> task = PooledWork { std::move(work) };
    // Stored on the heap (too large for std::function's own buffer): it stays where it is
    // while Qt moves the std::function into its runnable.
    released(task.target<PooledWork>());
    pool.start(std::move(task));
}

RunScope::~RunScope()
{
    released(const_cast<QThread*>(m_thread));
}

void join(QThread& thread)
{
    thread.wait();
    acquired(&thread);
}

bool wait(QWaitCondition& condition, QMutex& mutex, QDeadlineTimer deadline)
{
#ifdef QT_BUILDING_UNDER_TSAN
    // The caller's QMutexLocker told TSan it holds the mutex; Qt's wait lets it go and takes
    // it back inside libQt6Core, unseen.
    __tsan_mutex_pre_unlock(&mutex, 0);
    __tsan_mutex_post_unlock(&mutex, 0);
#endif
    const bool woken = condition.wait(&mutex, deadline);
#ifdef QT_BUILDING_UNDER_TSAN
    __tsan_mutex_pre_lock(&mutex, 0);
    __tsan_mutex_post_lock(&mutex, 0, 0);
#endif
    return woken;
}

} // namespace helpdesk::server::handover
