// SPDX-License-Identifier: GPL-3.0-or-later
// SLA calendars and policies, and the due times every ticket carries (docs/protocol.md:
// calendar.*, slaPolicy.*, the Ticket's "sla", ticket.list's overdue/dueWithinMinutes): set by
// ticket.create, moved by message.add and ticket.update in the same write, paused while
// pending, a new resolution target on re-opening, recomputed when the policy changes.
#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace helpdesk::test;

namespace {
constexpr qint64 kBilling = 2; // the policy of 60/120/480 minutes, 24/7
constexpr qint64 kAbuse = 3; // the policy of 1 minute to first response
constexpr qint64 kMinute = 60'000;

qint64 ms(const QJsonValue& wireTime)
{
    return QDateTime::fromString(wireTime.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
QJsonObject slaOf(const QJsonObject& ticket)
{
    return ticket.value(QLatin1String("sla")).toObject();
}
QJsonObject target(const QJsonObject& ticket, const char* name)
{
    return slaOf(ticket).value(QLatin1String(name)).toObject();
}
} // namespace

class TestSla : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calendars();
    void policies();
    void createdTicketIsDue();
    void pauseAndResume();
    void reopenedGetsNewResolution();
    void policyChangeRecomputes();
    void dueWithinView();
    void overdueView();
    void timeAccounting();

private:
    QJsonObject create(qint64 queue, TestClient* as = nullptr);
    QJsonObject ticket(qint64 id);
    QList<qint64> listIds(const QJsonObject& filter);

    TestServer m_server;
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
};

void TestSla::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_lead && m_agent && m_alice);
}

QJsonObject TestSla::create(qint64 queue, TestClient* as)
{
    QJsonObject params { { QStringLiteral("subject"), QStringLiteral("Site down") },
        { QStringLiteral("body"), QStringLiteral("Nothing loads since ten.") } };
    if (as)
        return resultOf(as->call(QStringLiteral("ticket.create"), params));
    params.insert(QStringLiteral("queueId"), queue);
    params.insert(QStringLiteral("customerId"), kAcme);
    return resultOf(m_agent->call(QStringLiteral("ticket.create"), params));
}

QJsonObject TestSla::ticket(qint64 id)
{
    return resultOf(m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
        .value(QLatin1String("ticket"))
        .toObject();
}

QList<qint64> TestSla::listIds(const QJsonObject& filter)
{
    const QJsonObject page = resultOf(m_agent->call(QStringLiteral("ticket.list"),
        QJsonObject { { QStringLiteral("filter"), filter }, { QStringLiteral("limit"), 500 } }));
    QList<qint64> ids;
    for (const QJsonValue& item : page.value(QLatin1String("items")).toArray())
        ids << idOf(item);
    return ids;
}

void TestSla::calendars()
{
    const QJsonArray builtIn = resultOf(m_agent->call(QStringLiteral("calendar.list")))
                                   .value(QLatin1String("items")).toArray();
    QCOMPARE(builtIn.size(), 1);
    QCOMPARE(builtIn.first().toObject().value(QLatin1String("alwaysOpen")).toBool(), true);
    const QJsonArray week { QJsonObject { { QStringLiteral("day"), 1 },
                                { QStringLiteral("start"), QStringLiteral("08:00") },
                                { QStringLiteral("end"), QStringLiteral("16:00") } },
        QJsonObject { { QStringLiteral("day"), 5 }, { QStringLiteral("start"), QStringLiteral("22:00") },
            { QStringLiteral("end"), QStringLiteral("06:00") } } };
    const QJsonObject saved = resultOf(m_lead->call(QStringLiteral("calendar.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Zagreb office") },
            { QStringLiteral("timeZone"), QStringLiteral("Europe/Zagreb") },
            { QStringLiteral("hours"), week },
            { QStringLiteral("holidays"), QJsonArray { QStringLiteral("2026-12-25") } } }));
    QVERIFY(idOf(saved) > 1);
    QCOMPARE(saved.value(QLatin1String("hours")).toArray(), week);
    // An update changes only what it names.
    const QJsonObject renamed = resultOf(m_lead->call(QStringLiteral("calendar.save"),
        QJsonObject { { QStringLiteral("id"), idOf(saved) },
            { QStringLiteral("name"), QStringLiteral("Zagreb") } }));
    QCOMPARE(renamed.value(QLatin1String("timeZone")).toString(), QStringLiteral("Europe/Zagreb"));
    QCOMPARE(renamed.value(QLatin1String("holidays")).toArray().size(), 1);
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("calendar.save"),
                        QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("name"), QStringLiteral("x") } }),
        1022);
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("calendar.save"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Mars") },
                            { QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus") },
                            { QStringLiteral("hours"), week } }),
        1022);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("calendar.save"),
                        QJsonObject { { QStringLiteral("id"), idOf(saved) }, { QStringLiteral("name"), QStringLiteral("y") } }),
        1003);
    QCOMPARE(resultOf(m_agent->call(QStringLiteral("calendar.list"))).value(QLatin1String("items")).toArray().size(), 2);
}

