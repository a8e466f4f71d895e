// SPDX-License-Identifier: GPL-3.0-or-later
// ticket.similar (docs/protocol.md, issue 11): earlier tickets like this one, the same
// organisation's first; never the ticket itself, later, linked or merged tickets; words folded
// as search folds them. rankingOnTheLabelledSet loads tests/data/similar/pairs.json (240 pairs
// made from the bench generator's phrase pools in four languages) and checks the ranking
// against a floor below what was measured.
#include "similarset.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {
// Measured (docs/performance.md, "ticket.similar"): precision@1 0.817 on SQLite and 0.825 on
// PostgreSQL, recall@5 0.971 and 0.979; the floors leave room for small changes of the
// ranking, not for a broken one (with the organisation first whatever the score: 0.70, 0.84).
constexpr double kMinPrecisionAt1 = 0.74;
constexpr double kMinRecallAt5 = 0.93;
} // namespace

class TestSimilar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheEarlierTicket();
    void sameOrganisationFirst();
    void foldsLettersAndAccents();
    void leavesOutLinkedMergedAndLater();
    void limitAndCustomers();
    void rankingOnTheLabelledSet();

private:
    qint64 create(const QString& subject, const QString& body, qint64 customer);
    QJsonArray similar(qint64 id, int limit = 5);
    static QList<qint64> ids(const QJsonArray& items);

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
};

void TestSimilar::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(m_agent);
}

qint64 TestSimilar::create(const QString& subject, const QString& body, qint64 customer)
{
    return idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body },
            { QStringLiteral("customerId"), customer } })));
}

QJsonArray TestSimilar::similar(qint64 id, int limit)
{
    const QJsonObject response = m_agent->call(QStringLiteral("ticket.similar"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("limit"), limit } });
    if (errorCode(response) != 0)
        qWarning() << describe(response);
    return resultOf(response).value(QLatin1String("items")).toArray();
}

QList<qint64> TestSimilar::ids(const QJsonArray& items)
{
    QList<qint64> list;
    for (const QJsonValue& item : items)
        list << idOf(item);
    return list;
}

