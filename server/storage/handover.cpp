// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtCore/qtsan_impl.h> // QT_BUILDING_UNDER_TSAN when built with -fsanitize=thread

#include <memory>

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

} // namespace

namespace {

class CompletionEvent : public QEvent
{
public:
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }

    CompletionEvent(Completion done, Outcome outcome)
        : QEvent(type())
        , m_done(std::move(done))
        , m_outcome(std::move(outcome))
    {
    }

    void run() { m_done(m_outcome); }

private:
    Completion m_done;
    Outcome m_outcome;
};

} // namespace

bool Mailbox::event(QEvent* event)
{
    if (event->type() != CompletionEvent::type())
        return QObject::event(event);
    acquired(event);
    static_cast<CompletionEvent*>(event)->run();
    return true;
}

void postCompletion(Mailbox& to, Completion done, Outcome outcome)
{
    auto* event = new CompletionEvent(std::move(done), std::move(outcome));
    released(event);
    QCoreApplication::postEvent(&to, event);
}

void start(QThreadPool& pool, std::function<void()> work)
{
    auto parcel = std::make_shared<std::function<void()>>(std::move(work));
    released(parcel.get());
    pool.start([parcel]() {
        acquired(parcel.get());
        (*parcel)();
    });
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
