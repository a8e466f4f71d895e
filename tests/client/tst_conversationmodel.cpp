// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationModel against the real server: order of messages and history, what customers
// see, live appends, history after a change, reload after a reconnect, outbox rows.
#include "conversationmodel.h"
#include "directorycache.h"
#include "outbox.h"
#include "clientharness.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

using CRole = ConversationModel::Role;

QVariant roleAt(const ConversationModel& model, int row, int role)
{
    return model.data(model.index(row), role);
}

int countKind(const ConversationModel& model, const QString& kind)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += roleAt(model, row, CRole::KindNameRole).toString() == kind ? 1 : 0;
    return count;
}

int countBody(const ConversationModel& model, const QString& body)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += roleAt(model, row, CRole::BodyRole).toString() == body ? 1 : 0;
    return count;
}

bool isInTimeOrder(const ConversationModel& model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        if (roleAt(model, row - 1, CRole::CreatedAtRole).toDateTime()
            > roleAt(model, row, CRole::CreatedAtRole).toDateTime())
            return false;
    }
    return true;
}

} // namespace

class TestConversationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mergesMessagesAndHistoryInOrder();
    void customersSeeNoInternalNotes();
    void appendsPushedMessages();
    void showsHistoryOfLiveChanges();
    void reloadsAfterReconnect();
    void showsOutboxRowsUntilSent();
    void losingAccessEmptiesTheModel();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_actor;
};

void TestConversationModel::initTestCase()
{
    QVERIFY2(m_server.start(TestServer::freePort()), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
}

void TestConversationModel::mergesMessagesAndHistoryInOrder()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(connection);
    DirectoryCache directory(connection.get());
    ConversationModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setDirectory(&directory);
    model.setTicket(TicketId(1)); // demo: 3 messages (one internal), 3 history events
    QTRY_VERIFY(model.ticket().has_value());
    QTRY_VERIFY(directory.isLoaded());
    QCOMPARE(countKind(model, QStringLiteral("message")), 3);
    QCOMPARE(countKind(model, QStringLiteral("event")), 3);
    QVERIFY(isInTimeOrder(model));
    QCOMPARE(roleAt(model, 0, CRole::EventFieldRole).toString(), QStringLiteral("created"));
    QCOMPARE(roleAt(model, 0, Qt::DisplayRole).toString(), QStringLiteral("Ticket created"));
    int internal = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        internal += roleAt(model, row, CRole::InternalRole).toBool() ? 1 : 0;
        if (roleAt(model, row, CRole::EventFieldRole).toString() == QLatin1String("assigneeId")) {
            QCOMPARE(roleAt(model, row, CRole::EventNewRole).toLongLong(), 6);
            QCOMPARE(roleAt(model, row, Qt::DisplayRole).toString(),
                QStringLiteral("Assigned to Sam Taylor"));
        }
    }
    QCOMPARE(internal, 1);
    QCOMPARE(roleAt(model, 1, CRole::AuthorNameRole).toString(), QStringLiteral("Nina Patel"));
}

void TestConversationModel::customersSeeNoInternalNotes()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("nina"));
    QVERIFY(connection);
    DirectoryCache directory(connection.get());
    ConversationModel model(connection.get());
    model.setDirectory(&directory);
    model.setTicket(TicketId(1));
    QTRY_VERIFY(model.ticket().has_value());
    QTRY_VERIFY(directory.isLoaded());
    QCOMPARE(countKind(model, QStringLiteral("message")), 2);
    int fromStaff = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!roleAt(model, row, CRole::InternalRole).toBool());
        if (roleAt(model, row, CRole::KindRole).toInt() != int(ConversationModel::Kind::Message))
            continue;
        // Who answered is shown by name (staff names come without logins).
        const auto author
            = directory.user(UserId(roleAt(model, row, CRole::AuthorIdRole).toLongLong()));
        QVERIFY(author.has_value());
        QCOMPARE(roleAt(model, row, CRole::AuthorNameRole).toString(), author->name);
        if (isStaff(author->role)) {
            ++fromStaff;
            QVERIFY(author->login.isEmpty());
        }
    }
    QCOMPARE(fromStaff, 1);
}

