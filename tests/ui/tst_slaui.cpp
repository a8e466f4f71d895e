// SPDX-License-Identifier: GPL-3.0-or-later
// The SLA in the real client (offscreen, lead Lena Fischer) against the real server with the
// demo data: the SLA policies dialog saves a policy the server then applies, the ticket list's
// Due column shows the time left in colour with the target in its tooltip, the views
// "Breaching within 1 hour" and "Overdue" list the right tickets, and an sla.alert becomes a
// tray notification.
#include "chipdelegate.h"
#include "clientharness.h"
#include "composer.h"
#include "ticketpane.h"
#include "timespentfield.h"
#include "duetext.h"
#include "connection.h"
#include "mainwindow.h"
#include "savedviewspanel.h"
#include "slaadminmenu.h"
#include "slaalertnotifier.h"
#include "slapoliciesdialog.h"
#include "ticketlistmodel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 5000;
constexpr int kBreachingView = 3; // after My open, Unassigned, All open
constexpr int kOverdueView = 4;
} // namespace

class TestSlaUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void policiesDialogSaves();
    void dueColumnAndViews();
    void alertBecomesNotification();
    void composerAsksForTimeSpent();

private:
    int rowOf(TicketId id) const { return m_window->ticketModel()->rowOf(id); }

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_support = 0;
};

void TestSlaUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server.setServeArguments({ QStringLiteral("--sla-sweep-interval-ms"), QStringLiteral("300") });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    const CallResult queues = callSync(*m_connection, QStringLiteral("queue.list"), {});
    for (const QJsonValue& queue : queues.result.toObject().value(QLatin1String("items")).toArray()) {
        if (queue.toObject().value(QLatin1String("name")) == QLatin1String("Support"))
            m_support = queue.toObject().value(QLatin1String("id")).toInteger();
    }
    QVERIFY(m_support > 0);
}

void TestSlaUi::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
}

void TestSlaUi::policiesDialogSaves()
{
    auto* menu = m_window->findChild<SlaAdminMenu*>();
    QVERIFY(menu);
    QVERIFY(menu->menuAction()->isVisible()); // a lead
    SlaPoliciesDialog* dialog = menu->openPolicies();
    QVERIFY(dialog);
    QSignalSpy saved(dialog, &SlaPoliciesDialog::saved);
    auto* queue = dialog->findChild<QComboBox*>(QStringLiteral("queue"));
    QTRY_VERIFY_WITH_TIMEOUT(queue->findData(m_support) >= 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QComboBox*>(QStringLiteral("calendar"))->count() > 0, kTimeout);
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Support office"));
    queue->setCurrentIndex(queue->findData(m_support));
    dialog->findChild<QSpinBox*>(QStringLiteral("firstResponse"))->setValue(30);
    dialog->findChild<QSpinBox*>(QStringLiteral("resolution"))->setValue(600);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 1, kTimeout);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Support office"));

    const CallResult list = callSync(*m_connection, QStringLiteral("slaPolicy.list"), {});
    const QJsonObject policy = list.result.toObject().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(policy.value(QLatin1String("queueId")).toInteger(), m_support);
    QCOMPARE(policy.value(QLatin1String("firstResponseMinutes")).toInt(), 30);
    QVERIFY(policy.value(QLatin1String("nextResponseMinutes")).isNull()); // left at "No target"
    QCOMPARE(policy.value(QLatin1String("resolutionMinutes")).toInt(), 600);
    dialog->close();
}

