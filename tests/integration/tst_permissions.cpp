// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what: one table of expected outcomes per (method, role, scope), checked against
// the real server. everyMethodHasRows() walks methodRegistry(), so a method added without
// permission rows fails this test.
#include "api/methodregistry.h"
#include "attachmentrequests.h"
#include "kbrequests.h"
#include "reportrequests.h"
#include "requestrequests.h"
#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::Role;
using helpdesk::server::methodRegistry;

namespace {

// Actors: admin, lead, agent; customer = alice (Acme's owner contact); contact = amy (Acme's
// technical contact). Scopes: own / foreign organisation's ticket or contact, missing (no
// such ticket), or what the request tries to set. Space-separated lists expand to one row
// each. expected: 0 for a result, else the error code.
struct PermissionRow
{
    const char* method;
    const char* actors;
    const char* scopes;
    int expected;
};

const PermissionRow kTable[] = {
    { "hello", "admin lead agent customer", "-", 0 },
    { "auth.login", "admin lead agent customer", "-", 0 },
    { "auth.resume", "admin lead agent customer", "-", 0 },
    { "auth.logout", "admin lead agent customer", "-", 0 },

    { "ticket.create", "admin lead agent customer", "own", 0 },
    { "ticket.create", "admin lead agent", "foreign priority queue assignee", 0 },
    { "ticket.create", "customer", "foreign priority queue assignee", 1003 },

    { "ticket.get", "admin lead agent customer", "own", 0 },
    { "ticket.get", "admin lead agent", "foreign", 0 },
    { "ticket.get", "customer", "foreign", 1004 }, // not 1003: existence is not leaked
    { "ticket.get", "admin lead agent customer", "missing", 1004 },

    { "ticket.list", "admin lead agent customer", "own foreign", 0 },

    { "ticket.update", "admin lead agent customer", "own", 0 },
    { "ticket.update", "admin lead agent", "foreign priority queue assignee", 0 },
    { "ticket.update", "customer", "foreign missing", 1004 },
    { "ticket.update", "customer", "priority queue assignee", 1003 },

    { "message.add", "admin lead agent customer", "own", 0 },
    { "message.add", "admin lead agent", "foreign internal", 0 },
    { "message.add", "customer", "foreign missing", 1004 },
    { "message.add", "customer", "internal", 1003 },
    { "message.add", "admin lead agent", "sendmail", 0 },
    { "message.add", "customer", "sendmail", 1003 },
    { "message.add", "admin lead agent", "cc", 0 }, // an empty cc: tst_cc checks real copies
    { "message.add", "customer contact", "cc", 1003 },
    { "message.ccCandidates", "admin lead agent", "own foreign", 0 },
    { "message.ccCandidates", "customer contact", "own", 1003 },
    { "message.ccCandidates", "admin lead agent", "missing", 1004 },

    { "search", "admin lead agent customer", "own", 0 },
    { "search.everywhere", "admin lead agent customer contact", "own", 0 },

    // Each staff row makes and takes back its own link; merges use fresh tickets.
    { "ticket.link", "admin lead agent", "own", 0 },
    { "ticket.link", "customer", "own", 1003 },
    { "ticket.unlink", "admin lead agent", "own", 0 },
    { "ticket.unlink", "customer", "own", 1003 },
    { "ticket.merge", "admin lead agent", "own", 0 },
    { "ticket.merge", "customer", "own", 1003 },
    // issue 11: similar tickets, for staff only (a customer gets 1003 even for its own ticket).
    { "ticket.similar", "admin lead agent", "own foreign", 0 },
    { "ticket.similar", "admin lead agent", "missing", 1004 },
    { "ticket.similar", "customer contact", "own", 1003 },

    { "customer.create", "admin lead agent", "-", 0 },
    { "customer.create", "customer", "-", 1003 },
    { "customer.list", "admin lead agent", "-", 0 },
    { "customer.list", "customer", "-", 1003 },
    { "customer.get", "admin lead agent customer", "own", 0 },
    { "customer.get", "admin lead agent", "foreign", 0 },
    { "customer.get", "customer", "foreign", 1004 },
    { "customer.update", "admin lead agent", "own", 0 },
    { "customer.update", "customer", "own", 1003 },
    { "queue.list", "admin lead agent", "-", 0 },
    { "queue.list", "customer", "-", 1003 },
    { "user.list", "admin lead agent customer", "own foreign", 0 },
    { "user.setLocale", "admin lead agent customer", "-", 0 },

    // Targets: "staff" agent2, "technical" amy (Acme), "foreign" bob (Globex owner), "self".
    { "user.update", "admin", "staff technical foreign", 0 },
    { "user.update", "lead agent", "staff technical", 1003 },
    { "user.update", "customer", "technical", 0 },
    { "user.update", "customer", "foreign", 1004 },
    { "user.update", "customer", "self", 1003 },
    { "user.update", "contact", "technical self", 1003 },
    // "own": the caller's (old password given); "other": agent2's.
    { "user.setPassword", "admin lead agent customer", "own", 0 },
    { "user.setPassword", "admin", "other", 0 },
    { "user.setPassword", "lead agent customer", "other", 1003 },
    { "audit.list", "admin", "-", 0 },
    { "audit.list", "lead agent customer", "-", 1003 },

    { "signature.list", "admin lead agent", "-", 0 },
    { "signature.list", "customer", "-", 1003 },
    { "signature.set", "admin lead agent", "own", 0 },
    { "signature.set", "admin lead", "queue", 0 },
    { "signature.set", "agent", "queue", 1003 },
    { "signature.set", "customer", "own", 1003 },

    { "user.create", "admin", "staff technical foreign owner", 0 },
    { "user.create", "lead agent", "staff technical", 1003 },
    { "user.create", "customer", "technical billing implicit", 0 },
    { "user.create", "customer", "staff foreign owner", 1003 },
    { "user.create", "contact", "technical", 1003 },

    // Knowledge base (kbrequests.cpp): customers see published public articles only.
    { "kb.categoryList", "admin lead agent customer", "-", 0 },
    { "kb.categorySave", "admin lead", "-", 0 },
    { "kb.categorySave", "agent customer", "-", 1003 },
    { "kb.articleList", "admin lead agent customer", "-", 0 },
    { "kb.articleGet", "admin lead agent customer", "public", 0 },
    { "kb.articleGet", "admin lead agent", "draft internal", 0 },
    { "kb.articleGet", "customer", "draft internal missing", 1004 },
    { "kb.articleSave", "admin lead agent", "draft", 0 },
    { "kb.articleSave", "admin lead", "published", 0 },
    { "kb.articleSave", "agent", "published", 1003 },
    { "kb.articleSave", "customer", "draft", 1003 },
    { "kb.articleHistory", "admin lead agent", "public draft", 0 },
    { "kb.articleHistory", "customer", "public", 1003 },
    { "kb.suggest", "admin lead agent customer", "-", 0 },
    { "kb.feedback", "customer", "public", 0 },
    { "kb.feedback", "customer", "draft internal missing", 1004 },
    { "kb.feedback", "admin lead agent", "public", 1003 },
    { "canned.list", "admin lead agent", "-", 0 },
    { "canned.list", "customer", "-", 1003 },
    { "canned.save", "admin lead agent", "personal", 0 },
    { "canned.save", "admin lead", "shared queue", 0 },
    { "canned.save", "agent", "shared queue", 1003 },
    { "canned.save", "customer", "personal", 1003 },
    { "canned.delete", "admin lead agent", "own", 0 },
    { "canned.delete", "agent", "shared", 1003 },
    { "canned.delete", "admin lead agent", "missing", 1004 },
    { "canned.delete", "customer", "own", 1003 },
    { "canned.render", "admin lead agent", "own", 0 },
    { "canned.render", "admin lead agent", "missing", 1004 },
    { "canned.render", "customer", "own", 1003 },
    { "macro.apply", "admin lead agent", "own", 0 },
    { "macro.apply", "admin lead agent", "missing", 1004 },
    { "macro.apply", "customer", "own", 1003 },
    // issue 12: SLA. Staff read calendars and policies; leads and admins write them.
    { "calendar.list", "admin lead agent", "-", 0 },
    { "calendar.list", "customer", "-", 1003 },
    { "calendar.save", "admin lead", "-", 0 },
    { "calendar.save", "agent customer", "-", 1003 },
    { "slaPolicy.list", "admin lead agent", "-", 0 },
    { "slaPolicy.list", "customer", "-", 1003 },
    { "slaPolicy.save", "admin lead", "-", 0 },
    { "slaPolicy.save", "agent customer", "-", 1003 },
    { "rota.list", "admin lead agent", "-", 0 },
    { "rota.list", "customer", "-", 1003 },
    { "rota.save", "admin lead", "-", 0 },
    { "rota.save", "agent customer", "-", 1003 },
    { "timeSpent.settings", "admin lead agent", "-", 0 },
    { "timeSpent.settings", "customer", "-", 1003 },
    { "timeSpent.configure", "admin lead", "-", 0 },
    { "timeSpent.configure", "agent customer", "-", 1003 },
    { "timeSpent.report", "admin lead", "-", 0 },
    { "timeSpent.report", "agent customer", "-", 1003 },
    // issue 15: ratings and reports
    { "csat.get", "admin lead agent customer", "own", 0 },
    { "csat.get", "customer", "foreign", 1004 },
    { "csat.get", "admin lead agent customer", "missing", 1004 },
    { "csat.rate", "customer", "resolved", 0 },
    { "csat.rate", "customer", "foreign", 1004 },
    { "csat.rate", "admin lead agent", "resolved", 1003 },
    { "csat.rateByToken", "admin lead agent customer", "signed", 0 },
    { "csat.rateByToken", "admin customer", "forged", 1022 },
    { "report.summary", "admin lead agent", "-", 0 },
    { "report.summary", "admin lead", "other", 0 },
    { "report.summary", "agent", "other", 1003 },
    { "report.summary", "customer", "-", 1003 },
    { "report.agents", "admin lead agent", "-", 0 },
    { "report.agents", "admin lead", "other", 0 },
    { "report.agents", "agent", "other", 1003 },
    { "report.agents", "customer", "-", 1003 },
    // issue 12: admins change every queue, leads the queues they lead ("led"), not others.
    { "queue.create", "admin lead", "-", 0 },
    { "queue.create", "agent customer", "-", 1003 },
    { "queue.update", "admin lead", "led", 0 },
    { "queue.update", "admin", "other", 0 },
    { "queue.update", "lead", "other", 1003 },
    { "queue.update", "agent customer", "led", 1003 },
    { "queue.update", "admin lead", "missing", 1004 },
    { "queue.setMembers", "admin lead", "led", 0 },
    { "queue.setMembers", "admin", "other", 0 },
    { "queue.setMembers", "lead", "other", 1003 },
    { "queue.setMembers", "agent customer", "led", 1003 },
    { "presence.set", "admin lead agent", "-", 0 },
    { "presence.set", "customer", "-", 1003 },
    { "presence.list", "admin lead agent", "-", 0 },
    { "presence.list", "customer", "-", 1003 },
    { "ticket.setActivity", "admin lead agent", "own foreign", 0 },
    { "ticket.setActivity", "admin lead agent", "missing", 1004 },
    { "ticket.setActivity", "customer", "own", 1003 },
    { "view.list", "admin lead agent customer", "-", 0 },
    { "view.save", "admin lead agent customer", "-", 0 },
    { "view.delete", "admin lead agent customer", "own", 0 },
    { "view.delete", "admin lead agent customer", "foreign", 1004 }, // another user's view
    // Issue 13 (e-mail): one's own notification setting; a received mail's original (staff).
    { "user.getNotifications", "admin lead agent customer", "-", 0 },
    { "user.setNotifications", "admin lead agent customer", "-", 0 },
    { "message.mailOriginal", "admin lead agent", "missing", 1004 },
    { "message.mailOriginal", "customer", "missing", 1003 },
    // Announcements: "own" one to Acme only, "foreign" one to Globex only, "missing"; saves
    // publish ("new") or edit ("own", at its current version); withdrawals take fresh ones.
    { "announcement.list", "admin lead agent customer contact", "own", 0 },
    { "announcement.get", "admin lead agent customer contact", "own", 0 },
    { "announcement.get", "admin lead agent", "foreign", 0 },
    { "announcement.get", "customer contact", "foreign missing", 1004 },
    { "announcement.get", "admin lead agent", "missing", 1004 },
    { "announcement.save", "admin lead", "new own foreign", 0 },
    { "announcement.save", "agent customer contact", "new own", 1003 },
    { "announcement.save", "customer", "foreign", 1003 },
    { "announcement.save", "admin lead", "missing", 1004 },
    { "announcement.withdraw", "admin lead", "own", 0 },
    { "announcement.withdraw", "agent customer contact", "own foreign", 1003 },
    { "announcement.withdraw", "admin lead", "missing", 1004 },
    // Attachments (attachmentrequests.cpp): uploads are their uploader's; a file is read by
    // whoever may read its message, never by a customer of another organisation nor from an
    // internal note.
    { "attachment.begin", "admin lead agent customer contact", "-", 0 },
    { "attachment.chunk", "admin lead agent customer contact", "own", 0 },
    { "attachment.chunk", "admin lead agent customer", "foreign missing", 1004 },
    { "attachment.status", "admin lead agent customer contact", "own", 0 },
    { "attachment.status", "admin lead agent customer", "foreign missing", 1004 },
    { "attachment.cancel", "admin lead agent customer contact", "own", 0 },
    { "attachment.cancel", "admin lead agent customer", "foreign missing", 1004 },
    { "attachment.get", "admin lead agent customer", "own", 0 },
    { "attachment.get", "admin lead agent", "foreign internal", 0 },
    { "attachment.get", "customer contact", "foreign internal", 1004 },
    { "attachment.get", "admin lead agent customer", "missing", 1004 },
    // Issue 13, monitoring alerts: admins manage API tokens; alert.fire is for tokens with the
    // scope "alerts" (tst_alerts) and admins. auth.token with a live token of each actor's own.
    { "auth.token", "admin lead agent customer", "-", 0 },
    { "apiToken.create", "admin", "-", 0 },
    { "apiToken.create", "lead agent customer", "-", 1003 },
    { "apiToken.list", "admin", "-", 0 },
    { "apiToken.list", "lead agent customer", "-", 1003 },
    { "apiToken.revoke", "admin", "own", 0 },
    { "apiToken.revoke", "admin", "missing", 1004 },
    { "apiToken.revoke", "lead agent customer", "own", 1003 },
    { "alert.fire", "admin", "-", 0 },
    { "alert.fire", "lead agent customer", "-", 1003 },

    // Guided requests (issue 11; requestrequests.h): "led" is a queue the lead leads.
    { "requestType.list", "admin lead agent customer contact", "own", 0 },
    { "requestType.save", "admin lead", "new led", 0 },
    { "requestType.save", "admin", "own", 0 },
    { "requestType.save", "lead", "own", 1003 },
    { "requestType.save", "agent customer contact", "new", 1003 },
    { "requestType.save", "admin lead", "missing", 1004 },
    { "requestType.archive", "admin lead", "led", 0 },
    { "requestType.archive", "lead", "own", 1003 },
    { "requestType.archive", "agent customer contact", "led", 1003 },
    { "requestType.archive", "admin lead", "missing", 1004 },
    { "ticket.approve", "customer", "awaiting", 0 },
    { "ticket.approve", "contact admin lead agent", "awaiting", 1003 },
    { "ticket.approve", "customer", "foreign missing", 1004 },
    { "ticket.refuse", "customer", "awaiting", 0 },
    { "ticket.refuse", "contact admin lead agent", "awaiting", 1003 },
    { "ticket.refuse", "customer", "foreign missing", 1004 },
};

QString loginOf(const QString& actor)
{
    if (actor == QLatin1String("customer"))
        return QStringLiteral("alice");
    if (actor == QLatin1String("contact"))
        return QStringLiteral("amy");
    return actor;
}

Role roleOf(const QString& actor)
{
    if (actor == QLatin1String("admin"))
        return Role::Admin;
    if (actor == QLatin1String("lead"))
        return Role::Lead;
    if (actor == QLatin1String("agent"))
        return Role::Agent;
    return Role::Customer;
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMethodHasRows();
    void permissions_data();
    void permissions();
    void customerNeverSeesInternalNotes();
    void customerSeesOnlyOwnOrganisation();

private:
    TestClient* as(const QString& actor);
    std::optional<QJsonObject> paramsFor(
        const QString& method, const QString& scope, TestClient* actor);
    std::optional<QJsonObject> queueParamsFor(const QString& method, const QString& scope);
    std::optional<QJsonObject> viewParamsFor(
        const QString& method, const QString& scope, TestClient* actor);
    QJsonObject ticket(qint64 id);
    qint64 announce(qint64 customer);
    std::optional<QJsonObject> announcementParams(const QString& method, const QString& scope);
    std::optional<QJsonObject> alertParams(const QString& method, const QString& scope);
    void checkCustomerView(const QString& method, const QJsonObject& result);

    TestServer m_server;
    std::unique_ptr<TestClient> m_observer; // admin, for reading state the actors may not see
    QHash<QString, std::shared_ptr<TestClient>> m_actors;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
    qint64 m_acmeNote = 0; // internal note on m_acme
    qint64 m_agentId = 0;
    qint64 m_announceAcme = 0; // an announcement to Acme only
    qint64 m_announceGlobex = 0; // to Globex only
    QHash<QString, qint64> m_userIds; // login → id
    int m_nextLogin = 0;
    KbFixture m_kb;
    AttachmentFixture m_files;
    RequestFixture m_requests;
};

TestClient* TestPermissions::as(const QString& actor)
{
    auto& client = m_actors[actor];
    if (!client || !client->isConnected() || client->token().isEmpty())
        client = TestClient::loggedIn(m_server.port(), loginOf(actor));
    return client.get();
}

QJsonObject TestPermissions::ticket(qint64 id)
{
    return resultOf(
        m_observer->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
        .value(QLatin1String("ticket"))
        .toObject();
}

void TestPermissions::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_observer = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_observer);
    TestClient* agent = as(QStringLiteral("agent"));
    QVERIFY(agent);
    m_agentId = agent->userId();
    auto create = [&](qint64 customer, const QString& subject) {
        return idOf(resultOf(agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), subject },
                { QStringLiteral("body"), QStringLiteral("permissionword body") },
                { QStringLiteral("customerId"), customer } })));
    };
    m_acme = create(kAcme, QStringLiteral("Acme permissionword"));
    m_globex = create(kGlobex, QStringLiteral("Globex permissionword"));
    QVERIFY(m_acme > 0 && m_globex > 0);
    const QJsonObject note = agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), m_acme },
            { QStringLiteral("body"), QStringLiteral("permissionword secret note") },
            { QStringLiteral("internal"), true } });
    HD_EXPECT_OK(note);
    m_acmeNote = idOf(resultOf(note));
    const QJsonArray users = resultOf(m_observer->call(QStringLiteral("user.list")))
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue& user : users)
        m_userIds.insert(user.toObject().value(QLatin1String("login")).toString(),
            idOf(user.toObject()));
    QVERIFY(m_userIds.contains(QStringLiteral("agent2")) && m_userIds.contains(QStringLiteral("bob")));
    m_kb = makeKbFixture(*as(QStringLiteral("lead")));
    auto bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
    QVERIFY(bob);
    m_files = makeAttachmentFixture(*agent, *bob, m_acme, m_globex);
    QVERIFY(m_files.acmePublic > 0 && m_files.acmeInternal > 0 && m_files.globexPublic > 0
        && !m_files.bobUpload.isEmpty());
    QVERIFY(m_kb.published > 0 && m_kb.draft > 0 && m_kb.internal > 0);
    m_requests = makeRequestFixture(*m_observer, *as(QStringLiteral("lead")));
    QVERIFY(m_requests.ledQueue > 0 && m_requests.sensitiveType > 0 && m_requests.starterType > 0);
    m_announceAcme = announce(kAcme);
    m_announceGlobex = announce(kGlobex);
    QVERIFY(m_announceAcme > 0 && m_announceGlobex > 0);
}

