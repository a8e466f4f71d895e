// SPDX-License-Identifier: GPL-3.0-or-later
// The reply composer of the real client (offscreen, agent Sam Taylor) against the real server
// (issue 10, defect 4 and the signatures): "send and set status" from the keyboard and the
// menu, applied once also when the reply waited in the outbox; the keys that switch reply and
// note and put the cursor in the box; signatures edited in the dialog and inserted in the
// requester's language, the queue's after the agent's, never for notes and never twice. The
// customers (Nina, Сергей) and the lead Lena act on raw JSON-RPC sockets.
#include "clientharness.h"
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "directorycache.h"
#include "draftstore.h"
#include "mainwindow.h"
#include "outbox.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "signatures.h"
#include "signaturesdialog.h"
#include "ticketpane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
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

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sendAndSetStatus_data();
    void sendAndSetStatus();
    void plainReplyOpensANewTicket();
    void menuDoesNotOfferTheCurrentStatus();
    void switchAndFocusKeys();
    void signaturesEditedInTheDialog();
    void leadEditsAQueueSignature();
    void signatureInTheRequestersLanguage();
    void signatureFollowsTheLeadsQueueSignature();
    void signatureNotForNotesAndNeverTwice();
    void restoredDraftIsNotSigned();
    void statusWaitsInTheOutboxWhileOffline();
    void replyByMailFollowsTheChannel();

private:
    RawClient& user(const QString& login);
    // A ticket filed by a customer (status New), shown in Sam's window.
    TicketId openCustomerTicket(const QString& login, const QString& subject);
    QJsonObject stored(TicketId id);
    QJsonObject details(TicketId id);
    Composer* composer() const { return m_window->ticketPane()->composer(); }
    QPlainTextEdit* editor() const { return composer()->editor(); }
    void waitForSignature(const QString& signature);

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    std::map<QString, std::unique_ptr<RawClient>> m_users;
};

void TestComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    // The window-wide keys (Ctrl+Shift+I, Ctrl+Shift+R) need the window to be active.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets"
    for (const char* login : { "lead", "nina", "sergey" })
        QVERIFY(user(QString::fromLatin1(login)).userId() > 0);
}

void TestComposer::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    m_users.clear();
}

RawClient& TestComposer::user(const QString& login)
{
    auto& client = m_users[login];
    if (!client) {
        client = std::make_unique<RawClient>();
        client->connectAndLogin(m_server.port(), login, kDemoPassword);
    }
    return *client;
}

TicketId TestComposer::openCustomerTicket(const QString& login, const QString& subject)
{
    const QJsonObject created = user(login).result(QStringLiteral("ticket.create"),
        { { QStringLiteral("subject"), subject },
            { QStringLiteral("body"), QStringLiteral("Please help.") } });
    const TicketId id(created.value(QStringLiteral("id")).toInteger());
    if (!id.isValid())
        return id;
    m_window->ticketTable()->setFocus(); // as when the ticket is clicked in the list
    m_window->openTicket(id);
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    const bool loaded = QTest::qWaitFor(
        [&] { return conversation->ticket() && conversation->ticket()->id == id; }, kTimeout);
    return loaded ? id : TicketId();
}

QJsonObject TestComposer::details(TicketId id)
{
    return user(QStringLiteral("lead")).result(QStringLiteral("ticket.get"), idParam(id));
}

QJsonObject TestComposer::stored(TicketId id)
{
    return details(id).value(QStringLiteral("ticket")).toObject();
}

void TestComposer::waitForSignature(const QString& signature)
{
    QTRY_COMPARE_WITH_TIMEOUT(composer()->signature(), signature, kTimeout);
}

void TestComposer::sendAndSetStatus_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("internal");
    QTest::addColumn<QString>("status");
    QTest::newRow("Ctrl+Shift+Enter: Pending") << "shift" << false << "pending";
    QTest::newRow("Ctrl+Alt+Enter: Resolved") << "alt" << false << "resolved";
    QTest::newRow("menu: Closed") << "menu" << false << "closed";
    QTest::newRow("menu, internal note: Pending") << "menu" << true << "pending";
}

