// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace helpdesk::server {

// Slows down password guessing, per login and per client address. After `freeFailures`
// failures within the window, each further attempt must wait a lockout that doubles with
// every failure (1 s, 2 s, 4 s … up to the window). A success clears the login's record.
// Lives on the network thread.
class RateLimiter
{
public:
    struct Policy
    {
        int freeFailures;
        qint64 windowMs;
    };
    RateLimiter(
        Policy perLogin = { 5, 15 * 60 * 1000 }, Policy perAddress = { 30, 15 * 60 * 1000 });

    // Milliseconds until this login may be tried from this address; 0 when allowed now.
    qint64 retryAfterMs(const QString& login, const QString& address, qint64 nowMs) const;
    void recordFailure(const QString& login, const QString& address, qint64 nowMs);
    void recordSuccess(const QString& login);

private:
    struct Record
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    static qint64 wait(const Record& record, const Policy& policy, qint64 nowMs);
    static void bump(Record& record, const Policy& policy, qint64 nowMs);
    void prune(qint64 nowMs);

    Policy m_loginPolicy;
    Policy m_addressPolicy;
    QHash<QString, Record> m_byLogin;
    QHash<QString, Record> m_byAddress;
};

} // namespace helpdesk::server
