// SPDX-License-Identifier: GPL-3.0-or-later
// What the administration forms send: only the fields that differ from what was loaded (so a
// colleague's change to another field survives), and the audit filter and entries as the
// protocol spells them.
#include "admintypes.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;

class TestAdminTypes : public QObject
{
    Q_OBJECT

private slots:
    void userChangesSendOnlyEditedFields();
    void customerChangesSendOnlyEditedFields();
    void auditFilter();
    void auditEntry();
};

void TestAdminTypes::userChangesSendOnlyEditedFields()
{
    User before;
    before.id = UserId(7);
    before.name = QStringLiteral("Ana Horvat");
    before.email = QStringLiteral("ana@example.org");
    before.phone = QStringLiteral("01 234");
    before.role = Role::Customer;
    before.contactRole = ContactRole::Technical;
    before.enabled = false;

    User after = before;
    QVERIFY(userChanges(before, after).isEmpty());
    after.name = QStringLiteral("  Ana Horvat ");
    QVERIFY(userChanges(before, after).isEmpty()); // the server trims: nothing changed
    after.phone = QStringLiteral(" 01 999 ");
    after.enabled = true; // never sent from the form: enabling is its own action
    QCOMPARE(userChanges(before, after),
        (QJsonObject { { QStringLiteral("phone"), QStringLiteral("01 999") } }));
    after.contactRole = ContactRole::Billing;
    after.email.clear();
    QCOMPARE(userChanges(before, after),
        (QJsonObject { { QStringLiteral("phone"), QStringLiteral("01 999") },
            { QStringLiteral("email"), QString() },
            { QStringLiteral("contactRole"), QStringLiteral("billing") } }));
}

void TestAdminTypes::customerChangesSendOnlyEditedFields()
{
    Customer before;
    before.id = CustomerId(3);
    before.name = QStringLiteral("Jadran Media");
    before.notes = QStringLiteral("VIP");
    before.services = QVector<Service> { { 11, QStringLiteral("domain"),
        QStringLiteral("jadran.hr"), QStringLiteral("DNS with us") } };

    Customer after = before;
    after.services->first().id = 0; // the form knows no ids: equal by kind, name, details
    QVERIFY(customerChanges(before, after).isEmpty());
    after.notes = QStringLiteral("VIP, pays yearly");
    QCOMPARE(customerChanges(before, after),
        (QJsonObject { { QStringLiteral("notes"), QStringLiteral("VIP, pays yearly") } }));
    after.notes = before.notes;
    after.services->append(
        { 0, QStringLiteral("mailbox"), QStringLiteral(" info@jadran.hr "), {} });
    const QJsonArray expected {
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("domain") },
            { QStringLiteral("name"), QStringLiteral("jadran.hr") },
            { QStringLiteral("details"), QStringLiteral("DNS with us") } },
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("mailbox") },
            { QStringLiteral("name"), QStringLiteral("info@jadran.hr") } },
    };
    QCOMPARE(
        customerChanges(before, after), (QJsonObject { { QStringLiteral("services"), expected } }));
    after.services->clear();
    QCOMPARE(customerChanges(before, after),
        (QJsonObject { { QStringLiteral("services"), QJsonArray() } }));
}

void TestAdminTypes::auditFilter()
{
    AuditFilter filter;
    QCOMPARE(filter.toJson(), (QJsonObject { { QStringLiteral("limit"), 100 } }));
    filter.action = QStringLiteral("auth.loginFailed");
    filter.actorId = UserId(4);
    filter.since = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    filter.beforeId = 99;
    filter.limit = 2;
    QCOMPARE(filter.toJson(),
        (QJsonObject { { QStringLiteral("limit"), 2 },
            { QStringLiteral("action"), QStringLiteral("auth.loginFailed") },
            { QStringLiteral("actorId"), 4 },
            { QStringLiteral("since"), QStringLiteral("2026-12-01T08:00:00.000Z") },
            { QStringLiteral("beforeId"), 99 } }));
}

void TestAdminTypes::auditEntry()
{
    const QJsonObject wire { { QStringLiteral("action"), QStringLiteral("user.update") },
        { QStringLiteral("actorId"), 1 }, { QStringLiteral("address"), QStringLiteral("::1") },
        { QStringLiteral("at"), QStringLiteral("2026-12-04T20:01:02.345Z") },
        { QStringLiteral("details"),
            QJsonObject { { QStringLiteral("enabled"),
                QJsonObject {
                    { QStringLiteral("new"), false }, { QStringLiteral("old"), true } } } } },
        { QStringLiteral("id"), 42 }, { QStringLiteral("objectId"), 7 },
        { QStringLiteral("objectType"), QStringLiteral("user") } };
    const auto entry = AuditEntry::fromJson(wire);
    QVERIFY(entry);
    QCOMPARE(entry->id, 42);
    QVERIFY(entry->actorId == UserId(1));
    QVERIFY(entry->objectId == 7);
    QCOMPARE(entry->at, QDateTime(QDate(2026, 12, 4), QTime(20, 1, 2, 345), Qt::UTC));

    QJsonObject failed = wire;
    failed.insert(QStringLiteral("actorId"), QJsonValue::Null);
    failed.insert(QStringLiteral("objectId"), QJsonValue::Null);
    QVERIFY(!AuditEntry::fromJson(failed)->actorId);
    failed.remove(QStringLiteral("at"));
    QVERIFY(!AuditEntry::fromJson(failed));
    QVERIFY(
        !auditEntriesFromJson(QJsonObject { { QStringLiteral("items"), QJsonArray { failed } } }));
}

QTEST_MAIN(TestAdminTypes)
#include "tst_admintypes.moc"
