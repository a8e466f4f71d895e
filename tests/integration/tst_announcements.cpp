// SPDX-License-Identifier: GPL-3.0-or-later
// Announcements (docs/protocol.md: announcement.*): leads publish to everyone, to chosen
// organisations or to those with a service of a kind; the audience and staff hear of it
// live, a customer outside the audience never learns of it (not in lists, gets or pushes);
// texts fall back reader → organisation → English → first; edits check the version; withdrawn
// and ended ones are kept for staff. On PostgreSQL the pushes also cross to a second server.
#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {

QString inHours(double hours)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(qint64(hours * 3600))
        .toString(Qt::ISODateWithMs);
}

QJsonObject text(const QString& language, const QString& title, const QString& body = {})
{
    return QJsonObject { { QStringLiteral("language"), language },
        { QStringLiteral("title"), title },
        { QStringLiteral("body"), body.isEmpty() ? title + QStringLiteral(" (details)") : body } };
}

// A maintenance window from an hour ago to two hours ahead, in English and German.
QJsonObject announcement(const QString& audience, const QJsonValue& target = {})
{
    QJsonObject p { { QStringLiteral("kind"), QStringLiteral("maintenance") },
        { QStringLiteral("audience"), audience }, { QStringLiteral("startsAt"), inHours(-1) },
        { QStringLiteral("endsAt"), inHours(2) },
        { QStringLiteral("texts"),
            QJsonArray { text(QStringLiteral("en"), QStringLiteral("Mail maintenance")),
                text(QStringLiteral("de"), QStringLiteral("Wartung der Mailserver")) } } };
    if (audience == QLatin1String("customers"))
        p.insert(QStringLiteral("customerIds"), target);
    else if (audience == QLatin1String("service"))
        p.insert(QStringLiteral("serviceKind"), target);
    return p;
}

std::function<bool(const QJsonObject&)> about(qint64 id)
{
    return [id](const QJsonObject& params) {
        return idOf(params.value(QLatin1String("announcement"))) == id
            || params.value(QLatin1String("id")).toInteger() == id;
    };
}

// Whether any push collected so far names this announcement.
bool heardOf(const TestClient& client, qint64 id)
{
    for (const QJsonObject& n : client.notifications()) {
        if (n.value(QLatin1String("method")).toString().startsWith(QLatin1String("announcement."))
            && about(id)(n.value(QLatin1String("params")).toObject()))
            return true;
    }
    return false;
}

QList<qint64> idsIn(const QJsonObject& listResult)
{
    QList<qint64> ids;
    for (const QJsonValue& item : listResult.value(QLatin1String("items")).toArray())
        ids << idOf(item.toObject());
    return ids;
}

} // namespace

class TestAnnouncements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void chosenOrganisationOnly();
    void serviceAudience();
    void everyone();
    void languageFallback();
    void editChecksVersion();
    void audienceShrinkTellsTheFormer();
    void withdrawKeepsItForStaff();
    void endedAndUpcoming();
    void messagesReferToAnnouncements();
    void acrossServers();

private:
    qint64 publish(const QJsonObject& params);
    QJsonObject list(TestClient& client, const QJsonObject& filter = {});

    TestServer m_server;
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice; // Acme
    std::unique_ptr<TestClient> m_bob; // Globex
};

void TestAnnouncements::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    m_bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
    QVERIFY(m_lead && m_agent && m_alice && m_bob);
}

void TestAnnouncements::init()
{
    for (TestClient* client : { m_lead.get(), m_agent.get(), m_alice.get(), m_bob.get() }) {
        QVERIFY(client->sync());
        client->clearNotifications();
    }
}

qint64 TestAnnouncements::publish(const QJsonObject& params)
{
    const QJsonObject saved = m_lead->call(QStringLiteral("announcement.save"), params);
    if (errorCode(saved) != 0) {
        qWarning("announcement.save failed: %s", describe(saved).constData());
        return 0;
    }
    return idOf(resultOf(saved));
}

