// SPDX-License-Identifier: GPL-3.0-or-later
// CC of other contacts (issue 13; docs/protocol.md message.add `cc`, message.ccCandidates):
// each refusal of a copy, the copies stored and shown everywhere a message is, a copied reply
// mailed to each person in their own language with a Cc header naming the others (through the
// outbox and a real SMTP server on loopback, aiosmtpd; a name cannot add a header through it),
// a copied contact's reply-all threading into the ticket, the contacts a customer's mail
// copies recorded, a colleague's change made meanwhile kept, a retry answered from what was
// stored, and (PostgreSQL) the push from another server carrying the copies.
#include "mail/mailparser.h"
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::server::mail::parseMail;

namespace {

const QString kDomain = QStringLiteral("helpdesk.example.com");

QJsonObject settings(quint16 smtpPort)
{
    return QJsonObject { { QStringLiteral("domain"), kDomain },
        { QStringLiteral("queues"),
            QJsonObject { { QStringLiteral("Support"),
                QJsonObject { { QStringLiteral("address"), QStringLiteral("support@example.com") } } } } },
        { QStringLiteral("smtp"),
            QJsonObject { { QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort) },
                { QStringLiteral("requireTls"), false },
                { QStringLiteral("from"), QStringLiteral("noreply@example.com") },
                { QStringLiteral("pollSeconds"), 0.2 }, { QStringLiteral("retrySeconds"), 1 } } } };
}

// The first line of a mail template (translations/mail/LANG.json) with its agent filled in.
QString firstTemplateLine(const QString& language, const QString& agent)
{
    QFile file(QStringLiteral(HELPDESK_MAIL_CORPUS "/../../../translations/mail/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no template %1)").arg(language);
    const QString body = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("replyBody")).toString();
    return body.section(QLatin1Char('\n'), 0, 0).replace(QStringLiteral("{agent}"), agent);
}

QJsonArray ids(std::initializer_list<qint64> list)
{
    QJsonArray array;
    for (const qint64 id : list)
        array.append(id);
    return array;
}

} // namespace

class TestCc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusals_data();
    void refusals();
    void onlyCopyableContactsAreCandidates();
    void copiedReplyGoesToEachInTheirLanguage();
    void copiedContactReplyThreads();
    void customerMailCopiesAreRecorded();
    void colleaguesChangeIsKept();
    void retryGetsTheStoredCopies();
    void copiesCrossServers();

private:
    qint64 userId(const QString& login);
    QJsonObject reply(TestClient& as, const QJsonObject& extra);
    QJsonArray thread(qint64 ticket);
    QJsonObject lastMessage(qint64 ticket) { return thread(ticket).last().toObject(); }

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<SmtpSink> m_sink;
    QString m_config;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_agent2;
    qint64 m_ticket = 0; // Acme's, in the technical queue Support, requested by alice
    QString m_secret;
};

