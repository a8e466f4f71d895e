// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel against the real server: paging, server-side sort and filter, pushed
// updates/inserts/removals/moves without a reset, reload after a reconnect, unread state.
#include "directorycache.h"
#include "readcache.h"
#include "readmarkers.h"
#include "clientharness.h"
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

// The loaded rows (the window), in order.
QVector<Ticket> rowsOf(const TicketListModel& model)
{
    QVector<Ticket> rows;
    const int first = model.firstLoadedRow();
    for (int row = first; row < first + model.loadedCount(); ++row)
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
    void jumpsToDeepRowsAndBack();
    void pushesWhileScrolledDeep();
    void reloadsAfterReconnect();
    void showsSavedCopyOffline();
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
    QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
    // Every ticket is a row at once; only the first page is loaded.
    QCOMPARE(model.total(), 250);
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(model.firstLoadedRow(), 0);
    QVERIFY(!model.isLoaded(TicketListModel::kPageSize));
    QVERIFY(!model.ticketAt(TicketListModel::kPageSize));
    QVERIFY(!totals.isEmpty());
    QVERIFY(model.canFetchMore());

    int fetches = 0;
    while (model.canFetchMore()) {
        const int before = model.loadedCount();
        model.fetchMore();
        model.fetchMore(); // a second call while the first runs must not load a page twice
        QTRY_VERIFY(!model.isLoading() && model.loadedCount() > before);
        ++fetches;
    }
    QCOMPARE(fetches, 2);
    QCOMPARE(model.loadedCount(), 250);
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
    QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
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
        // Grouped: the client's order of pushed rows must be the server's (nulls included).
        { TicketListModel::AssigneeColumn, Qt::AscendingOrder },
        { TicketListModel::AssigneeColumn, Qt::DescendingOrder },
        { TicketListModel::QueueColumn, Qt::AscendingOrder },
        { TicketListModel::QueueColumn, Qt::DescendingOrder },
    };
    int expectedResets = 0;
    for (const auto& c : cases) {
        model.sort(c.column, c.order);
        ++expectedResets;
        QCOMPARE(resets.size(), expectedResets);
        QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
        QVERIFY(model.query().sortField == *TicketListModel::sortFieldFor(c.column));
        QVERIFY2(isSortedAndUnique(model), qPrintable(QString::number(c.column)));
    }
    // The first page of an ascending id sort is the 100 oldest bulk tickets.
    model.sort(TicketListModel::IdColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
    QCOMPARE(model.ticketAt(0)->id, m_bulk.first());
    // Customer names live in another table: not sortable, so nothing happens.
    const int resetsBefore = int(resets.size());
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
    QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
    const qint64 total = model.total();
    QCOMPARE(model.rowCount(), total);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    // A new ticket sorts after every loaded row: counted, its row a placeholder at the end.
    const Ticket late
        = createTicket(*m_actor, QStringLiteral("Bulk late"), { QStringLiteral("bulk") });
    QVERIFY(late.id.isValid());
    QTRY_COMPARE(model.total(), total + 1);
    QCOMPARE(model.rowCount(), total + 1);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(inserted.last().at(1).toInt() >= TicketListModel::kPageSize); // not among loaded
    QCOMPARE(model.loadedCount(), TicketListModel::kPageSize);
    QCOMPARE(model.rowOf(late.id), -1);

    // A loaded ticket that leaves the filter is removed and uncounted.
    const TicketId leaving = model.ticketAt(10)->id;
    QVERIFY(updateTicket(*m_actor, leaving, { { QStringLiteral("tags"), QJsonArray() } }));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 10);
    QCOMPARE(model.total(), total);
    QCOMPARE(model.rowOf(leaving), -1);

    // An unloaded one that leaves it: the count is asked from the server again, and a
    // placeholder goes.
    QVERIFY(updateTicket(*m_actor, m_bulk.last(), { { QStringLiteral("tags"), QJsonArray() } }));
    QTRY_COMPARE(model.total(), total - 1);
    QCOMPARE(model.rowCount(), total - 1);
    QCOMPARE(removed.size(), 2);

    // The next page starts right after the loaded rows: nothing is skipped or repeated.
    for (int pages = 0; model.canFetchMore() && pages < 10; ++pages) {
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.loadedCount(), total - 1);
    QCOMPARE(model.rowCount(), total - 1);
    QVERIFY(model.rowOf(late.id) >= 0);
    QVERIFY(isSortedAndUnique(model));
    QCOMPARE(resets.size(), 0);
}

