// SPDX-License-Identifier: GPL-3.0-or-later
// Canned responses and macros (docs/protocol.md: canned.*, macro.apply): the starter set in
// ten languages, placeholders filled by the server in the ticket's language and never
// expanded twice, personal / queue / shared responses and who may change them, macros that
// change the ticket only from the version the agent saw.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {
const QStringList kLanguages { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"),
    QStringLiteral("pl"), QStringLiteral("hr"), QStringLiteral("sr"), QStringLiteral("de"),
    QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt_BR") };

QJsonObject texts(const QString& en)
{
    return QJsonObject { { QStringLiteral("en"), en } };
}
} // namespace

class TestCanned : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void starterSetInTenLanguages();
    void placeholdersInTheTicketsLanguage();
    void hostileValuesStayText();
    void personalQueueAndShared();
    void macroChangesTheTicketOnce();
    void macroNeverUndoesAColleague();

private:
    qint64 ticket(TestClient& as, const QString& subject, qint64 customer);
    QJsonObject responseNamed(TestClient& client, const QString& name);
    QJsonObject ticketOf(qint64 id);
    QJsonObject render(TestClient& client, qint64 response, qint64 ticketId);

    TestServer m_server;
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_agent2;
};

void TestCanned::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    QVERIFY(m_lead && m_agent && m_agent2);
}

qint64 TestCanned::ticket(TestClient& as, const QString& subject, qint64 customer)
{
    QJsonObject params { { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), QStringLiteral("It does not work") } };
    if (customer)
        params.insert(QStringLiteral("customerId"), customer);
    return idOf(resultOf(as.call(QStringLiteral("ticket.create"), params)));
}

QJsonObject TestCanned::responseNamed(TestClient& client, const QString& name)
{
    for (const QJsonValue& item : resultOf(client.call(QStringLiteral("canned.list")))
                                      .value(QLatin1String("items"))
                                      .toArray()) {
        if (item.toObject().value(QLatin1String("name")) == name)
            return item.toObject();
    }
    return {};
}

QJsonObject TestCanned::ticketOf(qint64 id)
{
    return resultOf(m_lead->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
        .value(QLatin1String("ticket"))
        .toObject();
}

QJsonObject TestCanned::render(TestClient& client, qint64 response, qint64 ticketId)
{
    return resultOf(client.call(QStringLiteral("canned.render"),
        QJsonObject {
            { QStringLiteral("id"), response }, { QStringLiteral("ticketId"), ticketId } }));
}

void TestCanned::starterSetInTenLanguages()
{
    for (const char* name : { "ask-details", "dns-propagation", "backup-restore", "mailbox-quota",
             "ssl-renewal", "php-version" }) {
        const QJsonObject response = responseNamed(*m_agent, QString::fromLatin1(name));
        QVERIFY2(!response.isEmpty(), name);
        QCOMPARE(response.value(QLatin1String("scope")).toString(), QStringLiteral("shared"));
        const QJsonObject texts = response.value(QLatin1String("texts")).toObject();
        QCOMPARE(texts.keys().size(), kLanguages.size());
        for (const QString& language : kLanguages) {
            const QString text = texts.value(language).toString();
            QVERIFY2(text.contains(QStringLiteral("{customer.name}")), qPrintable(language));
            QVERIFY2(text.contains(QLatin1Char('\n')) && !text.contains(QStringLiteral("\\n")),
                qPrintable(language));
        }
    }
    QCOMPARE(responseNamed(*m_agent, QStringLiteral("backup-restore"))
                 .value(QLatin1String("actions"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("pending"));
    const QJsonArray found = resultOf(m_agent->call(QStringLiteral("canned.list"),
                                          params(QStringLiteral("query"), QStringLiteral("DNS"))))
                                 .value(QLatin1String("items"))
                                 .toArray();
    QCOMPARE(found.size(), 1);
}

// Alice's ticket (Acme): the text in Acme's language, then in Alice's own once she has one.
void TestCanned::placeholdersInTheTicketsLanguage()
{
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    const qint64 id = ticket(*alice, QStringLiteral("Site down"), 0);
    const qint64 response = idOf(responseNamed(*m_agent, QStringLiteral("dns-propagation")));
    QCOMPARE(render(*m_agent, response, id).value(QLatin1String("language")).toString(),
        QStringLiteral("en"));
    HD_EXPECT_OK(m_lead->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kAcme },
            { QStringLiteral("language"), QStringLiteral("de") } }));
    const QJsonObject german = render(*m_agent, response, id);
    QCOMPARE(german.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    const QString name = alice->user().value(QLatin1String("name")).toString();
    const QString agentName = m_agent->user().value(QLatin1String("name")).toString();
    const QString body = german.value(QLatin1String("body")).toString();
    QVERIFY2(body.startsWith(QStringLiteral("Hallo ") + name + QLatin1Char(',')), qPrintable(body));
    QVERIFY2(body.endsWith(QLatin1Char('\n') + agentName), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("(#%1)").arg(id)), qPrintable(body));
    HD_EXPECT_OK(alice->call(QStringLiteral("user.setLocale"),
        params(QStringLiteral("locale"), QStringLiteral("pt_BR"))));
    QCOMPARE(render(*m_agent, response, id).value(QLatin1String("language")).toString(),
        QStringLiteral("pt_BR"));
    const QJsonObject asked = resultOf(m_agent->call(QStringLiteral("canned.render"),
        QJsonObject { { QStringLiteral("id"), response }, { QStringLiteral("ticketId"), id },
            { QStringLiteral("language"), QStringLiteral("sr") } }));
    QVERIFY(asked.value(QLatin1String("body")).toString().startsWith(QStringLiteral("Поштовани ")));
}

