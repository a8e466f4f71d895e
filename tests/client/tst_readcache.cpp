// SPDX-License-Identifier: GPL-3.0-or-later
// ReadCache: copies survive a restart, stay within their bounds, are private to the user
// (own directory per user id, owner-only permissions) and are gone after clear().
#include "readcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;

namespace {

TicketDetails details(qint64 id, const QString& subject, int messages = 1)
{
    TicketDetails result;
    result.ticket.id = TicketId(id);
    result.ticket.subject = subject;
    result.ticket.requesterId = UserId(3);
    result.ticket.createdAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
    result.ticket.updatedAt = result.ticket.createdAt;
    result.ticket.version = 1 + messages;
    for (int i = 0; i < messages; ++i) {
        Message message;
        message.id = MessageId(id * 100 + i);
        message.ticketId = result.ticket.id;
        message.authorId = UserId(3);
        message.body = QStringLiteral("Message %1 of #%2 <b>as typed</b>").arg(i).arg(id);
        message.createdAt = result.ticket.createdAt.addSecs(i);
        result.messages.append(message);
    }
    return result;
}

} // namespace

class TestReadCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keepsThreadsAcrossRestarts();
    void keepsTheLastTicketsOnly();
    void keepsListsByQuery();
    void isPrivateAndPerUser();
    void clearDeletesEverything();
};

void TestReadCache::keepsThreadsAcrossRestarts()
{
    QTemporaryDir dir;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        ReadCache cache(dir.filePath(QStringLiteral("cache")));
        cache.storeTicket(details(7, QStringLiteral("Backup failed"), 3));
    }
    ReadCache reopened(dir.filePath(QStringLiteral("cache")));
    const auto copy = reopened.ticket(TicketId(7));
    QVERIFY(copy);
    QCOMPARE(copy->value.ticket.subject, QStringLiteral("Backup failed"));
    QCOMPARE(copy->value.messages.size(), 3);
    QCOMPARE(copy->value.messages.at(2).body, QStringLiteral("Message 2 of #7 <b>as typed</b>"));
    QVERIFY(copy->savedAt >= before && copy->savedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!reopened.ticket(TicketId(8)));
}

void TestReadCache::keepsTheLastTicketsOnly()
{
    QTemporaryDir dir;
    ReadCache cache(dir.path());
    for (int id = 1; id <= ReadCache::kMaxTickets + 5; ++id)
        cache.storeTicket(details(id, QStringLiteral("T%1").arg(id)));
    // Opening #6 again makes it recent: it outlives the ones opened after it once.
    cache.storeTicket(details(6, QStringLiteral("T6 again")));
    for (int id = ReadCache::kMaxTickets + 6; id <= ReadCache::kMaxTickets + 8; ++id)
        cache.storeTicket(details(id, QStringLiteral("T%1").arg(id)));
    QVERIFY(!cache.ticket(TicketId(1)));
    QVERIFY(!cache.ticket(TicketId(8)));
    QCOMPARE(cache.ticket(TicketId(6))->value.ticket.subject, QStringLiteral("T6 again"));
    QVERIFY(cache.ticket(TicketId(ReadCache::kMaxTickets + 8)));
    const QStringList files = QDir(dir.filePath(QStringLiteral("tickets")))
                                  .entryList(QDir::Files | QDir::NoDotAndDotDot);
    QCOMPARE(files.size(), ReadCache::kMaxTickets);
}

void TestReadCache::keepsListsByQuery()
{
    QTemporaryDir dir;
    ReadCache cache(dir.path());
    TicketQuery open;
    open.statuses = { TicketStatus::Open };
    TicketQuery openBySubject = open;
    openBySubject.sortField = TicketSortField::Subject;
    TicketPage page;
    page.total = 250;
    page.items
        = { details(1, QStringLiteral("one")).ticket, details(2, QStringLiteral("two")).ticket };
    cache.storeList(open, page);
    const auto copy = cache.list(open);
    QVERIFY(copy);
    QCOMPARE(copy->value.total, 250);
    QCOMPARE(copy->value.items.size(), 2);
    QCOMPARE(copy->value.items.at(1).subject, QStringLiteral("two"));
    QVERIFY(!cache.list(openBySubject)); // another order is another first page
    QVERIFY(!cache.list(TicketQuery()));
}

void TestReadCache::isPrivateAndPerUser()
{
    const QString ana = ReadCache::directoryFor(
        QStringLiteral("Desk.example"), 7443, QStringLiteral("ana"), UserId(3));
    const QString anaAgain = ReadCache::directoryFor(
        QStringLiteral("desk.example"), 7443, QStringLiteral("ana"), UserId(3));
    const QString newAna = ReadCache::directoryFor(
        QStringLiteral("desk.example"), 7443, QStringLiteral("ana"), UserId(9));
    const QString ivan = ReadCache::directoryFor(
        QStringLiteral("desk.example"), 7443, QStringLiteral("ivan"), UserId(4));
    QCOMPARE(ana, anaAgain);
    QVERIFY(ana != newAna); // a login made again for someone else sees nothing of the old one
    QVERIFY(ana != ivan);
    QVERIFY(!ivan.startsWith(ana));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache"));
    ReadCache cache(path);
    cache.storeTicket(details(7, QStringLiteral("private")));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
    const QString file = path + QStringLiteral("/tickets/7.json");
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
}

void TestReadCache::clearDeletesEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache"));
    ReadCache cache(path);
    cache.storeTicket(details(7, QStringLiteral("seven")));
    cache.storeList(
        TicketQuery(), TicketPage { 1, { details(7, QStringLiteral("seven")).ticket } });
    QVERIFY(QDir(path).exists());
    cache.clear();
    QVERIFY(!QDir(path).exists());
    QVERIFY(!cache.ticket(TicketId(7)));
    // Nothing is written after a logout, even by a late answer.
    cache.storeTicket(details(8, QStringLiteral("late")));
    QVERIFY(!QDir(path).exists());
    ReadCache reopened(path);
    QVERIFY(!reopened.ticket(TicketId(7)));
    QVERIFY(!reopened.list(TicketQuery()));
}

QTEST_GUILESS_MAIN(TestReadCache)
#include "tst_readcache.moc"
