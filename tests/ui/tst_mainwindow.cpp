// SPDX-License-Identifier: GPL-3.0-or-later
// The real client widgets, offscreen, against the real server: log in, open a ticket, reply,
// see another agent's reply arrive by push, save a field beside a colleague's change, create a
// ticket. Conflicting edits of properties: tst_properties.
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "credentialstore.h"
#include "draftstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "newticketdialog.h"
#include "outbox.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "clientharness.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 15000;

int countMessages(Connection& connection, TicketId id, const QString& body)
{
    const auto details = getTicket(connection, id);
    if (!details)
        return -1;
    int count = 0;
    for (const Message& message : details->messages)
        count += message.body == body ? 1 : 0;
    return count;
}
// Fills the login dialog as a user would and presses "Log in" (nothing is remembered).
void submitLogin(LoginDialog& dialog, quint16 port, const QString& login, const QString& password)
{
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("server"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(port));
    dialog.findChild<QLineEdit*>(QStringLiteral("login"))->setText(login);
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    dialog.findChild<QCheckBox*>(QStringLiteral("remember"))->setChecked(false);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("logIn")), Qt::LeftButton);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginDialogRejectsWrongPassword();
    void loginDialogLogsIn();
    void openTicketAndReply();
    void pushedReplyAppears();
    void colleaguesEditIsKept();
    void refusedReplyCanBeEditedAgain();
    void newTicketDialogCreatesTicket();
    void scrollingFarDownShowsTheRows();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Connection> m_other;
    std::unique_ptr<MainWindow> m_window;
    TicketId m_ticket;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("ana"));
    m_other = connectAs(m_server.port(), QStringLiteral("ivan"));
    QVERIFY(m_connection && m_other);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    m_other.reset();
}

void TestMainWindow::loginDialogRejectsWrongPassword()
{
    Connection connection;
    CredentialStore credentials;
    LoginDialog dialog(&connection, &credentials);
    submitLogin(
        dialog, m_server.port(), QStringLiteral("marta"), QStringLiteral("not-her-password"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !status->text().isEmpty(), kTimeout);
    QVERIFY(dialog.isVisible());
    QVERIFY(!connection.isReady());
    QVERIFY2(!status->text().contains(QLatin1String("wrong login or password")),
        "the server's English message must not be shown");
}

void TestMainWindow::loginDialogLogsIn()
{
    Connection connection;
    CredentialStore credentials;
    LoginDialog dialog(&connection, &credentials);
    submitLogin(dialog, m_server.port(), QStringLiteral("marta"), kDemoPassword);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeout);
    QVERIFY(connection.isReady());
    QCOMPARE(connection.currentUser()->login, QStringLiteral("marta"));
}

void TestMainWindow::openTicketAndReply()
{
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets"
    TicketListModel* model = m_window->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 12, kTimeout);

    m_window->ticketTable()->selectRow(0);
    m_ticket = TicketId(model->index(0, 0).data(TicketListModel::TicketIdRole).toLongLong());
    QVERIFY(m_ticket.isValid());
    TicketPane* pane = m_window->ticketPane();
    QCOMPARE(pane->ticketId(), m_ticket);
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation()->rowCount() > 0, kTimeout);
    auto* subject = pane->findChild<QLabel*>(QStringLiteral("ticketSubject"));
    QCOMPARE(subject->text(), model->index(0, TicketListModel::SubjectColumn).data().toString());

    const QString reply = QStringLiteral("Thanks, we are on it. <b>not bold</b>");
    QPlainTextEdit* editor = pane->composer()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, reply);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(editor->toPlainText().isEmpty());
    // Stored once on the server, shown in the thread as typed (plain text, no markup).
    QTRY_COMPARE_WITH_TIMEOUT(countMessages(*m_other, m_ticket, reply), 1, kTimeout);
    auto* view = pane->findChild<ConversationView*>(QStringLiteral("conversationView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(reply), kTimeout);
    QVERIFY(!m_window->drafts()->hasDraft(m_ticket));
}

void TestMainWindow::pushedReplyAppears()
{
    QVERIFY(m_window);
    const QString body = QStringLiteral("Ivan here: the disk is replaced.");
    const CallResult added = callSync(*m_other, QStringLiteral("message.add"),
        { { QStringLiteral("ticketId"), double(m_ticket.value()) },
            { QStringLiteral("body"), body }, { QStringLiteral("internal"), true } });
    QVERIFY(added.ok());
    auto* view
        = m_window->ticketPane()->findChild<ConversationView*>(QStringLiteral("conversationView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(body), kTimeout);
}

// The agent saves the status while a colleague's new priority has not reached this client: the
// server refuses the outdated save, the client takes the priority over and saves the status on
// top of it. Neither change is lost.
void TestMainWindow::colleaguesEditIsKept()
{
    QVERIFY(m_window);
    TicketPane* pane = m_window->ticketPane();
    auto* status = pane->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    auto* save = pane->findChild<QPushButton*>(QStringLiteral("savePropertiesButton"));
    auto* message = pane->findChild<QLabel*>(QStringLiteral("propertiesMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isEnabled() && !save->isEnabled(), kTimeout);
    const QString before = status->currentData().toString();

    // The agent picks another status...
    status->setFocus();
    QTest::keyClick(
        status, status->currentIndex() + 1 < status->count() ? Qt::Key_Down : Qt::Key_Up);
    const QString wanted = status->currentData().toString();
    QVERIFY(wanted != before);
    QVERIFY(save->isEnabled());

    // ...while a colleague changes the priority; this client has not heard of it yet.
    RawClient colleague;
    QVERIFY(colleague.connectAndLogin(m_server.port(), QStringLiteral("lead"), kDemoPassword));
    const QJsonObject got = colleague.call(
        QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(m_ticket.value()) } });
    const QJsonObject ticket
        = got.value(QStringLiteral("result")).toObject().value(QStringLiteral("ticket")).toObject();
    const QString newPriority
        = ticket.value(QStringLiteral("priority")).toString() == QLatin1String("low")
        ? QStringLiteral("urgent")
        : QStringLiteral("low");
    const QJsonObject updated = colleague.call(QStringLiteral("ticket.update"),
        { { QStringLiteral("id"), double(m_ticket.value()) },
            { QStringLiteral("version"), ticket.value(QStringLiteral("version")) },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("priority"), newPriority } } } });
    QVERIFY(updated.contains(QStringLiteral("result")));

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), kTimeout);
    QCOMPARE(message->text(), QStringLiteral("Saved."));
    // Both changes are stored, and the form shows them.
    const QJsonObject after = colleague.call(
        QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(m_ticket.value()) } });
    const QJsonObject stored = after.value(QStringLiteral("result"))
                                   .toObject()
                                   .value(QStringLiteral("ticket"))
                                   .toObject();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), wanted);
    QCOMPARE(stored.value(QStringLiteral("priority")).toString(), newPriority);
    QCOMPARE(status->currentData().toString(), wanted);
    QCOMPARE(pane->findChild<QComboBox*>(QStringLiteral("priorityCombo"))->currentData().toString(),
        newPriority);
}