// Names that look like placeholders or markup are inserted as they are, once.
void TestCanned::hostileValuesStayText()
{
    const QString hostile = QStringLiteral("{agent.name} <b>x</b> {ticket.id}");
    const qint64 organisation = m_server.addCustomer(QStringLiteral("{customer.name} & <i>Co</i>"));
    QVERIFY(organisation > 0);
    QVERIFY(m_server.addUser(QStringLiteral("mallory"), hostile, QStringLiteral("customer"),
        kPassword, organisation, QStringLiteral("owner")));
    auto mallory = TestClient::loggedIn(m_server.port(), QStringLiteral("mallory"));
    QVERIFY(mallory);
    const qint64 id = ticket(*mallory, QStringLiteral("{organisation.name}"), 0);
    const QJsonObject saved = m_agent->call(QStringLiteral("canned.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("probe") },
            { QStringLiteral("texts"),
                texts(QStringLiteral(
                    "Hi {customer.name} of {organisation.name}: {ticket.subject} "
                    "#{ticket.id} by {agent.name}, {unknown.thing} {agent.name}")) } });
    HD_EXPECT_OK(saved);
    const QString agentName = m_agent->user().value(QLatin1String("name")).toString();
    QCOMPARE(render(*m_agent, idOf(resultOf(saved)), id).value(QLatin1String("body")).toString(),
        QStringLiteral("Hi %1 of {customer.name} & <i>Co</i>: {organisation.name} #%2 by %3, "
                       "{unknown.thing} %3")
            .arg(hostile)
            .arg(id)
            .arg(agentName));
}

void TestCanned::personalQueueAndShared()
{
    const QJsonObject mine = m_agent->call(QStringLiteral("canned.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("my-greeting") },
            { QStringLiteral("texts"), texts(QStringLiteral("Hi {customer.name}")) } });
    HD_EXPECT_OK(mine);
    const qint64 personal = idOf(resultOf(mine));
    QCOMPARE(resultOf(mine).value(QLatin1String("ownerId")).toInteger(), m_agent->userId());
    QVERIFY(responseNamed(*m_agent2, QStringLiteral("my-greeting")).isEmpty());
    const qint64 anyTicket = ticket(*m_agent, QStringLiteral("x"), kAcme);
    HD_EXPECT_ERROR(m_agent2->call(QStringLiteral("canned.render"),
                        QJsonObject { { QStringLiteral("id"), personal },
                            { QStringLiteral("ticketId"), anyTicket } }),
        1004);
    HD_EXPECT_ERROR(
        m_agent2->call(QStringLiteral("canned.delete"), params(QStringLiteral("id"), personal)),
        1004);

    const QJsonObject shared = QJsonObject { { QStringLiteral("name"),
                                                 QStringLiteral("billing-hello") },
        { QStringLiteral("scope"), QStringLiteral("queue") }, { QStringLiteral("queueId"), 2 },
        { QStringLiteral("texts"), texts(QStringLiteral("Billing here")) } };
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("canned.save"), shared), 1003);
    const QJsonObject queued = m_lead->call(QStringLiteral("canned.save"), shared);
    HD_EXPECT_OK(queued);
    const qint64 queueResponse = idOf(resultOf(queued));
    QCOMPARE(responseNamed(*m_agent2, QStringLiteral("billing-hello"))
                 .value(QLatin1String("queueId"))
                 .toInteger(),
        2);
    QJsonObject edit = shared;
    edit.insert(QStringLiteral("id"), queueResponse);
    edit.insert(QStringLiteral("version"), 1);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("canned.save"), edit), 1003);
    HD_EXPECT_ERROR(
        m_agent->call(QStringLiteral("canned.delete"), params(QStringLiteral("id"), queueResponse)),
        1003);
    HD_EXPECT_OK(m_lead->call(QStringLiteral("canned.save"), edit));
    const QJsonObject stale = m_lead->call(QStringLiteral("canned.save"), edit);
    HD_EXPECT_ERROR(stale, 1009);
    QCOMPARE(errorData(stale)
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("version"))
                 .toInteger(),
        2);
    HD_EXPECT_OK(
        m_agent->call(QStringLiteral("canned.delete"), params(QStringLiteral("id"), personal)));
    QVERIFY(responseNamed(*m_agent, QStringLiteral("my-greeting")).isEmpty());
}