QJsonObject TestAnnouncements::list(TestClient& client, const QJsonObject& filter)
{
    return resultOf(client.call(QStringLiteral("announcement.list"),
        QJsonObject { { QStringLiteral("filter"), filter }, { QStringLiteral("limit"), 200 } }));
}

void TestAnnouncements::chosenOrganisationOnly()
{
    const qint64 id = publish(announcement(QStringLiteral("customers"), QJsonArray { kAcme }));
    QVERIFY(id > 0);
    const QJsonObject pushed
        = m_alice->waitForNotification(QStringLiteral("announcement.changed"), about(id));
    QVERIFY(!pushed.isEmpty());
    const QJsonObject seen = pushed.value(QLatin1String("announcement")).toObject();
    QCOMPARE(seen.value(QLatin1String("title")).toString(), QStringLiteral("Mail maintenance"));
    QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("current"));
    QVERIFY(!seen.contains(QLatin1String("customerIds"))); // other organisations are not its to know
    const QJsonObject staffPush
        = m_agent->waitForNotification(QStringLiteral("announcement.changed"), about(id));
    QCOMPARE(staffPush.value(QLatin1String("announcement"))
                 .toObject()
                 .value(QLatin1String("customerIds"))
                 .toArray(),
        QJsonArray { kAcme });

    QVERIFY(idsIn(list(*m_alice)).contains(id));
    HD_EXPECT_OK(m_alice->call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), id)));
    // Globex: nothing at all.
    QVERIFY(m_bob->sync());
    QVERIFY(!heardOf(*m_bob, id));
    QVERIFY(!idsIn(list(*m_bob)).contains(id));
    HD_EXPECT_ERROR(
        m_bob->call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), id)), 1004);
    // Staff filter by organisation.
    QVERIFY(idsIn(list(*m_agent, params(QStringLiteral("customerId"), kAcme))).contains(id));
    QVERIFY(!idsIn(list(*m_agent, params(QStringLiteral("customerId"), kGlobex))).contains(id));
}

void TestAnnouncements::serviceAudience()
{
    const QJsonObject services { { QStringLiteral("id"), kGlobex },
        { QStringLiteral("services"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("mailbox") },
                { QStringLiteral("name"), QStringLiteral("info@globex.example") } } } } };
    HD_EXPECT_OK(m_agent->call(QStringLiteral("customer.update"), services));
    const qint64 id = publish(announcement(QStringLiteral("service"), QStringLiteral("mailbox")));
    QVERIFY(id > 0);
    QVERIFY(!m_bob->waitForNotification(QStringLiteral("announcement.changed"), about(id)).isEmpty());
    QVERIFY(idsIn(list(*m_bob)).contains(id));
    QVERIFY(m_alice->sync());
    QVERIFY(!heardOf(*m_alice, id));
    QVERIFY(!idsIn(list(*m_alice)).contains(id));
    HD_EXPECT_ERROR(
        m_alice->call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), id)), 1004);
}

void TestAnnouncements::everyone()
{
    const qint64 id = publish(announcement(QStringLiteral("all")));
    QVERIFY(id > 0);
    for (TestClient* client : { m_alice.get(), m_bob.get(), m_agent.get(), m_lead.get() })
        QVERIFY(!client->waitForNotification(QStringLiteral("announcement.changed"), about(id))
                     .isEmpty());
    QVERIFY(idsIn(list(*m_bob)).contains(id));
}

