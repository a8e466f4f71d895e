// SPDX-License-Identifier: GPL-3.0-or-later
// Guided requests and the owner's approval (issue 11; docs/protocol.md: RequestType,
// requestType.*, ticket.create's requestTypeId/fields, ticket.approve, ticket.refuse, 1030):
// answers are checked against the type, stored, returned and found by search; a sensitive
// request filed by a non-owner waits for the owner, and no method works around that.
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;

namespace {
constexpr int kAwaitingApproval = 1030;
const QString kCreate = QStringLiteral("ticket.create");
} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typesFollowTheContactRole();
    void namesInTheCallersLanguage();
    void badAnswers_data();
    void badAnswers();
    void answersAreStoredReturnedAndSearchable();
    void ownersOwnRequestNeedsNoApproval();
    void approvalCannotBeBypassed();
    void refusingClosesTheTicket();
    void staffMailStaysInternalWhileAwaiting();
    void adminsConfigureTypes();

private:
    TestClient& as(const QString& login);
    qint64 typeId(const QString& key);
    QJsonObject file(const QString& login, const QString& type, const QJsonObject& fields,
        const QString& subject = QStringLiteral("A request"));
    QJsonObject get(qint64 id);
    QStringList listedKeys(const QString& login);

    TestServer m_server;
    std::map<QString, std::unique_ptr<TestClient>> m_clients;
    QHash<QString, qint64> m_types;
    qint64 m_shop = 0; // Acme's hosting
    qint64 m_domain = 0; // Acme's domain
    qint64 m_globexSite = 0;
};

TestClient& TestRequests::as(const QString& login)
{
    auto& slot = m_clients[login];
    if (!slot)
        slot = TestClient::loggedIn(m_server.port(), login);
    return *slot;
}

qint64 TestRequests::typeId(const QString& key)
{
    return m_types.value(key);
}

QJsonObject TestRequests::file(
    const QString& login, const QString& type, const QJsonObject& fields, const QString& subject)
{
    QJsonObject params { { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), subject + QStringLiteral(", please") },
        { QStringLiteral("requestTypeId"), typeId(type) }, { QStringLiteral("fields"), fields } };
    if (!as(login).user().value(QLatin1String("customerId")).isDouble())
        params.insert(QStringLiteral("customerId"), kAcme);
    return as(login).call(kCreate, params);
}

QJsonObject TestRequests::get(qint64 id)
{
    return resultOf(as(QStringLiteral("agent")).call(
        QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
}

QStringList TestRequests::listedKeys(const QString& login)
{
    QStringList keys;
    const QJsonObject list = resultOf(as(login).call(QStringLiteral("requestType.list")));
    for (const QJsonValue& item : list.value(QLatin1String("items")).toArray())
        keys << item.toObject().value(QLatin1String("key")).toString();
    return keys;
}

void TestRequests::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    auto services = [this](qint64 customer, const QJsonArray& list) {
        const QJsonObject updated = as(QStringLiteral("agent")).call(
            QStringLiteral("customer.update"),
            QJsonObject { { QStringLiteral("id"), customer }, { QStringLiteral("services"), list } });
        return resultOf(updated).value(QLatin1String("services")).toArray();
    };
    const QJsonArray acme = services(kAcme,
        { QJsonObject { { QStringLiteral("kind"), QStringLiteral("hosting") },
              { QStringLiteral("name"), QStringLiteral("shop.acme.example") } },
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("domain") },
                { QStringLiteral("name"), QStringLiteral("acme.example") } } });
    QCOMPARE(acme.size(), 2);
    m_shop = idOf(acme.at(0));
    m_domain = idOf(acme.at(1));
    const QJsonArray globex = services(kGlobex,
        { QJsonObject { { QStringLiteral("kind"), QStringLiteral("hosting") },
            { QStringLiteral("name"), QStringLiteral("globex.example") } } });
    m_globexSite = idOf(globex.at(0));
    const QJsonObject list = resultOf(as(QStringLiteral("admin")).call(QStringLiteral("requestType.list")));
    for (const QJsonValue& item : list.value(QLatin1String("items")).toArray())
        m_types.insert(item.toObject().value(QLatin1String("key")).toString(), idOf(item));
    QCOMPARE(m_types.size(), 6); // the starter set of schema step 19
}