// A macro: reply, status, priority, a tag and the assignee in one call, one version step per
// handler; the same call again with the old version changes nothing.
void TestCanned::macroChangesTheTicketOnce()
{
    const QJsonObject macro = m_lead->call(QStringLiteral("canned.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("escalate-billing") },
            { QStringLiteral("scope"), QStringLiteral("shared") },
            { QStringLiteral("texts"), texts(QStringLiteral("{agent.name} takes this over.")) },
            { QStringLiteral("actions"),
                QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") },
                    { QStringLiteral("priority"), QStringLiteral("high") },
                    { QStringLiteral("addTags"), QJsonArray { QStringLiteral("escalated") } },
                    { QStringLiteral("assignee"), QStringLiteral("me") } } } });
    HD_EXPECT_OK(macro);
    QVERIFY(resultOf(macro).value(QLatin1String("macro")).toBool());
    const qint64 id = ticket(*m_agent, QStringLiteral("Invoice twice"), kAcme);
    const qint64 version = ticketOf(id).value(QLatin1String("version")).toInteger();
    const QJsonObject apply { { QStringLiteral("id"), idOf(resultOf(macro)) },
        { QStringLiteral("ticketId"), id }, { QStringLiteral("version"), version } };
    const QJsonObject applied = m_agent->call(QStringLiteral("macro.apply"), apply);
    HD_EXPECT_OK(applied);
    const QJsonObject after = resultOf(applied).value(QLatin1String("ticket")).toObject();
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(after.value(QLatin1String("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(
        after.value(QLatin1String("tags")).toArray(), QJsonArray { QStringLiteral("escalated") });
    QCOMPARE(after.value(QLatin1String("assigneeId")).toInteger(), m_agent->userId());
    QCOMPARE(resultOf(applied)
                 .value(QLatin1String("message"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString(),
        m_agent->user().value(QLatin1String("name")).toString()
            + QStringLiteral(" takes this over."));
    QCOMPARE(ticketOf(id), after);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("macro.apply"), apply), 1009);
    const QJsonArray messages
        = resultOf(m_lead->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
              .value(QLatin1String("messages"))
              .toArray();
    QCOMPARE(messages.size(), 2); // the first message and the macro's, not a second one
}

// A colleague changes the priority after the agent opened the ticket: the macro, sent with the
// version the agent saw, is refused (1009) and the colleague's priority stays.
void TestCanned::macroNeverUndoesAColleague()
{
    const qint64 macro = idOf(responseNamed(*m_agent, QStringLiteral("escalate-billing")));
    const qint64 id = ticket(*m_agent, QStringLiteral("Card declined"), kAcme);
    const QJsonObject seen = ticketOf(id);
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("version"), seen.value(QLatin1String("version")) },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("priority"), QStringLiteral("urgent") } } } }));
    const QJsonObject refused = m_agent->call(QStringLiteral("macro.apply"),
        QJsonObject { { QStringLiteral("id"), macro }, { QStringLiteral("ticketId"), id },
            { QStringLiteral("version"), seen.value(QLatin1String("version")) } });
    HD_EXPECT_ERROR(refused, 1009);
    QCOMPARE(errorData(refused)
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("priority"))
                 .toString(),
        QStringLiteral("urgent"));
    const QJsonObject now = ticketOf(id);
    QCOMPARE(now.value(QLatin1String("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(now.value(QLatin1String("status")).toString(),
        seen.value(QLatin1String("status")).toString());
    // Applied again from the current version, with the agent's own edited text.
    const QJsonObject applied = m_agent->call(QStringLiteral("macro.apply"),
        QJsonObject { { QStringLiteral("id"), macro }, { QStringLiteral("ticketId"), id },
            { QStringLiteral("version"), now.value(QLatin1String("version")) },
            { QStringLiteral("body"), QStringLiteral("Edited by hand") } });
    HD_EXPECT_OK(applied);
    QCOMPARE(resultOf(applied)
                 .value(QLatin1String("message"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString(),
        QStringLiteral("Edited by hand"));
    QCOMPARE(resultOf(applied)
                 .value(QLatin1String("ticket"))
                 .toObject()
                 .value(QLatin1String("priority"))
                 .toString(),
        QStringLiteral("high"));
}

QTEST_GUILESS_MAIN(TestCanned)
#include "tst_canned.moc"