// Reader's language → organisation's → English → the first text.
void TestAnnouncements::languageFallback()
{
    QJsonObject p = announcement(QStringLiteral("customers"), QJsonArray { kAcme });
    p.insert(QStringLiteral("texts"),
        QJsonArray { text(QStringLiteral("fr"), QStringLiteral("Maintenance du courrier")),
            text(QStringLiteral("en"), QStringLiteral("Mail maintenance")),
            text(QStringLiteral("de"), QStringLiteral("Wartung der Mailserver")) });
    const qint64 id = publish(p);
    QVERIFY(id > 0);
    auto titleFor = [&](TestClient& client) {
        return resultOf(client.call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), id)))
            .value(QLatin1String("title"))
            .toString();
    };
    auto setLocale = [](TestClient& client, const QString& locale) {
        return errorCode(client.call(
                   QStringLiteral("user.setLocale"), params(QStringLiteral("locale"), locale)))
            == 0;
    };
    QVERIFY(setLocale(*m_alice, QStringLiteral("de_DE")));
    QCOMPARE(titleFor(*m_alice), QStringLiteral("Wartung der Mailserver"));
    QVERIFY(setLocale(*m_alice, QStringLiteral("hr_HR")));
    QCOMPARE(titleFor(*m_alice), QStringLiteral("Mail maintenance")); // no hr, Acme has none
    HD_EXPECT_OK(m_agent->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kAcme }, { QStringLiteral("language"), QStringLiteral("fr") } }));
    QCOMPARE(titleFor(*m_alice), QStringLiteral("Maintenance du courrier"));
    // The push of an edit: in the organisation's language, every text along.
    HD_EXPECT_OK(m_lead->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("kind"), QStringLiteral("setting") } }));
    const QJsonObject pushed = m_alice
                                   ->waitForNotification(QStringLiteral("announcement.changed"),
                                       [id](const QJsonObject& params) {
                                           const QJsonObject a = params.value(QLatin1String("announcement")).toObject();
                                           return idOf(a) == id && a.value(QLatin1String("version")).toInt() == 2;
                                       })
                                   .value(QLatin1String("announcement"))
                                   .toObject();
    QCOMPARE(pushed.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(pushed.value(QLatin1String("texts")).toArray().size(), 3);
    // Only English-less texts: the first.
    p.insert(QStringLiteral("texts"),
        QJsonArray { text(QStringLiteral("pl"), QStringLiteral("Przerwa techniczna")),
            text(QStringLiteral("uk"), QStringLiteral("Технічні роботи")) });
    const qint64 other = publish(p);
    QVERIFY(setLocale(*m_alice, QString()));
    QCOMPARE(resultOf(m_alice->call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), other)))
                 .value(QLatin1String("title"))
                 .toString(),
        QStringLiteral("Przerwa techniczna"));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kAcme }, { QStringLiteral("language"), QString() } }));
}

void TestAnnouncements::editChecksVersion()
{
    const qint64 id = publish(announcement(QStringLiteral("all")));
    QVERIFY(id > 0);
    // Two leads start from version 1: the first edit wins, the second gets 1009, not a silent
    // overwrite; fields not sent stay.
    const QJsonObject first = m_lead->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("endsAt"), inHours(5) } });
    HD_EXPECT_OK(first);
    QCOMPARE(resultOf(first).value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(resultOf(first).value(QLatin1String("texts")).toArray().size(), 2);
    QCOMPARE(resultOf(first).value(QLatin1String("kind")).toString(), QStringLiteral("maintenance"));
    auto admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(admin);
    const QJsonObject second = admin->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("kind"), QStringLiteral("update") } });
    HD_EXPECT_ERROR(second, 1009);
    const QJsonObject current = errorData(second).value(QLatin1String("current")).toObject();
    QCOMPARE(current.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(current.value(QLatin1String("endsAt")), resultOf(first).value(QLatin1String("endsAt")));
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("announcement.withdraw"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 } }),
        1009);
}

void TestAnnouncements::audienceShrinkTellsTheFormer()
{
    const qint64 id = publish(announcement(QStringLiteral("customers"), QJsonArray { kAcme, kGlobex }));
    QVERIFY(id > 0);
    QVERIFY(!m_alice->waitForNotification(QStringLiteral("announcement.changed"), about(id)).isEmpty());
    HD_EXPECT_OK(m_lead->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("customerIds"), QJsonArray { kGlobex } } }));
    QVERIFY(!m_alice->waitForNotification(QStringLiteral("announcement.removed"), about(id)).isEmpty());
    QVERIFY(!idsIn(list(*m_alice)).contains(id));
    QVERIFY(idsIn(list(*m_bob)).contains(id));
}

