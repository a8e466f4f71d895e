// SPDX-License-Identifier: GPL-3.0-or-later
// Guided requests and the owner's approval in the client (issue 11), against a real server:
// Nina (a technical contact) files a backup restore through the new-ticket form with its
// fields; the agent sees the answers above the thread and the "awaiting approval" banner with
// the properties disabled; Oliver (the owner) approves with one click and the agent's window
// follows the push.
#include "clientharness.h"
#include "connection.h"
#include "conversationmodel.h"
#include "mainwindow.h"
#include "newticketdialog.h"
#include "propertiespanel.h"
#include "rawclient.h"
#include "requestpanel.h"
#include "requesttypesdialog.h"
#include "ticketpane.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QCheckBox>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 15000;
} // namespace

class TestRequestsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileApproveAndWork();
    void adminConfiguresATypeWithAField();

private:
    TestServer m_server;
    RawClient m_lead;
    qint64 m_restoreType = 0;
    QString m_site;
};

void TestRequestsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_lead.connectAndLogin(m_server.port(), QStringLiteral("lead"), kDemoPassword));
    const QJsonObject types = m_lead.result(QStringLiteral("requestType.list"), {});
    for (const QJsonValue& type : types.value(QLatin1String("items")).toArray()) {
        if (type.toObject().value(QLatin1String("key")) == QLatin1String("backup_restore"))
            m_restoreType = type.toObject().value(QLatin1String("id")).toInteger();
    }
    QVERIFY(m_restoreType > 0);
}

void TestRequestsUi::fileApproveAndWork()
{
    auto nina = connectAs(m_server.port(), QStringLiteral("nina"));
    QVERIFY(nina);
    const qint64 organisation = nina->currentUser()->customerId->value();
    m_site = QStringLiteral("shop-%1.example").arg(organisation);
    QVERIFY(!m_lead.result(QStringLiteral("customer.update"),
                      QJsonObject { { QStringLiteral("id"), organisation },
                          { QStringLiteral("services"),
                              QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("hosting") },
                                  { QStringLiteral("name"), m_site } } } } })
                     .isEmpty());

    // Nina files the request: the type, then its fields, then subject and body.
    MainWindow ninaWindow(nina.get());
    ninaWindow.show();
    ninaWindow.findChild<QAction*>(QStringLiteral("newTicketAction"))->trigger();
    NewTicketDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = ninaWindow.findChild<NewTicketDialog*>()) != nullptr, kTimeout);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("requestType"));
    QVERIFY(type);
    QTRY_VERIFY_WITH_TIMEOUT(type->findData(m_restoreType) > 0, kTimeout);
    type->setCurrentIndex(type->findData(m_restoreType));
    QComboBox* site = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((site = dialog->findChild<QComboBox*>(QStringLiteral("field_site"))) != nullptr
            && site->findText(m_site) > 0,
        kTimeout);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("requestSensitive"))->isVisibleTo(dialog));
    // Create without the required fields: the form names the missing one and sends nothing.
    dialog->findChild<QLineEdit*>(QStringLiteral("subject"))->setText(QStringLiteral("Restore the shop"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("body"))->setPlainText(QStringLiteral("Yesterday's files, please."));
    dialog->findChild<QPushButton*>(QStringLiteral("create"))->click();
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("requestError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), kTimeout);
    QVERIFY(dialog->isVisible());
    site = dialog->findChild<QComboBox*>(QStringLiteral("field_site"));
    site->setCurrentIndex(site->findText(m_site));
    dialog->findChild<QDateEdit*>(QStringLiteral("field_date"))->setDate(QDate(2026, 12, 3));
    dialog->findChild<QLineEdit*>(QStringLiteral("field_error"))->setText(QStringLiteral("HTTP 500 after the update"));
    std::optional<Ticket> created;
    connect(dialog, &NewTicketDialog::created, this, [&created](const Ticket& made) { created = made; });
    dialog->findChild<QPushButton*>(QStringLiteral("create"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kTimeout);
    const Ticket ticket = *created;
    QCOMPARE(ticket.approval, QStringLiteral("awaiting"));

    // The agent: answers on top, the banner, the properties disabled.
    auto agent = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(agent);
    MainWindow agentWindow(agent.get());
    agentWindow.show();
    agentWindow.openTicket(ticket.id);
    auto* panel = agentWindow.ticketPane()->findChild<RequestPanel*>();
    QVERIFY(panel);
    auto* answers = panel->findChild<QLabel*>(QStringLiteral("requestAnswers"));
    QTRY_VERIFY_WITH_TIMEOUT(answers->text().contains(m_site), kTimeout);
    QVERIFY(answers->text().contains(QStringLiteral("2026-12-03")));
    QVERIFY(answers->text().contains(QStringLiteral("HTTP 500 after the update")));
    QCOMPARE(answers->textFormat(), Qt::PlainText);
    auto* banner = panel->findChild<QLabel*>(QStringLiteral("approvalText"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(panel) && banner->text().contains(QStringLiteral("Awaiting")), kTimeout);
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("approve"))->isVisibleTo(panel));
    QVERIFY(!agentWindow.ticketPane()->properties()->isEnabled());

    // Oliver, the owner, approves.
    auto oliver = connectAs(m_server.port(), QStringLiteral("oliver"));
    QVERIFY(oliver);
    MainWindow oliverWindow(oliver.get());
    oliverWindow.show();
    oliverWindow.openTicket(ticket.id);
    auto* ownerPanel = oliverWindow.ticketPane()->findChild<RequestPanel*>();
    auto* approve = ownerPanel->findChild<QPushButton*>(QStringLiteral("approve"));
    QTRY_VERIFY_WITH_TIMEOUT(approve->isVisibleTo(ownerPanel), kTimeout);
    approve->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_lead.result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), ticket.id.value() } })
            .value(QLatin1String("ticket")).toObject().value(QLatin1String("approval")).toString(),
        QStringLiteral("approved"), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!approve->isVisibleTo(ownerPanel), kTimeout);

    // The agent's window follows the push: the banner says so and the properties come back.
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("Approved")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(agentWindow.ticketPane()->properties()->isEnabled(), kTimeout);

    // The history says it in words, not field names (a window opened now reads it whole).
    MainWindow laterWindow(agent.get());
    laterWindow.show();
    laterWindow.openTicket(ticket.id);
    ConversationModel* history = laterWindow.ticketPane()->conversation();
    const auto historyLines = [history] {
        QStringList lines;
        for (int row = 0; row < history->rowCount(); ++row)
            lines << history->index(row).data(Qt::DisplayRole).toString();
        return lines;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(historyLines().contains(QStringLiteral("Approved by the organisation's owner")),
        qPrintable(historyLines().join(QLatin1Char('|'))), kTimeout);
    QVERIFY2(historyLines().contains(QStringLiteral("Waiting for the organisation owner's approval")),
        qPrintable(historyLines().join(QLatin1Char('|'))));
    for (const QString& line : historyLines())
        QVERIFY2(!line.contains(QLatin1String("approval changed")), qPrintable(line));
}