// A reply the server refuses for good (here: longer than a body may be) stays visible with
// its text, and "Edit again" puts the text back into the editor: nothing typed is lost.
void TestMainWindow::refusedReplyCanBeEditedAgain()
{
    QVERIFY(m_window);
    Composer* composer = m_window->ticketPane()->composer();
    auto* bar = composer->findChild<QWidget*>(QStringLiteral("failedReplies"));
    QVERIFY(bar && bar->isHidden());
    const QString tooLong = QStringLiteral("log line ").repeated(111'112); // 1,000,008 characters
    composer->editor()->setPlainText(tooLong);
    composer->send();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    QCOMPARE(m_window->outbox()->failedCount(), 1);
    QTest::mouseClick(
        composer->findChild<QPushButton*>(QStringLiteral("discardFailed")), Qt::LeftButton);
    QCOMPARE(composer->editor()->toPlainText(), tooLong);
    QCOMPARE(m_window->outbox()->failedCount(), 0);
    QVERIFY(bar->isHidden());
    composer->editor()->clear();
}

void TestMainWindow::newTicketDialogCreatesTicket()
{
    QVERIFY(m_window);
    m_window->newTicket(false);
    NewTicketDialog* dialog = m_window->findChild<NewTicketDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
    const QString subject
        = QStringLiteral("Printer on fire — %1").arg(QDateTime::currentMSecsSinceEpoch());
    dialog->findChild<QLineEdit*>(QStringLiteral("subject"))->setText(subject);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("body"))
        ->setPlainText(QStringLiteral("Smoke everywhere."));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("create")), Qt::LeftButton);
    auto* header = m_window->ticketPane()->findChild<QLabel*>(QStringLiteral("ticketSubject"));
    QTRY_COMPARE_WITH_TIMEOUT(header->text(), subject, kTimeout);
    // The new ticket arrives in the "All tickets" list by push, at the top.
    TicketListModel* model = m_window->ticketModel();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(0, TicketListModel::SubjectColumn).data().toString(), subject, kTimeout);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::scrollingFarDownShowsTheRows()
{
    QVERIFY(m_window);
    constexpr int kTickets = 600;
    int created = 0;
    for (int i = 0; i < kTickets; ++i) {
        NewTicket ticket;
        ticket.subject = QStringLiteral("Scroll test %1").arg(i);
        ticket.body = QStringLiteral("body");
        m_connection->createTicket(ticket, nullptr, [&created](const Ticket&) { ++created; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(created, kTickets, 60000);
    // Freshly opened (pushes kept the open list whole, since it was all loaded).
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(0);
    views->selectView(views->viewCount() - 1); // All tickets
    TicketListModel* model = m_window->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > kTickets && !model->isLoading(), kTimeout);
    // Every ticket is a row from the start, though only the first page is loaded.
    QCOMPARE(model->rowCount(), model->total());
    QVERIFY(!model->isLoaded(model->rowCount() - 1));

    // The scroll bar dragged to the bottom: the rows shown are fetched, not every page on
    // the way.
    QTableView* table = m_window->ticketTable();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    const auto shownAreLoaded = [&] {
        const int first = table->rowAt(0);
        int last = table->rowAt(table->viewport()->height() - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        for (int row = first; row >= 0 && row <= last; ++row) {
            if (!model->isLoaded(row))
                return false;
        }
        return first >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shownAreLoaded(), kTimeout);
    QVERIFY(!model->isLoaded(0));
    QVERIFY(model->loadedCount() < model->rowCount());

    // The last row is the least recently updated ticket, as the server orders them.
    const CallResult oldest = callSync(*m_connection, QStringLiteral("ticket.list"),
        { { QStringLiteral("sort"),
              QJsonObject { { QStringLiteral("field"), QStringLiteral("updatedAt") },
                  { QStringLiteral("order"), QStringLiteral("asc") } } },
            { QStringLiteral("limit"), 1 } });
    QVERIFY(oldest.ok());
    const int last = model->rowCount() - 1;
    QCOMPARE(model->ticketAt(last)->id.value(),
        oldest.result[QStringLiteral("items")][0][QStringLiteral("id")].toInteger());

    // A click on a row shown there opens that ticket.
    const int row = last - 2;
    const QRect rect = table->visualRect(model->index(row, TicketListModel::SubjectColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->ticketPane()->ticketId(), model->ticketAt(row)->id, kTimeout);
}

#include "tst_mainwindow.moc"