void TestAnnouncements::withdrawKeepsItForStaff()
{
    const qint64 id = publish(announcement(QStringLiteral("customers"), QJsonArray { kAcme }));
    QVERIFY(id > 0);
    const QJsonObject withdrawn = m_lead->call(QStringLiteral("announcement.withdraw"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 } });
    HD_EXPECT_OK(withdrawn);
    QCOMPARE(resultOf(withdrawn).value(QLatin1String("state")).toString(), QStringLiteral("withdrawn"));
    QVERIFY(!m_alice->waitForNotification(QStringLiteral("announcement.removed"), about(id)).isEmpty());
    QVERIFY(!m_agent
                 ->waitForNotification(QStringLiteral("announcement.changed"),
                     [id](const QJsonObject& params) {
                         const QJsonObject a = params.value(QLatin1String("announcement")).toObject();
                         return idOf(a) == id && !a.value(QLatin1String("withdrawnAt")).isNull();
                     })
                 .isEmpty());
    QVERIFY(!idsIn(list(*m_alice)).contains(id));
    HD_EXPECT_ERROR(
        m_alice->call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), id)), 1004);
    QVERIFY(idsIn(list(*m_agent, params(QStringLiteral("state"), QJsonArray { QStringLiteral("withdrawn") })))
                .contains(id));
    QVERIFY(!idsIn(list(*m_agent, params(QStringLiteral("state"), QJsonArray { QStringLiteral("current") })))
                 .contains(id));
    const QJsonObject again = m_lead->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 2 },
            { QStringLiteral("kind"), QStringLiteral("other") } });
    HD_EXPECT_ERROR(again, 1022);
}

void TestAnnouncements::endedAndUpcoming()
{
    QJsonObject past = announcement(QStringLiteral("all"));
    past.insert(QStringLiteral("startsAt"), inHours(-5));
    past.insert(QStringLiteral("endsAt"), inHours(-4));
    const qint64 ended = publish(past);
    QJsonObject future = announcement(QStringLiteral("all"));
    future.insert(QStringLiteral("startsAt"), inHours(24));
    future.insert(QStringLiteral("endsAt"), inHours(26));
    const qint64 upcoming = publish(future);
    QVERIFY(ended > 0 && upcoming > 0);
    const QList<qint64> customers = idsIn(list(*m_bob));
    QVERIFY(!customers.contains(ended));
    QVERIFY(customers.contains(upcoming));
    HD_EXPECT_ERROR(
        m_bob->call(QStringLiteral("announcement.get"), params(QStringLiteral("id"), ended)), 1004);
    // A customer asking for ended ones gets none.
    QCOMPARE(list(*m_bob, params(QStringLiteral("state"), QJsonArray { QStringLiteral("ended") }))
                 .value(QLatin1String("total"))
                 .toInt(),
        0);
    const QJsonObject staffEnded
        = list(*m_agent, params(QStringLiteral("state"), QJsonArray { QStringLiteral("ended") }));
    QVERIFY(idsIn(staffEnded).contains(ended));
    QVERIFY(!idsIn(staffEnded).contains(upcoming));
    const QJsonObject staffUpcoming
        = list(*m_agent, params(QStringLiteral("state"), QJsonArray { QStringLiteral("upcoming") }));
    QVERIFY(idsIn(staffUpcoming).contains(upcoming));
    QVERIFY(idsIn(list(*m_agent, params(QStringLiteral("kind"), QJsonArray { QStringLiteral("maintenance") })))
                .contains(upcoming));
    QVERIFY(!idsIn(list(*m_agent, params(QStringLiteral("kind"), QJsonArray { QStringLiteral("update") })))
                 .contains(upcoming));
}

