// SPDX-License-Identifier: GPL-3.0-or-later
// Phone calls and channels in the real client (offscreen, agent Sam Taylor) against the real
// server (issue 10, defect 5): a call logged as a new ticket is the agent's notes on a call
// from the chosen contact, and the Caller field follows the chosen customer; a call logged on
// an existing ticket; calls shown as calls and e-mail marked in the thread. And what the
// customer Nina sees of it all in her own client: nothing staff-internal.
#include "clientharness.h"
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "logcalldialog.h"
#include "mainwindow.h"
#include "newticketdialog.h"
#include "outbox.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "ticketpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

constexpr int kTimeout = 5000;

QJsonObject idParam(TicketId id)
{
    return { { QStringLiteral("id"), double(id.value()) } };
}

ConversationView* viewOf(MainWindow& window)
{
    return window.ticketPane()->findChild<ConversationView*>(QStringLiteral("conversationView"));
}

} // namespace

class TestCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void callerFollowsTheChosenCustomer();
    void newTicketFromACall();
    void callLoggedOnAnExistingTicket();
    void failedCallEditedAgain();
    void internalCallWithTheShortcut();
    void emailMessagesAreMarked();
    void customerSeesNothingInternal();

private:
    RawClient& user(const QString& login);
    qint64 userId(const QString& login);
    QJsonObject details(TicketId id);
    QJsonObject lastMessage(TicketId id);
    TicketId customerTicket(const QString& subject);
    void update(TicketId id, const QJsonObject& changes);
    LogCallDialog* openLogCallDialog();

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::map<QString, std::unique_ptr<RawClient>> m_users;
};

void TestCalls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets"
    for (const char* login : { "lead", "nina", "oliver" })
        QVERIFY(user(QString::fromLatin1(login)).userId() > 0);
}

void TestCalls::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    m_users.clear();
}

RawClient& TestCalls::user(const QString& login)
{
    auto& client = m_users[login];
    if (!client) {
        client = std::make_unique<RawClient>();
        client->connectAndLogin(m_server.port(), login, kDemoPassword);
    }
    return *client;
}

qint64 TestCalls::userId(const QString& login)
{
    return user(login).userId();
}

QJsonObject TestCalls::details(TicketId id)
{
    return user(QStringLiteral("lead")).result(QStringLiteral("ticket.get"), idParam(id));
}

QJsonObject TestCalls::lastMessage(TicketId id)
{
    return details(id).value(QStringLiteral("messages")).toArray().last().toObject();
}

TicketId TestCalls::customerTicket(const QString& subject)
{
    const QJsonObject created = user(QStringLiteral("nina"))
                                    .result(QStringLiteral("ticket.create"),
                                        { { QStringLiteral("subject"), subject },
                                            { QStringLiteral("body"), QStringLiteral("Help.") } });
    return TicketId(created.value(QStringLiteral("id")).toInteger());
}

void TestCalls::update(TicketId id, const QJsonObject& changes)
{
    const qint64 version = details(id)
                               .value(QStringLiteral("ticket"))
                               .toObject()
                               .value(QStringLiteral("version"))
                               .toInteger();
    QJsonObject params = idParam(id);
    params.insert(QStringLiteral("version"), double(version));
    params.insert(QStringLiteral("changes"), changes);
    QVERIFY(user(QStringLiteral("lead"))
                .call(QStringLiteral("ticket.update"), params)
                .contains(QStringLiteral("result")));
}

