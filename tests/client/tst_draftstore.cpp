// SPDX-License-Identifier: GPL-3.0-or-later
// DraftStore: drafts are on disk shortly after typing, survive re-creation (a restart or a
// crash), and go away when cleared or emptied.
#include "draftstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesRecreation();
    void isWrittenWhileTyping();
    void clearAndEmptyRemoveTheFile();
    void ignoresStrayFiles();
};

void TestDraftStore::survivesRecreation()
{
    QTemporaryDir dir;
    {
        DraftStore store(dir.path());
        QSignalSpy changed(&store, &DraftStore::draftChanged);
        store.setText(TicketId(42), QStringLiteral("Dear customer,\nhalf a thought"));
        store.setDraft(DraftStore::kNewTicket,
            Draft { QStringLiteral("Body of a new one"), QStringLiteral("Subject"), false });
        store.setDraft(TicketId(7), Draft { QStringLiteral("note"), QString(), true });
        QCOMPARE(changed.size(), 3);
    }
    DraftStore reopened(dir.path());
    QCOMPARE(reopened.text(TicketId(42)), QStringLiteral("Dear customer,\nhalf a thought"));
    QCOMPARE(reopened.draft(DraftStore::kNewTicket).subject, QStringLiteral("Subject"));
    QCOMPARE(reopened.draft(DraftStore::kNewTicket).body, QStringLiteral("Body of a new one"));
    QVERIFY(reopened.draft(TicketId(7)).internal);
    QCOMPARE(reopened.tickets().size(), 3);
    QVERIFY(!reopened.hasDraft(TicketId(8)));
}

void TestDraftStore::isWrittenWhileTyping()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("ticket-5.json"));
    // Keystrokes keep coming faster than the save delay; the text still reaches the disk.
    QString text;
    for (int i = 0; i < 12; ++i) {
        text += QStringLiteral("word ");
        store.setText(TicketId(5), text);
        QTest::qWait(50);
    }
    QVERIFY(QFile::exists(path));
    // A second store reading the directory now (as after a crash) sees nearly everything.
    QTRY_COMPARE_WITH_TIMEOUT(DraftStore(dir.path()).text(TicketId(5)), text, 1000);
    // Nothing temporary is left next to it.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("ticket-5.json") });
}

void TestDraftStore::clearAndEmptyRemoveTheFile()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    store.setText(TicketId(1), QStringLiteral("one"));
    store.setText(TicketId(2), QStringLiteral("two"));
    store.flush();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);

    store.clear(TicketId(1)); // sent: gone at once
    QVERIFY(!store.hasDraft(TicketId(1)));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("ticket-2.json") });

    store.setText(TicketId(2), QString()); // the user deleted every character
    store.flush();
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QVERIFY(DraftStore(dir.path()).tickets().isEmpty());
}

void TestDraftStore::ignoresStrayFiles()
{
    QTemporaryDir dir;
    QFile broken(QDir(dir.path()).filePath(QStringLiteral("ticket-3.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    QFile mislabelled(QDir(dir.path()).filePath(QStringLiteral("ticket-4.json")));
    QVERIFY(mislabelled.open(QIODevice::WriteOnly));
    mislabelled.write(R"({"ticketId":9,"body":"claims another ticket"})");
    mislabelled.close();
    DraftStore store(dir.path());
    QVERIFY(store.tickets().isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