// message.add's announcementId: shown in the thread; a public message only about an
// announcement its organisation was told of; customers only name those they can read.
void TestAnnouncements::messagesReferToAnnouncements()
{
    const qint64 acmeOnly = publish(announcement(QStringLiteral("customers"), QJsonArray { kAcme }));
    QVERIFY(acmeOnly > 0);
    auto ticketFor = [&](qint64 customer) {
        return idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Mail delayed") },
                { QStringLiteral("body"), QStringLiteral("Since an hour") },
                { QStringLiteral("customerId"), customer } })));
    };
    auto reply = [](qint64 ticket, qint64 announcement, bool internal = false) {
        return QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("This is the announced maintenance.") },
            { QStringLiteral("announcementId"), announcement }, { QStringLiteral("internal"), internal } };
    };
    const qint64 acmeTicket = ticketFor(kAcme);
    const qint64 globexTicket = ticketFor(kGlobex);
    QVERIFY(acmeTicket > 0 && globexTicket > 0);
    const QJsonObject added = m_agent->call(QStringLiteral("message.add"), reply(acmeTicket, acmeOnly));
    HD_EXPECT_OK(added);
    QCOMPARE(resultOf(added).value(QLatin1String("announcementId")).toInteger(), acmeOnly);
    const QJsonArray thread = resultOf(m_alice->call(QStringLiteral("ticket.get"),
                                           params(QStringLiteral("id"), acmeTicket)))
                                  .value(QLatin1String("messages"))
                                  .toArray();
    QCOMPARE(thread.last().toObject().value(QLatin1String("announcementId")).toInteger(), acmeOnly);
    QVERIFY(!thread.first().toObject().contains(QLatin1String("announcementId")));
    HD_EXPECT_OK(m_alice->call(QStringLiteral("message.add"), reply(acmeTicket, acmeOnly)));
    // Globex was not told: not on its ticket's public thread, nor by its customer.
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("message.add"), reply(globexTicket, acmeOnly)), 1022);
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"), reply(globexTicket, acmeOnly, true)));
    HD_EXPECT_ERROR(m_bob->call(QStringLiteral("message.add"), reply(globexTicket, acmeOnly)), 1022);
    HD_EXPECT_ERROR(m_bob->call(QStringLiteral("message.add"), reply(globexTicket, 987654)), 1022);
}

void TestAnnouncements::acrossServers()
{
    if (!m_server.isPostgres())
        QSKIP("servers share a database only on PostgreSQL (tst_announcements_pg)");
    TestServer second;
    QVERIFY2(second.startSharing(m_server), qPrintable(second.errorString()));
    auto aliceB = TestClient::loggedIn(second.port(), QStringLiteral("alice"));
    auto bobB = TestClient::loggedIn(second.port(), QStringLiteral("bob"));
    auto agentB = TestClient::loggedIn(second.port(), QStringLiteral("agent2"));
    QVERIFY(aliceB && bobB && agentB);
    QTRY_VERIFY_WITH_TIMEOUT(second.log().contains("listening for cluster events"), 10000);
    const qint64 id = publish(announcement(QStringLiteral("customers"), QJsonArray { kAcme }));
    QVERIFY(id > 0);
    QVERIFY(!aliceB->waitForNotification(QStringLiteral("announcement.changed"), about(id)).isEmpty());
    const QJsonObject staff
        = agentB->waitForNotification(QStringLiteral("announcement.changed"), about(id));
    QVERIFY(staff.value(QLatin1String("announcement")).toObject().contains(QLatin1String("customerIds")));
    // Moved from Acme to the organisations with hosting (none): Acme's user is told it is
    // gone, Globex's never hears of it.
    HD_EXPECT_OK(m_lead->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("audience"), QStringLiteral("service") },
            { QStringLiteral("serviceKind"), QStringLiteral("hosting") } }));
    QVERIFY(!aliceB->waitForNotification(QStringLiteral("announcement.removed"), about(id)).isEmpty());
    QVERIFY(bobB->sync());
    QVERIFY(agentB->sync());
    QVERIFY(!heardOf(*bobB, id));
}

QTEST_GUILESS_MAIN(TestAnnouncements)
#include "tst_announcements.moc"
