// SPDX-License-Identifier: GPL-3.0-or-later
// Queues, views and presence in the real client (issue 12), offscreen, against the real server
// with the demo data: Sam's views list has his queues (Support, Billing; not Abuse) with live
// counts and a saved view of his own whose count follows new tickets; the lead sets up a new
// queue in the queue administration dialog (kind, round robin, members, archive); the status
// bar shows the user's presence.
#include "clientharness.h"
#include "mainwindow.h"
#include "personalviews.h"
#include "presencebook.h"
#include "queuesdialog.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "teammenu.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 8000;

QStringList viewTexts(MainWindow& window)
{
    QStringList texts;
    QListWidget* list = window.viewsPanel()->viewList();
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

bool anyStartsWith(const QStringList& texts, const QString& start)
{
    return std::any_of(
        texts.cbegin(), texts.cend(), [&start](const QString& t) { return t.startsWith(start); });
}

QJsonObject queueNamed(RawClient& client, const QString& name)
{
    for (const QJsonValue& item : client.result(QStringLiteral("queue.list"), {}).value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("name")).toString() == name)
            return item.toObject();
    }
    return {};
}
} // namespace

class TestTeamUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueViewsWithCounts();
    void savedViewFollowsNewTickets();
    void presenceInTheStatusBar();
    void leadSetsUpAQueue();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_samConnection;
    std::unique_ptr<MainWindow> m_sam;
    RawClient m_admin;
};

void TestTeamUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_samConnection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_samConnection);
    m_sam = std::make_unique<MainWindow>(m_samConnection.get());
    m_sam->show();
    QVERIFY(m_admin.connectAndLogin(m_server.port(), QStringLiteral("admin"), kDemoPassword));
}

void TestTeamUi::cleanupTestCase()
{
    m_sam.reset();
    m_samConnection.reset();
}

void TestTeamUi::queueViewsWithCounts()
{
    const qint64 open = m_admin.result(QStringLiteral("ticket.list"),
        { { QStringLiteral("filter"), QJsonObject { { QStringLiteral("queueId"), 1 },
                { QStringLiteral("status"), QJsonArray { QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending") } } } },
            { QStringLiteral("limit"), 1 } }).value(QStringLiteral("total")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(viewTexts(*m_sam).contains(QStringLiteral("Support  (%1)").arg(open)), kTimeout);
    const QStringList texts = viewTexts(*m_sam);
    QVERIFY(anyStartsWith(texts, QStringLiteral("Billing")));
    QVERIFY(!anyStartsWith(texts, QStringLiteral("Abuse")));
    // A new Support ticket: the count follows.
    m_admin.result(QStringLiteral("ticket.create"), { { QStringLiteral("subject"), QStringLiteral("Support count") },
        { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("queueId"), 1 } });
    QTRY_VERIFY_WITH_TIMEOUT(viewTexts(*m_sam).contains(QStringLiteral("Support  (%1)").arg(open + 1)), kTimeout);
}

void TestTeamUi::savedViewFollowsNewTickets()
{
    SavedViewsPanel* views = m_sam->viewsPanel();
    views->selectView(views->viewCount() - 1);
    views->findChild<QLineEdit*>(QStringLiteral("tagFilter"))->setText(QStringLiteral("zebra"));
    views->saveCurrentView(QStringLiteral("Zebra tickets"));
    QTRY_VERIFY_WITH_TIMEOUT(viewTexts(*m_sam).contains(QStringLiteral("Zebra tickets  (0)")), kTimeout);
    m_admin.result(QStringLiteral("ticket.create"), { { QStringLiteral("subject"), QStringLiteral("Striped") },
        { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("tags"), QJsonArray { QStringLiteral("zebra") } } });
    QTRY_VERIFY_WITH_TIMEOUT(viewTexts(*m_sam).contains(QStringLiteral("Zebra tickets  (1)")), kTimeout);
    // Stored on the server, for Sam only.
    QCOMPARE(views->personalViews()->views().size(), 1);
    QCOMPARE(views->personalViews()->views().first().query.tag, QStringLiteral("zebra"));
    QVERIFY(m_admin.result(QStringLiteral("view.list"), {}).value(QStringLiteral("items")).toArray().isEmpty());
}

void TestTeamUi::presenceInTheStatusBar()
{
    auto* label = m_sam->findChild<QLabel*>(QStringLiteral("presenceLabel"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("You are online")), kTimeout);
    m_sam->teamMenu()->presence()->setMyStatus(QStringLiteral("away"), true);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("You are away")), kTimeout);
    const QJsonArray items = m_admin.result(QStringLiteral("presence.list"), {}).value(QStringLiteral("items")).toArray();
    bool away = false;
    for (const QJsonValue& item : items)
        away = away || (item.toObject().value(QStringLiteral("userId")).toInteger() == m_samConnection->currentUser()->id.value()
                   && item.toObject().value(QStringLiteral("presence")) == QLatin1String("away"));
    QVERIFY(away);
    m_sam->teamMenu()->presence()->setMyStatus(QStringLiteral("online"), true);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("You are online")), kTimeout);
}

// The lead opens Team → Queues…, writes a new queue with Sam as member, and archives it.
void TestTeamUi::leadSetsUpAQueue()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(connection);
    MainWindow window(connection.get());
    window.show();
    window.teamMenu()->openQueues();
    QueuesDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QueuesDialog*>()) && dialog->isVisible(), kTimeout);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("queueList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, kTimeout); // the lead leads Support, Billing, Abuse
    dialog->findChild<QPushButton*>(QStringLiteral("newQueueButton"))->click();
    dialog->findChild<QLineEdit*>(QStringLiteral("queueName"))->setText(QStringLiteral("Domains"));
    dialog->findChild<QComboBox*>(QStringLiteral("queueKind"))->setCurrentIndex(1); // billing
    dialog->findChild<QComboBox*>(QStringLiteral("assignMode"))->setCurrentIndex(1); // round robin
    auto* members = dialog->findChild<QTableWidget*>(QStringLiteral("queueMembers"));
    const qint64 sam = m_samConnection->currentUser()->id.value();
    for (int row = 0; row < members->rowCount(); ++row) {
        if (members->item(row, 0)->data(Qt::UserRole).toLongLong() == sam)
            members->item(row, 1)->setCheckState(Qt::Checked);
    }
    dialog->findChild<QPushButton*>(QStringLiteral("saveQueueButton"))->click();
    QJsonObject stored;
    QTRY_VERIFY_WITH_TIMEOUT((stored = queueNamed(m_admin, QStringLiteral("Domains"))).value(QStringLiteral("members")).toArray().size() == 2, kTimeout);
    QCOMPARE(stored.value(QStringLiteral("kind")).toString(), QStringLiteral("billing"));
    QCOMPARE(stored.value(QStringLiteral("assignMode")).toString(), QStringLiteral("round_robin"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 4, kTimeout); // queue.changed reached the dialog
    // Sam's views list offers it at once.
    QTRY_VERIFY_WITH_TIMEOUT(viewTexts(*m_sam).contains(QStringLiteral("Domains  (0)")), kTimeout);
    // Archived from the dialog: gone from Sam's views.
    dialog->findChild<QCheckBox*>(QStringLiteral("queueArchived"))->setChecked(true);
    dialog->findChild<QPushButton*>(QStringLiteral("saveQueueButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(queueNamed(m_admin, QStringLiteral("Domains")).value(QStringLiteral("archived")).toBool(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!anyStartsWith(viewTexts(*m_sam), QStringLiteral("Domains")), kTimeout);
    dialog->close();
}

QTEST_MAIN(TestTeamUi)
#include "tst_teamui.moc"