qint64 TestPermissions::announce(qint64 customer)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return idOf(resultOf(m_observer->call(QStringLiteral("announcement.save"),
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("maintenance") },
            { QStringLiteral("audience"), QStringLiteral("customers") },
            { QStringLiteral("customerIds"), QJsonArray { customer } },
            { QStringLiteral("startsAt"), now.addSecs(-60).toString(Qt::ISODateWithMs) },
            { QStringLiteral("endsAt"), now.addDays(1).toString(Qt::ISODateWithMs) },
            { QStringLiteral("texts"),
                QJsonArray { QJsonObject { { QStringLiteral("language"), QStringLiteral("en") },
                    { QStringLiteral("title"), QStringLiteral("Permission row maintenance") },
                    { QStringLiteral("body"), QStringLiteral("") } } } } })));
}

std::optional<QJsonObject> TestPermissions::announcementParams(
    const QString& method, const QString& scope)
{
    const qint64 id = scope == QLatin1String("own") ? m_announceAcme
        : scope == QLatin1String("foreign")        ? m_announceGlobex
                                                   : 987654;
    if (method == QLatin1String("announcement.list"))
        return QJsonObject();
    if (method == QLatin1String("announcement.get"))
        return params(QStringLiteral("id"), id);
    auto version = [&](qint64 announcement) {
        return resultOf(m_observer->call(
                            QStringLiteral("announcement.get"), params(QStringLiteral("id"), announcement)))
            .value(QLatin1String("version"))
            .toInt(1);
    };
    if (method == QLatin1String("announcement.save")) {
        if (scope == QLatin1String("new"))
            return QJsonObject { { QStringLiteral("kind"), QStringLiteral("update") },
                { QStringLiteral("audience"), QStringLiteral("all") },
                { QStringLiteral("startsAt"), QStringLiteral("2030-01-01T00:00:00Z") },
                { QStringLiteral("endsAt"), QStringLiteral("2030-01-02T00:00:00Z") },
                { QStringLiteral("texts"),
                    QJsonArray { QJsonObject { { QStringLiteral("language"), QStringLiteral("en") },
                        { QStringLiteral("title"), QStringLiteral("New version") },
                        { QStringLiteral("body"), QStringLiteral("") } } } } };
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), version(id) },
            { QStringLiteral("kind"), QStringLiteral("setting") } };
    }
    if (method == QLatin1String("announcement.withdraw")) {
        const qint64 fresh = id == 987654 ? id : announce(id == m_announceAcme ? kAcme : kGlobex);
        return QJsonObject { { QStringLiteral("id"), fresh }, { QStringLiteral("version"), 1 } };
    }
    return std::nullopt;
}