void TestCc::initTestCase()
{
    const quint16 smtpPort = TestServer::freePort();
    m_sink = std::make_unique<SmtpSink>(m_dir.filePath(QStringLiteral("sink")));
    QVERIFY(m_sink->start(smtpPort));
    m_config = writeMailConfig(m_dir.path(), QStringLiteral("mail.json"), settings(smtpPort));
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), m_config };
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    // Acme: alice (owner, requester), amy and tess (technical), bill (billing: no technical
    // tickets), carl (technical, no address), dora (technical, disabled); bob is Globex's.
    QVERIFY(m_server.addUser(QStringLiteral("tess"), QStringLiteral("Tess Acme"), QStringLiteral("customer"), kPassword, kAcme, QStringLiteral("technical")));
    QVERIFY(m_server.addUser(QStringLiteral("bill"), QStringLiteral("Bill Acme"), QStringLiteral("customer"), kPassword, kAcme, QStringLiteral("billing")));
    QVERIFY(m_server.addUser(QStringLiteral("carl"), QStringLiteral("Carl Acme"), QStringLiteral("customer"), kPassword, kAcme, QStringLiteral("technical")));
    QVERIFY(m_server.addUser(QStringLiteral("dora"), QStringLiteral("Dora Acme"), QStringLiteral("customer"), kPassword, kAcme, QStringLiteral("technical")));
    const QList<QPair<QString, QString>> people { { QStringLiteral("alice"), QStringLiteral("en_GB") },
        { QStringLiteral("amy"), QStringLiteral("de_DE") }, { QStringLiteral("tess"), QStringLiteral("pl_PL") },
        { QStringLiteral("bill"), QStringLiteral("fr_FR") }, { QStringLiteral("dora"), QStringLiteral("en_GB") },
        { QStringLiteral("bob"), QStringLiteral("en_GB") } };
    for (const auto& [login, locale] : people)
        m_server.queryScalar(QStringLiteral("UPDATE users SET email = ?, locale = ? WHERE login = ?"),
            { login + QStringLiteral("@acme.example"), locale, login });
    m_server.queryScalar(QStringLiteral("UPDATE users SET email = 'bob@globex.example' WHERE login = 'bob'"));
    m_server.queryScalar(QStringLiteral("UPDATE users SET enabled = 0 WHERE login = 'dora'"));

    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    QVERIFY(m_agent && m_agent2);
    const QJsonObject created = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Mail server rejects our SPF") },
            { QStringLiteral("body"), QStringLiteral("Reported by phone.") },
            { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), 1 },
            { QStringLiteral("requesterId"), userId(QStringLiteral("alice")) } });
    HD_EXPECT_OK(created);
    m_ticket = idOf(resultOf(created));
}

qint64 TestCc::userId(const QString& login)
{
    return m_server.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), { login }).toLongLong();
}

QJsonObject TestCc::reply(TestClient& as, const QJsonObject& extra)
{
    QJsonObject params = extra;
    params.insert(QStringLiteral("ticketId"), m_ticket);
    if (!params.contains(QLatin1String("body")))
        params.insert(QStringLiteral("body"), QStringLiteral("Please check the SPF record."));
    return as.call(QStringLiteral("message.add"), params);
}

QJsonArray TestCc::thread(qint64 ticket)
{
    return resultOf(m_agent->call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), ticket } }))
        .value(QLatin1String("messages"))
        .toArray();
}

void TestCc::refusals_data()
{
    QTest::addColumn<QString>("login"); // who sends
    QTest::addColumn<QStringList>("copied"); // logins, or a number for an id
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason"); // in data.fields.cc
    const QString agent = QStringLiteral("agent");
    const QString notContact = QStringLiteral("is not a contact of this ticket's organisation");
    QTest::newRow("another organisation's contact") << agent << QStringList { QStringLiteral("bob") } << QJsonObject() << 1022 << notContact;
    QTest::newRow("staff") << agent << QStringList { QStringLiteral("agent2") } << QJsonObject() << 1022 << notContact;
    QTest::newRow("no such user") << agent << QStringList { QStringLiteral("987654") } << QJsonObject() << 1022 << notContact;
    QTest::newRow("no address") << agent << QStringList { QStringLiteral("carl") } << QJsonObject() << 1022 << QStringLiteral("has no e-mail address");
    QTest::newRow("disabled") << agent << QStringList { QStringLiteral("dora") } << QJsonObject() << 1022 << QStringLiteral("is disabled");
    QTest::newRow("the requester") << agent << QStringList { QStringLiteral("alice") } << QJsonObject() << 1022 << QStringLiteral("requester");
    QTest::newRow("billing contact, technical ticket") << agent << QStringList { QStringLiteral("amy"), QStringLiteral("bill") } << QJsonObject() << 1022 << QStringLiteral("may not see this ticket");
    QTest::newRow("internal note") << agent << QStringList { QStringLiteral("amy") } << QJsonObject { { QStringLiteral("internal"), true } } << 1022 << QStringLiteral("internal notes never go by mail");
    QTest::newRow("sendMail false") << agent << QStringList { QStringLiteral("amy") } << QJsonObject { { QStringLiteral("sendMail"), false } } << 1022 << QStringLiteral("sendMail false");
    QTest::newRow("twice") << agent << QStringList { QStringLiteral("amy"), QStringLiteral("amy") } << QJsonObject() << 1022 << QStringLiteral("named twice");
    QTest::newRow("the owner contact") << QStringLiteral("alice") << QStringList { QStringLiteral("amy") } << QJsonObject() << 1003 << QString();
    QTest::newRow("a technical contact") << QStringLiteral("amy") << QStringList { QStringLiteral("tess") } << QJsonObject() << 1003 << QString();
}