void TestRequests::typesFollowTheContactRole()
{
    const QStringList all { QStringLiteral("question"), QStringLiteral("problem"),
        QStringLiteral("billing"), QStringLiteral("backup_restore"),
        QStringLiteral("owner_change"), QStringLiteral("domain_transfer") };
    QCOMPARE(listedKeys(QStringLiteral("alice")), all); // the owner: everything
    QCOMPARE(listedKeys(QStringLiteral("agent")), all);
    // The technical contact: no queue, or a technical queue (Support).
    QCOMPARE(listedKeys(QStringLiteral("amy")),
        (QStringList { QStringLiteral("question"), QStringLiteral("problem"),
            QStringLiteral("backup_restore"), QStringLiteral("domain_transfer") }));
    // ... and cannot file a billing type by its id either.
    HD_EXPECT_ERROR(file(QStringLiteral("amy"), QStringLiteral("billing"), {}), 1022);
}

void TestRequests::namesInTheCallersLanguage()
{
    HD_EXPECT_OK(as(QStringLiteral("bob")).call(
        QStringLiteral("user.setLocale"), params(QStringLiteral("locale"), QStringLiteral("de_DE"))));
    const QJsonObject list = resultOf(as(QStringLiteral("bob")).call(QStringLiteral("requestType.list")));
    QJsonObject restore;
    for (const QJsonValue& item : list.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("key")) == QLatin1String("backup_restore"))
            restore = item.toObject();
    }
    QCOMPARE(restore.value(QLatin1String("name")).toString(),
        QStringLiteral("Datensicherung wiederherstellen"));
    QVERIFY(restore.value(QLatin1String("sensitive")).toBool());
    QVERIFY(!restore.contains(QLatin1String("names"))); // every language: staff only
    const QJsonArray fields = restore.value(QLatin1String("fields")).toArray();
    QStringList keys;
    for (const QJsonValue& field : fields)
        keys << field.toObject().value(QLatin1String("key")).toString();
    QCOMPARE(keys,
        (QStringList { QStringLiteral("affected"), QStringLiteral("since"), QStringLiteral("error"),
            QStringLiteral("tried"), QStringLiteral("site"), QStringLiteral("date") }));
    const QJsonObject site = fields.at(4).toObject();
    QCOMPARE(site.value(QLatin1String("label")).toString(), QStringLiteral("Welche Website"));
    QCOMPARE(site.value(QLatin1String("kind")).toString(), QStringLiteral("service"));
    QVERIFY(site.value(QLatin1String("required")).toBool());
    // A language with no name of its own falls back to English.
    HD_EXPECT_OK(as(QStringLiteral("bob")).call(
        QStringLiteral("user.setLocale"), params(QStringLiteral("locale"), QStringLiteral("it_IT"))));
    const QJsonObject english = resultOf(as(QStringLiteral("bob")).call(QStringLiteral("requestType.list")));
    QCOMPARE(english.value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("A question"));
}

void TestRequests::badAnswers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("field"); // the path named in data.fields
    const QJsonObject date { { QStringLiteral("date"), QStringLiteral("2026-11-30") } };
    QTest::newRow("unknown key") << QStringLiteral("problem")
                                 << QJsonObject { { QStringLiteral("colour"), QStringLiteral("red") } }
                                 << QStringLiteral("fields.colour");
    QTest::newRow("required missing") << QStringLiteral("backup_restore") << date
                                      << QStringLiteral("fields.site");
    QTest::newRow("required empty")
        << QStringLiteral("backup_restore")
        << QJsonObject { { QStringLiteral("site"), m_shop }, { QStringLiteral("date"), QStringLiteral("  ") } }
        << QStringLiteral("fields.date");
    QTest::newRow("not a date") << QStringLiteral("problem")
                                << QJsonObject { { QStringLiteral("since"), QStringLiteral("yesterday") } }
                                << QStringLiteral("fields.since");
    QTest::newRow("no such day") << QStringLiteral("problem")
                                 << QJsonObject { { QStringLiteral("since"), QStringLiteral("2026-02-30") } }
                                 << QStringLiteral("fields.since");
    QTest::newRow("text not a string") << QStringLiteral("problem")
                                       << QJsonObject { { QStringLiteral("error"), 42 } }
                                       << QStringLiteral("fields.error");
    QTest::newRow("service not an id") << QStringLiteral("problem")
                                       << QJsonObject { { QStringLiteral("affected"), QStringLiteral("shop") } }
                                       << QStringLiteral("fields.affected");
    QTest::newRow("no such service") << QStringLiteral("problem")
                                     << QJsonObject { { QStringLiteral("affected"), 999999 } }
                                     << QStringLiteral("fields.affected");
}

