// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel against the real server: paging, server-side sort and filter, pushed
// updates/inserts/removals/moves without a reset, reload after a reconnect, unread state.
#include "directorycache.h"
#include "readmarkers.h"
#include "testserver.h"
#include "ticketlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

TicketQuery taggedQuery(const QString& tag, TicketSortField field = TicketSortField::UpdatedAt,
    Qt::SortOrder order = Qt::DescendingOrder)
{
    TicketQuery query;
    query.tag = tag;
    query.sortField = field;
    query.sortOrder = order;
    return query;
}

QVector<Ticket> rowsOf(const TicketListModel& model)
{
    QVector<Ticket> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(*model.ticketAt(row));
    return rows;
}

// Every row once, in the query's order.
bool isSortedAndUnique(const TicketListModel& model)
{
    QSet<qint64> seen;
    const QVector<Ticket> rows = rowsOf(model);
    for (int i = 0; i < rows.size(); ++i) {
        if (seen.contains(rows[i].id.value()))
            return false;
        seen.insert(rows[i].id.value());
        if (i > 0 && !model.query().lessThan(rows[i - 1], rows[i]))
            return false;
    }
    return true;
}

} // namespace

class TestTicketListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesThroughAllTickets();
    void sortsOnTheServer();
    void filterAgreesWithServer();
    void pushesUpdateInsertAndRemoveWithoutReset();
    void pushedChangeMovesRowKeepingSelection();
    void pushesBeyondLoadedRange();
    void reloadsAfterReconnect();
    void unreadFollowsReadMarkers();
    void namesComeFromDirectory();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_actor; // makes the changes the models must see
    QVector<TicketId> m_bulk;
};

void TestTicketListModel::initTestCase()
{
    QVERIFY2(m_server.start(TestServer::freePort()), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
    // 250 tickets through the protocol, pipelined.
    constexpr int kBulk = 250;
    for (int i = 0; i < kBulk; ++i) {
        NewTicket ticket;
        ticket.subject = QStringLiteral("Bulk %1").arg(i % 37, 3, 10, QLatin1Char('0'));
        ticket.body = QStringLiteral("bulk body");
        ticket.priority = Priority(i % 4);
        ticket.tags = { QStringLiteral("bulk") };
        m_actor->createTicket(ticket, nullptr, [this](const Ticket& t) { m_bulk.append(t.id); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_bulk.size(), kBulk, 60000);
    std::sort(m_bulk.begin(), m_bulk.end());
}

void TestTicketListModel::pagesThroughAllTickets()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    QSignalSpy totals(&model, &TicketListModel::totalChanged);
    model.setQuery(taggedQuery(QStringLiteral("bulk")));
    QTRY_COMPARE(model.rowCount(), TicketListModel::kPageSize);
    QCOMPARE(model.total(), 250);
    QVERIFY(!totals.isEmpty());
    QVERIFY(model.canFetchMore());

    int fetches = 0;
    while (model.canFetchMore()) {
        const int before = model.rowCount();
        model.fetchMore();
        model.fetchMore(); // a second call while the first runs must not load a page twice
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > before);
        ++fetches;
    }
    QCOMPARE(fetches, 2);
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(isSortedAndUnique(model));
    QSet<qint64> expected;
    for (const TicketId id : std::as_const(m_bulk))
        expected.insert(id.value());
    QSet<qint64> loaded;
    for (const Ticket& ticket : rowsOf(model))
        loaded.insert(ticket.id.value());
    QCOMPARE(loaded, expected);
}

void TestTicketListModel::sortsOnTheServer()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setQuery(taggedQuery(QStringLiteral("bulk")));
    QTRY_COMPARE(model.rowCount(), TicketListModel::kPageSize);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const struct
    {
        int column;
        Qt::SortOrder order;
    } cases[] = {
        { TicketListModel::IdColumn, Qt::AscendingOrder },
        { TicketListModel::IdColumn, Qt::DescendingOrder },
        { TicketListModel::SubjectColumn, Qt::AscendingOrder },
        { TicketListModel::PriorityColumn, Qt::DescendingOrder },
        { TicketListModel::StatusColumn, Qt::AscendingOrder },
        { TicketListModel::UpdatedColumn, Qt::AscendingOrder },
    };
    int expectedResets = 0;
    for (const auto& c : cases) {
        model.sort(c.column, c.order);
        ++expectedResets;
        QCOMPARE(resets.size(), expectedResets);
        QTRY_COMPARE(model.rowCount(), TicketListModel::kPageSize);
        QVERIFY(model.query().sortField == *TicketListModel::sortFieldFor(c.column));
        QVERIFY2(isSortedAndUnique(model), qPrintable(QString::number(c.column)));
    }
    // The first page of an ascending id sort is the 100 oldest bulk tickets.
    model.sort(TicketListModel::IdColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model.rowCount(), TicketListModel::kPageSize);
    QCOMPARE(model.ticketAt(0)->id, m_bulk.first());
    // Names live in other tables: not sortable, so nothing happens.
    const int resetsBefore = int(resets.size());
    model.sort(TicketListModel::AssigneeColumn, Qt::AscendingOrder);
    model.sort(TicketListModel::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(resets.size(), resetsBefore);
}

void TestTicketListModel::filterAgreesWithServer()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    TicketQuery query;
    query.statuses = { TicketStatus::Open, TicketStatus::Pending };
    query.queue = IdFilter<QueueId>::equals(QueueId(1));
    model.setQuery(query);
    QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
    QCOMPARE(model.total(), qint64(model.rowCount()));
    for (const Ticket& ticket : rowsOf(model))
        QVERIFY(query.matches(ticket));

    query = TicketQuery();
    query.assignee = IdFilter<UserId>::isNull();
    model.setQuery(query);
    QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
    for (const Ticket& ticket : rowsOf(model))
        QVERIFY(!ticket.assigneeId);
}

