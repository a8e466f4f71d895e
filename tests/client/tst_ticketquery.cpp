// SPDX-License-Identifier: GPL-3.0-or-later
// TicketQuery: the local filter and order must agree with ticket.list's; the wire forms.
#include "ticketquery.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;

namespace {

Ticket ticket(qint64 id, TicketStatus status = TicketStatus::Open)
{
    Ticket t;
    t.id = TicketId(id);
    t.subject = QStringLiteral("Subject %1").arg(id);
    t.status = status;
    t.requesterId = UserId(1);
    t.createdAt = t.updatedAt = QDateTime::fromMSecsSinceEpoch(1000 * id, Qt::UTC);
    return t;
}

} // namespace

class TestTicketQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedViewRoundTrip();
    void matches_data();
    void matches();
    void ordersLikeTheServer();
    void wireForm();
};

void TestTicketQuery::matches_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<bool>("assigned");
    QTest::addColumn<bool>("expected");
    // filter: 0 status open/pending, 1 unassigned, 2 assigned to user 5, 3 tag "vip", 4 queue 2
    QTest::newRow("status in list") << 0 << true << true;
    QTest::newRow("unassigned, is assigned") << 1 << true << false;
    QTest::newRow("unassigned, is not") << 1 << false << true;
    QTest::newRow("assignee 5") << 2 << true << true;
    QTest::newRow("assignee 5, unassigned") << 2 << false << false;
    QTest::newRow("tag") << 3 << true << true;
    QTest::newRow("queue") << 4 << true << false;
}

void TestTicketQuery::matches()
{
    QFETCH(int, filter);
    QFETCH(bool, assigned);
    QFETCH(bool, expected);
    Ticket t = ticket(1);
    t.tags = { QStringLiteral("vip"), QStringLiteral("php") };
    t.queueId = QueueId(1);
    if (assigned)
        t.assigneeId = UserId(5);
    TicketQuery query;
    switch (filter) {
    case 0:
        query.statuses = { TicketStatus::Open, TicketStatus::Pending };
        break;
    case 1:
        query.assignee = IdFilter<UserId>::isNull();
        break;
    case 2:
        query.assignee = IdFilter<UserId>::equals(UserId(5));
        break;
    case 3:
        query.tag = QStringLiteral(" vip ");
        break;
    case 4:
        query.queue = IdFilter<QueueId>::equals(QueueId(2));
        break;
    }
    QCOMPARE(query.matches(t), expected);
}

void TestTicketQuery::ordersLikeTheServer()
{
    TicketQuery query; // updatedAt desc, then id desc
    const Ticket older = ticket(1);
    Ticket newer = ticket(2);
    QVERIFY(query.lessThan(newer, older));
    newer.updatedAt = older.updatedAt; // a tie: the id decides, in the same direction
    QVERIFY(query.lessThan(newer, older));
    QVERIFY(!query.lessThan(older, older));

    query.sortField = TicketSortField::Status;
    query.sortOrder = Qt::AscendingOrder;
    QVERIFY(query.lessThan(ticket(9, TicketStatus::New), ticket(1, TicketStatus::Closed)));

    query.sortField = TicketSortField::Subject;
    Ticket a = ticket(1);
    Ticket b = ticket(2);
    a.subject = QStringLiteral("\uFB01 ligature"); // U+FB01 sorts before U+1F600 in UTF-8
    b.subject = QString::fromUcs4(U"\U0001F600 emoji");
    QVERIFY(query.lessThan(a, b));
}

void TestTicketQuery::wireForm()
{
    TicketQuery query;
    query.statuses = { TicketStatus::New };
    query.assignee = IdFilter<UserId>::isNull();
    query.customer = IdFilter<CustomerId>::equals(CustomerId(3));
    query.sortField = TicketSortField::Priority;
    query.sortOrder = Qt::AscendingOrder;
    const QJsonObject params = query.listParams(200, 100);
    const QJsonObject filter = params.value(QLatin1String("filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("status")).toArray(), QJsonArray { QStringLiteral("new") });
    QVERIFY(filter.value(QLatin1String("assigneeId")).isNull());
    QCOMPARE(filter.value(QLatin1String("customerId")).toInteger(), 3);
    QVERIFY(!filter.contains(QLatin1String("queueId")));
    QCOMPARE(
        params.value(QLatin1String("sort")).toObject().value(QLatin1String("field")).toString(),
        QStringLiteral("priority"));
    QCOMPARE(
        params.value(QLatin1String("sort")).toObject().value(QLatin1String("order")).toString(),
        QStringLiteral("asc"));
    QCOMPARE(params.value(QLatin1String("offset")).toInteger(), 200);
    QVERIFY(TicketQuery().listParams(0, 1).value(QLatin1String("filter")).isUndefined());
}

// A saved view (issue 12) is stored as filterJson() + sortJson() and read back as the same
// query.
void TestTicketQuery::savedViewRoundTrip()
{
    TicketQuery query;
    query.statuses = { TicketStatus::New, TicketStatus::Pending };
    query.queue = IdFilter<QueueId>::isNull();
    query.assignee = IdFilter<UserId>::equals(UserId(7));
    query.customer = IdFilter<CustomerId>::equals(CustomerId(3));
    query.requester = UserId(9);
    query.tag = QStringLiteral("dns");
    query.sortField = TicketSortField::Priority;
    query.sortOrder = Qt::AscendingOrder;
    const TicketQuery back = TicketQuery::fromJson(query.filterJson(), query.sortJson());
    QVERIFY(back == query);
    QVERIFY(back.sortField == TicketSortField::Priority);
    QCOMPARE(back.sortOrder, Qt::AscendingOrder);
    // Empty objects: every ticket, the server's default order.
    QVERIFY(TicketQuery::fromJson({}, {}) == TicketQuery());
}

QTEST_GUILESS_MAIN(TestTicketQuery)
#include "tst_ticketquery.moc"
