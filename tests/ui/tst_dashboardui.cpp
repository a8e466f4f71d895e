// SPDX-License-Identifier: GPL-3.0-or-later
// The lead's dashboard and the customer's rating (issue 15), in the real client offscreen
// against the real server with the demo data: Lena (lead) opens Team > Dashboard; when the
// admin, another client, resolves a ticket the "Resolved" figure moves by one from the pushed
// change (the backstop reload is switched off, so only the push can move it); Oliver
// (customer) rates his resolved ticket in the rating bar and the dashboard's satisfaction
// shows it after a reload; the report exports to CSV and to PDF.
#include "clientharness.h"
#include "dashboarddata.h"
#include "dashboardwindow.h"
#include "mainwindow.h"
#include "rawclient.h"
#include "ratingbar.h"
#include "teammenu.h"

#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 8000;
} // namespace

class TestDashboardUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resolvedCounterMovesWithThePush();
    void customerRatesAResolution();
    void exportsCsvAndPdf();

private:
    qint64 openTicketOf(const QString& requesterLogin);
    void resolve(qint64 ticket);

    TestServer m_server;
    std::unique_ptr<Connection> m_leadConnection;
    std::unique_ptr<MainWindow> m_lead;
    QPointer<DashboardWindow> m_dashboard;
    RawClient m_admin;
    qint64 m_ratedTicket = 0;
};

void TestDashboardUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_admin.connectAndLogin(m_server.port(), QStringLiteral("admin"), kDemoPassword));
    m_leadConnection = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_leadConnection);
    m_lead = std::make_unique<MainWindow>(m_leadConnection.get());
    m_lead->show();
    m_dashboard = m_lead->teamMenu()->openDashboard();
    QVERIFY(m_dashboard);
    m_dashboard->data()->setRefreshInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->data()->isLoaded(), kTimeout);
}

void TestDashboardUi::cleanupTestCase()
{
    m_lead.reset();
    m_leadConnection.reset();
}

// An open demo ticket requested by this user, and its version.
qint64 TestDashboardUi::openTicketOf(const QString& requesterLogin)
{
    const QJsonArray users = m_admin.result(QStringLiteral("user.list"), {}).value(QStringLiteral("items")).toArray();
    qint64 requester = 0;
    for (const QJsonValue& u : users)
        if (u.toObject().value(QStringLiteral("login")).toString() == requesterLogin)
            requester = u.toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray items = m_admin.result(QStringLiteral("ticket.list"),
        { { QStringLiteral("filter"), QJsonObject { { QStringLiteral("status"), QJsonArray { QStringLiteral("open"), QStringLiteral("new") } } } },
            { QStringLiteral("limit"), 100 } }).value(QStringLiteral("items")).toArray();
    for (const QJsonValue& t : items)
        if (t.toObject().value(QStringLiteral("requesterId")).toInteger() == requester)
            return t.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

void TestDashboardUi::resolve(qint64 ticket)
{
    const qint64 version = m_admin.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), ticket } })
                               .value(QStringLiteral("ticket")).toObject().value(QStringLiteral("version")).toInteger();
    QVERIFY(!m_admin.result(QStringLiteral("ticket.update"),
        { { QStringLiteral("id"), ticket }, { QStringLiteral("version"), version },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("status"), QStringLiteral("resolved") } } } })
                 .isEmpty());
}

void TestDashboardUi::resolvedCounterMovesWithThePush()
{
    const qint64 before = m_dashboard->data()->resolved();
    const qint64 backlog = m_dashboard->data()->backlogTotal();
    QCOMPARE(m_dashboard->figureText(QStringLiteral("resolved")), QLocale().toString(before));
    m_ratedTicket = openTicketOf(QStringLiteral("oliver"));
    QVERIFY(m_ratedTicket > 0);
    resolve(m_ratedTicket);
    QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->figureText(QStringLiteral("resolved")), QLocale().toString(before + 1), kTimeout);
    QCOMPARE(m_dashboard->data()->resolved(), before + 1);
    QCOMPARE(m_dashboard->data()->backlogTotal(), backlog - 1);
    // The same figure from the server agrees.
    m_dashboard->data()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->data()->resolved(), before + 1, kTimeout);
}

void TestDashboardUi::customerRatesAResolution()
{
    QVERIFY(m_ratedTicket > 0);
    // The demo's four weeks of ratings are in the figure already: one more good one.
    const QJsonObject csat = m_dashboard->data()->summary().value(QLatin1String("csat")).toObject();
    const double goodRatings = csat.value(QLatin1String("good")).toDouble() + 1;
    const double all = goodRatings + csat.value(QLatin1String("bad")).toDouble();
    const QString expected = QLocale().toString(std::round(1000.0 * goodRatings / all) / 10.0, 'f', 1);
    auto oliverConnection = connectAs(m_server.port(), QStringLiteral("oliver"));
    QVERIFY(oliverConnection);
    MainWindow oliver(oliverConnection.get());
    oliver.show();
    oliver.openTicket(TicketId(m_ratedTicket));
    auto* bar = oliver.findChild<RatingBar*>(QStringLiteral("ratingBar"));
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    auto* good = bar->findChild<QPushButton*>(QStringLiteral("rateGood"));
    QTRY_VERIFY_WITH_TIMEOUT(good && good->isVisible(), kTimeout);
    QTest::mouseClick(good, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!good->isVisible(), kTimeout);
    QCOMPARE(m_admin.result(QStringLiteral("csat.get"), { { QStringLiteral("ticketId"), m_ratedTicket } })
                 .value(QStringLiteral("rating")).toString(), QStringLiteral("good"));
    // The rating reaches the lead's dashboard.
    m_dashboard->data()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->figureText(QStringLiteral("csat")).startsWith(expected), kTimeout);
}

void TestDashboardUi::exportsCsvAndPdf()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(m_dashboard->exportCsv(csvPath));
    QVERIFY(m_dashboard->exportPdf(pdfPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(QStringLiteral("Key figures")));
    QVERIFY(text.contains(QStringLiteral("Per agent")));
    QVERIFY(text.contains(QStringLiteral("Tickets per request type")));
    QVERIFY(text.contains(QStringLiteral("Sam Taylor")));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(!m_dashboard->exportCsv(dir.filePath(QStringLiteral("missing/dir/report.csv"))));
}

QTEST_MAIN(TestDashboardUi)
#include "tst_dashboardui.moc"