void TestTicketListModel::pushesUpdateInsertAndRemoveWithoutReset()
{
    const QString tag = QStringLiteral("live");
    const Ticket a = createTicket(*m_actor, QStringLiteral("Live A"), { tag });
    const Ticket b = createTicket(*m_actor, QStringLiteral("Live B"), { tag });
    const Ticket c = createTicket(*m_actor, QStringLiteral("Live C"), { tag });
    QVERIFY(a.id.isValid() && b.id.isValid() && c.id.isValid());

    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    TicketQuery query = taggedQuery(tag, TicketSortField::Id, Qt::AscendingOrder);
    query.statuses = { TicketStatus::New, TicketStatus::Open };
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 3);

    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex selectedB = model.index(1, TicketListModel::SubjectColumn);

    // Insert: a new matching ticket, sorted by id, goes last.
    const Ticket d = createTicket(*m_actor, QStringLiteral("Live D"), { tag });
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.ticketAt(3)->id, d.id);
    QCOMPARE(model.total(), 4);

    // Update in place.
    QVERIFY(
        updateTicket(*m_actor, b.id, { { QStringLiteral("subject"), QStringLiteral("Live B2") } }));
    QTRY_COMPARE(model.data(selectedB).toString(), QStringLiteral("Live B2"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);

    // No longer matching (closed): removed; the selection on B survives A's removal.
    QVERIFY(
        updateTicket(*m_actor, a.id, { { QStringLiteral("status"), QStringLiteral("closed") } }));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.total(), 3);
    QVERIFY(selectedB.isValid());
    QCOMPARE(selectedB.row(), 0);
    QCOMPARE(model.data(selectedB).toString(), QStringLiteral("Live B2"));

    // Matching again: back in its sorted place, first.
    QVERIFY(updateTicket(*m_actor, a.id, { { QStringLiteral("status"), QStringLiteral("open") } }));
    QTRY_COMPARE(inserted.size(), 2);
    QCOMPARE(model.ticketAt(0)->id, a.id);
    QCOMPARE(selectedB.row(), 1);

    // A change that does not touch the filter fields of an unrelated ticket: nothing here.
    const int rowsBefore = model.rowCount();
    QVERIFY(updateTicket(
        *m_actor, m_bulk.first(), { { QStringLiteral("priority"), QStringLiteral("urgent") } }));
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), rowsBefore);
    QCOMPARE(resets.size(), 0);
    QVERIFY(isSortedAndUnique(model));
}

void TestTicketListModel::pushedChangeMovesRowKeepingSelection()
{
    const QString tag = QStringLiteral("move");
    QVector<Ticket> tickets;
    for (int i = 0; i < 5; ++i) {
        tickets.append(createTicket(*m_actor, QStringLiteral("Move %1").arg(i), { tag }));
        QTest::qWait(5); // distinct updatedAt
    }
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setQuery(taggedQuery(tag)); // most recently updated first
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(model.ticketAt(4)->id, tickets[0].id);

    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    const QPersistentModelIndex selected = model.index(4, 0);
    m_actor->addMessage(tickets[0].id, QStringLiteral("bump"), false, QString(), nullptr, {});
    QTRY_COMPARE(moved.size(), 1);
    QCOMPARE(model.ticketAt(0)->id, tickets[0].id);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(resets.size(), 0);
    QVERIFY(isSortedAndUnique(model));
}

