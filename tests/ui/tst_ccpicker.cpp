// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's Cc picker (issue 13, "CC of other contacts") in the real client (offscreen,
// agent Sam Taylor) against the real server with the demo data: shown only while the reply
// goes by e-mail; it offers the contacts of the ticket's organisation who may see the ticket
// (not the requester, not the billing contact of a technical ticket), nobody ticked at first;
// the reply carries exactly the contacts Sam ticked; the next reply starts from the last
// public message's copies; the thread shows "Cc: name". A colleague (lead, on a raw socket)
// replying with other copies meanwhile neither changes Sam's choice nor is undone by it; a move
// to the billing queue offers the billing contact instead of the technical one.
#include "ccpicker.h"
#include "clientharness.h"
#include "composer.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "ticketpane.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 5000;
}

class TestCcPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendsOnlyWhatTheAgentChose();
    void colleaguesCopiesAreKept();
    void anotherQueueOffersOtherContacts();

private:
    qint64 userId(const QString& login);
    QJsonArray messages();
    QAction* action(qint64 user) const;
    QStringList offered() const;
    void sendReply(const QString& body);

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    RawClient m_nina; // the requester
    RawClient m_lead; // Lena, Sam's colleague
    TicketId m_ticket;
    Composer* m_composer = nullptr;
    CcPicker* m_picker = nullptr;
};

void TestCcPicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // Nordwind (organisation 1): Oliver the owner, Nina (technical, the requester), and two
    // more with addresses: Tom (technical) and Bella (billing: not on a technical ticket).
    const qint64 nordwind = m_server.queryScalar(QStringLiteral("SELECT customer_id FROM users WHERE login = 'nina'")).toLongLong();
    QVERIFY(m_server.addUser(QStringLiteral("tom"), QStringLiteral("Tom Baker"), QStringLiteral("customer"), kDemoPassword, nordwind, QStringLiteral("technical")));
    QVERIFY(m_server.addUser(QStringLiteral("bella"), QStringLiteral("Bella Swan"), QStringLiteral("customer"), kDemoPassword, nordwind, QStringLiteral("billing")));
    for (const char* login : { "oliver", "nina", "tom", "bella" })
        m_server.queryScalar(QStringLiteral("UPDATE users SET email = ? WHERE login = ?"),
            { QStringLiteral("%1@nordwind.example").arg(QLatin1String(login)), QString::fromLatin1(login) });

    m_connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets"

    m_nina.connectAndLogin(m_server.port(), QStringLiteral("nina"), kDemoPassword);
    m_lead.connectAndLogin(m_server.port(), QStringLiteral("lead"), kDemoPassword);
    m_ticket = TicketId(m_nina.result(QStringLiteral("ticket.create"),
                                { { QStringLiteral("subject"), QStringLiteral("DNS not resolving") },
                                    { QStringLiteral("body"), QStringLiteral("Our domain does not resolve.") } })
                            .value(QStringLiteral("id"))
                            .toInteger());
    QVERIFY(m_ticket.isValid());
    m_window->openTicket(m_ticket);
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(conversation->ticket() && conversation->ticket()->id == m_ticket, kTimeout);
    m_composer = m_window->ticketPane()->composer();
    m_picker = m_composer->findChild<CcPicker*>(QStringLiteral("ccPicker"));
    QVERIFY(m_picker);
}

void TestCcPicker::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
}

qint64 TestCcPicker::userId(const QString& login)
{
    return m_server.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), { login }).toLongLong();
}

QJsonArray TestCcPicker::messages()
{
    return m_lead.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(m_ticket.value()) } })
        .value(QStringLiteral("messages"))
        .toArray();
}

QAction* TestCcPicker::action(qint64 id) const
{
    for (QAction* a : m_picker->button()->menu()->actions()) {
        if (a->data().toLongLong() == id)
            return a;
    }
    return nullptr;
}

QStringList TestCcPicker::offered() const
{
    QStringList texts;
    for (QAction* a : m_picker->button()->menu()->actions()) {
        if (a->isEnabled())
            texts << a->text();
    }
    return texts;
}

