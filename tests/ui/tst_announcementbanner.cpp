// SPDX-License-Identifier: GPL-3.0-or-later
// Announcements in the client (issue 11): a lead publishes one to one organisation in the
// editor; a customer of that organisation sees the banner appear live, a customer of another
// does not; a dismissed announcement stays dismissed in a new window; an edit sends only what
// changed, and a colleague's earlier save is shown instead of being overwritten.
#include "announcementbanner.h"
#include "announcementboard.h"
#include "announcementeditor.h"
#include "announcementsdialog.h"
#include "clientharness.h"
#include "conversationmodel.h"
#include "mainwindow.h"
#include "rawclient.h"
#include "ticketpane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 15000;
const QString kTitle = QStringLiteral("Mail servers: maintenance tonight");

QStringList bannerTexts(const MainWindow& window)
{
    QStringList texts;
    if (!window.announcementBanner()->isVisible())
        return texts;
    for (const QLabel* label :
        window.announcementBanner()->findChildren<QLabel*>(QStringLiteral("announcementText")))
        texts << label->text();
    return texts;
}

void clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Save)->click();
}
} // namespace

class TestAnnouncementBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishedLiveToTheAudienceOnly();
    void editSendsOnlyChangesAndKeepsAColleaguesSave();

private:
    TestServer m_server;
    qint64 m_published = 0;
};

void TestAnnouncementBanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAnnouncementBanner::publishedLiveToTheAudienceOnly()
{
    auto leadConnection = connectAs(m_server.port(), QStringLiteral("lead"));
    auto ivanaConnection = connectAs(m_server.port(), QStringLiteral("ivana")); // Jadran Media
    auto oliverConnection = connectAs(m_server.port(), QStringLiteral("oliver")); // Nordwind
    QVERIFY(leadConnection && ivanaConnection && oliverConnection);
    MainWindow lead(leadConnection.get(), nullptr);
    MainWindow ivana(ivanaConnection.get(), nullptr);
    MainWindow oliver(oliverConnection.get(), nullptr);
    for (MainWindow* window : { &lead, &ivana, &oliver })
        window->show();
    QVERIFY(!ivana.announcementBanner()->isVisible());

    AnnouncementsDialog* list = lead.showAnnouncements();
    QVERIFY(list);
    AnnouncementEditor* editor = list->openEditor(false);
    QVERIFY(editor);
    editor->show();
    auto* audience = editor->findChild<QComboBox*>(QStringLiteral("announcementAudience"));
    auto* customers = editor->findChild<QListWidget*>(QStringLiteral("audienceCustomers"));
    QVERIFY(audience && customers);
    audience->setCurrentIndex(audience->findData(QStringLiteral("customers")));
    QTRY_VERIFY_WITH_TIMEOUT(customers->count() >= 4, kTimeout);
    for (int row = 0; row < customers->count(); ++row) {
        if (customers->item(row)->text().startsWith(QStringLiteral("Jadran Media")))
            customers->item(row)->setCheckState(Qt::Checked);
    }
    editor->setText(QStringLiteral("en"), kTitle,
        QStringLiteral("Mail may be delayed for up to ten minutes.\n<b>not bold</b>"));
    QSignalSpy saved(editor, &AnnouncementEditor::saved);
    clickSave(editor);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);
    m_published = saved.first().first().toJsonObject().value(QLatin1String("id")).toInteger();
    QVERIFY(m_published > 0);

    // Jadran's customer: live, without reloading anything.
    QTRY_VERIFY_WITH_TIMEOUT(
        bannerTexts(ivana).join(u'\n').contains(kTitle), kTimeout);
    QVERIFY(bannerTexts(ivana).first().startsWith(QStringLiteral("Maintenance: ")));
    // The lead (staff) sees it too.
    QTRY_VERIFY_WITH_TIMEOUT(bannerTexts(lead).join(u'\n').contains(kTitle), kTimeout);
    // Nordwind's customer: nothing, not even after a round trip.
    QVERIFY(callSync(*oliverConnection, QStringLiteral("announcement.list"), QJsonObject()).ok());
    QTest::qWait(200);
    QVERIFY(bannerTexts(oliver).isEmpty());
    QVERIFY(!oliver.announcementBanner()->isVisible());

    // The full text in Help → Announcements, as plain text.
    AnnouncementsDialog* ivanaList = ivana.showAnnouncements();
    auto* fullText = ivanaList->findChild<QPlainTextEdit*>(QStringLiteral("announcementFullText"));
    QVERIFY(fullText);
    QTRY_VERIFY_WITH_TIMEOUT(fullText->toPlainText().contains(QStringLiteral("<b>not bold</b>")), kTimeout);
    QVERIFY(!ivanaList->findChild<QPushButton*>(QStringLiteral("newAnnouncement")));
    ivanaList->close();

    // A reply about it: the thread names the announcement.
    QVERIFY(callSync(*leadConnection, QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), 7 },
            { QStringLiteral("body"), QStringLiteral("The delay comes from tonight's maintenance.") },
            { QStringLiteral("announcementId"), m_published } })
                .ok());
    ivana.openTicket(TicketId(7));
    ConversationModel* thread = ivana.ticketPane()->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() > 0
            && thread->index(thread->rowCount() - 1).data(ConversationModel::AnnouncementRole).toString() == kTitle,
        kTimeout);

    // Dismissed: gone from the banner, and still gone in the next window.
    auto* dismiss = ivana.announcementBanner()->findChild<QToolButton*>(QStringLiteral("dismissAnnouncement"));
    QVERIFY(dismiss);
    dismiss->click();
    QTRY_VERIFY_WITH_TIMEOUT(!ivana.announcementBanner()->isVisible(), kTimeout);
    MainWindow again(ivanaConnection.get(), nullptr);
    again.show();
    QVERIFY(callSync(*ivanaConnection, QStringLiteral("announcement.list"), QJsonObject()).ok());
    QTest::qWait(200);
    QVERIFY(bannerTexts(again).isEmpty());
}