void TestCc::refusals()
{
    QFETCH(QString, login);
    QFETCH(QStringList, copied);
    QFETCH(QJsonObject, extra);
    QFETCH(int, code);
    QFETCH(QString, reason);
    auto client = TestClient::loggedIn(m_server.port(), login);
    QVERIFY(client);
    QJsonArray cc;
    for (const QString& who : copied) {
        bool number = false;
        const qint64 id = who.toLongLong(&number);
        cc.append(number ? id : userId(who));
    }
    extra.insert(QStringLiteral("cc"), cc);
    const int before = int(thread(m_ticket).size());
    const qint64 outbox = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox")).toLongLong();
    const QJsonObject response = reply(*client, extra);
    HD_EXPECT_ERROR(response, code);
    if (!reason.isEmpty()) {
        const QString text = errorData(response).value(QLatin1String("fields")).toObject().value(QLatin1String("cc")).toString();
        QVERIFY2(text.contains(reason), qPrintable(text));
        if (code == 1022 && copied.size() > 1 && copied.last() == QLatin1String("bill")) // names the one refused
            QVERIFY2(text.contains(QString::number(userId(QStringLiteral("bill")))), qPrintable(text));
    }
    QCOMPARE(int(thread(m_ticket).size()), before); // nothing stored, nothing mailed
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox")).toLongLong(), outbox);
}

void TestCc::onlyCopyableContactsAreCandidates()
{
    const QJsonObject response = m_agent->call(QStringLiteral("message.ccCandidates"),
        QJsonObject { { QStringLiteral("ticketId"), m_ticket } });
    HD_EXPECT_OK(response);
    QStringList logins;
    for (const QJsonValue& contact : resultOf(response).value(QLatin1String("contacts")).toArray()) {
        logins << contact.toObject().value(QLatin1String("login")).toString();
        QVERIFY(!contact.toObject().value(QLatin1String("email")).toString().isEmpty());
    }
    QCOMPARE(logins, (QStringList { QStringLiteral("amy"), QStringLiteral("tess") })); // by name
    // A ticket in the billing queue: the billing contact, not the technical ones.
    const qint64 billing = idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Invoice") }, { QStringLiteral("body"), QStringLiteral("x") },
            { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), 2 },
            { QStringLiteral("requesterId"), userId(QStringLiteral("alice")) } })));
    const QJsonArray forBilling = resultOf(m_agent->call(QStringLiteral("message.ccCandidates"),
        QJsonObject { { QStringLiteral("ticketId"), billing } })).value(QLatin1String("contacts")).toArray();
    QCOMPARE(int(forBilling.size()), 1);
    QCOMPARE(forBilling.first().toObject().value(QLatin1String("login")).toString(), QStringLiteral("bill"));
}