void TestRequests::badAnswers()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, field);
    for (const QString& login : { QStringLiteral("alice"), QStringLiteral("agent") }) {
        const QJsonObject response = file(login, type, fields);
        HD_EXPECT_ERROR(response, 1022);
        QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field),
            describe(response).constData());
    }
}

void TestRequests::answersAreStoredReturnedAndSearchable()
{
    // Another organisation's service is not this one's.
    const QJsonObject foreign = file(QStringLiteral("alice"), QStringLiteral("problem"),
        { { QStringLiteral("affected"), m_globexSite } });
    HD_EXPECT_ERROR(foreign, 1022);
    // Fields need a type.
    HD_EXPECT_ERROR(as(QStringLiteral("alice")).call(kCreate,
                        QJsonObject { { QStringLiteral("subject"), QStringLiteral("x") },
                            { QStringLiteral("body"), QStringLiteral("y") },
                            { QStringLiteral("fields"),
                                QJsonObject { { QStringLiteral("error"), QStringLiteral("z") } } } }),
        1022);

    const QJsonObject created = file(QStringLiteral("alice"), QStringLiteral("problem"),
        { { QStringLiteral("affected"), m_shop }, { QStringLiteral("since"), QStringLiteral("2026-12-01") },
            { QStringLiteral("error"), QStringLiteral("ERR_SSL_VERSION_OR_CIPHER_MISMATCH zebrafinch") },
            { QStringLiteral("tried"), QStringLiteral("Cleared the browser cache") } },
        QStringLiteral("The shop shows a certificate error"));
    HD_EXPECT_OK(created);
    const QJsonObject ticket = resultOf(created);
    QCOMPARE(ticket.value(QLatin1String("requestTypeId")).toInteger(), typeId(QStringLiteral("problem")));
    QVERIFY(ticket.value(QLatin1String("approval")).isNull());
    QCOMPARE(ticket.value(QLatin1String("queueId")).toInteger(), 1); // the type's queue: Support
    const qint64 id = idOf(ticket);

    const QJsonObject request = get(id).value(QLatin1String("request")).toObject();
    QCOMPARE(request.value(QLatin1String("key")).toString(), QStringLiteral("problem"));
    const QJsonArray answers = request.value(QLatin1String("fields")).toArray();
    QCOMPARE(answers.size(), 4);
    const QJsonObject affected = answers.at(0).toObject();
    QCOMPARE(affected.value(QLatin1String("key")).toString(), QStringLiteral("affected"));
    QCOMPARE(affected.value(QLatin1String("value")).toInteger(), m_shop);
    QCOMPARE(affected.value(QLatin1String("text")).toString(), QStringLiteral("shop.acme.example"));
    QCOMPARE(answers.at(1).toObject().value(QLatin1String("value")).toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(answers.at(2).toObject().value(QLatin1String("value")).toString(),
        QStringLiteral("ERR_SSL_VERSION_OR_CIPHER_MISMATCH zebrafinch"));
    // The customer reads them too, and the history says which type was filed.
    const QJsonObject own = resultOf(as(QStringLiteral("alice")).call(
        QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
    QCOMPARE(own.value(QLatin1String("request")).toObject().value(QLatin1String("fields")).toArray().size(), 4);
    bool typeEvent = false;
    for (const QJsonValue& event : own.value(QLatin1String("events")).toArray())
        typeEvent |= event.toObject().value(QLatin1String("field")) == QLatin1String("requestType");
    QVERIFY(typeEvent);

    // Search finds the ticket by the error message (an answer, not subject or message).
    for (const QString& login : { QStringLiteral("agent"), QStringLiteral("alice") }) {
        const QJsonObject found = resultOf(as(login).call(QStringLiteral("search"),
            params(QStringLiteral("query"), QStringLiteral("zebrafinch"))));
        const QJsonArray items = found.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("ticketId")).toInteger(), id);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("field")).toString(), QStringLiteral("error"));
    }
    // A filtered search too, and another organisation finds nothing.
    const QJsonObject filtered = resultOf(as(QStringLiteral("agent")).call(QStringLiteral("search"),
        QJsonObject { { QStringLiteral("query"), QStringLiteral("zebrafinch") },
            { QStringLiteral("filter"), params(QStringLiteral("customerId"), kAcme) } }));
    QCOMPARE(filtered.value(QLatin1String("items")).toArray().size(), 1);
    const QJsonObject other = resultOf(as(QStringLiteral("bob")).call(QStringLiteral("search"),
        params(QStringLiteral("query"), QStringLiteral("zebrafinch"))));
    QVERIFY(other.value(QLatin1String("items")).toArray().isEmpty());
}

