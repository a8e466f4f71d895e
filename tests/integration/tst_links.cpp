// SPDX-License-Identifier: GPL-3.0-or-later
// Related tickets and merged duplicates (docs/protocol.md: ticket.link, ticket.unlink,
// ticket.merge): links are symmetric; a merge keeps every message and event, closes the
// duplicate pointing at the survivor, both histories say so, open clients are told.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace helpdesk::test;

class TestLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linksAreSymmetric();
    void customersSeeOnlyTheirLinks();
    void mergeKeepsEverything();
    void badMerges();

private:
    qint64 create(const QString& subject, qint64 customer, TestClient* as = nullptr);
    QJsonObject get(TestClient& client, qint64 id);

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
};

void TestLinks::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_alice);
}

qint64 TestLinks::create(const QString& subject, qint64 customer, TestClient* as)
{
    TestClient& client = as ? *as : *m_agent;
    return idOf(resultOf(client.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), subject },
            { QStringLiteral("body"), subject + QStringLiteral(": first words") },
            { QStringLiteral("customerId"), customer } })));
}

QJsonObject TestLinks::get(TestClient& client, qint64 id)
{
    return resultOf(client.call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), id } }));
}

void TestLinks::linksAreSymmetric()
{
    const qint64 a = create(QStringLiteral("Mail bounces"), kAcme);
    const qint64 b = create(QStringLiteral("SPF record wrong"), kAcme);
    const QJsonObject link = QJsonObject { { QStringLiteral("id"), a }, { QStringLiteral("otherId"), b } };
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.link"), link));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.link"),
        QJsonObject { { QStringLiteral("id"), b }, { QStringLiteral("otherId"), a } })); // no-op
    const QJsonArray fromA = get(*m_agent, a).value(QLatin1String("links")).toArray();
    const QJsonArray fromB = get(*m_agent, b).value(QLatin1String("links")).toArray();
    QCOMPARE(fromA.size(), 1);
    QCOMPARE(fromB.size(), 1);
    QCOMPARE(idOf(fromA.first().toObject()), b);
    QCOMPARE(idOf(fromB.first().toObject()), a);
    QCOMPARE(fromB.first().toObject().value(QLatin1String("subject")).toString(),
        QStringLiteral("Mail bounces"));
    // One history event on each side.
    int linkEvents = 0;
    for (const QJsonValue& event : get(*m_agent, a).value(QLatin1String("events")).toArray())
        linkEvents += event.toObject().value(QLatin1String("field")) == QLatin1String("link");
    QCOMPARE(linkEvents, 1);

    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.unlink"),
        QJsonObject { { QStringLiteral("id"), b }, { QStringLiteral("otherId"), a } }));
    QVERIFY(get(*m_agent, a).value(QLatin1String("links")).toArray().isEmpty());
    QVERIFY(get(*m_agent, b).value(QLatin1String("links")).toArray().isEmpty());
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("ticket.link"),
                        QJsonObject { { QStringLiteral("id"), a }, { QStringLiteral("otherId"), a } }),
        1022);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("ticket.link"),
                        QJsonObject { { QStringLiteral("id"), a },
                            { QStringLiteral("otherId"), 987654 } }),
        1004);
}

// A link between two organisations' tickets: each customer sees no link (the other ticket is
// none of theirs), staff see it.
void TestLinks::customersSeeOnlyTheirLinks()
{
    const qint64 acme = create(QStringLiteral("Outage seen by Acme"), kAcme);
    const qint64 globex = create(QStringLiteral("Outage seen by Globex"), kGlobex);
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.link"),
        QJsonObject { { QStringLiteral("id"), acme }, { QStringLiteral("otherId"), globex } }));
    QCOMPARE(get(*m_agent, acme).value(QLatin1String("links")).toArray().size(), 1);
    const QJsonObject seen = get(*m_alice, acme);
    QVERIFY(seen.value(QLatin1String("links")).toArray().isEmpty());
    for (const QJsonValue& event : seen.value(QLatin1String("events")).toArray())
        QVERIFY(event.toObject().value(QLatin1String("field")) != QLatin1String("link"));
}

