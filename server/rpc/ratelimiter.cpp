// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>

namespace helpdesk::server {

namespace {
constexpr int kPruneAbove = 10000;
}

RateLimiter::RateLimiter(Policy perLogin, Policy perAddress)
    : m_loginPolicy(perLogin)
    , m_addressPolicy(perAddress)
{
}

qint64 RateLimiter::wait(const Record& record, const Policy& policy, qint64 nowMs)
{
    if (nowMs - record.lastFailureMs > policy.windowMs || record.failures < policy.freeFailures)
        return 0;
    const int doublings = std::min(record.failures - policy.freeFailures, 20);
    const qint64 lockout = std::min<qint64>(1000LL << doublings, policy.windowMs);
    return std::max<qint64>(0, record.lastFailureMs + lockout - nowMs);
}

void RateLimiter::bump(Record& record, const Policy& policy, qint64 nowMs)
{
    if (nowMs - record.lastFailureMs > policy.windowMs)
        record.failures = 0;
    ++record.failures;
    record.lastFailureMs = nowMs;
}

qint64 RateLimiter::retryAfterMs(const QString& login, const QString& address, qint64 nowMs) const
{
    const qint64 byLogin = wait(m_byLogin.value(login.toLower()), m_loginPolicy, nowMs);
    const qint64 byAddress = wait(m_byAddress.value(address), m_addressPolicy, nowMs);
    return std::max(byLogin, byAddress);
}

void RateLimiter::recordFailure(const QString& login, const QString& address, qint64 nowMs)
{
    bump(m_byLogin[login.toLower()], m_loginPolicy, nowMs);
    bump(m_byAddress[address], m_addressPolicy, nowMs);
    if (m_byLogin.size() + m_byAddress.size() > kPruneAbove)
        prune(nowMs);
}

void RateLimiter::recordSuccess(const QString& login)
{
    m_byLogin.remove(login.toLower());
}

void RateLimiter::prune(qint64 nowMs)
{
    auto expire = [nowMs](QHash<QString, Record>& records, const Policy& policy) {
        records.removeIf([&](const QHash<QString, Record>::iterator it) {
            return nowMs - it.value().lastFailureMs > policy.windowMs;
        });
    };
    expire(m_byLogin, m_loginPolicy);
    expire(m_byAddress, m_addressPolicy);
}

} // namespace helpdesk::server