// Administration → Request types: a new sensitive type with one required choice field, saved
// through the dialog, is what the server lists; a customer's form then asks for it.
void TestRequestsUi::adminConfiguresATypeWithAField()
{
    auto admin = connectAs(m_server.port(), QStringLiteral("admin"));
    QVERIFY(admin);
    MainWindow window(admin.get());
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("requestTypesAction"));
    QVERIFY(action && action->isVisible());
    action->trigger();
    RequestTypesDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<RequestTypesDialog*>()) != nullptr, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->count() >= 6, kTimeout);
    dialog->findChild<QLineEdit*>(QStringLiteral("typeKey"))->setText(QStringLiteral("ssl_renewal"));
    dialog->findChild<QLineEdit*>(QStringLiteral("typeName"))->setText(QStringLiteral("Renew a certificate"));
    dialog->findChild<QCheckBox*>(QStringLiteral("typeSensitive"))->setChecked(true);
    auto* fields = dialog->findChild<QTableWidget*>(QStringLiteral("typeFields"));
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Add field")))
            button->click();
    }
    QCOMPARE(fields->rowCount(), 1);
    fields->item(0, 0)->setText(QStringLiteral("validity"));
    qobject_cast<QComboBox*>(fields->cellWidget(0, 1))->setCurrentText(QStringLiteral("choice"));
    fields->item(0, 2)->setCheckState(Qt::Checked);
    fields->item(0, 3)->setText(QStringLiteral("How long"));
    fields->item(0, 4)->setText(QStringLiteral("1 year, 2 years"));
    QSignalSpy saved(dialog, &RequestTypesDialog::saved);
    dialog->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);

    QJsonObject created;
    for (const QJsonValue& type :
        m_lead.result(QStringLiteral("requestType.list"), {}).value(QLatin1String("items")).toArray()) {
        if (type.toObject().value(QLatin1String("key")) == QLatin1String("ssl_renewal"))
            created = type.toObject();
    }
    QCOMPARE(created.value(QLatin1String("name")).toString(), QStringLiteral("Renew a certificate"));
    QVERIFY(created.value(QLatin1String("sensitive")).toBool());
    const QJsonObject field = created.value(QLatin1String("fields")).toArray().last().toObject();
    QCOMPARE(field.value(QLatin1String("key")).toString(), QStringLiteral("validity"));
    QVERIFY(field.value(QLatin1String("required")).toBool());
    QCOMPARE(field.value(QLatin1String("choices")).toArray(),
        (QJsonArray { QStringLiteral("1 year"), QStringLiteral("2 years") }));
}

QTEST_MAIN(TestRequestsUi)
#include "tst_requestsui.moc"