void TestConversationModel::appendsPushedMessages()
{
    const Ticket ticket
        = createTicket(*m_actor, QStringLiteral("Thread"), {}, QStringLiteral("first"));
    // Already open: a staff reply on a new ticket would also open it (a history row).
    QVERIFY(updateTicket(*m_actor, ticket.id, { { QStringLiteral("status"), QStringLiteral("open") } }));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    ConversationModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setTicket(ticket.id);
    QTRY_COMPARE(model.rowCount(), 3); // "created", the first message, "status changed"
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy updated(&model, &ConversationModel::ticketUpdated);

    m_actor->addMessage(ticket.id, QStringLiteral("second"), false, QString(), nullptr, {});
    m_actor->addMessage(ticket.id, QStringLiteral("note"), true, QString(), nullptr, {});
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(roleAt(model, 3, CRole::BodyRole).toString(), QStringLiteral("second"));
    QCOMPARE(roleAt(model, 4, CRole::BodyRole).toString(), QStringLiteral("note"));
    QVERIFY(roleAt(model, 4, CRole::InternalRole).toBool());
    QTRY_VERIFY(!updated.isEmpty());
    QTest::qWait(400); // no history came with the messages: no re-read, no duplicates
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(resets.size(), 0);

    // A message for another ticket is none of this model's business.
    m_actor->addMessage(TicketId(2), QStringLiteral("elsewhere"), false, QString(), nullptr, {});
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 5);
}

void TestConversationModel::showsHistoryOfLiveChanges()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("History"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    ConversationModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setTicket(ticket.id);
    QTRY_COMPARE(model.rowCount(), 2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    QVERIFY(updateTicket(
        *m_actor, ticket.id, { { QStringLiteral("status"), QStringLiteral("pending") } }));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(roleAt(model, 2, CRole::EventFieldRole).toString(), QStringLiteral("status"));
    QCOMPARE(roleAt(model, 2, CRole::EventOldRole).toString(), QStringLiteral("new"));
    QCOMPARE(roleAt(model, 2, CRole::EventNewRole).toString(), QStringLiteral("pending"));
    QCOMPARE(roleAt(model, 2, Qt::DisplayRole).toString(),
        QStringLiteral("Status changed from New to Pending"));
    QVERIFY(model.ticket()->status == TicketStatus::Pending);
    QCOMPARE(resets.size(), 0);
}

void TestConversationModel::reloadsAfterReconnect()
{
    const Ticket ticket
        = createTicket(*m_actor, QStringLiteral("Away"), {}, QStringLiteral("start"));
    QVERIFY(updateTicket(*m_actor, ticket.id, { { QStringLiteral("status"), QStringLiteral("open") } }));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->setReconnectDelays(2500, 5000);
    ConversationModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setTicket(ticket.id);
    QTRY_COMPARE(model.rowCount(), 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    m_server.kill();
    QTRY_COMPARE(connection->state(), Connection::State::Reconnecting);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
    CallResult added = callSync(*m_actor, QStringLiteral("message.add"),
        { { QStringLiteral("ticketId"), ticket.id.value() },
            { QStringLiteral("body"), QStringLiteral("while away") } });
    QVERIFY(added.ok());
    QCOMPARE(connection->state(), Connection::State::Reconnecting);

    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 15000);
    QCOMPARE(roleAt(model, 3, CRole::BodyRole).toString(), QStringLiteral("while away"));
    QCOMPARE(resets.size(), 0);
}

void TestConversationModel::showsOutboxRowsUntilSent()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("Outgoing"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    ConversationModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setOutbox(&outbox);
    model.setTicket(ticket.id);
    QTRY_COMPARE(model.rowCount(), 2);

    connection->disconnectFromServer();
    outbox.enqueue(ticket.id, QStringLiteral("queued reply"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(roleAt(model, 2, CRole::KindNameRole).toString(), QStringLiteral("outgoing"));
    QVERIFY(!roleAt(model, 2, CRole::OutboxKeyRole).toString().isEmpty());

    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    QTRY_COMPARE(outbox.queuedCount(), 0);
    QTRY_COMPARE(countBody(model, QStringLiteral("queued reply")), 1);
    QCOMPARE(countKind(model, QStringLiteral("outgoing")), 0);
}

void TestConversationModel::losingAccessEmptiesTheModel()
{
    // An agent logs a ticket for Oliver's organisation (customer 1), then moves it away.
    NewTicket logged;
    logged.subject = QStringLiteral("Phone call");
    logged.body = QStringLiteral("called about DNS");
    logged.customerId = CustomerId(1);
    const CallResult created = callSync(*m_actor, QStringLiteral("ticket.create"), logged.toJson());
    QVERIFY(created.ok());
    const TicketId id(created.result.toObject().value(QLatin1String("id")).toInteger());
    auto connection = connectAs(m_server.port(), QStringLiteral("oliver"));
    QVERIFY(connection);
    ConversationModel model(connection.get());
    model.setTicket(id);
    QTRY_VERIFY(model.ticket().has_value());
    QCOMPARE(model.rowCount(), 2); // "created" is history customers may see
    QSignalSpy unavailable(&model, &ConversationModel::ticketUnavailable);
    QVERIFY(updateTicket(*m_actor, id, { { QStringLiteral("customerId"), 2 } }));
    QTRY_COMPARE(unavailable.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