void TestRequests::ownersOwnRequestNeedsNoApproval()
{
    const QJsonObject created = file(QStringLiteral("alice"), QStringLiteral("backup_restore"),
        { { QStringLiteral("site"), m_shop }, { QStringLiteral("date"), QStringLiteral("2026-11-30") } });
    HD_EXPECT_OK(created);
    QVERIFY(resultOf(created).value(QLatin1String("approval")).isNull());
    // An agent filing it for the owner: none either.
    QJsonObject forOwner { { QStringLiteral("subject"), QStringLiteral("Restore by phone") },
        { QStringLiteral("body"), QStringLiteral("Alice called") },
        { QStringLiteral("requesterId"), as(QStringLiteral("alice")).userId() },
        { QStringLiteral("requestTypeId"), typeId(QStringLiteral("backup_restore")) },
        { QStringLiteral("fields"),
            QJsonObject { { QStringLiteral("site"), m_shop },
                { QStringLiteral("date"), QStringLiteral("2026-11-29") } } } };
    const QJsonObject byAgent = as(QStringLiteral("agent")).call(kCreate, forOwner);
    HD_EXPECT_OK(byAgent);
    QVERIFY(resultOf(byAgent).value(QLatin1String("approval")).isNull());
    // ... while for the technical contact it waits.
    forOwner.insert(QStringLiteral("requesterId"), as(QStringLiteral("amy")).userId());
    const QJsonObject forAmy = as(QStringLiteral("agent")).call(kCreate, forOwner);
    HD_EXPECT_OK(forAmy);
    QCOMPARE(resultOf(forAmy).value(QLatin1String("approval")).toString(), QStringLiteral("awaiting"));
}