void TestSla::policies()
{
    const QJsonObject billing = resultOf(m_lead->call(QStringLiteral("slaPolicy.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Billing") },
            { QStringLiteral("queueId"), kBilling }, { QStringLiteral("firstResponseMinutes"), 60 },
            { QStringLiteral("nextResponseMinutes"), 120 }, { QStringLiteral("resolutionMinutes"), 480 } }));
    QCOMPARE(billing.value(QLatin1String("calendarId")).toInt(), 1);
    QVERIFY(billing.value(QLatin1String("priority")).isNull());
    HD_EXPECT_OK(m_lead->call(QStringLiteral("slaPolicy.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Abuse") }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("firstResponseMinutes"), 1 } }));
    // One policy per queue and priority.
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("slaPolicy.save"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Billing 2") },
                            { QStringLiteral("queueId"), kBilling } }),
        1022);
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("slaPolicy.save"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Zero") },
                            { QStringLiteral("firstResponseMinutes"), 0 } }),
        1022);
    QCOMPARE(resultOf(m_agent->call(QStringLiteral("slaPolicy.list"))).value(QLatin1String("items")).toArray().size(), 2);
}

void TestSla::createdTicketIsDue()
{
    const QJsonObject created = create(kBilling);
    const qint64 at = ms(created.value(QLatin1String("createdAt")));
    QCOMPARE(ms(target(created, "firstResponse").value(QLatin1String("dueAt"))), at + 60 * kMinute);
    QCOMPARE(ms(target(created, "resolution").value(QLatin1String("dueAt"))), at + 480 * kMinute);
    QCOMPARE(ms(slaOf(created).value(QLatin1String("dueAt"))), at + 60 * kMinute);
    QVERIFY(slaOf(created).value(QLatin1String("nextResponse")).isNull());
    // A queue without a policy: no SLA.
    QVERIFY(create(1).value(QLatin1String("sla")).isNull());

    // The first public reply meets the first response, in the same write.
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), idOf(created) }, { QStringLiteral("body"), QStringLiteral("On it.") } }));
    const QJsonObject answered = ticket(idOf(created));
    QVERIFY(!target(answered, "firstResponse").value(QLatin1String("metAt")).isNull());
    QCOMPARE(target(answered, "firstResponse").value(QLatin1String("breached")).toBool(), false);
    QCOMPARE(ms(slaOf(answered).value(QLatin1String("dueAt"))), at + 480 * kMinute);
}