void TestTicketListModel::jumpsToDeepRowsAndBack()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    const TicketQuery query
        = taggedQuery(QStringLiteral("bulk"), TicketSortField::Id, Qt::AscendingOrder);
    // The server's whole order, read in one go, to compare every loaded row with.
    const CallResult all
        = callSync(*connection, QStringLiteral("ticket.list"), query.listParams(0, 500));
    QVERIFY(all.ok());
    QVector<qint64> expected;
    for (const QJsonValue item : all.result[QStringLiteral("items")].toArray())
        expected.append(item[QStringLiteral("id")].toInteger());
    QVERIFY(expected.size() > 200);

    // No QAbstractItemModelTester here: after every change it reads row 0, which, like a
    // view painting it, loads the top of the list and so moves the window away from the
    // deep rows these tests look at.
    TicketListModel model(connection.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy loading(&model, &TicketListModel::loadingChanged);
    const auto fetches = [&] {
        return std::count_if(loading.cbegin(), loading.cend(),
            [](const QList<QVariant>& args) { return args.at(0).toBool(); });
    };
    model.setQuery(query);
    QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
    resets.clear();
    const auto matchesServer = [&] {
        const int first = model.firstLoadedRow();
        for (int row = first; row < first + model.loadedCount(); ++row) {
            if (model.ticketAt(row)->id.value() != expected[row])
                return false;
        }
        return model.rowCount() == expected.size();
    };

    // Far below the window: one page around the rows, which replaces the window.
    const int deep = int(expected.size()) - 15;
    loading.clear();
    model.ensureLoaded(deep, deep + 10);
    QTRY_VERIFY(model.isLoaded(deep) && model.isLoaded(deep + 10) && !model.isLoading());
    QCOMPARE(fetches(), 1);
    QVERIFY(!model.isLoaded(0));
    QVERIFY(matchesServer());
    // Painting a placeholder asks for its page too.
    const int above = model.firstLoadedRow() - 30;
    QVERIFY(above > 0);
    QCOMPARE(model.index(above, TicketListModel::SubjectColumn).data().toString(),
        QStringLiteral("Loading…"));
    QTRY_VERIFY(model.isLoaded(above) && !model.isLoading());
    QVERIFY(model.loadedCount() > 100); // extended upwards, not replaced
    QVERIFY(matchesServer());

    // With a smaller memory budget, going back to the top drops the far end of the window.
    model.setMaxLoadedRows(150);
    model.ensureLoaded(0, 5);
    QTRY_VERIFY(model.isLoaded(0) && !model.isLoading());
    QVERIFY(model.loadedCount() <= 150);
    QVERIFY(!model.isLoaded(int(expected.size()) - 1));
    QVERIFY(matchesServer());
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(resets.size(), 0);
}