// A fresh API token each time (made by the observer): auth.token signs a throw-away client in
// with it, apiToken.revoke takes it back.
std::optional<QJsonObject> TestPermissions::alertParams(const QString& method, const QString& scope)
{
    auto token = [&] {
        return resultOf(m_observer->call(QStringLiteral("apiToken.create"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("perm token %1").arg(++m_nextLogin) },
                { QStringLiteral("scopes"), QJsonArray { QStringLiteral("alerts") } } }));
    };
    if (method == QLatin1String("auth.token"))
        return params(QStringLiteral("token"), token().value(QLatin1String("token")));
    if (method == QLatin1String("apiToken.create"))
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("perm token %1").arg(++m_nextLogin) },
            { QStringLiteral("scopes"), QJsonArray { QStringLiteral("alerts") } } };
    if (method == QLatin1String("apiToken.list"))
        return QJsonObject();
    if (method == QLatin1String("apiToken.revoke"))
        return params(QStringLiteral("id"),
            scope == QLatin1String("missing") ? 987654 : idOf(token().value(QLatin1String("apiToken"))));
    if (method == QLatin1String("alert.fire"))
        return QJsonObject { { QStringLiteral("key"), QStringLiteral("perm/%1").arg(++m_nextLogin) },
            { QStringLiteral("status"), QStringLiteral("firing") },
            { QStringLiteral("summary"), QStringLiteral("permission row alert") } };
    return std::nullopt;
}

