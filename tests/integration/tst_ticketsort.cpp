// SPDX-License-Identifier: GPL-3.0-or-later
// ticket.list grouped by assignee or queue (docs/protocol.md, sort.field assigneeId/queueId):
// no assignee / no queue first ascending and last descending, ties by id in the same
// direction, the same order on every backend and across pages.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

class TestTicketSort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupedOrder_data();
    void groupedOrder();

private:
    QJsonArray list(const QString& field, const QString& order, int offset, int limit);

    TestServer m_server;
    std::unique_ptr<TestClient> m_lead;
};

void TestTicketSort::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(m_lead && agent);
    // Every combination of no / some assignee and no / some queue, twice, created in an order
    // that is not the grouped one.
    const QJsonValue assignees[] = { QJsonValue(agent->userId()), QJsonValue(),
        QJsonValue(m_lead->userId()) };
    const QJsonValue queues[] = { QJsonValue(3), QJsonValue(), QJsonValue(1) };
    for (int round = 0; round < 2; ++round) {
        for (const QJsonValue& assignee : assignees) {
            for (const QJsonValue& queue : queues) {
                QJsonObject params { { QStringLiteral("subject"), QStringLiteral("Sorted") },
                    { QStringLiteral("body"), QStringLiteral("b") } };
                if (!assignee.isNull())
                    params.insert(QStringLiteral("assigneeId"), assignee);
                if (!queue.isNull())
                    params.insert(QStringLiteral("queueId"), queue);
                HD_EXPECT_OK(m_lead->call(QStringLiteral("ticket.create"), params));
            }
        }
    }
}

QJsonArray TestTicketSort::list(const QString& field, const QString& order, int offset, int limit)
{
    const QJsonObject response = m_lead->call(QStringLiteral("ticket.list"),
        QJsonObject { { QStringLiteral("sort"),
                          QJsonObject { { QStringLiteral("field"), field },
                              { QStringLiteral("order"), order } } },
            { QStringLiteral("offset"), offset }, { QStringLiteral("limit"), limit } });
    return resultOf(response).value(QLatin1String("items")).toArray();
}

void TestTicketSort::groupedOrder_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("assignee") << QStringLiteral("assigneeId");
    QTest::newRow("queue") << QStringLiteral("queueId");
}

void TestTicketSort::groupedOrder()
{
    QFETCH(QString, field);
    const QJsonArray ascending = list(field, QStringLiteral("asc"), 0, 500);
    QCOMPARE(ascending.size(), 18);
    // (key, id) strictly increasing, a missing key (null) as 0: before every real id.
    QVector<QPair<qint64, qint64>> keys;
    for (const QJsonValue& item : ascending) {
        const QJsonObject ticket = item.toObject();
        keys.append({ ticket.value(field).isNull() ? 0 : ticket.value(field).toInteger(),
            ticket.value(QLatin1String("id")).toInteger() });
    }
    for (int i = 1; i < keys.size(); ++i)
        QVERIFY2(keys[i - 1] < keys[i], qPrintable(QStringLiteral("row %1").arg(i)));
    QCOMPARE(keys.first().first, 0);
    QCOMPARE(keys.mid(0, 6).last().first, 0); // all six without one come first
    QVERIFY(keys[6].first > 0);

    // Descending is the exact reverse: the null group last.
    QJsonArray descending = list(field, QStringLiteral("desc"), 0, 500);
    QJsonArray reversed;
    for (qsizetype i = ascending.size() - 1; i >= 0; --i)
        reversed.append(ascending.at(i));
    QCOMPARE(descending, reversed);

    // Pages of four meet without a gap or a repeat.
    QJsonArray paged;
    for (int offset = 0; offset < 18; offset += 4) {
        for (const QJsonValue& item : list(field, QStringLiteral("asc"), offset, 4))
            paged.append(item);
    }
    QCOMPARE(paged, ascending);
}

QTEST_GUILESS_MAIN(TestTicketSort)
#include "tst_ticketsort.moc"