void TestCc::copiedReplyGoesToEachInTheirLanguage()
{
    const qint64 amy = userId(QStringLiteral("amy"));
    const qint64 tess = userId(QStringLiteral("tess"));
    const int mailsBefore = int(m_sink->mails().size());
    m_agent2->clearNotifications();
    // A name that tries to add a header through the Cc line of the others' mails.
    m_server.queryScalar(QStringLiteral("UPDATE users SET name = ? WHERE login = 'tess'"),
        { QStringLiteral("Tess Acme\r\nBcc: spy@evil.example") });
    const QJsonObject response = reply(*m_agent, QJsonObject { { QStringLiteral("cc"), ids({ tess, amy }) },
        { QStringLiteral("body"), QStringLiteral("Add include:_spf.example.net to the record.") } });
    HD_EXPECT_OK(response);
    const QJsonObject message = resultOf(response);
    QCOMPARE(message.value(QLatin1String("cc")).toArray(), ids({ amy, tess })); // ascending ids
    // Stored, in ticket.get, in the push a colleague gets; other messages have cc [].
    QCOMPARE(lastMessage(m_ticket).value(QLatin1String("cc")).toArray(), ids({ amy, tess }));
    QCOMPARE(thread(m_ticket).first().toObject().value(QLatin1String("cc")).toArray(), QJsonArray());
    const QJsonObject push = m_agent2->waitForNotification(QStringLiteral("message.added"), [&](const QJsonObject& params) {
        return idOf(params.value(QLatin1String("message")).toObject()) == idOf(message);
    });
    QCOMPARE(push.value(QLatin1String("message")).toObject().value(QLatin1String("cc")).toArray(), ids({ amy, tess }));
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM message_cc WHERE message_id = ?"), { idOf(message) }).toLongLong(), 2);
    m_secret = m_server.queryScalar(QStringLiteral("SELECT mail_secret FROM tickets WHERE id = ?"), { m_ticket }).toString(); // made by the first mail

    // Three mails, one to each, each in its reader's language, naming the other two in Cc.
    const QHash<QString, QString> languages { { QStringLiteral("alice@acme.example"), QStringLiteral("en") },
        { QStringLiteral("amy@acme.example"), QStringLiteral("de") }, { QStringLiteral("tess@acme.example"), QStringLiteral("pl") } };
    QTRY_COMPARE_WITH_TIMEOUT(int(m_sink->mails().size()), mailsBefore + 3, 20'000);
    QSet<QString> reached;
    for (const DeliveredMail& mail : m_sink->mails().mid(mailsBefore)) {
        QCOMPARE(mail.recipients.size(), 1);
        const QString to = mail.recipients.first();
        QVERIFY2(languages.contains(to), qPrintable(to));
        reached.insert(to);
        QVERIFY2(mail.header(QStringLiteral("To")).contains(to), qPrintable(mail.header(QStringLiteral("To"))));
        const QString cc = mail.header(QStringLiteral("Cc"));
        QCOMPARE(mail.headerCount(QStringLiteral("Cc")), 1);
        QCOMPARE(mail.headerCount(QStringLiteral("Bcc")), 0);
        QVERIFY(!mail.raw.contains("\r\nBcc:"));
        for (auto it = languages.cbegin(); it != languages.cend(); ++it)
            QCOMPARE(cc.contains(it.key()), it.key() != to);
        QCOMPARE(mail.header(QStringLiteral("Content-Language")), languages.value(to));
        QCOMPARE(mail.header(QStringLiteral("Reply-To")), QStringLiteral("support@example.com"));
        QVERIFY(mail.header(QStringLiteral("Subject")).contains(m_secret));
        const auto parsed = parseMail(mail.raw);
        QVERIFY(parsed.ok);
        QVERIFY2(parsed.text.startsWith(firstTemplateLine(languages.value(to), QStringLiteral("Aggie Agent"))), qPrintable(parsed.text));
        QVERIFY(parsed.text.contains(QStringLiteral("include:_spf.example.net")));
    }
    QCOMPARE(int(reached.size()), 3);
}

void TestCc::copiedContactReplyThreads()
{
    // Tess answers "reply all" to the mail she was copied on: no tag in the subject, only the
    // reference to our Message-ID; Cc the requester, a colleague, another organisation's
    // contact and a stranger.
    QString ours;
    for (const DeliveredMail& mail : m_sink->mails()) {
        if (mail.recipients == QStringList { QStringLiteral("tess@acme.example") })
            ours = mail.header(QStringLiteral("Message-ID")).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    }
    QVERIFY(!ours.isEmpty());
    const qint64 usersBefore = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong();
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("Tess <tess@acme.example>"), QStringLiteral("Re: Mail server rejects our SPF"),
            QStringLiteral("tess-1@acme.example"), QStringLiteral("Done, the record is updated."),
            { QStringLiteral("In-Reply-To: <%1>").arg(ours), QStringLiteral("References: <%1>").arg(ours),
                QStringLiteral("Cc: Alice <alice@acme.example>, amy@acme.example, bob@globex.example, "
                               "Stranger <stranger@elsewhere.example>") }),
        m_config);
    QVERIFY2(run.exitCode == 0, qPrintable(run.log));
    QVERIFY(!run.newTicket);
    QCOMPARE(run.ticketId, m_ticket);
    const QJsonObject filed = lastMessage(m_ticket);
    QCOMPARE(filed.value(QLatin1String("authorId")).toInteger(), userId(QStringLiteral("tess")));
    // Amy recorded; the requester (mailed anyway), Globex's bob and the stranger are not.
    QCOMPARE(filed.value(QLatin1String("cc")).toArray(), ids({ userId(QStringLiteral("amy")) }));
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong(), usersBefore);
}

