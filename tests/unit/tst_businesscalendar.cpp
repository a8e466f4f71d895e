// SPDX-License-Identifier: GPL-3.0-or-later
// The business-time arithmetic of SLA calendars: weekends, holidays, shifts over midnight and
// DST changes (Europe/Zagreb now; Europe/Moscow in 2010 and 2014, when it still changed).
#include "sla/businesscalendar.h"

#include <QDateTime>
#include <QTest>

using namespace helpdesk::server::sla;

namespace {

QVector<WeeklyHours> everyDay(int startMinute, int endMinute, int lastDay = 7)
{
    QVector<WeeklyHours> week;
    for (int day = 1; day <= lastDay; ++day)
        week.append({ day, startMinute, endMinute });
    return week;
}

// The calendars the rows name.
BusinessCalendar calendar(const QString& name)
{
    const QTimeZone zagreb("Europe/Zagreb");
    const QTimeZone moscow("Europe/Moscow");
    if (name == QLatin1String("24/7"))
        return BusinessCalendar::alwaysOpen();
    if (name == QLatin1String("zagreb office")) // Monday to Friday 08:00-16:00
        return BusinessCalendar(zagreb, everyDay(8 * 60, 16 * 60, 5));
    if (name == QLatin1String("zagreb office, christmas"))
        return BusinessCalendar(zagreb, everyDay(8 * 60, 16 * 60, 5),
            { QDate(2026, 12, 25), QDate(2026, 12, 26) });
    if (name == QLatin1String("zagreb nights")) // every day 22:00-06:00
        return BusinessCalendar(zagreb, everyDay(22 * 60, 30 * 60));
    if (name == QLatin1String("zagreb weekday evenings")) // Monday to Friday 20:00-04:00
        return BusinessCalendar(zagreb, everyDay(20 * 60, 28 * 60, 5));
    if (name == QLatin1String("zagreb split day")) // 08:00-12:00 and 13:00-17:00, overlapping
        return BusinessCalendar(zagreb,
            { { 1, 8 * 60, 12 * 60 }, { 1, 13 * 60, 17 * 60 }, { 1, 11 * 60, 14 * 60 } });
    if (name == QLatin1String("moscow nights"))
        return BusinessCalendar(moscow, everyDay(22 * 60, 30 * 60));
    if (name == QLatin1String("moscow office"))
        return BusinessCalendar(moscow, everyDay(9 * 60, 18 * 60, 5));
    qFatal("unknown calendar");
}

// "2026-03-27 15:30" in the calendar's zone (UTC for 24/7), as ms since the epoch.
qint64 at(const BusinessCalendar& cal, const QString& local)
{
    const QDateTime parsed = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
    Q_ASSERT(parsed.isValid());
    return QDateTime(parsed.date(), parsed.time(), cal.zone()).toMSecsSinceEpoch();
}

QString local(const BusinessCalendar& cal, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, cal.zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private slots:
    void addMinutes_data();
    void addMinutes();
    void minutesBetween_data();
    void minutesBetween();
    void insideHours_data();
    void insideHours();
    void historicOffsets();
    void noHoursGivesUp();
};

void TestBusinessCalendar::addMinutes_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("due");

    QTest::newRow("24/7 over a weekend") << "24/7" << "2026-12-05 10:00" << qint64(90) << "2026-12-05 11:30";
    QTest::newRow("inside one day") << "zagreb office" << "2026-12-01 09:00" << qint64(120) << "2026-12-01 11:00";
    QTest::newRow("ends exactly at closing") << "zagreb office" << "2026-12-01 15:00" << qint64(60) << "2026-12-01 16:00";
    QTest::newRow("friday afternoon to monday") << "zagreb office" << "2026-12-04 15:00" << qint64(120) << "2026-12-07 09:00";
    QTest::newRow("started on a saturday") << "zagreb office" << "2026-12-05 11:00" << qint64(60) << "2026-12-07 09:00";
    QTest::newRow("started before opening") << "zagreb office" << "2026-12-01 06:00" << qint64(30) << "2026-12-01 08:30";
    QTest::newRow("zero minutes is now") << "zagreb office" << "2026-12-05 11:00" << qint64(0) << "2026-12-05 11:00";
    QTest::newRow("three days") << "zagreb office" << "2026-12-01 08:00" << qint64(3 * 480) << "2026-12-03 16:00";
    QTest::newRow("christmas skipped") << "zagreb office, christmas" << "2026-12-24 15:00" << qint64(120) << "2026-12-28 09:00";
    QTest::newRow("office over spring DST") << "zagreb office" << "2026-03-27 15:30" << qint64(60) << "2026-03-30 08:30";
    QTest::newRow("office over autumn DST") << "zagreb office" << "2026-10-23 15:30" << qint64(60) << "2026-10-26 08:30";
    // The night the clocks go forward has 7 hours, the night they go back 9.
    QTest::newRow("night shift, spring DST") << "zagreb nights" << "2026-03-28 22:00" << qint64(480) << "2026-03-29 23:00";
    QTest::newRow("night shift, autumn DST") << "zagreb nights" << "2026-10-24 22:00" << qint64(480) << "2026-10-25 05:00";
    QTest::newRow("night shift, plain night") << "zagreb nights" << "2026-12-01 23:00" << qint64(60) << "2026-12-02 00:00";
    QTest::newRow("night shift, past midnight") << "zagreb nights" << "2026-12-02 01:00" << qint64(360) << "2026-12-02 23:00";
    QTest::newRow("moscow 2010 spring DST") << "moscow nights" << "2010-03-27 22:00" << qint64(480) << "2010-03-28 23:00";
    QTest::newRow("moscow 2014 back to +3") << "moscow nights" << "2014-10-25 22:00" << qint64(480) << "2014-10-26 05:00";
    QTest::newRow("evenings: friday's runs into saturday") << "zagreb weekday evenings" << "2026-12-04 20:00" << qint64(600) << "2026-12-07 22:00";
    QTest::newRow("overlapping stretches count once") << "zagreb split day" << "2026-11-30 08:00" << qint64(540) << "2026-11-30 17:00";
}