void TestTicketListModel::pushesWhileScrolledDeep()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    TicketListModel model(connection.get()); // no model tester: see above
    model.setQuery(taggedQuery(QStringLiteral("bulk"), TicketSortField::Id, Qt::DescendingOrder));
    QTRY_COMPARE(model.loadedCount(), TicketListModel::kPageSize);
    const int deep = model.rowCount() - 20;
    model.ensureLoaded(deep, deep + 10);
    QTRY_VERIFY(model.isLoaded(deep) && !model.isLoading());
    const int first = model.firstLoadedRow();
    QVERIFY(first > 0);
    const TicketId firstId = model.ticketAt(first)->id;
    const int rows = model.rowCount();
    const int loaded = model.loadedCount();
    QPersistentModelIndex watched = model.index(deep, 0);
    const TicketId watchedId = model.ticketAt(deep)->id;
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    // A new ticket sorts first, above the window: a row appears there, the loaded rows move
    // down by one and keep their tickets.
    const Ticket fresh
        = createTicket(*m_actor, QStringLiteral("Bulk fresh"), { QStringLiteral("bulk") });
    QTRY_COMPARE(model.rowCount(), rows + 1);
    QCOMPARE(model.firstLoadedRow(), first + 1);
    QCOMPARE(model.loadedCount(), loaded);
    QCOMPARE(model.ticketAt(first + 1)->id, firstId);
    QCOMPARE(watched.row(), deep + 1);
    QCOMPARE(watched.data(TicketListModel::TicketIdRole).toLongLong(), watchedId.value());
    QCOMPARE(model.rowOf(fresh.id), -1);

    // A loaded ticket changes in place.
    QVERIFY(updateTicket(
        *m_actor, watchedId, { { QStringLiteral("subject"), QStringLiteral("Bulk deep edit") } }));
    QTRY_COMPARE(watched.data(TicketListModel::TicketRole).value<Ticket>().subject,
        QStringLiteral("Bulk deep edit"));
    QCOMPARE(watched.row(), deep + 1);

    // Going back to the top shows the new ticket first.
    model.ensureLoaded(0, 3);
    QTRY_VERIFY(model.isLoaded(0) && !model.isLoading());
    QCOMPARE(model.ticketAt(0)->id, fresh.id);
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

// Offline, a list chosen again shows the first page kept when it was last read, marked with
// the time it was saved; a list never read shows nothing; both load once the link is back.
void TestTicketListModel::showsSavedCopyOffline()
{
    const QString tag = QStringLiteral("copy");
    const Ticket a = createTicket(*m_actor, QStringLiteral("Copy A"), { tag });
    const Ticket b = createTicket(*m_actor, QStringLiteral("Copy B"), { tag });
    QTemporaryDir dir;
    ReadCache cache(dir.path());
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->setReconnectDelays(2500, 5000);
    TicketListModel model(connection.get());
    QAbstractItemModelTester tester(&model);
    model.setReadCache(&cache);
    const TicketQuery copied = taggedQuery(tag, TicketSortField::Id, Qt::AscendingOrder);
    model.setQuery(copied);
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(!model.savedCopyTime().isValid());
    model.setQuery(taggedQuery(QStringLiteral("never-read")));
    QTRY_VERIFY(!model.isLoading());

    m_server.kill();
    QTRY_COMPARE(connection->state(), Connection::State::Reconnecting);
    QSignalSpy copyChanged(&model, &TicketListModel::savedCopyChanged);
    model.setQuery(copied);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.ticketAt(0)->id, a.id);
    QCOMPARE(model.ticketAt(1)->id, b.id);
    QVERIFY(model.savedCopyTime().isValid());
    QVERIFY(model.savedCopyTime() <= QDateTime::currentDateTimeUtc());
    QVERIFY(!copyChanged.isEmpty());
    QVERIFY(!model.canFetchMore());
    model.setQuery(taggedQuery(QStringLiteral("not-read-either")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.savedCopyTime().isValid());
    model.setQuery(copied);
    QCOMPARE(model.rowCount(), 2);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
    const Ticket c = createTicket(*m_actor, QStringLiteral("Copy C"), { tag });
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Ready, 15000);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.ticketAt(2)->id, c.id);
    QVERIFY(!model.savedCopyTime().isValid());
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
    QCOMPARE(model.nextUnreadRow(-1, 1), 0);
    QCOMPARE(model.nextUnreadRow(-1, -1), 0);
    QCOMPARE(model.nextUnreadRow(0, 1), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markRead(t.id);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.data(index, TicketListModel::UnreadRole).toBool());
    QCOMPARE(model.nextUnreadRow(-1, 1), -1);

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