void TestAnnouncementBanner::editSendsOnlyChangesAndKeepsAColleaguesSave()
{
    QVERIFY(m_published > 0);
    auto leadConnection = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(leadConnection);
    const CallResult current = callSync(*leadConnection, QStringLiteral("announcement.get"),
        QJsonObject { { QStringLiteral("id"), m_published } });
    QVERIFY(current.ok());
    AnnouncementEditor editor(leadConnection.get(), current.result.toObject());
    auto* kind = editor.findChild<QComboBox*>(QStringLiteral("announcementKind"));
    QVERIFY(kind);
    QTRY_VERIFY_WITH_TIMEOUT(editor.findChild<QListWidget*>(QStringLiteral("audienceCustomers"))->count() >= 4, kTimeout);
    kind->setCurrentIndex(kind->findData(QStringLiteral("update")));
    const QJsonObject params = editor.saveParams();
    QCOMPARE(params.keys(),
        (QStringList { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("version") }));

    // A colleague saves first: the editor shows their version instead of overwriting it.
    RawClient admin;
    QVERIFY(admin.connectAndLogin(m_server.port(), QStringLiteral("admin"), kDemoPassword));
    QVERIFY(!admin.result(QStringLiteral("announcement.save"),
                      QJsonObject { { QStringLiteral("id"), m_published },
                          { QStringLiteral("version"), current.result.toObject().value(QLatin1String("version")) },
                          { QStringLiteral("kind"), QStringLiteral("setting") } })
                 .isEmpty());
    editor.show();
    clickSave(&editor);
    auto* error = editor.findChild<QLabel*>(QStringLiteral("announcementError"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("setting"));
    QVERIFY(editor.isVisible());
    const CallResult after = callSync(*leadConnection, QStringLiteral("announcement.get"),
        QJsonObject { { QStringLiteral("id"), m_published } });
    QCOMPARE(after.result.toObject().value(QLatin1String("kind")).toString(), QStringLiteral("setting"));
}

QTEST_MAIN(TestAnnouncementBanner)
#include "tst_announcementbanner.moc"