void TestSla::pauseAndResume()
{
    const QJsonObject created = create(kBilling);
    const qint64 id = idOf(created);
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Which domain?") },
            { QStringLiteral("status"), QStringLiteral("pending") } }));
    const QJsonObject paused = ticket(id);
    QCOMPARE(slaOf(paused).value(QLatin1String("paused")).toBool(), true);
    QVERIFY(slaOf(paused).value(QLatin1String("dueAt")).isNull());
    QVERIFY(!listIds(QJsonObject { { QStringLiteral("dueWithinMinutes"), 10000 } }).contains(id));
    QTest::qWait(1100);
    const QJsonObject reply = resultOf(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("example.org") } }));
    const qint64 wrote = ms(reply.value(QLatin1String("createdAt")));
    const QJsonObject resumed = ticket(id);
    QCOMPARE(resumed.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(slaOf(resumed).value(QLatin1String("paused")).toBool(), false);
    QCOMPARE(ms(target(resumed, "nextResponse").value(QLatin1String("dueAt"))), wrote + 120 * kMinute);
    // The resolution moved on by the time spent pending (over a second, 24/7).
    const qint64 resolution = ms(target(resumed, "resolution").value(QLatin1String("dueAt")));
    const qint64 created_at = ms(created.value(QLatin1String("createdAt")));
    QVERIFY(resolution >= created_at + 480 * kMinute + 1000);
    QVERIFY(resolution <= created_at + 480 * kMinute + (wrote - created_at));
    QCOMPARE(ms(slaOf(resumed).value(QLatin1String("dueAt"))), wrote + 120 * kMinute);
}

void TestSla::reopenedGetsNewResolution()
{
    const QJsonObject created = create(kBilling);
    const qint64 id = idOf(created);
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Fixed.") },
            { QStringLiteral("status"), QStringLiteral("resolved") } }));
    const QJsonObject resolved = ticket(id);
    QVERIFY(!target(resolved, "resolution").value(QLatin1String("metAt")).isNull());
    QVERIFY(slaOf(resolved).value(QLatin1String("dueAt")).isNull());
    const QJsonObject again = resultOf(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Down again.") } }));
    const qint64 wrote = ms(again.value(QLatin1String("createdAt")));
    const QJsonObject reopened = ticket(id);
    QVERIFY(target(reopened, "resolution").value(QLatin1String("metAt")).isNull());
    QCOMPARE(ms(target(reopened, "resolution").value(QLatin1String("dueAt"))), wrote + 480 * kMinute);
    QCOMPARE(ms(target(reopened, "nextResponse").value(QLatin1String("dueAt"))), wrote + 120 * kMinute);
}

void TestSla::policyChangeRecomputes()
{
    const QJsonObject created = create(kBilling);
    const qint64 id = idOf(created);
    const QJsonObject moved = resultOf(m_agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), created.value(QLatin1String("version")) },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("queueId"), kAbuse } } } }));
    // Measured from the creation by the Abuse policy: 1 minute; it has no resolution target.
    QCOMPARE(ms(target(moved, "firstResponse").value(QLatin1String("dueAt"))),
        ms(created.value(QLatin1String("createdAt"))) + kMinute);
    QVERIFY(slaOf(moved).value(QLatin1String("resolution")).isNull());
    QVERIFY(slaOf(moved).value(QLatin1String("policyId")).toInt() != slaOf(created).value(QLatin1String("policyId")).toInt());
}

void TestSla::dueWithinView()
{
    const qint64 id = idOf(create(kBilling));
    const QJsonObject inBilling { { QStringLiteral("queueId"), kBilling } };
    QJsonObject within61 = inBilling;
    within61.insert(QStringLiteral("dueWithinMinutes"), 61);
    QJsonObject within30 = inBilling;
    within30.insert(QStringLiteral("dueWithinMinutes"), 30);
    QVERIFY(listIds(within61).contains(id));
    QVERIFY(!listIds(within30).contains(id));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("ticket.list"),
                        params(QStringLiteral("filter"), QJsonObject { { QStringLiteral("dueWithinMinutes"), 0 } })),
        1022);
}

