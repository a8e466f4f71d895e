// SPDX-License-Identifier: GPL-3.0-or-later
// TicketEdit: the three-way merge of the user's property changes with what others save.
#include "ticketedit.h"

#include "apitypes.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;

namespace {

const QString kStatus = QStringLiteral("status");
const QString kPriority = QStringLiteral("priority");
const QString kAssignee = QStringLiteral("assigneeId");
const QString kTags = QStringLiteral("tags");

Ticket ticket(qint64 version)
{
    Ticket t;
    t.id = TicketId(10);
    t.subject = QStringLiteral("VPN drops");
    t.status = TicketStatus::Pending;
    t.priority = Priority::Normal;
    t.assigneeId = UserId(6);
    t.requesterId = UserId(8);
    t.tags = QStringList { QStringLiteral("vpn") };
    t.createdAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    t.updatedAt = QDateTime::fromMSecsSinceEpoch(1000 * version, Qt::UTC);
    t.version = version;
    return t;
}

} // namespace

class TestTicketEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyMyChangesAreSent();
    void untouchedFieldsFollow();
    void sameFieldIsAConflict();
    void sameChangeIsNoConflict();
    void keepMineAndTakeTheirs();
    void olderTicketIsIgnored();
    void changedAgainWhileSaving();
    void wireForm();
};

void TestTicketEdit::onlyMyChangesAreSent()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    QVERIFY(!edit.hasChanges());
    edit.setMyValue(kPriority, QStringLiteral("urgent"));
    QCOMPARE(edit.changes(), (QJsonObject { { kPriority, QStringLiteral("urgent") } }));
    // Back to the stored value: nothing to send.
    edit.setMyValue(kPriority, QStringLiteral("normal"));
    QVERIFY(!edit.hasChanges());
    QVERIFY(edit.changes().isEmpty());
}

void TestTicketEdit::untouchedFieldsFollow()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    edit.setMyValue(kPriority, QStringLiteral("urgent"));
    Ticket theirs = ticket(3);
    theirs.status = TicketStatus::Open;
    theirs.assigneeId.reset();
    QVERIFY(edit.merge(theirs));
    QCOMPARE(edit.myValue(kStatus), QJsonValue(QStringLiteral("open")));
    QCOMPARE(edit.myValue(kAssignee), QJsonValue(QJsonValue::Null));
    QVERIFY(edit.conflicts().isEmpty());
    // The save sends the priority only, so the status and the assignee stay as they set them.
    QCOMPARE(edit.changes(), (QJsonObject { { kPriority, QStringLiteral("urgent") } }));
    QCOMPARE(edit.stored()->version, 3);
}

void TestTicketEdit::sameFieldIsAConflict()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    edit.setMyValue(kStatus, QStringLiteral("resolved"));
    edit.setMyValue(kTags, QJsonArray { QStringLiteral("vpn"), QStringLiteral("mine") });
    Ticket theirs = ticket(3);
    theirs.status = TicketStatus::Open;
    QVERIFY(edit.merge(theirs));
    QCOMPARE(edit.conflicts(), QStringList { kStatus });
    QCOMPARE(edit.myValue(kStatus), QJsonValue(QStringLiteral("resolved")));
    QCOMPARE(edit.storedValue(kStatus), QJsonValue(QStringLiteral("open")));
    QCOMPARE(edit.baseValue(kStatus), QJsonValue(QStringLiteral("pending")));
    QCOMPARE(edit.baseTime(kStatus), ticket(2).updatedAt);
    // The field in conflict is not sent; the other change is.
    QCOMPARE(edit.changes(),
        (QJsonObject { { kTags, QJsonArray { QStringLiteral("vpn"), QStringLiteral("mine") } } }));
}

void TestTicketEdit::sameChangeIsNoConflict()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    edit.setMyValue(kStatus, QStringLiteral("open"));
    Ticket theirs = ticket(3);
    theirs.status = TicketStatus::Open;
    QVERIFY(edit.merge(theirs));
    QVERIFY(edit.conflicts().isEmpty());
    QVERIFY(!edit.hasChanges());
}

void TestTicketEdit::keepMineAndTakeTheirs()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    edit.setMyValue(kStatus, QStringLiteral("resolved"));
    edit.setMyValue(kAssignee, 5);
    Ticket theirs = ticket(3);
    theirs.status = TicketStatus::Open;
    theirs.assigneeId = UserId(7);
    QVERIFY(edit.merge(theirs));
    QCOMPARE(edit.conflicts(), (QStringList { kStatus, kAssignee }));
    edit.keepMine(kStatus);
    edit.takeTheirs(kAssignee);
    QVERIFY(edit.conflicts().isEmpty());
    QCOMPARE(edit.myValue(kAssignee), QJsonValue(7));
    QCOMPARE(edit.changes(), (QJsonObject { { kStatus, QStringLiteral("resolved") } }));
    // Changed once more by them: a conflict again, against the value the user kept.
    Ticket again = ticket(4);
    again.status = TicketStatus::Closed;
    again.assigneeId = UserId(7);
    QVERIFY(edit.merge(again));
    QCOMPARE(edit.conflicts(), QStringList { kStatus });
}

void TestTicketEdit::olderTicketIsIgnored()
{
    TicketEdit edit;
    edit.reset(ticket(3));
    Ticket older = ticket(2);
    older.status = TicketStatus::Closed;
    QVERIFY(!edit.merge(older));
    QVERIFY(!edit.merge(ticket(3)));
    QCOMPARE(edit.myValue(kStatus), QJsonValue(QStringLiteral("pending")));
}

void TestTicketEdit::changedAgainWhileSaving()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    edit.setMyValue(kPriority, QStringLiteral("high"));
    const QJsonObject sent = edit.changes();
    edit.setMyValue(kPriority, QStringLiteral("urgent"));
    Ticket answer = ticket(3);
    answer.priority = Priority::High;
    edit.saved(answer, sent);
    // Our own save is no conflict; the later change is still to be saved.
    QVERIFY(edit.conflicts().isEmpty());
    QCOMPARE(edit.changes(), (QJsonObject { { kPriority, QStringLiteral("urgent") } }));
}

void TestTicketEdit::wireForm()
{
    TicketEdit edit;
    edit.reset(ticket(2));
    edit.setMyValue(kStatus, QStringLiteral("open"));
    edit.setMyValue(kAssignee, QJsonValue::Null);
    edit.setMyValue(QStringLiteral("queueId"), 3);
    edit.setMyValue(kTags, QJsonArray());
    const QJsonObject changes = edit.changes();
    QCOMPARE(changes.size(), 4);
    QCOMPARE(TicketEdit::toChanges(changes).toJson(), changes);
}

QTEST_GUILESS_MAIN(TestTicketEdit)
#include "tst_ticketedit.moc"