// A reply on a New ticket with a status: the ticket goes straight to that status (not via
// Open), one message, one status event by Sam.
void TestComposer::sendAndSetStatus()
{
    QFETCH(QString, how);
    QFETCH(bool, internal);
    QFETCH(QString, status);
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Set status"));
    QVERIFY(id.isValid());
    const QString body = QStringLiteral("We have restarted the service (%1).").arg(how);
    composer()->setInternal(internal);
    editor()->setFocus();
    QTest::keyClicks(editor(), body);
    if (how == QLatin1String("menu")) {
        auto* arrow = composer()->findChild<QToolButton*>(QStringLiteral("sendMenuButton"));
        QVERIFY(arrow && arrow->isVisible() && arrow->isEnabled());
        auto* action
            = composer()->sendMenu()->findChild<QAction*>(QStringLiteral("sendAndSet_") + status);
        QVERIFY(action && action->isEnabled());
        action->trigger();
    } else {
        QTest::keyClick(editor(), Qt::Key_Return,
            Qt::ControlModifier
                | (how == QLatin1String("shift") ? Qt::ShiftModifier : Qt::AltModifier));
    }
    QVERIFY(editor()->toPlainText().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(
        stored(id).value(QStringLiteral("status")).toString(), status, kTimeout);
    const QJsonObject thread = details(id);
    const QJsonArray messages = thread.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().toObject().value(QStringLiteral("body")).toString(), body);
    QCOMPARE(messages.last().toObject().value(QStringLiteral("internal")).toBool(), internal);
    int statusEvents = 0;
    for (const QJsonValue& value : thread.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(QStringLiteral("field")).toString() != QLatin1String("status"))
            continue;
        ++statusEvents;
        QCOMPARE(event.value(QStringLiteral("new")).toString(), status);
        QCOMPARE(event.value(QStringLiteral("actorId")).toInteger(),
            m_connection->currentUser()->id.value());
    }
    QCOMPARE(statusEvents, 1);
    // Sam's window follows: the Properties form shows the new status.
    auto* combo = m_window->ticketPane()->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    QTRY_COMPARE_WITH_TIMEOUT(combo->currentData().toString(), status, kTimeout);
    QVERIFY(!composer()->isInternal()); // back to a reply after sending
}

// Without a status, a first public reply by staff opens a New ticket (the server's rule).
void TestComposer::plainReplyOpensANewTicket()
{
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Plain reply"));
    QVERIFY(id.isValid());
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("Looking into it."));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(
        stored(id).value(QStringLiteral("status")).toString(), QStringLiteral("open"), kTimeout);
}