// The table must name every registered method for every role, and a role the registry does
// not admit must expect 1003.
void TestPermissions::everyMethodHasRows()
{
    const QVector<Role> roles { Role::Admin, Role::Lead, Role::Agent, Role::Customer };
    QStringList missing;
    for (const auto& spec : methodRegistry()) {
        for (Role role : roles) {
            bool covered = false;
            for (const PermissionRow& row : kTable) {
                if (spec.name != QLatin1String(row.method))
                    continue;
                for (const QString& actor : words(row.actors)) {
                    if (roleOf(actor) != role)
                        continue;
                    covered = true;
                    if (!spec.allows(role))
                        QVERIFY2(row.expected == 1003,
                            qPrintable(QStringLiteral("%1 for %2 must expect 1003")
                                           .arg(spec.name, helpdesk::toString(role))));
                }
            }
            if (!covered)
                missing << QStringLiteral("%1 as %2").arg(spec.name, helpdesk::toString(role));
        }
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(
            QStringLiteral("no permission rows for: ") + missing.join(QStringLiteral(", "))));
    for (const PermissionRow& row : kTable)
        QVERIFY2(helpdesk::server::findMethod(QLatin1String(row.method)), row.method);
}

void TestPermissions::permissions_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("expected");
    for (const PermissionRow& row : kTable) {
        for (const QString& actor : words(row.actors)) {
            for (const QString& scope : words(row.scopes)) {
                const QString name
                    = QStringLiteral("%1 / %2 / %3").arg(QLatin1String(row.method), actor, scope);
                QTest::newRow(name.toUtf8().constData())
                    << QString::fromLatin1(row.method) << actor << scope << row.expected;
            }
        }
    }
}