void TestSimilar::findsTheEarlierTicket()
{
    const qint64 earlier = create(QStringLiteral("Varnish cache purge fails on cobalt7"),
        QStringLiteral("Purging the varnish cache on cobalt7 returns error 503 since the upgrade."),
        kAcme);
    const qint64 unrelated = create(QStringLiteral("Invoice address change"),
        QStringLiteral("Please change the postal address on our invoices."), kAcme);
    const qint64 now = create(QStringLiteral("Varnish purge broken again"),
        QStringLiteral("The cache purge on cobalt7 fails with error 503 again."), kAcme);
    const QJsonArray items = similar(now);
    QVERIFY2(!items.isEmpty(), "no suggestion");
    const QJsonObject first = items.first().toObject();
    QCOMPARE(idOf(first), earlier);
    QVERIFY(!ids(items).contains(unrelated));
    QVERIFY(!ids(items).contains(now));
    QCOMPARE(first.value(QLatin1String("subject")).toString(),
        QStringLiteral("Varnish cache purge fails on cobalt7"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(first.value(QLatin1String("customerId")).toInteger(), kAcme);
    QVERIFY(!first.value(QLatin1String("customerName")).toString().isEmpty());
    QVERIFY(first.value(QLatin1String("sameOrganisation")).toBool());
    QVERIFY(first.value(QLatin1String("createdAt")).toString().endsWith(QLatin1Char('Z')));
    const double score = first.value(QLatin1String("score")).toDouble();
    QVERIFY2(score > 0 && score <= 1, qPrintable(QString::number(score)));
}

void TestSimilar::sameOrganisationFirst()
{
    // Globex's ticket matches best; Acme's close one comes first for Acme all the same, and
    // Acme's that shares only a word or two does not.
    const QString subject = QStringLiteral("Tomcat heap exhausted on zircon4 nightly");
    const QString body = QStringLiteral(
        "Tomcat dies every night on zircon4: heap exhausted, OutOfMemoryError in catalina.out.");
    const qint64 weak = create(QStringLiteral("Tomcat upgrade"),
        QStringLiteral("Please upgrade Tomcat on zircon4."), kAcme);
    const qint64 globex = create(subject, body, kGlobex);
    const qint64 close = create(subject, QStringLiteral("Tomcat dies every night on zircon4."), kAcme);
    const qint64 now = create(subject, body, kAcme);
    const QJsonArray items = similar(now);
    QCOMPARE(ids(items).mid(0, 2), (QList<qint64> { close, globex }));
    QVERIFY(items.at(0).toObject().value(QLatin1String("sameOrganisation")).toBool());
    QVERIFY(!items.at(1).toObject().value(QLatin1String("sameOrganisation")).toBool());
    QVERIFY(items.at(1).toObject().value(QLatin1String("score")).toDouble()
        > items.at(0).toObject().value(QLatin1String("score")).toDouble());
    const qsizetype weakAt = ids(items).indexOf(weak);
    QVERIFY(weakAt == -1 || weakAt > 1);
}

void TestSimilar::foldsLettersAndAccents()
{
    const qint64 earlier = create(QStringLiteral("Płatność złotówkami w Łódź odrzucona"),
        QStringLiteral("Đurđevac: zahtjev za povrat novca, kartica odbijena."), kGlobex);
    const qint64 now = create(QStringLiteral("platnosc zlotowkami Lodz"),
        QStringLiteral("Durdevac povrat"), kGlobex);
    QCOMPARE(ids(similar(now)).value(0), earlier);
}

void TestSimilar::leavesOutLinkedMergedAndLater()
{
    const QString subject = QStringLiteral("Quasar mailbox quota kraken");
    const QString body = QStringLiteral("The kraken mailbox is over its quasar quota.");
    const qint64 linked = create(subject, body, kAcme);
    const qint64 merged = create(subject, body, kAcme);
    const qint64 survivor = create(subject + QStringLiteral(" survivor"), body, kGlobex);
    const qint64 plain = create(subject, body, kAcme);
    const qint64 now = create(subject, body, kAcme);
    const qint64 later = create(subject, body, kAcme);
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.link"),
        QJsonObject { { QStringLiteral("id"), now }, { QStringLiteral("otherId"), linked } }));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.merge"),
        QJsonObject { { QStringLiteral("id"), merged }, { QStringLiteral("intoId"), plain } }));
    const QList<qint64> found = ids(similar(now));
    QVERIFY2(found.contains(plain) && found.contains(survivor), qPrintable(QString::number(found.size())));
    QVERIFY(!found.contains(linked));
    QVERIFY(!found.contains(merged));
    QVERIFY(!found.contains(now));
    QVERIFY(!found.contains(later));
    // Unlinked, it is suggested again.
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.unlink"),
        QJsonObject { { QStringLiteral("id"), linked }, { QStringLiteral("otherId"), now } }));
    QVERIFY(ids(similar(now)).contains(linked));
}

void TestSimilar::limitAndCustomers()
{
    const QString subject = QStringLiteral("Gerbil backup rotation nebula");
    QList<qint64> made;
    for (int i = 0; i < 7; ++i)
        made << create(subject, QStringLiteral("nebula gerbil rotation %1").arg(i), kAcme);
    QCOMPARE(similar(made.last()).size(), 5);
    QCOMPARE(similar(made.last(), 2).size(), 2);
    QVERIFY(similar(made.first()).isEmpty());
    // Customers may not ask, not even for their own organisation's ticket.
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(alice);
    HD_EXPECT_ERROR(alice->call(QStringLiteral("ticket.similar"), params(QStringLiteral("id"), made.last())), 1003);
}

void TestSimilar::rankingOnTheLabelledSet()
{
    QString error;
    const QJsonObject set = readSimilarSet(QStringLiteral(HELPDESK_SIMILAR_SET), &error);
    QVERIFY2(!set.isEmpty(), qPrintable(error));
    QVERIFY(set.value(QLatin1String("pairs")).toArray().size() >= 200);
    const SimilarScores scores = evaluateSimilarSet(*m_agent, set, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("%d pairs: precision@1 %.3f, recall@5 %.3f; of them %d with another organisation's "
          "ticket expected: first %d, in five %d",
        scores.pairs, scores.precisionAt1(), scores.recallAt5(), scores.otherOrganisation,
        scores.otherFirst, scores.otherInFive);
    QVERIFY(scores.precisionAt1() >= kMinPrecisionAt1);
    QVERIFY(scores.recallAt5() >= kMinRecallAt5);
}

QTEST_GUILESS_MAIN(TestSimilar)
#include "tst_similar.moc"