void TestRequests::approvalCannotBeBypassed()
{
    const QJsonObject created = file(QStringLiteral("amy"), QStringLiteral("backup_restore"),
        { { QStringLiteral("site"), m_shop }, { QStringLiteral("date"), QStringLiteral("2026-11-30") } },
        QStringLiteral("Restore the shop"));
    HD_EXPECT_OK(created);
    const QJsonObject ticket = resultOf(created);
    const qint64 id = idOf(ticket);
    QCOMPARE(ticket.value(QLatin1String("approval")).toString(), QStringLiteral("awaiting"));
    QCOMPARE(ticket.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QVERIFY(ticket.value(QLatin1String("assigneeId")).isNull());
    TestClient& agent = as(QStringLiteral("agent"));
    auto version = [this, id] {
        return get(id).value(QLatin1String("ticket")).toObject().value(QLatin1String("version")).toInteger();
    };
    auto update = [&](const QJsonObject& changes) {
        return agent.call(QStringLiteral("ticket.update"),
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), version() },
                { QStringLiteral("changes"), changes } });
    };
    HD_EXPECT_ERROR(update(params(QStringLiteral("status"), QStringLiteral("open"))), kAwaitingApproval);
    HD_EXPECT_ERROR(update(params(QStringLiteral("assigneeId"), agent.userId())), kAwaitingApproval);
    HD_EXPECT_ERROR(update(params(QStringLiteral("queueId"), 3)), kAwaitingApproval);
    HD_EXPECT_ERROR(as(QStringLiteral("amy")).call(QStringLiteral("ticket.update"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), version() },
                            { QStringLiteral("changes"), params(QStringLiteral("status"), QStringLiteral("closed")) } }),
        kAwaitingApproval);
    const QJsonObject refused = agent.call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Done!") } });
    HD_EXPECT_ERROR(refused, kAwaitingApproval);
    QCOMPARE(errorData(refused).value(QLatin1String("ticketId")).toInteger(), id);
    // Internal notes are allowed (staff talk about it), but not with a status.
    HD_EXPECT_OK(agent.call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Waiting for Alice") },
            { QStringLiteral("internal"), true } }));
    HD_EXPECT_ERROR(agent.call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("note") },
                            { QStringLiteral("internal"), true }, { QStringLiteral("status"), QStringLiteral("pending") } }),
        kAwaitingApproval);
    // A macro that changes the ticket.
    const QJsonObject macro = as(QStringLiteral("lead")).call(QStringLiteral("canned.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("take-it") },
            { QStringLiteral("scope"), QStringLiteral("shared") },
            { QStringLiteral("texts"), QJsonObject { { QStringLiteral("en"), QStringLiteral("On it.") } } },
            { QStringLiteral("actions"), QJsonObject { { QStringLiteral("assignee"), QStringLiteral("me") } } } });
    HD_EXPECT_OK(macro);
    HD_EXPECT_ERROR(agent.call(QStringLiteral("macro.apply"),
                        QJsonObject { { QStringLiteral("id"), idOf(resultOf(macro)) }, { QStringLiteral("ticketId"), id },
                            { QStringLiteral("version"), version() } }),
        kAwaitingApproval);
    // Merging, either way.
    const qint64 other = idOf(resultOf(file(QStringLiteral("alice"), QStringLiteral("question"), {})));
    HD_EXPECT_ERROR(agent.call(QStringLiteral("ticket.merge"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("intoId"), other } }),
        kAwaitingApproval);
    HD_EXPECT_ERROR(agent.call(QStringLiteral("ticket.merge"),
                        QJsonObject { { QStringLiteral("id"), other }, { QStringLiteral("intoId"), id } }),
        kAwaitingApproval);
    // Nobody but the owner decides.
    HD_EXPECT_ERROR(agent.call(QStringLiteral("ticket.approve"), params(QStringLiteral("id"), id)), 1003);
    HD_EXPECT_ERROR(as(QStringLiteral("admin")).call(QStringLiteral("ticket.approve"), params(QStringLiteral("id"), id)), 1003);
    HD_EXPECT_ERROR(as(QStringLiteral("amy")).call(QStringLiteral("ticket.approve"), params(QStringLiteral("id"), id)), 1003);
    HD_EXPECT_ERROR(as(QStringLiteral("bob")).call(QStringLiteral("ticket.approve"), params(QStringLiteral("id"), id)), 1004);
    QCOMPARE(get(id).value(QLatin1String("ticket")).toObject().value(QLatin1String("approval")).toString(),
        QStringLiteral("awaiting"));

    // The owner approves; open clients hear of it; then the agent works it.
    agent.clearNotifications();
    const QJsonObject approved = as(QStringLiteral("alice")).call(QStringLiteral("ticket.approve"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("comment"), QStringLiteral("Yes, go ahead.") } });
    HD_EXPECT_OK(approved);
    QCOMPARE(resultOf(approved).value(QLatin1String("approval")).toString(), QStringLiteral("approved"));
    const QJsonObject push = agent.waitForNotification(QStringLiteral("ticket.changed"), [id](const QJsonObject& n) {
        const QJsonObject t = n.value(QLatin1String("ticket")).toObject();
        return idOf(t) == id && t.value(QLatin1String("approval")) == QLatin1String("approved");
    });
    QVERIFY(!push.isEmpty());
    HD_EXPECT_ERROR(as(QStringLiteral("alice")).call(QStringLiteral("ticket.approve"), params(QStringLiteral("id"), id)), 1022);
    HD_EXPECT_OK(update(params(QStringLiteral("assigneeId"), agent.userId())));
    HD_EXPECT_OK(agent.call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), QStringLiteral("Restoring now.") } }));

    // The history: requested by Amy, approved by Alice; her comment is in the thread.
    const QJsonObject full = get(id);
    QStringList approvals;
    for (const QJsonValue& value : full.value(QLatin1String("events")).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("field")) == QLatin1String("approval"))
            approvals << QStringLiteral("%1:%2").arg(event.value(QLatin1String("new")).toString())
                             .arg(event.value(QLatin1String("actorId")).toInteger());
    }
    QCOMPARE(approvals,
        (QStringList { QStringLiteral("awaiting:%1").arg(as(QStringLiteral("amy")).userId()),
            QStringLiteral("approved:%1").arg(as(QStringLiteral("alice")).userId()) }));
    bool comment = false;
    for (const QJsonValue& message : full.value(QLatin1String("messages")).toArray())
        comment |= message.toObject().value(QLatin1String("body")) == QLatin1String("Yes, go ahead.");
    QVERIFY(comment);
}