void TestPermissions::permissions()
{
    QFETCH(QString, method);
    QFETCH(QString, actor);
    QFETCH(QString, scope);
    QFETCH(int, expected);
    TestClient* client = as(actor);
    QVERIFY(client);
    const auto request = paramsFor(method, scope, client);
    QVERIFY2(request,
        qPrintable(
            QStringLiteral("no request for %1 / %2: extend paramsFor()").arg(method, scope)));
    const QJsonObject response = client->call(method, *request);
    HD_EXPECT_ERROR(response, expected);
    // After auth.token the connection acts as the token's service account, not the actor.
    if (method == QLatin1String("auth.logout") || method == QLatin1String("auth.token"))
        m_actors.remove(actor);
    if (expected == 0 && roleOf(actor) == Role::Customer)
        checkCustomerView(method, resultOf(response));
    if (method == QLatin1String("user.create") && expected == 0 && roleOf(actor) == Role::Customer)
        QCOMPARE(resultOf(response).value(QLatin1String("customerId")).toInteger(), kAcme);
}

// The request a scope stands for; nullopt when the table names a pair this does not know.
std::optional<QJsonObject> TestPermissions::paramsFor(
    const QString& method, const QString& scope, TestClient* actor)
{
    const qint64 ticketId = scope == QLatin1String("foreign") ? m_globex
        : scope == QLatin1String("missing")                   ? 987654
                                                              : m_acme;
    const QString s = QStringLiteral("subject");
    const QString b = QStringLiteral("body");
    if (method.startsWith(QLatin1String("kb.")) || method.startsWith(QLatin1String("canned."))
        || method == QLatin1String("macro.apply"))
        return kbParamsFor(m_kb, method, scope, *actor, ticketId);
    if (method.startsWith(QLatin1String("attachment.")))
        return attachmentParamsFor(m_files, method, scope, *actor);
    if (method.startsWith(QLatin1String("queue.")) && method != QLatin1String("queue.list"))
        return queueParamsFor(method, scope);
    if (method == QLatin1String("hello"))
        return QJsonObject { { QStringLiteral("protocol"), 1 } };
    if (method == QLatin1String("ticket.setActivity"))
        return QJsonObject { { QStringLiteral("ticketId"), ticketId },
            { QStringLiteral("state"), QStringLiteral("viewing") } };
    if (method.startsWith(QLatin1String("view.")))
        return viewParamsFor(method, scope, actor);
    if (method == QLatin1String("presence.set"))
        return params(QStringLiteral("status"), QStringLiteral("online"));
    if (method.startsWith(QLatin1String("announcement.")))
        return announcementParams(method, scope);
    if (method.startsWith(QLatin1String("apiToken.")) || method == QLatin1String("auth.token")
        || method == QLatin1String("alert.fire"))
        return alertParams(method, scope);
    if (method.startsWith(QLatin1String("csat.")) || method.startsWith(QLatin1String("report.")))
        return reportParamsFor(m_server, *m_observer, method, scope, m_acme, m_globex,
            m_server.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = 'agent2'")).toLongLong());
    if (method.startsWith(QLatin1String("requestType.")) || method == QLatin1String("ticket.approve")
        || method == QLatin1String("ticket.refuse"))
        return requestParamsFor(m_requests, method, scope, *m_observer, *as(QStringLiteral("contact")));
    if (method == QLatin1String("auth.login"))
        return QJsonObject { { QStringLiteral("login"),
                                 actor->user().value(QLatin1String("login")) },
            { QStringLiteral("password"), kPassword } };
    if (method == QLatin1String("auth.resume"))
        return params(QStringLiteral("token"), actor->token());
    if (method == QLatin1String("auth.logout") || method == QLatin1String("customer.list")
        || method == QLatin1String("queue.list") || method == QLatin1String("signature.list")
        || method == QLatin1String("calendar.list") || method == QLatin1String("slaPolicy.list")
        || method == QLatin1String("presence.list"))
        return QJsonObject();
    if (method == QLatin1String("timeSpent.settings"))
        return QJsonObject();
    if (method == QLatin1String("timeSpent.configure"))
        return QJsonObject { { QStringLiteral("queueId"), 3 }, { QStringLiteral("required"), false } };
    if (method == QLatin1String("timeSpent.report"))
        return QJsonObject { { QStringLiteral("since"), QStringLiteral("2026-01-01T00:00:00Z") },
            { QStringLiteral("until"), QStringLiteral("2026-12-31T00:00:00Z") } };
    if (method == QLatin1String("rota.list"))
        return params(QStringLiteral("queueId"), 1);
    if (method == QLatin1String("rota.save"))
        return QJsonObject { { QStringLiteral("queueId"), 1 },
            { QStringLiteral("shifts"), QJsonArray { QJsonObject { { QStringLiteral("userId"), m_agentId },
                { QStringLiteral("timeZone"), QStringLiteral("UTC") },
                { QStringLiteral("dates"), QJsonArray { QStringLiteral("2026-12-25") } } } } } };
    if (method == QLatin1String("calendar.save"))
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("perm calendar %1").arg(++m_nextLogin) },
            { QStringLiteral("timeZone"), QStringLiteral("Europe/Zagreb") },
            { QStringLiteral("hours"), QJsonArray { QJsonObject { { QStringLiteral("day"), 1 },
                { QStringLiteral("start"), QStringLiteral("08:00") }, { QStringLiteral("end"), QStringLiteral("16:00") } } } } };
    if (method == QLatin1String("slaPolicy.save")) { // a new policy per actor: its own priority
        const bool admin = actor->user().value(QLatin1String("login")) == QLatin1String("admin");
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("perm policy %1").arg(++m_nextLogin) },
            { QStringLiteral("queueId"), 3 },
            { QStringLiteral("priority"), admin ? QStringLiteral("low") : QStringLiteral("high") },
            { QStringLiteral("resolutionMinutes"), 480 + m_nextLogin } };
    }
    if (method == QLatin1String("ticket.create")) {
        QJsonObject p { { s, QStringLiteral("Permission check") },
            { b, QStringLiteral("created by a permission row") } };
        if (scope == QLatin1String("foreign"))
            p.insert(QStringLiteral("customerId"), kGlobex);
        else if (scope == QLatin1String("priority"))
            p.insert(QStringLiteral("priority"), QStringLiteral("high"));
        else if (scope == QLatin1String("queue"))
            p.insert(QStringLiteral("queueId"), 1);
        else if (scope == QLatin1String("assignee"))
            p.insert(QStringLiteral("assigneeId"), m_agentId);
        else if (scope != QLatin1String("own"))
            return std::nullopt;
        return p;
    }
    if (method == QLatin1String("ticket.get") || method == QLatin1String("ticket.similar"))
        return params(QStringLiteral("id"), ticketId);
    if (method == QLatin1String("ticket.list"))
        return scope == QLatin1String("foreign")
            ? params(QStringLiteral("filter"), params(QStringLiteral("customerId"), kGlobex))
            : QJsonObject();
    if (method == QLatin1String("ticket.update")) {
        const QJsonObject current = ticket(ticketId == 987654 ? m_acme : ticketId);
        QJsonObject changes;
        if (scope == QLatin1String("priority"))
            changes.insert(QStringLiteral("priority"),
                current.value(QLatin1String("priority")) == QLatin1String("low")
                    ? QStringLiteral("high")
                    : QStringLiteral("low"));
        else if (scope == QLatin1String("queue"))
            changes.insert(QStringLiteral("queueId"),
                current.value(QLatin1String("queueId")).toInt() == 1 ? 2 : 1);
        else if (scope == QLatin1String("assignee"))
            changes.insert(QStringLiteral("assigneeId"), m_agentId);
        else
            changes.insert(QStringLiteral("status"),
                current.value(QLatin1String("status")) == QLatin1String("open")
                    ? QStringLiteral("resolved")
                    : QStringLiteral("open"));
        return QJsonObject { { QStringLiteral("id"), ticketId },
            { QStringLiteral("version"), current.value(QLatin1String("version")) },
            { QStringLiteral("changes"), changes } };
    }
    if (method == QLatin1String("message.add")) {
        QJsonObject p { { QStringLiteral("ticketId"), ticketId },
            { b, QStringLiteral("permission row reply") },
            { QStringLiteral("internal"), scope == QLatin1String("internal") } };
        if (scope == QLatin1String("sendmail"))
            p.insert(QStringLiteral("sendMail"), false);
        if (scope == QLatin1String("cc"))
            p.insert(QStringLiteral("cc"), QJsonArray());
        return p;
    }
    if (method == QLatin1String("message.ccCandidates"))
        return params(QStringLiteral("ticketId"), ticketId);
    if (method == QLatin1String("user.getNotifications"))
        return QJsonObject();
    if (method == QLatin1String("user.setNotifications"))
        return params(QStringLiteral("mail"), true);
    if (method == QLatin1String("message.mailOriginal"))
        return params(QStringLiteral("messageId"), 987654);
    if (method == QLatin1String("search") || method == QLatin1String("search.everywhere"))
        return params(QStringLiteral("query"), QStringLiteral("permissionword"));
    if (method == QLatin1String("customer.create"))
        return params(QStringLiteral("name"), QStringLiteral("Permission Org"));
    if (method == QLatin1String("user.setLocale"))
        return params(QStringLiteral("locale"), QStringLiteral("hr_HR"));
    if (method == QLatin1String("user.update")) {
        const QString target = scope == QLatin1String("staff") ? QStringLiteral("agent2")
            : scope == QLatin1String("technical")             ? QStringLiteral("amy")
            : scope == QLatin1String("foreign")               ? QStringLiteral("bob")
                                                              : actor->user()
                                                      .value(QLatin1String("login"))
                                                      .toString();
        return QJsonObject { { QStringLiteral("id"), m_userIds.value(target) },
            { QStringLiteral("email"), target + QStringLiteral("@example.org") } };
    }
    if (method == QLatin1String("user.setPassword")) {
        if (scope == QLatin1String("other"))
            return QJsonObject { { QStringLiteral("id"), m_userIds.value(QStringLiteral("agent2")) },
                { QStringLiteral("password"), kPassword } };
        return QJsonObject { { QStringLiteral("password"), kPassword },
            { QStringLiteral("oldPassword"), kPassword } };
    }
    if (method == QLatin1String("audit.list"))
        return QJsonObject();
    if (method == QLatin1String("ticket.link") || method == QLatin1String("ticket.unlink"))
        return QJsonObject { { QStringLiteral("id"), m_acme }, { QStringLiteral("otherId"), m_globex } };
    if (method == QLatin1String("ticket.merge")) {
        auto fresh = [&] {
            return idOf(resultOf(m_observer->call(QStringLiteral("ticket.create"),
                QJsonObject { { QStringLiteral("subject"), QStringLiteral("merge row") },
                    { QStringLiteral("body"), QStringLiteral("x") },
                    { QStringLiteral("customerId"), kAcme } })));
        };
        return QJsonObject { { QStringLiteral("id"), fresh() }, { QStringLiteral("intoId"), fresh() } };
    }
    if (method == QLatin1String("customer.get"))
        return params(QStringLiteral("id"), scope == QLatin1String("foreign") ? kGlobex : kAcme);
    if (method == QLatin1String("customer.update"))
        return QJsonObject { { QStringLiteral("id"), kAcme },
            { QStringLiteral("notes"), QStringLiteral("updated by a permission row") } };
    if (method == QLatin1String("signature.set")) {
        QJsonObject p { { QStringLiteral("text"), QStringLiteral("Kind regards,\nSupport") },
            { QStringLiteral("locale"), QStringLiteral("en") } };
        if (scope == QLatin1String("queue"))
            p.insert(QStringLiteral("queueId"), 1);
        return p;
    }
    if (method == QLatin1String("user.list"))
        return scope == QLatin1String("foreign") ? params(QStringLiteral("customerId"), kGlobex)
                                                 : QJsonObject();
    if (method == QLatin1String("user.create")) {
        QJsonObject p { { QStringLiteral("login"), QStringLiteral("perm%1").arg(++m_nextLogin) },
            { QStringLiteral("name"), QStringLiteral("Permission User") },
            { QStringLiteral("role"), QStringLiteral("customer") },
            { QStringLiteral("password"), kPassword } };
        if (scope == QLatin1String("staff")) {
            p.insert(QStringLiteral("role"), QStringLiteral("agent"));
            return p;
        }
        const bool foreign = scope == QLatin1String("foreign");
        if (scope != QLatin1String("implicit"))
            p.insert(QStringLiteral("customerId"), foreign ? kGlobex : kAcme);
        const QString contact = scope == QLatin1String("billing") ? QStringLiteral("billing")
            : scope == QLatin1String("owner")                     ? QStringLiteral("owner")
                                                                  : QStringLiteral("technical");
        p.insert(QStringLiteral("contactRole"), contact);
        if (scope == QLatin1String("technical") || scope == QLatin1String("billing") || foreign
            || scope == QLatin1String("owner") || scope == QLatin1String("implicit"))
            return p;
        return std::nullopt;
    }
    return std::nullopt;
}