void TestBusinessCalendar::addMinutes()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(qint64, minutes);
    QFETCH(QString, due);
    const BusinessCalendar cal = ::calendar(calendar);
    const auto result = cal.addBusinessMinutes(at(cal, start), minutes);
    QVERIFY(result);
    QCOMPARE(local(cal, *result), due);
    // And back: the minutes between start and due are the minutes added.
    QCOMPARE(cal.businessMinutesBetween(at(cal, start), *result), minutes);
}

void TestBusinessCalendar::minutesBetween_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("minutes");

    QTest::newRow("24/7 one day") << "24/7" << "2026-12-05 10:00" << "2026-12-06 10:00" << qint64(1440);
    QTest::newRow("a whole week") << "zagreb office" << "2026-11-30 00:00" << "2026-12-07 00:00" << qint64(5 * 480);
    QTest::newRow("weekend only") << "zagreb office" << "2026-12-04 16:00" << "2026-12-07 08:00" << qint64(0);
    QTest::newRow("reversed is negative") << "zagreb office" << "2026-12-01 11:00" << "2026-12-01 09:00" << qint64(-120);
    QTest::newRow("christmas week") << "zagreb office, christmas" << "2026-12-21 00:00" << "2026-12-28 00:00" << qint64(4 * 480);
    QTest::newRow("spring DST night") << "zagreb nights" << "2026-03-28 12:00" << "2026-03-29 12:00" << qint64(420);
    QTest::newRow("autumn DST night") << "zagreb nights" << "2026-10-24 12:00" << "2026-10-25 12:00" << qint64(540);
    QTest::newRow("moscow 2010 spring night") << "moscow nights" << "2010-03-27 12:00" << "2010-03-28 12:00" << qint64(420);
    QTest::newRow("moscow 2011 no change in autumn") << "moscow nights" << "2011-10-29 12:00" << "2011-10-30 12:00" << qint64(480);
    QTest::newRow("moscow 2014 back to +3") << "moscow nights" << "2014-10-25 12:00" << "2014-10-26 12:00" << qint64(540);
}

void TestBusinessCalendar::minutesBetween()
{
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, minutes);
    const BusinessCalendar cal = ::calendar(calendar);
    QCOMPARE(cal.businessMinutesBetween(at(cal, from), at(cal, to)), minutes);
}

void TestBusinessCalendar::insideHours_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("inside");

    QTest::newRow("24/7 sunday night") << "24/7" << "2026-12-06 03:00" << true;
    QTest::newRow("tuesday morning") << "zagreb office" << "2026-12-01 08:00" << true;
    QTest::newRow("closing minute is outside") << "zagreb office" << "2026-12-01 16:00" << false;
    QTest::newRow("saturday") << "zagreb office" << "2026-12-05 10:00" << false;
    QTest::newRow("holiday") << "zagreb office, christmas" << "2026-12-25 10:00" << false;
    QTest::newRow("after midnight of a night shift") << "zagreb nights" << "2026-12-02 03:00" << true;
    QTest::newRow("saturday 02:00 of friday's evening") << "zagreb weekday evenings" << "2026-12-05 02:00" << true;
    QTest::newRow("monday 02:00: sunday has none") << "zagreb weekday evenings" << "2026-12-07 02:00" << false;
}

void TestBusinessCalendar::insideHours()
{
    QFETCH(QString, calendar);
    QFETCH(QString, instant);
    QFETCH(bool, inside);
    const BusinessCalendar cal = ::calendar(calendar);
    QCOMPARE(cal.isBusinessTime(at(cal, instant)), inside);
}

void TestBusinessCalendar::historicOffsets()
{
    // Moscow kept UTC+4 all year from 2011 to 2014: 09:00 local on a 2012 winter day is 05:00
    // UTC, and 08:00 UTC the same morning is three hours into the day.
    const BusinessCalendar cal = calendar(QStringLiteral("moscow office"));
    const qint64 opening = QDateTime(QDate(2012, 1, 10), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(cal.isBusinessTime(opening));
    QVERIFY(!cal.isBusinessTime(opening - 60'000));
    QCOMPARE(cal.businessMinutesBetween(opening,
                 QDateTime(QDate(2012, 1, 10), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch()),
        qint64(180));
    // In January 2016 Moscow is UTC+3: the same local opening is 06:00 UTC.
    QVERIFY(!cal.isBusinessTime(
        QDateTime(QDate(2016, 1, 12), QTime(5, 30), Qt::UTC).toMSecsSinceEpoch()));
    QVERIFY(cal.isBusinessTime(
        QDateTime(QDate(2016, 1, 12), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch()));
}

void TestBusinessCalendar::noHoursGivesUp()
{
    const BusinessCalendar empty(QTimeZone("Europe/Zagreb"), {});
    QVERIFY(!empty.addBusinessMinutes(0, 1));
    QCOMPARE(empty.businessMinutesBetween(0, 86'400'000), qint64(0));
}

QTEST_APPLESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