void TestRequests::refusingClosesTheTicket()
{
    const QJsonObject created = file(QStringLiteral("amy"), QStringLiteral("domain_transfer"),
        { { QStringLiteral("domain"), m_domain } }, QStringLiteral("Move acme.example away"));
    HD_EXPECT_OK(created);
    const qint64 id = idOf(resultOf(created));
    const QJsonObject refused = as(QStringLiteral("alice")).call(QStringLiteral("ticket.refuse"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("comment"), QStringLiteral("No, we keep it.") } });
    HD_EXPECT_OK(refused);
    QCOMPARE(resultOf(refused).value(QLatin1String("approval")).toString(), QStringLiteral("refused"));
    QCOMPARE(resultOf(refused).value(QLatin1String("status")).toString(), QStringLiteral("closed"));
    bool closedEvent = false;
    for (const QJsonValue& value : get(id).value(QLatin1String("events")).toArray()) {
        const QJsonObject event = value.toObject();
        closedEvent |= event.value(QLatin1String("field")) == QLatin1String("status")
            && event.value(QLatin1String("new")) == QLatin1String("closed")
            && event.value(QLatin1String("actorId")).toInteger() == as(QStringLiteral("alice")).userId();
    }
    QVERIFY(closedEvent);
    HD_EXPECT_ERROR(as(QStringLiteral("alice")).call(QStringLiteral("ticket.refuse"), params(QStringLiteral("id"), id)), 1022);
}