void TestTicketListModel::pushesBeyondLoadedRange()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setQuery(taggedQuery(QStringLiteral("bulk"), TicketSortField::Id, Qt::AscendingOrder));
    QTRY_COMPARE(model.rowCount(), TicketListModel::kPageSize);
    const qint64 total = model.total();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    // A new ticket sorts after every loaded row: not inserted, but counted.
    const Ticket late
        = createTicket(*m_actor, QStringLiteral("Bulk late"), { QStringLiteral("bulk") });
    QVERIFY(late.id.isValid());
    QTRY_COMPARE(model.total(), total + 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), TicketListModel::kPageSize);

    // A loaded ticket that leaves the filter is removed and uncounted.
    const TicketId leaving = model.ticketAt(10)->id;
    QVERIFY(updateTicket(*m_actor, leaving, { { QStringLiteral("tags"), QJsonArray() } }));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(model.total(), total);
    QCOMPARE(model.rowOf(leaving), -1);

    // An unloaded one that leaves it: the count is asked from the server again.
    QVERIFY(updateTicket(*m_actor, m_bulk.last(), { { QStringLiteral("tags"), QJsonArray() } }));
    QTRY_COMPARE(model.total(), total - 1);
    QCOMPARE(removed.size(), 1);

    // The next page starts right after the loaded rows: nothing is skipped or repeated.
    for (int pages = 0; model.canFetchMore() && pages < 10; ++pages) {
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), total - 1);
    QVERIFY(model.rowOf(late.id) >= 0);
    QVERIFY(isSortedAndUnique(model));
    QCOMPARE(resets.size(), 0);
}

void TestTicketListModel::reloadsAfterReconnect()
{
    const QString tag = QStringLiteral("resync");
    const Ticket a = createTicket(*m_actor, QStringLiteral("Resync A"), { tag });
    const Ticket b = createTicket(*m_actor, QStringLiteral("Resync B"), { tag });
    const Ticket c = createTicket(*m_actor, QStringLiteral("Resync C"), { tag });
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    // Slow to come back, so the changes below happen while it is away and no push reaches it.
    connection->setReconnectDelays(2500, 5000);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setQuery(taggedQuery(tag, TicketSortField::Id, Qt::AscendingOrder));
    QTRY_COMPARE(model.rowCount(), 3);
    const QPersistentModelIndex selectedC = model.index(2, TicketListModel::SubjectColumn);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    m_server.kill();
    QTRY_COMPARE(connection->state(), Connection::State::Reconnecting);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
    QVERIFY(updateTicket(
        *m_actor, c.id, { { QStringLiteral("subject"), QStringLiteral("Resync C2") } }));
    QVERIFY(updateTicket(*m_actor, a.id, { { QStringLiteral("tags"), QJsonArray() } }));
    const Ticket d = createTicket(*m_actor, QStringLiteral("Resync D"), { tag });
    QCOMPARE(connection->state(), Connection::State::Reconnecting);

    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Ready, 15000);
    QTRY_COMPARE(model.rowCount(), 3);
    QTRY_COMPARE(model.data(selectedC).toString(), QStringLiteral("Resync C2"));
    QCOMPARE(model.ticketAt(0)->id, b.id);
    QCOMPARE(model.ticketAt(2)->id, d.id);
    QCOMPARE(selectedC.row(), 1);
    QCOMPARE(resets.size(), 0);
}

void TestTicketListModel::unreadFollowsReadMarkers()
{
    QTemporaryDir dir;
    ReadMarkers markers(dir.filePath(QStringLiteral("markers.json")));
    const QString tag = QStringLiteral("unread");
    QTest::qWait(5); // created after the markers started
    const Ticket t = createTicket(*m_actor, QStringLiteral("Unread"), { tag });
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get());
    model.setReadMarkers(&markers);
    model.setQuery(taggedQuery(tag));
    QTRY_COMPARE(model.rowCount(), 1);
    const QModelIndex index = model.index(0, 0);
    QVERIFY(model.data(index, TicketListModel::UnreadRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markRead(t.id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.data(index, TicketListModel::UnreadRole).toBool());

    m_actor->addMessage(t.id, QStringLiteral("news"), false, QString(), nullptr, {});
    QTRY_VERIFY(model.data(model.index(0, 0), TicketListModel::UnreadRole).toBool());

    // The markers survive a restart of the client.
    model.markRead(t.id);
    markers.flush();
    ReadMarkers reopened(markers.filePath());
    QVERIFY(!reopened.isUnread(*model.ticketAt(0)));
}

void TestTicketListModel::namesComeFromDirectory()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    DirectoryCache directory(connection.get());
    QTRY_VERIFY(directory.isLoaded());
    TicketListModel model(connection.get());
    model.setDirectory(&directory);
    TicketQuery query;
    const QVector<User> staff = directory.staff();
    const auto sam = std::find_if(staff.cbegin(), staff.cend(),
        [](const User& u) { return u.login == QLatin1String("sam"); });
    QVERIFY(sam != staff.cend());
    query.assignee = IdFilter<UserId>::equals(sam->id);
    model.setQuery(query);
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.data(model.index(0, TicketListModel::AssigneeColumn)).toString(),
        QStringLiteral("Sam Taylor"));
    QCOMPARE(
        model.data(model.index(0, TicketListModel::CustomerColumn)).toString().isEmpty(), false);
    QCOMPARE(model.data(model.index(0, TicketListModel::StatusColumn), TicketListModel::StatusRole)
                 .toString()
                 .isEmpty(),
        false);
    QCOMPARE(model.headerData(TicketListModel::SubjectColumn, Qt::Horizontal).toString(),
        QStringLiteral("Subject"));
}

QTEST_GUILESS_MAIN(TestTicketListModel)
#include "tst_ticketlistmodel.moc"