LogCallDialog* TestCalls::openLogCallDialog()
{
    auto* button = m_window->ticketPane()->findChild<QPushButton*>(QStringLiteral("logCallButton"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_window->ticketPane()->findChild<LogCallDialog*>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

// The reported defect: the Caller stayed "Me" after a customer was chosen. On a call the
// caller is one of the chosen customer's contacts, never the agent.
void TestCalls::callerFollowsTheChosenCustomer()
{
    m_window->newTicket(true);
    auto* dialog = m_window->findChild<NewTicketDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* customer = dialog->findChild<QComboBox*>(QStringLiteral("customer"));
    auto* caller = dialog->findChild<QComboBox*>(QStringLiteral("requester"));
    QTRY_VERIFY_WITH_TIMEOUT(
        customer->findText(QStringLiteral("Nordwind Hosting Ltd")) >= 0, kTimeout);
    QVERIFY(!caller->currentData().isValid()); // no customer yet: nobody to pick
    QCOMPARE(caller->findText(QStringLiteral("Me")), -1);
    QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("direction"))->isVisible());
    QVERIFY(dialog->findChild<QSpinBox*>(QStringLiteral("duration"))->isVisible());

    // The agent types the organisation's name, as on the phone.
    customer->setFocus();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("Nordwind Hosting Ltd"));
    QTRY_COMPARE(caller->currentData().toLongLong(), userId(QStringLiteral("nina"))); // first
    QCOMPARE(caller->findText(QStringLiteral("Oliver Grant")) >= 0, true);
    QCOMPARE(caller->findText(QStringLiteral("Me")), -1);
    caller->setCurrentIndex(caller->findText(QStringLiteral("Oliver Grant")));
    QCOMPARE(dialog->ticket().requesterId->value(), userId(QStringLiteral("oliver")));
    QVERIFY(dialog->ticket().call);

    // Not a call after all: a request filed for a contact, or by the agent.
    dialog->findChild<QCheckBox*>(QStringLiteral("phoneCall"))->setChecked(false);
    QVERIFY(caller->findText(QStringLiteral("Me")) >= 0);
    QCOMPARE(caller->currentData().toLongLong(), userId(QStringLiteral("oliver")));
    QVERIFY(!dialog->ticket().call);
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("direction"))->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<NewTicketDialog*>());
}

void TestCalls::newTicketFromACall()
{
    m_window->activateWindow();
    m_window->newTicket(true);
    auto* dialog = m_window->findChild<NewTicketDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* customer = dialog->findChild<QComboBox*>(QStringLiteral("customer"));
    auto* caller = dialog->findChild<QComboBox*>(QStringLiteral("requester"));
    QTRY_VERIFY_WITH_TIMEOUT(
        customer->findText(QStringLiteral("Nordwind Hosting Ltd")) >= 0, kTimeout);
    customer->setCurrentIndex(customer->findText(QStringLiteral("Nordwind Hosting Ltd")));
    caller->setCurrentIndex(caller->findText(QStringLiteral("Oliver Grant")));
    auto* direction = dialog->findChild<QComboBox*>(QStringLiteral("direction"));
    direction->setCurrentIndex(direction->findData(int(CallDirection::Inbound)));
    dialog->findChild<QSpinBox*>(QStringLiteral("duration"))->setValue(4);
    const QString subject = QStringLiteral("Card charged twice (call)");
    const QString notes = QStringLiteral("Oliver called: invoice 2026-1043 was charged twice.");
    dialog->findChild<QLineEdit*>(QStringLiteral("subject"))->setText(subject);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("body"))->setPlainText(notes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("create")), Qt::LeftButton);

    auto* header = m_window->ticketPane()->findChild<QLabel*>(QStringLiteral("ticketSubject"));
    QTRY_COMPARE_WITH_TIMEOUT(header->text(), subject, kTimeout);
    const TicketId id = m_window->ticketPane()->ticketId();
    const QJsonObject stored = details(id);
    const QJsonObject ticket = stored.value(QStringLiteral("ticket")).toObject();
    QCOMPARE(ticket.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(
        ticket.value(QStringLiteral("requesterId")).toInteger(), userId(QStringLiteral("oliver")));
    const QJsonObject first = stored.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("body")).toString(), notes);
    QCOMPARE(first.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    // The notes are the agent's, not words put in the customer's mouth.
    QCOMPARE(first.value(QStringLiteral("authorId")).toInteger(),
        m_connection->currentUser()->id.value());
    const QJsonObject call = first.value(QStringLiteral("call")).toObject();
    QCOMPARE(call.value(QStringLiteral("callerId")).toInteger(), userId(QStringLiteral("oliver")));
    QCOMPARE(call.value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
    QCOMPARE(call.value(QStringLiteral("durationSeconds")).toInteger(), 240);

    // Shown as a call, and the ticket says how it reached us.
    ConversationView* view = viewOf(*m_window);
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral(
                                 "Phone call · inbound · from Oliver Grant · 4 min")),
        kTimeout);
    QVERIFY(view->toPlainText().contains(notes));
    QVERIFY(!view->toPlainText().contains(QLatin1String("Customer")));
    auto* meta = m_window->ticketPane()->findChild<QLabel*>(QStringLiteral("ticketMeta"));
    QVERIFY(meta->text().contains(QLatin1String("by phone")));
}