// What a customer got back must hold nothing of another organisation and no internal notes.
void TestPermissions::checkCustomerView(const QString& method, const QJsonObject& result)
{
    const QByteArray text = QJsonDocument(result).toJson(QJsonDocument::Compact);
    if (method == QLatin1String("ticket.get") || method == QLatin1String("ticket.update")
        || method == QLatin1String("ticket.create")) {
        const QJsonObject t = result.contains(QLatin1String("ticket"))
            ? result.value(QLatin1String("ticket")).toObject()
            : result;
        QCOMPARE(t.value(QLatin1String("customerId")).toInteger(), kAcme);
        for (const QJsonValue& message : result.value(QLatin1String("messages")).toArray())
            QVERIFY2(
                !message.toObject().value(QLatin1String("internal")).toBool(), text.constData());
        for (const QJsonValue& event : result.value(QLatin1String("events")).toArray()) {
            const QString field = event.toObject().value(QLatin1String("field")).toString();
            QVERIFY2(field == QLatin1String("created") || field == QLatin1String("status")
                    || field == QLatin1String("subject"),
                text.constData());
        }
    } else if (method == QLatin1String("customer.get")) {
        QCOMPARE(result.value(QLatin1String("customer")).toObject().value(QLatin1String("notes")).toString(),
            QString());
        for (const QJsonValue& item :
            result.value(QLatin1String("tickets")).toObject().value(QLatin1String("items")).toArray())
            QCOMPARE(item.toObject().value(QLatin1String("customerId")).toInteger(), kAcme);
    } else if (method == QLatin1String("ticket.list") || method == QLatin1String("user.list")) {
        for (const QJsonValue& item : result.value(QLatin1String("items")).toArray())
            QCOMPARE(item.toObject().value(QLatin1String("customerId")).toInteger(), kAcme);
    } else if (method == QLatin1String("kb.articleList") || method == QLatin1String("kb.suggest")) {
        QVERIFY2(!result.value(QLatin1String("items")).toArray().isEmpty(), text.constData());
    } else if (method.startsWith(QLatin1String("announcement."))) {
        const QJsonArray items = result.contains(QLatin1String("items"))
            ? result.value(QLatin1String("items")).toArray()
            : QJsonArray { result };
        QVERIFY2(method != QLatin1String("announcement.list") || !items.isEmpty(), text.constData());
        for (const QJsonValue& item : items) {
            QVERIFY2(idOf(item.toObject()) != m_announceGlobex, text.constData());
            QVERIFY2(!item.toObject().contains(QLatin1String("customerIds")), text.constData());
        }
    } else if (method == QLatin1String("search")) {
        const QJsonArray items = result.value(QLatin1String("items")).toArray();
        QVERIFY2(!items.isEmpty(), text.constData());
        for (const QJsonValue& item : items) {
            QVERIFY2(item.toObject().value(QLatin1String("ticketId")).toInteger() != m_globex,
                text.constData());
            QVERIFY2(item.toObject().value(QLatin1String("messageId")).toInteger() != m_acmeNote,
                text.constData());
        }
    } else if (method == QLatin1String("search.everywhere")) {
        // The ticket group as search's; no canned responses; only its own organisation.
        for (const QJsonValue& group : result.value(QLatin1String("groups")).toArray()) {
            const QString kind = group.toObject().value(QLatin1String("kind")).toString();
            QVERIFY2(kind != QLatin1String("canned"), text.constData());
            for (const QJsonValue& item : group.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject o = item.toObject();
                QVERIFY2(o.value(QLatin1String("ticketId")).toInteger() != m_globex, text.constData());
                QVERIFY2(o.value(QLatin1String("messageId")).toInteger() != m_acmeNote,
                    text.constData());
                if (kind == QLatin1String("organisations"))
                    QCOMPARE(o.value(QLatin1String("customerId")).toInteger(), kAcme);
            }
        }
    }
    QVERIFY2(!text.contains("secret note"), text.constData());
}

