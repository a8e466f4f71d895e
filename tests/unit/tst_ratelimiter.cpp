// SPDX-License-Identifier: GPL-3.0-or-later
#include "rpc/ratelimiter.h"

#include <QTest>

using namespace helpdesk::server;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void freeFailuresThenLockout();
    void lockoutDoublesAndCaps();
    void successClearsLogin();
    void perAddressCountsAcrossLogins();
    void windowForgets();
};

void TestRateLimiter::freeFailuresThenLockout()
{
    RateLimiter limiter({ 3, 60'000 }, { 100, 60'000 });
    qint64 now = 1'000'000;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.retryAfterMs(QStringLiteral("ana"), QStringLiteral("10.0.0.1"), now), 0);
        limiter.recordFailure(QStringLiteral("ana"), QStringLiteral("10.0.0.1"), now);
    }
    QCOMPARE(limiter.retryAfterMs(QStringLiteral("ana"), QStringLiteral("10.0.0.1"), now), 1000);
    QCOMPARE(
        limiter.retryAfterMs(QStringLiteral("ANA"), QStringLiteral("10.0.0.9"), now + 400), 600);
    QCOMPARE(
        limiter.retryAfterMs(QStringLiteral("ana"), QStringLiteral("10.0.0.1"), now + 1000), 0);
    QCOMPARE(limiter.retryAfterMs(QStringLiteral("ivan"), QStringLiteral("10.0.0.1"), now), 0);
}

void TestRateLimiter::lockoutDoublesAndCaps()
{
    RateLimiter limiter({ 1, 60'000 }, { 100, 60'000 });
    qint64 now = 0;
    QList<qint64> waits;
    for (int i = 0; i < 10; ++i) {
        now += 1;
        limiter.recordFailure(QStringLiteral("x"), QStringLiteral("a"), now);
        waits << limiter.retryAfterMs(QStringLiteral("x"), QStringLiteral("a"), now);
    }
    QCOMPARE(waits.mid(0, 5), (QList<qint64> { 1000, 2000, 4000, 8000, 16000 }));
    QCOMPARE(waits.last(), 60'000); // capped at the window
}

void TestRateLimiter::successClearsLogin()
{
    RateLimiter limiter({ 1, 60'000 }, { 100, 60'000 });
    limiter.recordFailure(QStringLiteral("x"), QStringLiteral("a"), 0);
    QVERIFY(limiter.retryAfterMs(QStringLiteral("x"), QStringLiteral("a"), 0) > 0);
    limiter.recordSuccess(QStringLiteral("x"));
    QCOMPARE(limiter.retryAfterMs(QStringLiteral("x"), QStringLiteral("a"), 0), 0);
}

void TestRateLimiter::perAddressCountsAcrossLogins()
{
    RateLimiter limiter({ 100, 60'000 }, { 5, 60'000 });
    for (int i = 0; i < 5; ++i)
        limiter.recordFailure(QStringLiteral("user%1").arg(i), QStringLiteral("10.9.9.9"), 0);
    QVERIFY(limiter.retryAfterMs(QStringLiteral("fresh"), QStringLiteral("10.9.9.9"), 10) > 0);
    QCOMPARE(limiter.retryAfterMs(QStringLiteral("fresh"), QStringLiteral("10.9.9.8"), 10), 0);
}

void TestRateLimiter::windowForgets()
{
    RateLimiter limiter({ 1, 60'000 }, { 100, 60'000 });
    limiter.recordFailure(QStringLiteral("x"), QStringLiteral("a"), 0);
    limiter.recordFailure(QStringLiteral("x"), QStringLiteral("a"), 1);
    QVERIFY(limiter.retryAfterMs(QStringLiteral("x"), QStringLiteral("a"), 2) > 0);
    QCOMPARE(limiter.retryAfterMs(QStringLiteral("x"), QStringLiteral("a"), 60'002), 0);
    limiter.recordFailure(QStringLiteral("x"), QStringLiteral("a"), 70'000);
    QCOMPARE(limiter.retryAfterMs(QStringLiteral("x"), QStringLiteral("a"), 70'000), 1000);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
