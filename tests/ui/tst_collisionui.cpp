// SPDX-License-Identifier: GPL-3.0-or-later
// Collision warnings in the real client (issue 12), offscreen, against the real server: two
// agents' windows on one ticket show each other viewing and typing, live; a reply sent over
// a customer's newer message opens the warning, which either sends it anyway or gives the
// draft back. The customer (Nina) acts on a raw JSON-RPC socket.
#include "clientharness.h"
#include "collisionbar.h"
#include "collisiondialog.h"
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "directorycache.h"
#include "mainwindow.h"
#include "outbox.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "ticketcollision.h"
#include "ticketpane.h"

#include <QApplication>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 8000;

qint64 idOf(const QJsonValue& object)
{
    return object.toObject().value(QStringLiteral("id")).toInteger();
}

CollisionDialog* openDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<CollisionDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
} // namespace

class TestCollisionUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void viewingAndTypingAcrossTwoClients();
    void warningGivesTheDraftBack();
    void warningSendsAnyway();

private:
    TicketId customerTicket(const QString& subject);
    void open(MainWindow& window, TicketId id);
    void customerWrites(TicketId id, const QString& body);
    QJsonArray messages(TicketId id);

    TestServer m_server;
    std::unique_ptr<Connection> m_samConnection;
    std::unique_ptr<Connection> m_anaConnection;
    std::unique_ptr<MainWindow> m_sam;
    std::unique_ptr<MainWindow> m_ana;
    RawClient m_nina;
};

void TestCollisionUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_samConnection = connectAs(m_server.port(), QStringLiteral("sam"));
    m_anaConnection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(m_samConnection && m_anaConnection);
    m_sam = std::make_unique<MainWindow>(m_samConnection.get());
    m_ana = std::make_unique<MainWindow>(m_anaConnection.get());
    m_sam->show();
    m_ana->show();
    QVERIFY(m_nina.connectAndLogin(m_server.port(), QStringLiteral("nina"), kDemoPassword));
}

void TestCollisionUi::cleanupTestCase()
{
    m_sam.reset();
    m_ana.reset();
    m_samConnection.reset();
    m_anaConnection.reset();
}

TicketId TestCollisionUi::customerTicket(const QString& subject)
{
    return TicketId(m_nina.result(QStringLiteral("ticket.create"),
                              { { QStringLiteral("subject"), subject },
                                  { QStringLiteral("body"), QStringLiteral("Please help.") } })
                        .value(QStringLiteral("id"))
                        .toInteger());
}

void TestCollisionUi::open(MainWindow& window, TicketId id)
{
    window.openTicket(id);
    ConversationModel* conversation = window.ticketPane()->conversation();
    QVERIFY(QTest::qWaitFor(
        [&] { return conversation->ticket() && conversation->ticket()->id == id; }, kTimeout));
}

void TestCollisionUi::customerWrites(TicketId id, const QString& body)
{
    m_nina.result(QStringLiteral("message.add"),
        { { QStringLiteral("ticketId"), double(id.value()) }, { QStringLiteral("body"), body } });
}

QJsonArray TestCollisionUi::messages(TicketId id)
{
    return m_nina.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(id.value()) } })
        .value(QStringLiteral("messages"))
        .toArray();
}

void TestCollisionUi::viewingAndTypingAcrossTwoClients()
{
    const TicketId id = customerTicket(QStringLiteral("Two agents, one ticket"));
    QVERIFY(id.isValid());
    auto* samBar = m_sam->ticketPane()->findChild<CollisionBar*>(QStringLiteral("collisionLabel"));
    QVERIFY(samBar);
    open(*m_sam, id);
    QVERIFY(samBar->isHidden());
    open(*m_ana, id);
    const QString ana = m_sam->findChild<DirectoryCache*>()->userName(m_anaConnection->currentUser()->id);
    QVERIFY(!ana.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(samBar->text(), QStringLiteral("%1 is viewing").arg(ana), kTimeout);
    QVERIFY(samBar->isVisible());
    // Ana types a reply: Sam sees it.
    m_ana->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ana.get()));
    QPlainTextEdit* editor = m_ana->ticketPane()->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Checking the mail server"));
    QTRY_COMPARE_WITH_TIMEOUT(samBar->text(), QStringLiteral("%1 is typing…").arg(ana), kTimeout);
    // Ana moves on: Sam is alone again.
    editor->clear();
    m_ana->openTicket(TicketId());
    QTRY_VERIFY_WITH_TIMEOUT(samBar->isHidden(), kTimeout);
}

// Sam writes; Nina writes meanwhile; Send opens the warning with her words; "Back to my
// draft" puts the reply back, and it goes out on the next Send.
void TestCollisionUi::warningGivesTheDraftBack()
{
    const TicketId id = customerTicket(QStringLiteral("Collision: back to the draft"));
    open(*m_sam, id);
    m_sam->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_sam.get()));
    Composer* composer = m_sam->ticketPane()->composer();
    composer->editor()->setFocus();
    QTest::keyClicks(composer->editor(), QStringLiteral("Please restart your router."));
    customerWrites(id, QStringLiteral("Fixed it myself, thanks!"));
    ConversationModel* conversation = m_sam->ticketPane()->conversation();
    const qint64 ninas = idOf(messages(id).last());
    QTRY_COMPARE_WITH_TIMEOUT(conversation->latestMessageId(), ninas, kTimeout);
    composer->send();
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(), kTimeout);
    CollisionDialog* dialog = openDialog();
    auto* shown = dialog->findChild<QPlainTextEdit*>(QStringLiteral("collisionMessages"));
    QVERIFY(shown->toPlainText().contains(QStringLiteral("Fixed it myself, thanks!")));
    dialog->findChild<QPushButton*>(QStringLiteral("backToDraftButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!openDialog(), kTimeout);
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("Please restart your router."));
    QCOMPARE(messages(id).size(), 2); // nothing of Sam's yet
    auto* outbox = m_sam->findChild<Outbox*>();
    QVERIFY(outbox && outbox->entriesFor(id).isEmpty());
    // Seen now: the next Send goes through.
    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(messages(id).size(), 3, kTimeout);
    QCOMPARE(messages(id).last().toObject().value(QStringLiteral("body")).toString(),
        QStringLiteral("Please restart your router."));
}

void TestCollisionUi::warningSendsAnyway()
{
    const TicketId id = customerTicket(QStringLiteral("Collision: send anyway"));
    open(*m_sam, id);
    Composer* composer = m_sam->ticketPane()->composer();
    composer->editor()->setFocus();
    QTest::keyClicks(composer->editor(), QStringLiteral("Your quota is raised."));
    customerWrites(id, QStringLiteral("Also, can you raise my quota?"));
    const qint64 ninas = idOf(messages(id).last());
    QTRY_COMPARE_WITH_TIMEOUT(m_sam->ticketPane()->conversation()->latestMessageId(), ninas, kTimeout);
    composer->send();
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(), kTimeout);
    openDialog()->findChild<QPushButton*>(QStringLiteral("sendAnywayButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(messages(id).size(), 3, kTimeout);
    QCOMPARE(messages(id).last().toObject().value(QStringLiteral("body")).toString(),
        QStringLiteral("Your quota is raised."));
}

QTEST_MAIN(TestCollisionUi)
#include "tst_collisionui.moc"