void TestCc::customerMailCopiesAreRecorded()
{
    // The requester writes with the tag, copying both technical colleagues (as a group) and the
    // billing contact, who may not see this technical ticket: only the two are recorded.
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("Alice <alice@acme.example>"),
            QStringLiteral("Re: Mail server rejects our SPF [#%1-%2]").arg(m_ticket).arg(m_secret),
            QStringLiteral("alice-1@acme.example"), QStringLiteral("Thanks, it works now."),
            { QStringLiteral("Cc: team: tess@acme.example, AMY@acme.example;, bill@acme.example") }),
        m_config);
    QVERIFY2(run.exitCode == 0 && run.ticketId == m_ticket, qPrintable(run.log));
    const QJsonObject filed = lastMessage(m_ticket);
    QCOMPARE(filed.value(QLatin1String("cc")).toArray(), ids({ userId(QStringLiteral("amy")), userId(QStringLiteral("tess")) }));
    // The customer sees the copies too.
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(alice);
    const QJsonArray seen = resultOf(alice->call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), m_ticket } }))
                                .value(QLatin1String("messages")).toArray();
    QCOMPARE(int(seen.last().toObject().value(QLatin1String("cc")).toArray().size()), 2);
}

void TestCc::colleaguesChangeIsKept()
{
    // Agent 1 has read the thread; meanwhile agent 2 raises the priority and answers with a
    // copy to amy. Agent 1's copied reply is refused as a collision (showing agent 2's reply
    // with its cc), sent again it keeps agent 2's priority.
    const QJsonArray before = thread(m_ticket);
    const qint64 lastSeen = idOf(before.last().toObject());
    const QJsonObject ticket = resultOf(m_agent2->call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), m_ticket } }))
                                   .value(QLatin1String("ticket")).toObject();
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_ticket }, { QStringLiteral("version"), ticket.value(QLatin1String("version")) },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("priority"), QStringLiteral("urgent") } } } }));
    const qint64 amy = userId(QStringLiteral("amy"));
    HD_EXPECT_OK(reply(*m_agent2, QJsonObject { { QStringLiteral("cc"), ids({ amy }) } }));
    const QJsonObject refused = reply(*m_agent, QJsonObject { { QStringLiteral("cc"), ids({ userId(QStringLiteral("tess")) }) },
        { QStringLiteral("lastSeenMessageId"), lastSeen } });
    HD_EXPECT_ERROR(refused, 1009);
    const QJsonArray newer = errorData(refused).value(QLatin1String("messages")).toArray();
    QCOMPARE(newer.last().toObject().value(QLatin1String("cc")).toArray(), ids({ amy }));
    HD_EXPECT_OK(reply(*m_agent, QJsonObject { { QStringLiteral("cc"), ids({ userId(QStringLiteral("tess")) }) },
        { QStringLiteral("lastSeenMessageId"), idOf(newer.last().toObject()) } }));
    const QJsonObject after = resultOf(m_agent->call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), m_ticket } }))
                                  .value(QLatin1String("ticket")).toObject();
    QCOMPARE(after.value(QLatin1String("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(lastMessage(m_ticket).value(QLatin1String("cc")).toArray(), ids({ userId(QStringLiteral("tess")) }));
}

// A client's outbox resending after a reconnect (same idempotencyKey): the stored message with
// its copies, nothing stored or mailed twice, even when a copied contact was disabled since.
void TestCc::retryGetsTheStoredCopies()
{
    const qint64 tess = userId(QStringLiteral("tess"));
    const QJsonObject copied { { QStringLiteral("cc"), ids({ tess }) },
        { QStringLiteral("idempotencyKey"), QStringLiteral("cc-retry-1") }, { QStringLiteral("force"), true } };
    const QJsonObject first = reply(*m_agent, copied);
    HD_EXPECT_OK(first);
    const qint64 mails = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE message_id = ?"), { idOf(resultOf(first)) }).toLongLong();
    QCOMPARE(mails, 2); // alice and tess
    m_server.queryScalar(QStringLiteral("UPDATE users SET enabled = 0 WHERE login = 'tess'"));
    const QJsonObject again = reply(*m_agent, copied);
    HD_EXPECT_OK(again);
    QCOMPARE(idOf(resultOf(again)), idOf(resultOf(first)));
    QCOMPARE(resultOf(again).value(QLatin1String("cc")).toArray(), ids({ tess }));
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE message_id = ?"), { idOf(resultOf(first)) }).toLongLong(), mails);
    // A new message copying her now is refused.
    QJsonObject fresh = copied;
    fresh.insert(QStringLiteral("idempotencyKey"), QStringLiteral("cc-retry-2"));
    const QJsonObject refused = reply(*m_agent, fresh);
    HD_EXPECT_ERROR(refused, 1022);
    QVERIFY(errorData(refused).value(QLatin1String("fields")).toObject().value(QLatin1String("cc")).toString().contains(QLatin1String("disabled")));
    m_server.queryScalar(QStringLiteral("UPDATE users SET enabled = 1 WHERE login = 'tess'"));
}

// Several servers on one PostgreSQL database: the message.added push a colleague connected to
// the other server gets carries the copies too.
void TestCc::copiesCrossServers()
{
    if (TestServer::backend() != QLatin1String("postgres"))
        QSKIP("servers share a database only on PostgreSQL (run as tst_cc_pg)");
    TestServer other;
    QVERIFY2(other.startSharing(m_server), qPrintable(other.errorString()));
    auto colleague = TestClient::loggedIn(other.port(), QStringLiteral("agent2"));
    QVERIFY(colleague);
    const qint64 amy = userId(QStringLiteral("amy"));
    const QJsonObject added = reply(*m_agent, QJsonObject { { QStringLiteral("cc"), ids({ amy }) }, { QStringLiteral("force"), true } });
    HD_EXPECT_OK(added);
    const QJsonObject push = colleague->waitForNotification(QStringLiteral("message.added"), [&](const QJsonObject& params) {
        return idOf(params.value(QLatin1String("message")).toObject()) == idOf(resultOf(added));
    });
    QVERIFY2(!push.isEmpty(), "message.added did not reach the other server's client");
    QCOMPARE(push.value(QLatin1String("message")).toObject().value(QLatin1String("cc")).toArray(), ids({ amy }));
}

QTEST_GUILESS_MAIN(TestCc)
#include "tst_cc.moc"
