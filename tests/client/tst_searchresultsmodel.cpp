// SPDX-License-Identifier: GPL-3.0-or-later
// SearchResultsModel against the real server: one row per ticket (however many of its
// messages match), highlight ranges that point at the matched words, filters applied by the
// server, pushed changes reflected in the rows.
#include "clientharness.h"
#include "searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 15000;

bool addMessage(Connection& connection, TicketId ticket, const QString& body)
{
    return callSync(connection, QStringLiteral("message.add"),
        { { QStringLiteral("ticketId"), ticket.value() }, { QStringLiteral("body"), body } })
        .ok();
}

int rowOf(const SearchResultsModel& model, TicketId id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(SearchResultsModel::TicketIdRole).toLongLong() == id.value())
            return row;
    }
    return -1;
}

bool searchDone(SearchResultsModel& model, const TicketSearch& search)
{
    QSignalSpy finished(&model, &SearchResultsModel::finished);
    model.setSearch(search);
    return finished.wait(kTimeout) && !model.lastError();
}

} // namespace

class TestSearchResultsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneRowPerTicketWithHighlights();
    void filtersNarrowOnTheServer();
    void pushesUpdateRows();
    void highlightRangesAreSanitised();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_agent;
    Ticket m_many; // the word in its subject and three messages
    Ticket m_once; // the word in one message
};

void TestSearchResultsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(m_agent);
    m_many = createTicket(*m_agent, QStringLiteral("Quokkaville mailbox full"), {},
        QStringLiteral("The quokkaville mailbox bounces."));
    QVERIFY(m_many.id.isValid());
    QVERIFY(addMessage(*m_agent, m_many.id, QStringLiteral("Still QUOKKAVILLE, still full.")));
    QVERIFY(addMessage(*m_agent, m_many.id, QStringLiteral("Quokkaville mailbox emptied.")));
    m_once = createTicket(*m_agent, QStringLiteral("Printer jam"), {},
        QStringLiteral("Paper jam on the second floor."));
    QVERIFY(m_once.id.isValid());
    QVERIFY(addMessage(
        *m_agent, m_once.id, QStringLiteral("Also the printer near Quokkaville room jams.")));
}

void TestSearchResultsModel::oneRowPerTicketWithHighlights()
{
    SearchResultsModel model(m_agent.get());
    QAbstractItemModelTester tester(&model);
    TicketSearch search;
    search.text = QStringLiteral("quokkaville");
    QVERIFY(searchDone(model, search));
    QCOMPARE(model.rowCount(), 2);
    const int many = rowOf(model, m_many.id);
    const int once = rowOf(model, m_once.id);
    QVERIFY(many >= 0 && once >= 0);
    QVERIFY(many < once); // subject hits first, as the server orders them
    QVERIFY(model.index(many, 0).data(SearchResultsModel::HitsRole).toInt() >= 3);
    QCOMPARE(model.index(once, SearchResultsModel::SubjectColumn).data().toString(),
        QStringLiteral("Printer jam"));
    for (const int row : { many, once }) {
        const QString snippet
            = model.index(row, 0).data(SearchResultsModel::SnippetRole).toString();
        const QVariantList ranges
            = model.index(row, 0).data(SearchResultsModel::HighlightsRole).toList();
        QVERIFY2(!ranges.isEmpty(), qPrintable(snippet));
        for (const QVariant& range : ranges) {
            const QPoint r = range.toPoint();
            QCOMPARE(snippet.mid(r.x(), r.y()).toLower(), QStringLiteral("quokkaville"));
        }
    }
    QVERIFY(model.index(once, 0)
                .data(SearchResultsModel::SnippetRole)
                .toString()
                .contains(QStringLiteral("printer near Quokkaville")));
}

void TestSearchResultsModel::filtersNarrowOnTheServer()
{
    QVERIFY(updateTicket(*m_agent, m_once.id,
        { { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("queueId"), 2 } }));
    SearchResultsModel model(m_agent.get());
    TicketSearch search;
    search.text = QStringLiteral("quokkaville");
    search.statuses = { TicketStatus::Resolved };
    QVERIFY(searchDone(model, search));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.ticketAt(0)->id, m_once.id);

    search.statuses.clear();
    search.queue = QueueId(2);
    QVERIFY(searchDone(model, search));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.ticketAt(0)->id, m_once.id);

    search.queue.reset();
    search.since = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(searchDone(model, search));
    QCOMPARE(model.rowCount(), 0);

    search.since = QDateTime::currentDateTimeUtc().addDays(-1);
    search.until = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(searchDone(model, search));
    QCOMPARE(model.rowCount(), 2);
}

void TestSearchResultsModel::pushesUpdateRows()
{
    SearchResultsModel model(m_agent.get());
    TicketSearch search;
    search.text = QStringLiteral("quokkaville mailbox");
    QVERIFY(searchDone(model, search));
    QCOMPARE(model.rowCount(), 1);
    auto other = connectAs(m_server.port(), QStringLiteral("ivan"));
    QVERIFY(other);
    QVERIFY(updateTicket(
        *other, m_many.id, { { QStringLiteral("status"), QStringLiteral("pending") } }));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(SearchResultsModel::StatusRole).toString(),
        QStringLiteral("pending"), kTimeout);
}

void TestSearchResultsModel::highlightRangesAreSanitised()
{
    const QVector<QPair<int, int>> ranges { { 8, 4 }, { -3, 5 }, { 2, 3 }, { 10, 100 }, { 30, 2 },
        { 5, 0 } };
    const QVector<QPair<int, int>> expected { { 0, 5 }, { 8, 12 } };
    QCOMPARE(normalisedHighlights(ranges, 20), expected);
    QVERIFY(normalisedHighlights({ { 0x7fffffff, 0x7fffffff } }, 20).isEmpty());
}

QTEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
