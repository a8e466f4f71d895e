// SPDX-License-Identifier: GPL-3.0-or-later
// Contact roles that mean something (docs/protocol.md, "Visibility"; issue 11): the owner
// contact sees every ticket of its organisation; a technical contact the ones it requested and
// those in technical queues; a billing contact likewise for billing queues — in lists, gets,
// search, customer.get and pushes; a contact's new ticket lands in the first queue of its kind;
// moving a ticket out of a kind takes it away from that kind's contacts, live.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace helpdesk::test;

namespace {
constexpr qint64 kTechnicalQueue = 1; // Support (schema step 12)
constexpr qint64 kBillingQueue = 2; // Billing
constexpr qint64 kGeneralQueue = 3; // Abuse
} // namespace

class TestContactRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachRoleSeesItsKind_data();
    void eachRoleSeesItsKind();
    void contactsFileIntoTheirKind();
    void movingAwayRemovesLive();

private:
    qint64 staffTicket(const QString& subject, const QJsonValue& queue);
    QSet<qint64> listed(TestClient& client);
    TestClient* client(const QString& login);

    TestServer m_server;
    std::map<QString, std::unique_ptr<TestClient>> m_clients;
    QHash<QString, qint64> m_tickets; // subject → id
};

TestClient* TestContactRoles::client(const QString& login)
{
    auto& slot = m_clients[login];
    if (!slot)
        slot = TestClient::loggedIn(m_server.port(), login);
    return slot.get();
}

qint64 TestContactRoles::staffTicket(const QString& subject, const QJsonValue& queue)
{
    QJsonObject params { { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), subject + QStringLiteral(" zanzibar") },
        { QStringLiteral("customerId"), kAcme } };
    if (!queue.isNull())
        params.insert(QStringLiteral("queueId"), queue);
    const qint64 id
        = idOf(resultOf(client(QStringLiteral("agent"))->call(QStringLiteral("ticket.create"), params)));
    m_tickets.insert(subject, id);
    return id;
}

QSet<qint64> TestContactRoles::listed(TestClient& client)
{
    QSet<qint64> ids;
    const QJsonObject page = resultOf(client.call(QStringLiteral("ticket.list"),
        QJsonObject { { QStringLiteral("limit"), 500 } }));
    for (const QJsonValue& item : page.value(QLatin1String("items")).toArray())
        ids.insert(item.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

void TestContactRoles::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // The owner adds a billing contact (alice is Acme's owner, amy its technical contact).
    HD_EXPECT_OK(client(QStringLiteral("alice"))->call(QStringLiteral("user.create"),
        QJsonObject { { QStringLiteral("login"), QStringLiteral("bill") },
            { QStringLiteral("name"), QStringLiteral("Bill Acme") },
            { QStringLiteral("role"), QStringLiteral("customer") },
            { QStringLiteral("customerId"), kAcme },
            { QStringLiteral("contactRole"), QStringLiteral("billing") },
            { QStringLiteral("password"), kPassword } }));
    QVERIFY(client(QStringLiteral("bill")));
    staffTicket(QStringLiteral("technical"), kTechnicalQueue);
    staffTicket(QStringLiteral("billing"), kBillingQueue);
    staffTicket(QStringLiteral("general"), kGeneralQueue);
    staffTicket(QStringLiteral("none"), QJsonValue());
}

void TestContactRoles::eachRoleSeesItsKind_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("visible");
    const QStringList all { QStringLiteral("technical"), QStringLiteral("billing"),
        QStringLiteral("general"), QStringLiteral("none") };
    QTest::newRow("owner") << QStringLiteral("alice") << all;
    QTest::newRow("technical") << QStringLiteral("amy") << QStringList { QStringLiteral("technical") };
    QTest::newRow("billing") << QStringLiteral("bill") << QStringList { QStringLiteral("billing") };
    QTest::newRow("staff") << QStringLiteral("agent") << all;
}