void TestSlaUi::dueColumnAndViews()
{
    const CallResult created = callSync(*m_connection, QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Backup job failed") },
            { QStringLiteral("body"), QStringLiteral("Since last night.") },
            { QStringLiteral("queueId"), m_support } });
    QVERIFY(created.ok());
    const TicketId id(created.result.toObject().value(QLatin1String("id")).toInteger());
    SavedViewsPanel* views = m_window->viewsPanel();
    TicketListModel* model = m_window->ticketModel();

    views->selectView(kBreachingView); // first response due in 30 minutes
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, kTimeout);
    const QModelIndex due = model->index(rowOf(id), TicketListModel::DueColumn);
    QVERIFY2(due.data().toString().contains(QLatin1String("left")), qPrintable(due.data().toString()));
    QCOMPARE(due.data(TicketListModel::DueUrgencyRole).toInt(), int(DueUrgency::Soon)); // within the hour
    QCOMPARE(ChipDelegate::dueColour(due.data(TicketListModel::DueUrgencyRole).toInt()), QColor(0xe6, 0x51, 0x00));
    QVERIFY2(due.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("First response due")),
        qPrintable(due.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model->headerData(TicketListModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));

    views->selectView(kOverdueView); // nothing of ours is overdue yet
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), kTimeout);
    QTest::qWait(300);
    QCOMPARE(rowOf(id), -1);

    // Answered, the first response is met: only the resolution (10 h) remains, not within the hour.
    QVERIFY(callSync(*m_connection, QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), double(id.value()) },
            { QStringLiteral("body"), QStringLiteral("Looking into it.") } }).ok());
    views->selectView(kBreachingView);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), kTimeout);
    QTest::qWait(300);
    QCOMPARE(rowOf(id), -1);
    views->selectView(views->viewCount() - 1); // All tickets
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, kTimeout);
    const QModelIndex later = model->index(rowOf(id), TicketListModel::DueColumn);
    QVERIFY2(later.data().toString().contains(QLatin1String("9 h")), qPrintable(later.data().toString()));
    QCOMPARE(later.data(TicketListModel::DueUrgencyRole).toInt(), int(DueUrgency::Normal));
    QVERIFY(!ChipDelegate::dueColour(int(DueUrgency::Normal)).isValid());
}

void TestSlaUi::alertBecomesNotification()
{
    auto* notifier = m_window->findChild<SlaAlertNotifier*>();
    QVERIFY(notifier);
    QSignalSpy shown(notifier, &SlaAlertNotifier::shown);
    // The lead leads Support in the demo data: a new urgent ticket there alerts her at once.
    QVERIFY(callSync(*m_connection, QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("All sites down") },
            { QStringLiteral("body"), QStringLiteral("Nothing answers.") },
            { QStringLiteral("queueId"), m_support }, { QStringLiteral("priority"), QStringLiteral("urgent") } })
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kTimeout);
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("New urgent ticket"));
    QVERIFY(shown.first().at(1).toString().contains(QLatin1String("All sites down")));
}

void TestSlaUi::composerAsksForTimeSpent()
{
    const CallResult created = callSync(*m_connection, QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Invoice twice") },
            { QStringLiteral("body"), QStringLiteral("Charged two times.") },
            { QStringLiteral("queueId"), m_support } });
    const TicketId id(created.result.toObject().value(QLatin1String("id")).toInteger());
    QVERIFY(callSync(*m_connection, QStringLiteral("timeSpent.configure"),
        QJsonObject { { QStringLiteral("queueId"), m_support }, { QStringLiteral("required"), true } })
                .ok());
    m_window->openTicket(id);
    Composer* composer = m_window->ticketPane()->composer();
    auto* field = composer->findChild<TimeSpentField*>();
    QVERIFY(field);
    QTRY_VERIFY_WITH_TIMEOUT(!field->isHidden(), kTimeout);
    field->setMinutes(12);
    composer->findChild<QPlainTextEdit*>(QStringLiteral("composerEditor"))->setPlainText(QStringLiteral("Refunded one."));
    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(getTicket(*m_connection, id)->ticket.timeSpentMinutes, qint64(12), kTimeout);
    QCOMPARE(field->minutes(), 0); // ready for the next reply

    // A queue that does not ask: no field.
    QVERIFY(callSync(*m_connection, QStringLiteral("timeSpent.configure"),
        QJsonObject { { QStringLiteral("queueId"), m_support }, { QStringLiteral("required"), false } })
                .ok());
    m_window->openTicket(TicketId(1));
    m_window->openTicket(id);
    QTRY_VERIFY_WITH_TIMEOUT(field->isHidden(), kTimeout);
}

QTEST_MAIN(TestSlaUi)
#include "tst_slaui.moc"