void TestComposer::menuDoesNotOfferTheCurrentStatus()
{
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Menu"));
    QVERIFY(id.isValid());
    QMenu* menu = composer()->sendMenu();
    const auto action = [menu](const char* status) {
        return menu->findChild<QAction*>(QStringLiteral("sendAndSet_") + QLatin1String(status));
    };
    QVERIFY(!action("pending")->isEnabled()); // nothing typed yet
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("x"));
    QVERIFY(action("pending")->isEnabled());
    QVERIFY(action("open")->isEnabled()); // the ticket is New
    QVERIFY(action("pending")->text().contains(QLatin1String("Pending")));

    // The lead sets it to Pending meanwhile: that entry goes, Open comes back.
    const qint64 version = stored(id).value(QStringLiteral("version")).toInteger();
    QVERIFY(
        user(QStringLiteral("lead"))
            .call(QStringLiteral("ticket.update"),
                { { QStringLiteral("id"), double(id.value()) },
                    { QStringLiteral("version"), double(version) },
                    { QStringLiteral("changes"),
                        QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") } } } })
            .contains(QStringLiteral("result")));
    QTRY_VERIFY_WITH_TIMEOUT(!action("pending")->isEnabled(), kTimeout);
    QVERIFY(action("open")->isEnabled());
    editor()->clear();
}

void TestComposer::switchAndFocusKeys()
{
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Keys"));
    QVERIFY(id.isValid());
    // From the ticket list, Ctrl+Shift+R puts the cursor in the reply box...
    m_window->ticketTable()->setFocus();
    QTRY_VERIFY(m_window->ticketTable()->hasFocus());
    QTest::keyClick(m_window->ticketTable(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(editor()->hasFocus());
    QVERIFY(!composer()->isInternal());
    // ...and Ctrl+Shift+I switches to an internal note and back, keeping the cursor there.
    QTest::keyClick(editor(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(composer()->isInternal());
    QVERIFY(editor()->hasFocus());
    QCOMPARE(composer()->findChild<QPushButton*>(QStringLiteral("sendButton"))->text(),
        QStringLiteral("Add &note"));
    QTest::keyClick(m_window->ticketTable(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!composer()->isInternal());
    QVERIFY(editor()->hasFocus());
}

// Sam writes his signatures in the dialog the composer opens: one for any language, one in
// Russian. They are stored on the server as his.
void TestComposer::signaturesEditedInTheDialog()
{
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Dialog"));
    QVERIFY(id.isValid());
    QTest::mouseClick(
        composer()->findChild<QToolButton*>(QStringLiteral("editSignatures")), Qt::LeftButton);
    auto* dialog = m_window->findChild<SignaturesDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("signatureText"));
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("owner"))->isVisible()); // an agent
    language->setCurrentIndex(language->findData(QString()));
    text->setPlainText(QStringLiteral("Kind regards,\nSam Taylor"));
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    QVERIFY(text->toPlainText().isEmpty());
    text->setPlainText(QString::fromUtf8("С уважением,\nСэм Тейлор"));
    language->setCurrentIndex(language->findData(QString()));
    QCOMPARE(text->toPlainText(), QStringLiteral("Kind regards,\nSam Taylor")); // kept
    QTest::mouseClick(
        dialog->findChild<QPushButton*>(QStringLiteral("saveSignatures")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<SignaturesDialog*>(), kTimeout);
    // offscreen does not give the activation back to the window when a dialog closes
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    RawClient sam;
    QVERIFY(sam.connectAndLogin(m_server.port(), QStringLiteral("sam"), kDemoPassword));
    QMap<QString, QString> mine;
    for (const QJsonValue& value :
        sam.result(QStringLiteral("signature.list"), {}).value(QStringLiteral("items")).toArray()) {
        const QJsonObject signature = value.toObject();
        if (signature.value(QStringLiteral("userId")).toInteger() == sam.userId())
            mine.insert(signature.value(QStringLiteral("locale")).toString(),
                signature.value(QStringLiteral("text")).toString());
    }
    QCOMPARE(mine.value(QString()), QStringLiteral("Kind regards,\nSam Taylor"));
    QCOMPARE(mine.value(QStringLiteral("ru")), QString::fromUtf8("С уважением,\nСэм Тейлор"));

    // Opened again, it shows the signature Nina's replies get: the one for any language.
    composer()->editSignaturesRequested();
    QTRY_VERIFY((dialog = m_window->findChild<SignaturesDialog*>()));
    language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
    text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("signatureText"));
    QCOMPARE(language->currentData().toString(), QString());
    QCOMPARE(text->toPlainText(), QStringLiteral("Kind regards,\nSam Taylor"));
    QVERIFY(language->itemData(language->findData(QStringLiteral("ru")), Qt::FontRole)
                .value<QFont>()
                .bold());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SignaturesDialog*>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// A lead (Lena, her own session) chooses whose signature she edits: the Billing queue's.
void TestComposer::leadEditsAQueueSignature()
{
    auto lena = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(lena);
    DirectoryCache directory(lena.get());
    SignatureBook book(lena.get());
    QTRY_VERIFY(directory.isLoaded() && book.isLoaded());
    SignaturesDialog dialog(&book, &directory, true);
    dialog.show();
    auto* owner = dialog.findChild<QComboBox*>(QStringLiteral("owner"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("signatureText"));
    QVERIFY(owner->isVisible());
    QTRY_VERIFY(owner->findText(QStringLiteral("Queue: Billing")) >= 0);
    owner->setCurrentIndex(owner->findText(QStringLiteral("Queue: Billing")));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    text->setPlainText(QStringLiteral("Ihre Buchhaltung"));
    QTest::mouseClick(
        dialog.findChild<QPushButton*>(QStringLiteral("saveSignatures")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeout);
    QCOMPARE(book.text(QueueId(2), QStringLiteral("de")), QStringLiteral("Ihre Buchhaltung"));
    bool stored = false;
    for (const QJsonValue& value : user(QStringLiteral("lead"))
                                       .result(QStringLiteral("signature.list"), {})
                                       .value(QStringLiteral("items"))
                                       .toArray()) {
        const QJsonObject signature = value.toObject();
        stored = stored
            || (signature.value(QStringLiteral("queueId")).toInteger() == 2
                && signature.value(QStringLiteral("locale")).toString() == QLatin1String("de")
                && signature.value(QStringLiteral("text")).toString()
                    == QLatin1String("Ihre Buchhaltung"));
    }
    QVERIFY(stored);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// Сергей writes in Russian (ru_RU): the reply starts with Sam's Russian signature; Nina
// (en_GB) gets the one for any language. Sent as edited, with the signature once.
void TestComposer::signatureInTheRequestersLanguage()
{
    const QString russian = QString::fromUtf8("С уважением,\nСэм Тейлор");
    const TicketId ru = openCustomerTicket(QStringLiteral("sergey"), QStringLiteral("Письма"));
    QVERIFY(ru.isValid());
    waitForSignature(russian);
    QVERIFY(editor()->toPlainText().isEmpty()); // nothing until a reply is started
    composer()->focusEditor();
    QCOMPARE(editor()->toPlainText(), QStringLiteral("\n\n") + russian);
    QCOMPARE(editor()->textCursor().position(), 0); // the reply is written above it
    QVERIFY(!composer()->findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
    editor()->insertPlainText(QString::fromUtf8("Сергей, добрый день!")); // keyClicks: Latin-1 only
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    const QString expected = QString::fromUtf8("Сергей, добрый день!\n\n") + russian;
    QTRY_COMPARE_WITH_TIMEOUT(details(ru)
                                  .value(QStringLiteral("messages"))
                                  .toArray()
                                  .last()
                                  .toObject()
                                  .value(QStringLiteral("body"))
                                  .toString(),
        expected, kTimeout);

    const TicketId en = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Mail"));
    QVERIFY(en.isValid());
    waitForSignature(QStringLiteral("Kind regards,\nSam Taylor"));
    editor()->setFocus(); // clicking into the box starts a reply too
    QTRY_COMPARE(editor()->toPlainText(), QStringLiteral("\n\nKind regards,\nSam Taylor"));
    // A signature nobody wrote under is no draft.
    QVERIFY(!m_window->drafts()->hasDraft(en));
}

// Lena (another session, a lead) gives the Support queue a Russian signature while Sam works:
// the next ticket Sam opens has it under his own.
void TestComposer::signatureFollowsTheLeadsQueueSignature()
{
    const QString queueSignature = QString::fromUtf8("Служба поддержки Nordwind");
    QVERIFY(user(QStringLiteral("lead"))
                .call(QStringLiteral("signature.set"),
                    { { QStringLiteral("queueId"), 1 },
                        { QStringLiteral("locale"), QStringLiteral("ru") },
                        { QStringLiteral("text"), queueSignature } })
                .contains(QStringLiteral("result")));
    const QJsonObject created = user(QStringLiteral("sergey"))
                                    .result(QStringLiteral("ticket.create"),
                                        { { QStringLiteral("subject"), QStringLiteral("DNS") },
                                            { QStringLiteral("body"), QStringLiteral("?") } });
    const TicketId id(created.value(QStringLiteral("id")).toInteger());
    const qint64 version = created.value(QStringLiteral("version")).toInteger();
    QVERIFY(user(QStringLiteral("lead"))
                .call(QStringLiteral("ticket.update"),
                    { { QStringLiteral("id"), double(id.value()) },
                        { QStringLiteral("version"), double(version) },
                        { QStringLiteral("changes"),
                            QJsonObject { { QStringLiteral("queueId"), 1 } } } })
                .contains(QStringLiteral("result")));
    m_window->openTicket(id);
    waitForSignature(QString::fromUtf8("С уважением,\nСэм Тейлор\n") + queueSignature);
    composer()->focusEditor();
    QVERIFY(editor()->toPlainText().endsWith(queueSignature));
    editor()->clear();
}

void TestComposer::signatureNotForNotesAndNeverTwice()
{
    const QString signature = QStringLiteral("Kind regards,\nSam Taylor");
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Notes"));
    QVERIFY(id.isValid());
    waitForSignature(signature);
    composer()->setInternal(true);
    composer()->focusEditor();
    QVERIFY(editor()->toPlainText().isEmpty()); // a note is not signed
    QTest::keyClicks(editor(), QStringLiteral("Customer sounded upset."));
    composer()->setInternal(false); // it was meant as a reply after all: signed now
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Customer sounded upset.\n\n") + signature);
    composer()->setInternal(true); // and a note again: the untouched signature goes
    QCOMPARE(editor()->toPlainText(), QStringLiteral("Customer sounded upset."));
    composer()->setInternal(false);
    // Leaving and coming back, or asking again, never adds it a second time.
    m_window->ticketTable()->setFocus();
    composer()->focusEditor();
    composer()->focusEditor();
    QCOMPARE(editor()->toPlainText().count(signature), 1);
    // Edited by hand, it is the author's text: sent as it stands.
    QTextCursor cursor = editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" (on call today)"));
    editor()->setTextCursor(cursor);
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(details(id)
                                  .value(QStringLiteral("messages"))
                                  .toArray()
                                  .last()
                                  .toObject()
                                  .value(QStringLiteral("body"))
                                  .toString(),
        QStringLiteral("Customer sounded upset.\n\n") + signature
            + QStringLiteral(" (on call today)"),
        kTimeout);
}

// Moving from a note on one ticket to a reply draft on another restores the draft as it was:
// switching the mode back to a reply while loading it is no "switch to a reply" by the user.
void TestComposer::restoredDraftIsNotSigned()
{
    const TicketId second = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Draft B"));
    QVERIFY(second.isValid());
    Draft draft;
    draft.body = QStringLiteral("Reply B, half written.");
    m_window->drafts()->setDraft(second, draft);
    const TicketId first = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Draft A"));
    QVERIFY(first.isValid());
    waitForSignature(QStringLiteral("Kind regards,\nSam Taylor"));
    composer()->setInternal(true);
    editor()->insertPlainText(QStringLiteral("Note A"));
    m_window->ticketTable()->setFocus();
    m_window->openTicket(second);
    QCOMPARE(editor()->toPlainText(), draft.body);
    QVERIFY(!composer()->isInternal());
    QCOMPARE(m_window->drafts()->draft(second).body, draft.body);
}

// The server is down when Sam sends and sets Pending: the reply waits in the outbox, shown
// with the status it will set, and once the server is back the status is set, once.
void TestComposer::statusWaitsInTheOutboxWhileOffline()
{
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Offline"));
    QVERIFY(id.isValid());
    m_server.kill();
    m_users.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!m_connection->isReady(), kTimeout);
    editor()->setFocus();
    editor()->selectAll();
    QTest::keyClicks(editor(), QStringLiteral("Waiting for your logs."));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->outbox()->queuedCount(), 1);
    QVERIFY(m_window->outbox()->entries().first().status == TicketStatus::Pending);
    auto* view
        = m_window->ticketPane()->findChild<ConversationView*>(QStringLiteral("conversationView"));
    QTRY_VERIFY(view->toPlainText().contains(QLatin1String("sets the status to Pending")));

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->outbox()->queuedCount(), 0, 20000);
    QCOMPARE(stored(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    int pendingEvents = 0;
    for (const QJsonValue& value : details(id).value(QStringLiteral("events")).toArray())
        pendingEvents
            += value.toObject().value(QStringLiteral("new")).toString() == QLatin1String("pending");
    QCOMPARE(pendingEvents, 1);
}

// Issue 13: "Also by e-mail" is ticked for a ticket that came by e-mail and not for one from
// the client; the reply carries the choice (message.add sendMail); a message the mail gateway
// filed shows its sender's address in the thread.
void TestComposer::replyByMailFollowsTheChannel()
{
    auto* byMail = composer()->findChild<QCheckBox*>(QStringLiteral("sendByMail"));
    QVERIFY(byMail && byMail->isVisible());
    const QString lastChoice = QStringLiteral(
        "SELECT send_mail FROM messages WHERE ticket_id = ? ORDER BY id DESC LIMIT 1");
    const auto send = [&](TicketId id, const QString& body) {
        editor()->setFocus();
        QTest::keyClicks(editor(), body);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(details(id).value(QStringLiteral("messages")).toArray().size(), 2,
            kTimeout);
    };

    const TicketId client = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("From the client"));
    QVERIFY(client.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!byMail->isChecked(), kTimeout);
    send(client, QStringLiteral("Not by mail."));
    QCOMPARE(m_server.queryScalar(lastChoice, { client.value() }).toInt(), 0);

    // A ticket the gateway filed from Nina's mail (channel email, the mail beside the message).
    const TicketId mailed(user(QStringLiteral("nina"))
                              .result(QStringLiteral("ticket.create"),
                                  { { QStringLiteral("subject"), QStringLiteral("From a mail") },
                                      { QStringLiteral("body"), QStringLiteral("Sent by mail.") } })
                              .value(QStringLiteral("id"))
                              .toInteger());
    QVERIFY(mailed.isValid());
    m_server.queryScalar(QStringLiteral("UPDATE tickets SET channel = 2 WHERE id = ?"), { mailed.value() });
    m_server.queryScalar(QStringLiteral("UPDATE messages SET channel = 2 WHERE ticket_id = ?"), { mailed.value() });
    m_server.queryScalar(QStringLiteral("INSERT INTO mail_inbound (rfc_message_id, sender, received_at, "
                                        "message_id, full_text, raw) SELECT 'ui-1@example.org', "
                                        "'nina@example.org', 0, MIN(id), '', ? FROM messages WHERE ticket_id = ?"),
        { QByteArray("From: nina@example.org\r\n\r\nSent by mail.\r\n"), mailed.value() });
    m_window->openTicket(mailed);
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(conversation->ticket() && conversation->ticket()->id == mailed, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(byMail->isChecked(), kTimeout);
    auto* view = m_window->ticketPane()->findChild<ConversationView*>(QStringLiteral("conversationView"));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("By e-mail from nina@example.org")), kTimeout);
    composer()->setInternal(true);
    QVERIFY(!byMail->isEnabled()); // notes never go by mail
    composer()->setInternal(false);
    QVERIFY(byMail->isEnabled());
    send(mailed, QStringLiteral("By mail too."));
    QCOMPARE(m_server.queryScalar(lastChoice, { mailed.value() }).toInt(), 1);
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