void TestContactRoles::eachRoleSeesItsKind()
{
    QFETCH(QString, login);
    QFETCH(QStringList, visible);
    TestClient* c = client(login);
    QVERIFY(c);
    const QSet<qint64> ids = listed(*c);
    QSet<QString> seenBySearch;
    const QJsonObject found = resultOf(c->call(QStringLiteral("search"),
        QJsonObject { { QStringLiteral("query"), QStringLiteral("zanzibar") },
            { QStringLiteral("limit"), 100 } }));
    for (const QJsonValue& hit : found.value(QLatin1String("items")).toArray())
        seenBySearch.insert(m_tickets.key(hit.toObject().value(QLatin1String("ticketId")).toInteger()));
    const QJsonObject customer = resultOf(c->call(QStringLiteral("customer.get"),
        QJsonObject { { QStringLiteral("id"), kAcme } }));
    QSet<qint64> ofCustomer;
    const QJsonObject tickets = customer.value(QLatin1String("tickets")).toObject();
    for (const QJsonValue& item : tickets.value(QLatin1String("items")).toArray())
        ofCustomer.insert(item.toObject().value(QLatin1String("id")).toInteger());
    QCOMPARE(tickets.value(QLatin1String("total")).toInteger(), qint64(ofCustomer.size()));

    for (auto it = m_tickets.cbegin(); it != m_tickets.cend(); ++it) {
        const bool expected = visible.contains(it.key());
        const QByteArray what = (login + QLatin1Char('/') + it.key()).toUtf8();
        QVERIFY2(ids.contains(it.value()) == expected, what + " in ticket.list");
        QVERIFY2(ofCustomer.contains(it.value()) == expected, what + " in customer.get");
        QVERIFY2(seenBySearch.contains(it.key()) == expected, what + " in search");
        const QJsonObject got
            = c->call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), it.value() } });
        if (expected)
            HD_EXPECT_OK(got);
        else
            HD_EXPECT_ERROR(got, 1004);
        // Writing is no way around it either.
        if (!expected)
            HD_EXPECT_ERROR(c->call(QStringLiteral("message.add"),
                                QJsonObject { { QStringLiteral("ticketId"), it.value() },
                                    { QStringLiteral("body"), QStringLiteral("hello?") } }),
                1004);
    }
}

void TestContactRoles::contactsFileIntoTheirKind()
{
    const auto create = [this](const QString& login) {
        return resultOf(client(login)->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Filed by ") + login },
                { QStringLiteral("body"), QStringLiteral("b") } }));
    };
    const QJsonObject byAmy = create(QStringLiteral("amy"));
    const QJsonObject byBill = create(QStringLiteral("bill"));
    const QJsonObject byAlice = create(QStringLiteral("alice"));
    QCOMPARE(byAmy.value(QLatin1String("queueId")).toInteger(), kTechnicalQueue);
    QCOMPARE(byBill.value(QLatin1String("queueId")).toInteger(), kBillingQueue);
    QVERIFY(byAlice.value(QLatin1String("queueId")).isNull()); // the owner's: staff triage
    // The owner sees all three; amy hers, not bill's.
    const QSet<qint64> owner = listed(*client(QStringLiteral("alice")));
    for (const QJsonObject& t : { byAmy, byBill, byAlice })
        QVERIFY(owner.contains(idOf(t)));
    const QSet<qint64> amy = listed(*client(QStringLiteral("amy")));
    QVERIFY(amy.contains(idOf(byAmy)));
    QVERIFY(!amy.contains(idOf(byBill)));
    QVERIFY(!amy.contains(idOf(byAlice)));
}

void TestContactRoles::movingAwayRemovesLive()
{
    const qint64 id = staffTicket(QStringLiteral("moving"), kTechnicalQueue);
    for (const char* login : { "alice", "amy", "bill" }) {
        QVERIFY(client(QString::fromLatin1(login))->sync());
        client(QString::fromLatin1(login))->clearNotifications();
    }
    HD_EXPECT_OK(client(QStringLiteral("agent"))->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("queueId"), kBillingQueue } } } }));
    // waitForNotification matches on the params; notifications() holds whole pushes.
    const auto about = [id](const QJsonObject& push) {
        const QJsonObject params = push.contains(QLatin1String("params"))
            ? push.value(QLatin1String("params")).toObject()
            : push;
        return params.value(QLatin1String("ticketId")).toInteger() == id
            || params.value(QLatin1String("ticket")).toObject().value(QLatin1String("id")).toInteger()
            == id;
    };
    // The technical contact loses it; the billing contact and the owner get the change.
    const QJsonObject removed
        = client(QStringLiteral("amy"))->waitForNotification(QStringLiteral("ticket.removed"), about);
    QVERIFY(!removed.isEmpty());
    QVERIFY(!client(QStringLiteral("bill"))->waitForNotification(QStringLiteral("ticket.changed"), about).isEmpty());
    QVERIFY(!client(QStringLiteral("alice"))->waitForNotification(QStringLiteral("ticket.changed"), about).isEmpty());
    for (const char* login : { "alice", "amy", "bill" })
        QVERIFY(client(QString::fromLatin1(login))->sync());
    for (const QJsonObject& push : client(QStringLiteral("amy"))->notifications())
        QVERIFY2(push.value(QLatin1String("method")).toString() != QLatin1String("ticket.changed")
                || !about(push),
            "the technical contact must not hear of the ticket in a billing queue");
    for (const QJsonObject& push : client(QStringLiteral("alice"))->notifications())
        QVERIFY(push.value(QLatin1String("method")).toString() != QLatin1String("ticket.removed"));
    HD_EXPECT_ERROR(client(QStringLiteral("amy"))->call(QStringLiteral("ticket.get"),
                        QJsonObject { { QStringLiteral("id"), id } }),
        1004);
}

QTEST_GUILESS_MAIN(TestContactRoles)
#include "tst_contactroles.moc"