void TestPermissions::customerNeverSeesInternalNotes()
{
    TestClient* agent = as(QStringLiteral("agent"));
    TestClient* customer = as(QStringLiteral("customer"));
    QVERIFY(agent && customer);
    HD_EXPECT_OK(agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), m_acme },
            { QStringLiteral("body"), QStringLiteral("xylophonic escalation") },
            { QStringLiteral("internal"), true } }));
    const QJsonObject current = ticket(m_acme);
    HD_EXPECT_OK(agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_acme },
            { QStringLiteral("version"), current.value(QLatin1String("version")) },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("assigneeId"), QJsonValue::Null } } } }));

    const QJsonObject got
        = customer->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_acme));
    HD_EXPECT_OK(got);
    checkCustomerView(QStringLiteral("ticket.get"), resultOf(got));
    QVERIFY(!QJsonDocument(resultOf(got)).toJson().contains("xylophonic"));
    const QJsonObject staffView
        = resultOf(agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_acme)));
    QVERIFY(QJsonDocument(staffView).toJson().contains("xylophonic"));

    const QJsonObject search = customer->call(
        QStringLiteral("search"), params(QStringLiteral("query"), QStringLiteral("xylophonic")));
    HD_EXPECT_OK(search);
    QCOMPARE(resultOf(search).value(QLatin1String("items")).toArray().size(), 0);
    const QJsonObject staffSearch = agent->call(
        QStringLiteral("search"), params(QStringLiteral("query"), QStringLiteral("xylophonic")));
    QCOMPARE(resultOf(staffSearch).value(QLatin1String("items")).toArray().size(), 1);
}

