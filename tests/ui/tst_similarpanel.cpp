// SPDX-License-Identifier: GPL-3.0-or-later
// "Similar tickets" beside an open ticket (issue 11): the earlier ticket about the same
// problem is listed with its subject, status and date; one click opens it; "Link" links it to
// the open ticket (the server then stops suggesting it). Customers have no such list.
#include "clientharness.h"
#include "conversationmodel.h"
#include "mainwindow.h"
#include "rawclient.h"
#include "similartickets.h"
#include "ticketpane.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 15000;
} // namespace

class TestSimilarPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOpensAndLinks();
    void customersHaveNoList();

private:
    qint64 create(const QString& subject, const QString& body);

    TestServer m_server;
    RawClient m_lead;
};

void TestSimilarPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_lead.connectAndLogin(m_server.port(), QStringLiteral("lead"), kDemoPassword));
}

qint64 TestSimilarPanel::create(const QString& subject, const QString& body)
{
    return m_lead
        .result(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body },
                { QStringLiteral("customerId"), 1 } })
        .value(QLatin1String("id"))
        .toInteger();
}

void TestSimilarPanel::listsOpensAndLinks()
{
    const qint64 earlier = create(QStringLiteral("Memcached evictions on tungsten9"),
        QStringLiteral("Memcached on tungsten9 evicts keys every minute since Friday."));
    const qint64 now = create(QStringLiteral("Memcached evictions again on tungsten9"),
        QStringLiteral("tungsten9 memcached evicts keys again."));
    QVERIFY(earlier > 0 && now > earlier);

    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), nullptr);
    window.show();
    window.openTicket(TicketId(now));
    SimilarTicketsPanel* panel = window.ticketPane()->similarPanel();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownIds().contains(TicketId(earlier)), kTimeout);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->shownIds().first(), TicketId(earlier));
    QVERIFY(!panel->shownIds().contains(TicketId(now)));

    auto* row = panel->findChild<QWidget*>(QStringLiteral("similarTicket%1").arg(earlier));
    QVERIFY(row);
    auto* open = row->findChild<QPushButton*>(QStringLiteral("similarOpen"));
    auto* details = row->findChild<QLabel*>(QStringLiteral("similarDetails"));
    auto* link = row->findChild<QPushButton*>(QStringLiteral("similarLink"));
    QVERIFY(open && details && link);
    QCOMPARE(open->toolTip(), QStringLiteral("#%1 Memcached evictions on tungsten9").arg(earlier));
    QVERIFY(!open->text().isEmpty());
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QVERIFY2(details->text().startsWith(QStringLiteral("New · ")), qPrintable(details->text()));

    // Link: the server records it both ways, and the list no longer offers it.
    QTest::mouseClick(link, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->shownIds().contains(TicketId(earlier)), kTimeout);
    const QJsonArray links = m_lead.result(QStringLiteral("ticket.get"),
        QJsonObject { { QStringLiteral("id"), now } }).value(QLatin1String("links")).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(QLatin1String("id")).toInteger(), earlier);

    // One click opens a suggestion: unlink, wait for it to come back, click it.
    QVERIFY(m_lead.call(QStringLiteral("ticket.unlink"),
        QJsonObject { { QStringLiteral("id"), now }, { QStringLiteral("otherId"), earlier } })
            .contains(QLatin1String("result")));
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownIds().contains(TicketId(earlier)), kTimeout);
    row = panel->findChild<QWidget*>(QStringLiteral("similarTicket%1").arg(earlier));
    QVERIFY(row && row->isVisible());
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("similarOpen")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.ticketPane()->ticketId(), TicketId(earlier), kTimeout);
}

void TestSimilarPanel::customersHaveNoList()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ivana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), nullptr);
    window.show();
    window.openTicket(TicketId(7));
    QTRY_VERIFY_WITH_TIMEOUT(window.ticketPane()->conversation()->ticket().has_value(), kTimeout);
    QVERIFY(!window.ticketPane()->similarPanel());
}

QTEST_MAIN(TestSimilarPanel)
#include "tst_similarpanel.moc"
