// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace helpdesk::server::handover {

// Work passes between the storage's threads through Qt: completions posted to the network
// thread's event queue, reads started on the reader pool, jobs queued for a writer under a
// QMutex that QWaitCondition::wait releases. The distribution's Qt is not built with the
// thread sanitizer, so under TSan these hand-overs are invisible and every one would be
// reported as a race (docs/security.md, "Sanitizers"). These functions do the hand-over and,
// in TSan builds only, tell the sanitizer what Qt does; elsewhere they are the plain calls.

// Where posted work is delivered: an object living in the thread that runs it (for the
// storage, its owner's thread). Each task travels as an event of our own, built whole before
// it is posted and read only after the receiving thread has taken it, so that TSan sees the
// hand-over (a closure given to QMetaObject::invokeMethod is written and freed inside Qt,
// where TSan cannot follow).
class Mailbox : public QObject
{
public:
    using QObject::QObject;

protected:
    bool event(QEvent* event) override;
};

// Runs `task` in `to`'s thread, from its event loop: for data one thread hands to another
// (a queued signal's arguments are copied inside Qt, where TSan cannot see them).
void post(Mailbox& to, std::function<void()> task);

// Posts `done(outcome)` to `to`'s thread.
void postCompletion(Mailbox& to, Completion done, Outcome outcome);

// Starts `work` on `pool`.
void start(QThreadPool& pool, std::function<void()> work);

// Made first thing in a QThread's run(): its end is what join() waits for.
class RunScope
{
public:
    explicit RunScope(const QThread* thread)
        : m_thread(thread)
    {
    }
    ~RunScope();
    RunScope(const RunScope&) = delete;
    RunScope& operator=(const RunScope&) = delete;

private:
    const QThread* m_thread;
};

// QThread::wait(): Qt joins the thread inside, unseen.
void join(QThread& thread);

// QWaitCondition::wait with `mutex` held by the caller (a QMutexLocker): false on timeout.
bool wait(QWaitCondition& condition, QMutex& mutex,
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

} // namespace helpdesk::server::handover