void TestCcPicker::sendReply(const QString& body)
{
    const int before = int(messages().size());
    m_composer->editor()->setFocus();
    QTest::keyClicks(m_composer->editor(), body);
    QTest::keyClick(m_composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(int(messages().size()), before + 1, kTimeout);
}

void TestCcPicker::sendsOnlyWhatTheAgentChose()
{
    auto* byMail = m_composer->findChild<QCheckBox*>(QStringLiteral("sendByMail"));
    QVERIFY(byMail);
    QTRY_VERIFY_WITH_TIMEOUT(!byMail->isChecked(), kTimeout); // a ticket from the client
    QVERIFY(m_picker->isHidden()); // not by mail: nothing to copy
    byMail->setChecked(true);
    QVERIFY(m_picker->isVisible());
    m_composer->setInternal(true);
    QVERIFY(m_picker->isHidden()); // notes never go by mail
    m_composer->setInternal(false);
    QVERIFY(m_picker->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(offered(),
        (QStringList { QStringLiteral("Oliver Grant <oliver@nordwind.example>"),
            QStringLiteral("Tom Baker <tom@nordwind.example>") }),
        kTimeout);
    QVERIFY(m_picker->chosen().isEmpty()); // nobody ticked: Nina's message copied nobody
    auto* names = m_picker->findChild<QLabel*>(QStringLiteral("ccNames"));
    QCOMPARE(names->text(), QStringLiteral("Cc: nobody"));

    const qint64 tom = userId(QStringLiteral("tom"));
    QAction* tick = action(tom);
    QVERIFY(tick);
    tick->trigger(); // as a click in the menu
    QCOMPARE(m_picker->chosen(), QVector<qint64> { tom });
    QCOMPARE(names->text(), QStringLiteral("Cc: Tom Baker"));
    sendReply(QStringLiteral("Please check the NS records."));
    const QJsonObject sent = messages().last().toObject();
    QCOMPARE(sent.value(QStringLiteral("cc")).toArray(), (QJsonArray { tom }));
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM message_cc")).toLongLong(), 1);

    // The thread shows the copy; the next reply starts with the same copies (the default).
    auto* view = m_window->ticketPane()->findChild<ConversationView*>(QStringLiteral("conversationView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("Cc: Tom Baker")), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->chosen(), QVector<qint64> { tom }, kTimeout);
    QVERIFY(action(tom)->isChecked());
    QCOMPARE(names->text(), QStringLiteral("Cc: Tom Baker (as on the last message)"));
}

void TestCcPicker::colleaguesCopiesAreKept()
{
    // Sam unticks Tom and ticks Oliver; meanwhile Lena replies copying Tom and raises the
    // priority. Sam's choice stays his; his reply copies Oliver only; Lena's keeps Tom.
    const qint64 tom = userId(QStringLiteral("tom"));
    const qint64 oliver = userId(QStringLiteral("oliver"));
    action(tom)->trigger();
    action(oliver)->trigger();
    QCOMPARE(m_picker->chosen(), QVector<qint64> { oliver });
    RawClient& lead = m_lead;
    const QJsonObject current = lead.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(m_ticket.value()) } })
                                    .value(QStringLiteral("ticket")).toObject();
    lead.result(QStringLiteral("ticket.update"),
        { { QStringLiteral("id"), double(m_ticket.value()) }, { QStringLiteral("version"), current.value(QStringLiteral("version")) },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("priority"), QStringLiteral("high") } } } });
    const QJsonObject leads = lead.result(QStringLiteral("message.add"),
        { { QStringLiteral("ticketId"), double(m_ticket.value()) }, { QStringLiteral("body"), QStringLiteral("I am on it too.") },
            { QStringLiteral("cc"), QJsonArray { tom } } });
    QCOMPARE(leads.value(QStringLiteral("cc")).toArray(), (QJsonArray { tom }));
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    QTRY_COMPARE_WITH_TIMEOUT(conversation->latestMessageId(), leads.value(QStringLiteral("id")).toInteger(), kTimeout);
    QCOMPARE(m_picker->chosen(), QVector<qint64> { oliver }); // not replaced by the default

    // The box was empty when Lena's reply arrived: Sam writes after it, no collision.
    sendReply(QStringLiteral("Oliver, FYI."));
    const QJsonArray thread = messages();
    QCOMPARE(thread.last().toObject().value(QStringLiteral("cc")).toArray(), (QJsonArray { oliver }));
    QCOMPARE(thread.at(thread.size() - 2).toObject().value(QStringLiteral("cc")).toArray(), (QJsonArray { tom }));
    QCOMPARE(lead.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(m_ticket.value()) } })
                 .value(QStringLiteral("ticket")).toObject().value(QStringLiteral("priority")).toString(),
        QStringLiteral("high"));
}

void TestCcPicker::anotherQueueOffersOtherContacts()
{
    const qint64 tom = userId(QStringLiteral("tom"));
    const qint64 oliver = userId(QStringLiteral("oliver"));
    QTRY_COMPARE_WITH_TIMEOUT(m_picker->chosen(), QVector<qint64> { oliver }, kTimeout); // Sam's last copies
    action(tom)->trigger();
    QCOMPARE(m_picker->chosen(), (QVector<qint64> { oliver, tom }));
    const QJsonObject current = m_lead.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(m_ticket.value()) } })
                                    .value(QStringLiteral("ticket")).toObject();
    const qint64 billing = m_server.queryScalar(QStringLiteral("SELECT id FROM queues WHERE kind = 'billing' ORDER BY id LIMIT 1")).toLongLong();
    QVERIFY(!m_lead.result(QStringLiteral("ticket.update"),
                       { { QStringLiteral("id"), double(m_ticket.value()) }, { QStringLiteral("version"), current.value(QStringLiteral("version")) },
                           { QStringLiteral("changes"), QJsonObject { { QStringLiteral("queueId"), billing } } } })
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(offered(),
        (QStringList { QStringLiteral("Bella Swan <bella@nordwind.example>"),
            QStringLiteral("Oliver Grant <oliver@nordwind.example>") }),
        kTimeout);
    QCOMPARE(m_picker->chosen(), QVector<qint64> { oliver }); // Tom may not see a billing ticket
}

QTEST_MAIN(TestCcPicker)
#include "tst_ccpicker.moc"