// Alice files the same problem twice; the agent merges the second into the first: all
// messages and events of both end up on the survivor, the duplicate is closed and says where
// it went, Alice hears about both, and a reply on the survivor goes on normally.
void TestLinks::mergeKeepsEverything()
{
    const qint64 survivor = create(QStringLiteral("Website down"), kAcme, m_alice.get());
    const qint64 duplicate = create(QStringLiteral("Site not loading"), kAcme, m_alice.get());
    HD_EXPECT_OK(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), duplicate },
            { QStringLiteral("body"), QStringLiteral("Still down at noon") } }));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), duplicate },
            { QStringLiteral("body"), QStringLiteral("Same as the other one") },
            { QStringLiteral("internal"), true } }));
    const QJsonObject beforeSurvivor = get(*m_agent, survivor);
    const QJsonObject beforeDuplicate = get(*m_agent, duplicate);
    QSet<qint64> messages, events;
    for (const QJsonObject& t : { beforeSurvivor, beforeDuplicate }) {
        for (const QJsonValue& m : t.value(QLatin1String("messages")).toArray())
            messages.insert(idOf(m.toObject()));
        for (const QJsonValue& e : t.value(QLatin1String("events")).toArray())
            events.insert(idOf(e.toObject()));
    }

    QVERIFY(m_alice->sync());
    m_alice->clearNotifications();
    const QJsonObject merged = m_agent->call(QStringLiteral("ticket.merge"),
        QJsonObject { { QStringLiteral("id"), duplicate }, { QStringLiteral("intoId"), survivor } });
    HD_EXPECT_OK(merged);
    QCOMPARE(idOf(resultOf(merged)), survivor);

    const QJsonObject after = get(*m_agent, survivor);
    QSet<qint64> movedMessages, movedEvents;
    for (const QJsonValue& m : after.value(QLatin1String("messages")).toArray())
        movedMessages.insert(idOf(m.toObject()));
    for (const QJsonValue& e : after.value(QLatin1String("events")).toArray())
        movedEvents.insert(idOf(e.toObject()));
    QCOMPARE(movedMessages, messages); // every message, the internal note included
    QVERIFY(movedEvents.contains(events)); // every event, and the "merged" one
    QCOMPARE(after.value(QLatin1String("events")).toArray().last().toObject()
                 .value(QLatin1String("field")).toString(),
        QStringLiteral("merged"));

    const QJsonObject closed = get(*m_agent, duplicate);
    const QJsonObject closedTicket = closed.value(QLatin1String("ticket")).toObject();
    QCOMPARE(closedTicket.value(QLatin1String("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(closedTicket.value(QLatin1String("mergedInto")).toInteger(), survivor);
    QVERIFY(closed.value(QLatin1String("messages")).toArray().isEmpty());
    QStringList fields;
    for (const QJsonValue& e : closed.value(QLatin1String("events")).toArray())
        fields << e.toObject().value(QLatin1String("field")).toString();
    QCOMPARE(fields, (QStringList { QStringLiteral("mergedInto"), QStringLiteral("status") }));

    // Alice is told about both tickets and sees the merge in her history, not the note.
    QSet<qint64> changed;
    for (int i = 0; i < 2; ++i)
        changed.insert(m_alice->waitForNotification(QStringLiteral("ticket.changed"))
                           .value(QLatin1String("ticket")).toObject().value(QLatin1String("id"))
                           .toInteger());
    QCOMPARE(changed, (QSet<qint64> { survivor, duplicate }));
    const QJsonObject hers = get(*m_alice, survivor);
    for (const QJsonValue& m : hers.value(QLatin1String("messages")).toArray())
        QVERIFY(!m.toObject().value(QLatin1String("internal")).toBool());
    QCOMPARE(get(*m_alice, duplicate).value(QLatin1String("ticket")).toObject()
                 .value(QLatin1String("mergedInto")).toInteger(),
        survivor);

    HD_EXPECT_OK(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), survivor },
            { QStringLiteral("body"), QStringLiteral("Thanks, one ticket is easier") } }));
}

void TestLinks::badMerges()
{
    const qint64 a = create(QStringLiteral("A"), kAcme);
    const qint64 b = create(QStringLiteral("B"), kAcme);
    const qint64 globex = create(QStringLiteral("G"), kGlobex);
    auto merge = [&](qint64 id, qint64 into) {
        return m_agent->call(QStringLiteral("ticket.merge"),
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("intoId"), into } });
    };
    HD_EXPECT_ERROR(merge(a, a), 1022);
    HD_EXPECT_ERROR(merge(a, globex), 1022); // another organisation
    HD_EXPECT_ERROR(merge(a, 987654), 1004);
    HD_EXPECT_OK(merge(a, b));
    HD_EXPECT_ERROR(merge(a, b), 1022); // already merged
    const qint64 c = create(QStringLiteral("C"), kAcme);
    HD_EXPECT_ERROR(merge(c, a), 1022); // into a merged duplicate
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("ticket.merge"),
                        QJsonObject { { QStringLiteral("id"), c }, { QStringLiteral("intoId"), b } }),
        1003);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