void TestCalls::callLoggedOnAnExistingTicket()
{
    const TicketId id = customerTicket(QStringLiteral("Mailbox full"));
    QVERIFY(id.isValid());
    m_window->openTicket(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->ticketPane()->conversation()->ticket().has_value(), kTimeout);
    LogCallDialog* dialog = openLogCallDialog();
    QVERIFY(dialog);
    auto* caller = dialog->findChild<QComboBox*>(QStringLiteral("caller"));
    // The requester by default; any contact of the organisation may be chosen.
    QCOMPARE(caller->currentData().toLongLong(), userId(QStringLiteral("nina")));
    QVERIFY(caller->findText(QStringLiteral("Oliver Grant")) >= 0);
    QCOMPARE(caller->findText(QString::fromUtf8("Сергей Кузнецов")), -1); // another organisation
    caller->setCurrentIndex(caller->findText(QStringLiteral("Oliver Grant")));
    auto* direction = dialog->findChild<QComboBox*>(QStringLiteral("direction"));
    direction->setCurrentIndex(direction->findData(int(CallDirection::Outbound)));
    dialog->findChild<QSpinBox*>(QStringLiteral("duration"))->setValue(12);
    const QString notes
        = QStringLiteral("Called Oliver back: the mailbox quota is raised to 10 GB.");

    // Notes are required.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("logCall")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("notesError"))->isVisible());
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"))->setPlainText(notes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("logCall")), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(
        lastMessage(id).value(QStringLiteral("body")).toString(), notes, kTimeout);
    const QJsonObject stored = lastMessage(id);
    QCOMPARE(stored.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(stored.value(QStringLiteral("authorId")).toInteger(),
        m_connection->currentUser()->id.value());
    QVERIFY(!stored.value(QStringLiteral("internal")).toBool());
    const QJsonObject call = stored.value(QStringLiteral("call")).toObject();
    QCOMPARE(call.value(QStringLiteral("callerId")).toInteger(), userId(QStringLiteral("oliver")));
    QCOMPARE(call.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    QCOMPARE(call.value(QStringLiteral("durationSeconds")).toInteger(), 720);
    QTRY_VERIFY_WITH_TIMEOUT(viewOf(*m_window)->toPlainText().contains(QStringLiteral(
                                 "Phone call · outbound · to Oliver Grant · 12 min")),
        kTimeout);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// A call the server refused (an unknown caller): "Edit again" reopens the call dialog with its
// direction, duration and notes; cancelling keeps the failed call; logging it again replaces it.
void TestCalls::failedCallEditedAgain()
{
    const TicketId id = customerTicket(QStringLiteral("Webmail slow"));
    QVERIFY(id.isValid());
    m_window->openTicket(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->ticketPane()->conversation()->ticket().has_value(), kTimeout);
    NewMessage refused;
    refused.ticketId = id;
    refused.body = QStringLiteral("Talked through the webmail settings.");
    CallLog call;
    call.callerId = UserId(999999);
    call.direction = CallDirection::Outbound;
    call.durationSeconds = 300;
    refused.call = call;
    Outbox* outbox = m_window->outbox();
    const QString key = outbox->enqueue(refused);
    auto* failed = m_window->ticketPane()->findChild<QWidget*>(QStringLiteral("failedReplies"));
    QVERIFY(failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed->isVisible(), kTimeout);
    auto* editAgain = failed->findChild<QPushButton*>(QStringLiteral("discardFailed"));
    const auto reopen = [&]() -> LogCallDialog* {
        QTest::mouseClick(editAgain, Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return m_window->ticketPane()->findChild<LogCallDialog*>(); },
            kTimeout);
        auto* dialog = m_window->ticketPane()->findChild<LogCallDialog*>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    };
    LogCallDialog* dialog = reopen();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"))->toPlainText(),
        refused.body);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("direction"))->currentData().toInt(),
        int(CallDirection::Outbound));
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("duration"))->value(), 5);
    // Cancelled: the failed call is still there to edit again.
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->ticketPane()->findChild<LogCallDialog*>(), kTimeout);
    QVERIFY(outbox->entry(key).has_value());
    QVERIFY(failed->isVisible());

    dialog = reopen();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("logCall")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        lastMessage(id).value(QStringLiteral("body")).toString(), refused.body, kTimeout);
    const QJsonObject stored = lastMessage(id).value(QStringLiteral("call")).toObject();
    QCOMPARE(stored.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    QCOMPARE(stored.value(QStringLiteral("durationSeconds")).toInteger(), 300);
    QVERIFY(!outbox->entry(key).has_value()); // replaced, not sent twice
    QTRY_VERIFY_WITH_TIMEOUT(!failed->isVisible(), kTimeout);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// Ctrl+Shift+L from anywhere in the window; the call is internal, from the requester (the
// default), with no duration recorded.
void TestCalls::internalCallWithTheShortcut()
{
    const TicketId id = customerTicket(QStringLiteral("Slow site"));
    QVERIFY(id.isValid());
    m_window->openTicket(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->ticketPane()->conversation()->ticket().has_value(), kTimeout);
    m_window->ticketTable()->setFocus();
    QTest::keyClick(m_window->ticketTable(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    LogCallDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->ticketPane()->findChild<LogCallDialog*>()));
    dialog->findChild<QCheckBox*>(QStringLiteral("internal"))->setChecked(true);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"))
        ->setPlainText(QStringLiteral("Nina shouted; be gentle."));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("logCall")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lastMessage(id).value(QStringLiteral("body")).toString(),
        QStringLiteral("Nina shouted; be gentle."), kTimeout);
    const QJsonObject stored = lastMessage(id);
    QVERIFY(stored.value(QStringLiteral("internal")).toBool());
    QCOMPARE(stored.value(QStringLiteral("call"))
                 .toObject()
                 .value(QStringLiteral("callerId"))
                 .toInteger(),
        userId(QStringLiteral("nina")));
    QTRY_VERIFY_WITH_TIMEOUT(viewOf(*m_window)->toPlainText().contains(
                                 QStringLiteral("Phone call · inbound · from Nina Patel\n")),
        kTimeout);
    // Once the server has answered (before, the call is shown as waiting to be sent).
    QTRY_VERIFY_WITH_TIMEOUT(
        viewOf(*m_window)->toPlainText().contains(QLatin1String("Internal note")), kTimeout);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// No mail gateway exists yet: the message it would store is marked as e-mail in the database
// directly, and the thread says so.
void TestCalls::emailMessagesAreMarked()
{
    const TicketId id = customerTicket(QStringLiteral("Bounce"));
    QVERIFY(id.isValid());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mail"));
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/helpdesk.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE messages SET channel = 2 WHERE ticket_id = ?"));
        query.addBindValue(id.value());
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mail"));
    QCOMPARE(lastMessage(id).value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    m_window->openTicket(id);
    QTRY_VERIFY_WITH_TIMEOUT(viewOf(*m_window)->toPlainText().contains(
                                 QStringLiteral("Nina Patel  ·  Customer  ·  By e-mail")),
        kTimeout);
}

// Everything staff do on a ticket, and then the customer's own client: the public call and
// reply, the status changes; no assignment, queue, priority or tag change, no internal note,
// no internal call, and no staff tools (status menu, Log a call, signatures).
void TestCalls::customerSeesNothingInternal()
{
    const TicketId id = customerTicket(QStringLiteral("Calm history"));
    QVERIFY(id.isValid());
    update(id,
        { { QStringLiteral("assigneeId"), double(m_connection->currentUser()->id.value()) },
            { QStringLiteral("queueId"), 2 },
            { QStringLiteral("priority"), QStringLiteral("high") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("vip") } } });
    RawClient& lead = user(QStringLiteral("lead"));
    const auto add = [&](const QJsonObject& params) {
        QJsonObject withTicket = params;
        withTicket.insert(QStringLiteral("ticketId"), double(id.value()));
        return lead.call(QStringLiteral("message.add"), withTicket)
            .contains(QStringLiteral("result"));
    };
    const QString note = QStringLiteral("Internal: the customer owes us two invoices.");
    const QString internalCall = QStringLiteral("Internal call: Oliver complained about Nina.");
    const QString publicCall = QStringLiteral("We talked it through on the phone.");
    const QString reply = QStringLiteral("As agreed on the phone, the site is fixed.");
    QVERIFY(add({ { QStringLiteral("body"), note }, { QStringLiteral("internal"), true } }));
    QVERIFY(add({ { QStringLiteral("body"), internalCall }, { QStringLiteral("internal"), true },
        { QStringLiteral("call"),
            QJsonObject { { QStringLiteral("callerId"), double(userId(QStringLiteral("oliver"))) },
                { QStringLiteral("durationSeconds"), 90 } } } }));
    QVERIFY(add({ { QStringLiteral("body"), publicCall },
        { QStringLiteral("call"), QJsonObject { { QStringLiteral("durationSeconds"), 300 } } } }));
    QVERIFY(add({ { QStringLiteral("body"), reply },
        { QStringLiteral("status"), QStringLiteral("resolved") } }));

    auto nina = connectAs(m_server.port(), QStringLiteral("nina"));
    QVERIFY(nina);
    MainWindow window(nina.get());
    window.show();
    window.openTicket(id);
    ConversationView* view = viewOf(window);
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(reply), kTimeout);
    const QString shown = view->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Phone call · inbound · from Nina Patel · 5 min")),
        qPrintable(shown));
    QVERIFY(shown.contains(publicCall));
    QVERIFY(shown.contains(QLatin1String("Ticket created")));
    QVERIFY(shown.contains(QLatin1String("Status changed from Open to Resolved")));
    for (const QString& hidden :
        { note, internalCall, QStringLiteral("Internal note"), QStringLiteral("Assigned to"),
            QStringLiteral("queue"), QStringLiteral("Priority"), QStringLiteral("Tags"),
            QStringLiteral("vip"), QStringLiteral("Billing"), QStringLiteral("2 min") })
        QVERIFY2(!shown.contains(hidden), qPrintable(hidden));
    QVERIFY(window.ticketPane()->conversation()->rowCount() > 0);
    for (int row = 0; row < window.ticketPane()->conversation()->rowCount(); ++row) {
        const QModelIndex index = window.ticketPane()->conversation()->index(row);
        QVERIFY(!index.data(ConversationModel::InternalRole).toBool());
    }

    // Pushed while she reads: an internal note stays out, a public call comes in.
    QVERIFY(add({ { QStringLiteral("body"), QStringLiteral("Second internal note") },
        { QStringLiteral("internal"), true } }));
    const QString laterCall = QStringLiteral("Follow-up call, all fine.");
    QVERIFY(
        add({ { QStringLiteral("body"), laterCall }, { QStringLiteral("call"), QJsonObject {} } }));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(laterCall), kTimeout);
    QVERIFY(!view->toPlainText().contains(QLatin1String("Second internal note")));

    // No staff tools in her window.
    TicketPane* pane = window.ticketPane();
    const auto visible = [pane](const char* name) {
        auto* widget = pane->findChild<QWidget*>(QLatin1String(name));
        return widget && widget->isVisible();
    };
    QVERIFY(!visible("logCallButton"));
    QVERIFY(!visible("sendMenuButton"));
    QVERIFY(!visible("editSignatures"));
    QVERIFY(!visible("internalMode"));
    QVERIFY(!pane->signatures());
}

QTEST_MAIN(TestCalls)
#include "tst_calls.moc"