void TestPermissions::customerSeesOnlyOwnOrganisation()
{
    auto bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
    QVERIFY(bob);
    const QJsonObject list
        = resultOf(bob->call(QStringLiteral("ticket.list"), params(QStringLiteral("limit"), 500)));
    QVERIFY(list.value(QLatin1String("total")).toInteger() >= 1);
    for (const QJsonValue& item : list.value(QLatin1String("items")).toArray())
        QCOMPARE(item.toObject().value(QLatin1String("customerId")).toInteger(), kGlobex);
    HD_EXPECT_ERROR(
        bob->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_acme)), 1004);
    // A missing ticket and another organisation's answer alike.
    const QJsonObject foreign
        = bob->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_acme));
    const QJsonObject missing
        = bob->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), 987654));
    QCOMPARE(errorCode(foreign), errorCode(missing));
    QCOMPARE(errorData(foreign), errorData(missing));
    const QJsonArray hits
        = resultOf(bob->call(QStringLiteral("search"),
                       params(QStringLiteral("query"), QStringLiteral("permissionword"))))
              .value(QLatin1String("items"))
              .toArray();
    QVERIFY(!hits.isEmpty());
    for (const QJsonValue& hit : hits)
        QCOMPARE(hit.toObject().value(QLatin1String("ticketId")).toInteger(), m_globex);
}

QTEST_GUILESS_MAIN(TestPermissions)
// Queue administration (issue 12): each row gets a fresh queue, led by the lead ("led") or
// by nobody ("other"), made by the admin observer.
std::optional<QJsonObject> TestPermissions::queueParamsFor(
    const QString& method, const QString& scope)
{
    const QString name = QStringLiteral("Permission queue %1").arg(++m_nextLogin);
    if (method == QLatin1String("queue.create"))
        return params(QStringLiteral("name"), name);
    qint64 queue = 987654;
    if (scope != QLatin1String("missing")) {
        queue = idOf(resultOf(m_observer->call(
            QStringLiteral("queue.create"), params(QStringLiteral("name"), name))));
        if (scope == QLatin1String("led"))
            m_observer->call(QStringLiteral("queue.setMembers"),
                QJsonObject { { QStringLiteral("id"), queue },
                    { QStringLiteral("members"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("userId"), m_userIds.value(QStringLiteral("lead")) },
                            { QStringLiteral("lead"), true } } } } });
    }
    if (method == QLatin1String("queue.update"))
        return QJsonObject { { QStringLiteral("id"), queue },
            { QStringLiteral("kind"), QStringLiteral("billing") } };
    if (method == QLatin1String("queue.setMembers"))
        return QJsonObject { { QStringLiteral("id"), queue },
            { QStringLiteral("members"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("userId"), m_userIds.value(QStringLiteral("lead")) },
                    { QStringLiteral("lead"), true } } } } };
    return std::nullopt;
}

// Saved views (issue 12): "own" deletes a view the actor just saved, "foreign" one another
// user saved.
std::optional<QJsonObject> TestPermissions::viewParamsFor(
    const QString& method, const QString& scope, TestClient* actor)
{
    const QJsonObject save { { QStringLiteral("name"), QStringLiteral("View %1").arg(++m_nextLogin) },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("status"), QJsonArray { QStringLiteral("open") } } } } };
    if (method == QLatin1String("view.list"))
        return QJsonObject();
    if (method == QLatin1String("view.save"))
        return save;
    TestClient* owner = actor;
    if (scope == QLatin1String("foreign"))
        owner = actor->userId() == m_agentId ? as(QStringLiteral("lead")) : as(QStringLiteral("agent"));
    return params(QStringLiteral("id"),
        idOf(resultOf(owner->call(QStringLiteral("view.save"), save))));
}

#include "tst_permissions.moc"