void TestSla::overdueView()
{
    // The Abuse policy wants a first response within a minute: wait for it to pass.
    const qint64 late = idOf(create(kAbuse));
    const qint64 answered = idOf(create(kAbuse));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), answered }, { QStringLiteral("body"), QStringLiteral("Looking.") } }));
    const QJsonObject overdue { { QStringLiteral("overdue"), true } };
    QVERIFY(!listIds(overdue).contains(late));
    QElapsedTimer waited;
    waited.start();
    while (!listIds(overdue).contains(late) && waited.elapsed() < 120'000)
        QTest::qWait(2000);
    QVERIFY(listIds(overdue).contains(late));
    QVERIFY(!listIds(overdue).contains(answered));
    QCOMPARE(target(ticket(late), "firstResponse").value(QLatin1String("breached")).toBool(), true);
    QCOMPARE(target(ticket(answered), "firstResponse").value(QLatin1String("breached")).toBool(), false);
}

void TestSla::timeAccounting()
{
    HD_EXPECT_OK(m_lead->call(QStringLiteral("timeSpent.configure"),
        QJsonObject { { QStringLiteral("queueId"), 1 }, { QStringLiteral("required"), true } }));
    const QJsonArray settings = resultOf(m_agent->call(QStringLiteral("timeSpent.settings")))
                                    .value(QLatin1String("items")).toArray();
    QCOMPARE(settings.at(0).toObject().value(QLatin1String("required")).toBool(), true);
    QCOMPARE(settings.at(1).toObject().value(QLatin1String("required")).toBool(), false);
    const qint64 id = idOf(create(1));
    auto add = [&](TestClient& who, const QJsonObject& extra) {
        QJsonObject p { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Checked the logs.") } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            p.insert(it.key(), it.value());
        return who.call(QStringLiteral("message.add"), p);
    };
    HD_EXPECT_ERROR(add(*m_agent, {}), 1022); // required in this queue, for staff
    HD_EXPECT_ERROR(add(*m_agent, { { QStringLiteral("timeSpentMinutes"), 1441 } }), 1022);
    HD_EXPECT_OK(add(*m_agent, { { QStringLiteral("timeSpentMinutes"), 15 } }));
    HD_EXPECT_OK(add(*m_lead, { { QStringLiteral("timeSpentMinutes"), 10 }, { QStringLiteral("internal"), true } }));
    HD_EXPECT_ERROR(add(*m_alice, { { QStringLiteral("timeSpentMinutes"), 5 } }), 1003);
    HD_EXPECT_OK(add(*m_alice, {})); // customers never account time
    QCOMPARE(ticket(id).value(QLatin1String("timeSpentMinutes")).toInt(), 25);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject report = resultOf(m_lead->call(QStringLiteral("timeSpent.report"),
        QJsonObject { { QStringLiteral("since"), now.addDays(-1).toString(Qt::ISODateWithMs) },
            { QStringLiteral("until"), now.addDays(1).toString(Qt::ISODateWithMs) } }));
    QCOMPARE(report.value(QLatin1String("totalMinutes")).toInt(), 25);
    QHash<qint64, int> byUser;
    for (const QJsonValue& row : report.value(QLatin1String("items")).toArray()) {
        const QJsonObject r = row.toObject();
        QCOMPARE(r.value(QLatin1String("customerId")).toInteger(), kAcme);
        QVERIFY(r.value(QLatin1String("month")).toString().startsWith(QString::number(now.date().year())));
        byUser[r.value(QLatin1String("userId")).toInteger()] += r.value(QLatin1String("minutes")).toInt();
    }
    QCOMPARE(byUser.value(m_agent->userId()), 15);
    QCOMPARE(byUser.value(m_lead->userId()), 10);
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("timeSpent.report"),
                        QJsonObject { { QStringLiteral("since"), now.toString(Qt::ISODateWithMs) },
                            { QStringLiteral("until"), now.addDays(-1).toString(Qt::ISODateWithMs) } }),
        1022);
    HD_EXPECT_OK(m_lead->call(QStringLiteral("timeSpent.configure"),
        QJsonObject { { QStringLiteral("queueId"), 1 }, { QStringLiteral("required"), false } }));
}

QTEST_GUILESS_MAIN(TestSla)
#include "tst_sla.moc"
