// SPDX-License-Identifier: GPL-3.0-or-later
// The SLA clock over business hours: due times, pause while pending and resume on the
// customer's reply, met and breached targets, re-opened tickets and a policy change mid-ticket.
// Every step names its own "now" (the injected clock).
#include "sla/slaclock.h"

#include <QDateTime>
#include <QTest>

using namespace helpdesk::server::sla;

namespace {

const QTimeZone kZagreb("Europe/Zagreb");

BusinessCalendar calendar(const QString& name)
{
    if (name == QLatin1String("24/7"))
        return BusinessCalendar::alwaysOpen();
    QVector<WeeklyHours> week; // Monday to Friday 08:00-16:00
    for (int day = 1; day <= 5; ++day)
        week.append({ day, 8 * 60, 16 * 60 });
    return BusinessCalendar(kZagreb, week);
}

qint64 at(const QString& local)
{
    const QDateTime parsed = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(parsed.date(), parsed.time(), kZagreb).toMSecsSinceEpoch();
}

QString local(const std::optional<qint64>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, kZagreb).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}

SlaTargets targets(const QString& text) // "first/next/resolution" in minutes, "-" for none
{
    const QStringList parts = text.split(QLatin1Char('/'));
    auto minutes = [](const QString& part) {
        return part == QLatin1String("-") ? std::nullopt : std::optional<qint64>(part.toLongLong());
    };
    return { minutes(parts.at(0)), minutes(parts.at(1)), minutes(parts.at(2)) };
}

// Plays "2026-11-30 09:00 create; 2026-11-30 09:30 reply; ..." as the server does: a customer
// writing to a pending or resolved ticket opens it first; "policy 30/60/240" switches rules.
SlaClock play(const QString& calendarName, const QString& policy, const QString& script,
    qint64* lastNow)
{
    SlaClockRules rules(targets(policy), calendar(calendarName));
    SlaClock clock;
    bool pending = false;
    bool closed = false;
    for (const QString& step : script.split(QLatin1Char(';'))) {
        const QString trimmed = step.trimmed();
        const qint64 now = at(trimmed.left(16));
        const QString action = trimmed.mid(17);
        *lastNow = now;
        auto setStatus = [&](bool toPending, bool toClosed) {
            clock = rules.statusChanged(clock, pending, closed, toPending, toClosed, now);
            pending = toPending;
            closed = toClosed;
        };
        if (action == QLatin1String("create")) {
            clock = rules.created(now);
        } else if (action == QLatin1String("reply")) {
            clock = rules.staffReplied(clock, now);
        } else if (action == QLatin1String("customer")) {
            if (pending || closed)
                setStatus(false, false);
            clock = rules.customerWrote(clock, now);
        } else if (action == QLatin1String("pending")) {
            setStatus(true, false);
        } else if (action == QLatin1String("open")) {
            setStatus(false, false);
        } else if (action == QLatin1String("resolved")) {
            setStatus(false, true);
        } else if (action.startsWith(QLatin1String("policy "))) {
            rules = SlaClockRules(targets(action.mid(7)), calendar(calendarName));
            clock = rules.recomputed(clock);
        } else {
            qFatal("unknown step");
        }
    }
    return clock;
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
};

