// SPDX-License-Identifier: GPL-3.0-or-later
// Two leads edit one SLA calendar and one on-call rota at once (docs/protocol.md calendar.save,
// rota.save: `version`): only the params given change, and a save over a version the editor
// did not see is refused with 1009 and the stored state, so neither silently undoes the other.
// On PostgreSQL the two leads are on two servers sharing the database.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {
constexpr qint64 kSupport = 1;

QJsonArray weekdays(const QString& start, const QString& end)
{
    QJsonArray hours;
    for (int day = 1; day <= 5; ++day)
        hours.append(QJsonObject { { QStringLiteral("day"), day }, { QStringLiteral("start"), start },
            { QStringLiteral("end"), end } });
    return hours;
}
} // namespace

class TestSlaAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calendarVersions();
    void rotaVersions();
    void versionRules();

private:
    TestServer m_a;
    TestServer m_b; // PostgreSQL only
    std::unique_ptr<TestClient> m_lead; // on the first server
    std::unique_ptr<TestClient> m_admin; // on the second server on PostgreSQL
    std::unique_ptr<TestClient> m_agent;
};

void TestSlaAdmin::initTestCase()
{
    QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
    if (m_a.isPostgres())
        QVERIFY2(m_b.startSharing(m_a), qPrintable(m_b.errorString()));
    m_lead = TestClient::loggedIn(m_a.port(), QStringLiteral("lead"));
    m_admin = TestClient::loggedIn(m_a.isPostgres() ? m_b.port() : m_a.port(), QStringLiteral("admin"));
    m_agent = TestClient::loggedIn(m_a.port(), QStringLiteral("agent"));
    QVERIFY(m_lead && m_admin && m_agent);
}

void TestSlaAdmin::calendarVersions()
{
    const QJsonObject created = resultOf(m_lead->call(QStringLiteral("calendar.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Zagreb office") },
            { QStringLiteral("timeZone"), QStringLiteral("Europe/Zagreb") },
            { QStringLiteral("hours"), weekdays(QStringLiteral("08:00"), QStringLiteral("16:00")) } }));
    const qint64 id = idOf(created);
    QCOMPARE(created.value(QLatin1String("version")).toInteger(), 1);
    // Both leads open version 1. The lead adds a holiday, the admin renames it: different
    // fields, both kept.
    const QJsonObject holiday = resultOf(m_lead->call(QStringLiteral("calendar.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("holidays"), QJsonArray { QStringLiteral("2026-12-25") } } }));
    QCOMPARE(holiday.value(QLatin1String("version")).toInteger(), 2);
    // The admin's save over version 1 is refused with what is stored now.
    const QJsonObject refused = m_admin->call(QStringLiteral("calendar.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("holidays"), QJsonArray { QStringLiteral("2027-01-01") } } });
    QCOMPARE(errorCode(refused), 1009);
    const QJsonObject current = refused.value(QLatin1String("error")).toObject()
                                    .value(QLatin1String("data")).toObject()
                                    .value(QLatin1String("current")).toObject();
    QCOMPARE(current.value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(current.value(QLatin1String("holidays")).toArray(), QJsonArray { QStringLiteral("2026-12-25") });
    // Without a version only the params given change (the name), the holiday stays.
    const QJsonObject renamed = resultOf(m_admin->call(QStringLiteral("calendar.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Zagreb") } }));
    QCOMPARE(renamed.value(QLatin1String("version")).toInteger(), 3);
    QCOMPARE(renamed.value(QLatin1String("holidays")).toArray(), QJsonArray { QStringLiteral("2026-12-25") });
    QCOMPARE(renamed.value(QLatin1String("hours")).toArray().size(), 5);
    // The list shows the version; the 24/7 calendar stays at 1.
    const QJsonArray items = resultOf(m_agent->call(QStringLiteral("calendar.list")))
                                 .value(QLatin1String("items")).toArray();
    QCOMPARE(items.first().toObject().value(QLatin1String("version")).toInteger(), 1);
    QCOMPARE(items.last().toObject().value(QLatin1String("version")).toInteger(), 3);
    QCOMPARE(items.last().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Zagreb"));
}

void TestSlaAdmin::rotaVersions()
{
    const qint64 agent = m_agent->userId();
    const QJsonObject empty = resultOf(m_lead->call(QStringLiteral("rota.list"),
        QJsonObject { { QStringLiteral("queueId"), kSupport } }));
    const qint64 version = empty.value(QLatin1String("version")).toInteger();
    QVERIFY(version >= 1);
    const QJsonObject shift { { QStringLiteral("userId"), agent },
        { QStringLiteral("timeZone"), QStringLiteral("Europe/Zagreb") },
        { QStringLiteral("hours"), weekdays(QStringLiteral("18:00"), QStringLiteral("08:00")) } };
    const QJsonObject saved = resultOf(m_lead->call(QStringLiteral("rota.save"),
        QJsonObject { { QStringLiteral("queueId"), kSupport }, { QStringLiteral("version"), version },
            { QStringLiteral("shifts"), QJsonArray { shift } } }));
    QCOMPARE(saved.value(QLatin1String("version")).toInteger(), version + 1);
    QCOMPARE(saved.value(QLatin1String("shifts")).toArray().size(), 1);
    // The admin, who read the empty rota, would empty it again: refused with the stored rota.
    const QJsonObject refused = m_admin->call(QStringLiteral("rota.save"),
        QJsonObject { { QStringLiteral("queueId"), kSupport }, { QStringLiteral("version"), version },
            { QStringLiteral("shifts"), QJsonArray() } });
    QCOMPARE(errorCode(refused), 1009);
    const QJsonObject current = refused.value(QLatin1String("error")).toObject()
                                    .value(QLatin1String("data")).toObject()
                                    .value(QLatin1String("current")).toObject();
    QCOMPARE(current.value(QLatin1String("shifts")).toArray().size(), 1);
    QCOMPARE(current.value(QLatin1String("version")).toInteger(), version + 1);
    const QJsonObject listed = resultOf(m_agent->call(QStringLiteral("rota.list"),
        QJsonObject { { QStringLiteral("queueId"), kSupport } }));
    QCOMPARE(listed.value(QLatin1String("shifts")).toArray().size(), 1);
    // Another queue's rota has its own version.
    const QJsonObject billing = resultOf(m_agent->call(QStringLiteral("rota.list"),
        QJsonObject { { QStringLiteral("queueId"), 2 } }));
    QCOMPARE(billing.value(QLatin1String("version")).toInteger(), 1);
}

void TestSlaAdmin::versionRules()
{
    // version only with id; an integer.
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("calendar.save"),
                        QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("name"), QStringLiteral("X") },
                            { QStringLiteral("timeZone"), QStringLiteral("UTC") },
                            { QStringLiteral("hours"), weekdays(QStringLiteral("08:00"), QStringLiteral("16:00")) } }),
        -32602);
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("rota.save"),
                        QJsonObject { { QStringLiteral("queueId"), kSupport }, { QStringLiteral("version"), QStringLiteral("1") },
                            { QStringLiteral("shifts"), QJsonArray() } }),
        -32602);
    // The 24/7 calendar: 1022 before any version check.
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("calendar.save"),
                        QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("version"), 7 },
                            { QStringLiteral("name"), QStringLiteral("Always") } }),
        1022);
}

QTEST_GUILESS_MAIN(TestSlaAdmin)
#include "tst_slaadmin.moc"
