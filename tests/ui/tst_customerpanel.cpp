// SPDX-License-Identifier: GPL-3.0-or-later
// The customer beside an open ticket (issue 11): organisation, contacts, services, the staff's
// notes as plain text, the customer's other tickets (one activation opens one), and a change
// made by a colleague shown without reopening anything. Customers have no such panel.
#include "clientharness.h"
#include "conversationmodel.h"
#include "customerpanel.h"
#include "mainwindow.h"
#include "rawclient.h"
#include "ticketpane.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 15000;
const TicketId kJadranTicket(7); // demo: "Backup nije napravljen tri dana", Jadran Media
} // namespace

class TestCustomerPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWholeCustomer();
    void customersHaveNoPanel();

private:
    TestServer m_server;
};

void TestCustomerPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCustomerPanel::showsTheWholeCustomer()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), nullptr);
    window.show();
    window.openTicket(kJadranTicket);
    CustomerPanel* panel = window.ticketPane()->customerPanel();
    QVERIFY(panel);
    auto* name = panel->findChild<QLabel*>(QStringLiteral("customerName"));
    auto* contacts = panel->findChild<QLabel*>(QStringLiteral("customerContacts"));
    auto* notes = panel->findChild<QLabel*>(QStringLiteral("customerNotes"));
    auto* services = panel->findChild<QLabel*>(QStringLiteral("customerServices"));
    auto* tickets = panel->findChild<QListWidget*>(QStringLiteral("customerTickets"));
    QVERIFY(name && contacts && notes && services && tickets);
    QTRY_VERIFY_WITH_TIMEOUT(name->text().startsWith(QStringLiteral("Jadran Media")), kTimeout);
    QVERIFY(panel->isVisible());
    QVERIFY(contacts->text().contains(QString::fromUtf8("Ivana Kovač · owner")));
    QVERIFY(!notes->isVisible()); // none yet

    // A colleague adds notes (with markup that must stay text) and a service; the panel
    // follows once the organisation's tickets change.
    RawClient lead;
    QVERIFY(lead.connectAndLogin(m_server.port(), QStringLiteral("lead"), kDemoPassword));
    const qint64 customerId = panel->customerId()->value();
    QVERIFY(!lead.result(QStringLiteral("customer.update"),
                     QJsonObject { { QStringLiteral("id"), customerId },
                         { QStringLiteral("notes"), QStringLiteral("<b>VIP</b>, pays yearly") },
                         { QStringLiteral("services"),
                             QJsonArray { QJsonObject {
                                 { QStringLiteral("kind"), QStringLiteral("domain") },
                                 { QStringLiteral("name"), QStringLiteral("jadran.hr") } } } } })
                     .isEmpty());
    const QJsonObject other = lead.result(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("DNS zone for jadran.hr") },
            { QStringLiteral("body"), QStringLiteral("Please add an MX record.") },
            { QStringLiteral("customerId"), customerId } });
    const qint64 otherId = other.value(QLatin1String("id")).toInteger();
    QVERIFY(otherId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(notes->isVisible(), kTimeout);
    QCOMPARE(notes->textFormat(), Qt::PlainText);
    QCOMPARE(notes->text(), QStringLiteral("<b>VIP</b>, pays yearly"));
    QCOMPARE(services->text(), QStringLiteral("Domain: jadran.hr"));

    // The other tickets, not the one open; activating one opens it.
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < tickets->count(); ++row) {
        QVERIFY(tickets->item(row)->data(Qt::UserRole).toLongLong() != kJadranTicket.value());
        if (tickets->item(row)->data(Qt::UserRole).toLongLong() == otherId)
            item = tickets->item(row);
    }
    QVERIFY(item);
    QVERIFY(item->text().contains(QStringLiteral("DNS zone for jadran.hr")));
    emit tickets->itemActivated(item);
    QTRY_COMPARE_WITH_TIMEOUT(window.ticketPane()->ticketId(), TicketId(otherId), kTimeout);
}

void TestCustomerPanel::customersHaveNoPanel()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ivana"));
    QVERIFY(connection);
    MainWindow window(connection.get(), nullptr);
    window.show();
    window.openTicket(kJadranTicket);
    QTRY_VERIFY_WITH_TIMEOUT(window.ticketPane()->conversation()->ticket().has_value(), kTimeout);
    QVERIFY(!window.ticketPane()->customerPanel());
}

QTEST_MAIN(TestCustomerPanel)
#include "tst_customerpanel.moc"