void TestSlaClock::scenarios_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("firstDue");
    QTest::addColumn<QString>("nextDue");
    QTest::addColumn<QString>("resolutionDue");
    QTest::addColumn<QString>("dueAt"); // the earliest running due time, "" when none runs
    QTest::addColumn<QString>("breached"); // targets breached at the last step's time

    const QString office = QStringLiteral("office");
    const QString policy = QStringLiteral("60/120/480");
    QTest::newRow("first response met in time")
        << office << policy << "2026-11-30 09:00 create; 2026-11-30 09:30 reply"
        << "2026-11-30 10:00" << "" << "2026-12-01 09:00" << "2026-12-01 09:00" << "";
    QTest::newRow("created on friday evening")
        << office << policy << "2026-12-04 17:00 create"
        << "2026-12-07 09:00" << "" << "2026-12-07 16:00" << "2026-12-07 09:00" << "";
    QTest::newRow("first response late")
        << office << policy << "2026-11-30 09:00 create; 2026-11-30 10:30 reply"
        << "2026-11-30 10:00" << "" << "2026-12-01 09:00" << "2026-12-01 09:00" << "first";
    QTest::newRow("overdue while nobody answers")
        << office << policy << "2026-11-30 09:00 create; 2026-11-30 10:01 pending"
        << "2026-11-30 10:00" << "" << "2026-12-01 09:00" << "" << "first";
    QTest::newRow("paused: nothing runs")
        << office << policy << "2026-11-30 09:00 create; 2026-11-30 09:30 reply; 2026-11-30 10:00 pending"
        << "2026-11-30 10:00" << "" << "2026-12-01 09:00" << "" << "";
    // Paused Monday 10:00 to Tuesday 10:00: eight business hours added to the resolution.
    QTest::newRow("pause and resume on the customer's reply")
        << office << policy
        << "2026-11-30 09:00 create; 2026-11-30 09:30 reply; 2026-11-30 10:00 pending; 2026-12-01 10:00 customer"
        << "2026-11-30 10:00" << "2026-12-01 12:00" << "2026-12-02 09:00" << "2026-12-01 12:00" << "";
    QTest::newRow("resumed by a status change")
        << office << policy
        << "2026-11-30 09:00 create; 2026-11-30 09:30 reply; 2026-11-30 15:00 pending; 2026-12-01 09:00 open"
        << "2026-11-30 10:00" << "" << "2026-12-01 11:00" << "2026-12-01 11:00" << "";
    QTest::newRow("pending over a weekend, 24/7")
        << "24/7" << policy
        << "2026-12-04 12:00 create; 2026-12-04 12:10 reply; 2026-12-04 13:00 pending; 2026-12-07 13:00 customer"
        << "2026-12-04 13:00" << "2026-12-07 15:00" << "2026-12-07 20:00" << "2026-12-07 15:00" << "";
    QTest::newRow("next response breached")
        << office << policy
        << "2026-11-30 09:00 create; 2026-11-30 09:30 reply; 2026-11-30 11:00 customer; 2026-11-30 14:00 reply"
        << "2026-11-30 10:00" << "2026-11-30 13:00" << "2026-12-01 09:00" << "2026-12-01 09:00" << "next";
    QTest::newRow("resolving answers the owed reply")
        << office << policy << "2026-11-30 09:00 create; 2026-11-30 09:20 resolved"
        << "2026-11-30 10:00" << "" << "2026-12-01 09:00" << "" << "";
    QTest::newRow("re-opened: a new resolution target")
        << office << policy
        << "2026-11-30 09:00 create; 2026-11-30 09:30 reply; 2026-11-30 11:00 resolved; 2026-12-02 10:00 customer"
        << "2026-11-30 10:00" << "2026-12-02 12:00" << "2026-12-03 10:00" << "2026-12-02 12:00" << "";
    QTest::newRow("resolved late")
        << office << QStringLiteral("60/120/60")
        << "2026-11-30 09:00 create; 2026-11-30 09:30 reply; 2026-11-30 11:00 resolved"
        << "2026-11-30 10:00" << "" << "2026-11-30 10:00" << "" << "resolution";
    // A policy change recomputes the unmet targets from their original start.
    QTest::newRow("stricter policy mid-ticket")
        << office << policy
        << "2026-11-30 09:00 create; 2026-11-30 09:10 policy 30/60/240; 2026-11-30 09:45 reply"
        << "2026-11-30 09:30" << "" << "2026-11-30 13:00" << "2026-11-30 13:00" << "first";
    QTest::newRow("met target keeps its due time")
        << office << policy
        << "2026-11-30 09:00 create; 2026-11-30 09:50 reply; 2026-11-30 10:00 policy 30/60/240"
        << "2026-11-30 10:00" << "" << "2026-11-30 13:00" << "2026-11-30 13:00" << "";
    QTest::newRow("policy without targets")
        << office << "-/-/-" << "2026-11-30 09:00 create"
        << "" << "" << "" << "" << "";
}

void TestSlaClock::scenarios()
{
    QFETCH(QString, calendar);
    QFETCH(QString, policy);
    QFETCH(QString, script);
    QFETCH(QString, firstDue);
    QFETCH(QString, nextDue);
    QFETCH(QString, resolutionDue);
    QFETCH(QString, dueAt);
    QFETCH(QString, breached);
    qint64 now = 0;
    const SlaClock clock = play(calendar, policy, script, &now);
    QCOMPARE(local(clock.firstResponseDue), firstDue);
    QCOMPARE(local(clock.nextResponseDue), nextDue);
    QCOMPARE(local(clock.resolutionDue), resolutionDue);
    QCOMPARE(local(clock.dueAt()), dueAt);
    QStringList late;
    if (isBreached(clock, clock.firstResponseDue, clock.firstResponseAt, now))
        late << QStringLiteral("first");
    if (isBreached(clock, clock.nextResponseDue, clock.nextResponseAt, now))
        late << QStringLiteral("next");
    if (isBreached(clock, clock.resolutionDue, clock.resolutionAt, now))
        late << QStringLiteral("resolution");
    QCOMPARE(late.join(QLatin1Char(',')), breached);
}

QTEST_APPLESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