// The mail gateway is no way around it either: an agent's mail reply is kept as an internal
// note while the ticket waits for its owner.
void TestRequests::staffMailStaysInternalWhileAwaiting()
{
    const QJsonObject created = file(QStringLiteral("amy"), QStringLiteral("backup_restore"),
        { { QStringLiteral("site"), m_shop }, { QStringLiteral("date"), QStringLiteral("2026-11-28") } },
        QStringLiteral("Restore by mail"));
    HD_EXPECT_OK(created);
    const qint64 id = idOf(resultOf(created));
    m_server.queryScalar(QStringLiteral("UPDATE tickets SET mail_secret = 'reqsecret42' WHERE id = ?"), { id });
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'aggie@helpdesk.example' WHERE login = 'agent'"));
    QTemporaryDir dir;
    const QString config = writeMailConfig(dir.path(), QStringLiteral("mail.json"),
        QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example") },
            { QStringLiteral("queues"),
                QJsonObject { { QStringLiteral("Support"),
                    QJsonObject { { QStringLiteral("address"), QStringLiteral("support@helpdesk.example") } } } } } });
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("aggie@helpdesk.example"),
            QStringLiteral("Re: Restore by mail [#%1-reqsecret42]").arg(id),
            QStringLiteral("agent-reply@laptop.example"), QStringLiteral("MAILREPLY restored")),
        config);
    QVERIFY2(run.exitCode == 0 && run.ticketId == id, qPrintable(run.log));
    bool internal = false;
    for (const QJsonValue& message : get(id).value(QLatin1String("messages")).toArray()) {
        if (message.toObject().value(QLatin1String("body")).toString().contains(QStringLiteral("MAILREPLY")))
            internal = message.toObject().value(QLatin1String("internal")).toBool();
    }
    QVERIFY(internal);
    const QJsonObject own = resultOf(as(QStringLiteral("amy")).call(
        QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
    QVERIFY(!QJsonDocument(own).toJson().contains("MAILREPLY"));
}

void TestRequests::adminsConfigureTypes()
{
    TestClient& admin = as(QStringLiteral("admin"));
    const QJsonObject type { { QStringLiteral("key"), QStringLiteral("mailbox_quota") },
        { QStringLiteral("names"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("Mailbox is full") },
                { QStringLiteral("hr"), QStringLiteral("Poštanski sandučić je pun") } } },
        { QStringLiteral("queueId"), 1 },
        { QStringLiteral("fields"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("plan") },
                { QStringLiteral("kind"), QStringLiteral("choice") }, { QStringLiteral("required"), true },
                { QStringLiteral("labels"), QJsonObject { { QStringLiteral("en"), QStringLiteral("New size") } } },
                { QStringLiteral("choices"), QJsonArray { QStringLiteral("5 GB"), QStringLiteral("10 GB") } } } } } };
    const QJsonObject saved = admin.call(QStringLiteral("requestType.save"), type);
    HD_EXPECT_OK(saved);
    const qint64 id = idOf(resultOf(saved));
    m_types.insert(QStringLiteral("mailbox_quota"), id);
    QCOMPARE(resultOf(saved).value(QLatin1String("version")).toInteger(), 1);
    HD_EXPECT_ERROR(admin.call(QStringLiteral("requestType.save"), type), 1022); // key taken
    QVERIFY(listedKeys(QStringLiteral("amy")).contains(QStringLiteral("mailbox_quota")));
    HD_EXPECT_ERROR(file(QStringLiteral("amy"), QStringLiteral("mailbox_quota"),
                        { { QStringLiteral("plan"), QStringLiteral("50 GB") } }),
        1022);
    HD_EXPECT_OK(file(QStringLiteral("amy"), QStringLiteral("mailbox_quota"),
        { { QStringLiteral("plan"), QStringLiteral("10 GB") } }));

    // A lead may not edit a type of a queue it does not lead; a stale version is 1009.
    HD_EXPECT_ERROR(as(QStringLiteral("lead")).call(QStringLiteral("requestType.save"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
                            { QStringLiteral("sensitive"), true } }),
        1003);
    HD_EXPECT_OK(admin.call(QStringLiteral("requestType.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("sensitive"), true } }));
    const QJsonObject stale = admin.call(QStringLiteral("requestType.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("position"), 9 } });
    HD_EXPECT_ERROR(stale, 1009);
    QCOMPARE(errorData(stale).value(QLatin1String("current")).toObject().value(QLatin1String("version")).toInteger(), 2);
    QVERIFY(errorData(stale).value(QLatin1String("current")).toObject().value(QLatin1String("sensitive")).toBool());

    // Archived: gone from the customers' list, not filed again; staff list it on request.
    HD_EXPECT_OK(admin.call(QStringLiteral("requestType.archive"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 2 } }));
    QVERIFY(!listedKeys(QStringLiteral("amy")).contains(QStringLiteral("mailbox_quota")));
    HD_EXPECT_ERROR(file(QStringLiteral("amy"), QStringLiteral("mailbox_quota"),
                        { { QStringLiteral("plan"), QStringLiteral("10 GB") } }),
        1022);
    const QJsonObject all = resultOf(admin.call(QStringLiteral("requestType.list"),
        params(QStringLiteral("includeArchived"), true)));
    bool archived = false;
    for (const QJsonValue& item : all.value(QLatin1String("items")).toArray())
        archived |= idOf(item) == id && item.toObject().value(QLatin1String("archived")).toBool();
    QVERIFY(archived);
}

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
