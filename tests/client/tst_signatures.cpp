// SPDX-License-Identifier: GPL-3.0-or-later
// SignatureBook: which signature a reply gets (the reader's locale, its language, then the
// fallback; the agent's, then the queue's), and storing and reading them on the real server,
// where only leads and admins may change a queue's.
#include "clientharness.h"
#include "errortext.h"
#include "signatures.h"

#include <QSignalSpy>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

Signature mine(const QString& locale, const QString& text)
{
    Signature signature;
    signature.userId = UserId(7);
    signature.locale = locale;
    signature.text = text;
    return signature;
}

Signature queues(qint64 queue, const QString& locale, const QString& text)
{
    Signature signature;
    signature.queueId = QueueId(queue);
    signature.locale = locale;
    signature.text = text;
    return signature;
}

// Stores through the book and waits for the answer; the error, if any.
std::optional<rpc::Error> store(
    SignatureBook& book, std::optional<QueueId> queue, const QString& locale, const QString& text)
{
    bool done = false;
    std::optional<rpc::Error> failure;
    book.store(
        queue, locale, text, &book, [&] { done = true; },
        [&](const rpc::Error& error) {
            failure = error;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return localError(TimedOut);
    return failure;
}

} // namespace

class TestSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fallbackChain_data();
    void fallbackChain();
    void pick_data();
    void pick();
    void replySignatureJoinsAgentAndQueue();
    void storedAndReadBack();
    void onlyLeadsSetQueueSignatures();

private:
    TestServer m_server;
};

void TestSignatures::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSignatures::fallbackChain_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("chain");
    QTest::newRow("language and country")
        << "pt_BR"
        << QStringList { QStringLiteral("pt_BR"), QStringLiteral("pt"), QStringLiteral("") };
    QTest::newRow("dash") << "ru-RU"
                          << QStringList { QStringLiteral("ru_RU"), QStringLiteral("ru"),
                                 QStringLiteral("") };
    QTest::newRow("language") << "hr" << QStringList { QStringLiteral("hr"), QStringLiteral("") };
    QTest::newRow("none") << "" << QStringList { QStringLiteral("") };
}

void TestSignatures::fallbackChain()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, chain);
    QCOMPARE(SignatureBook::fallbackChain(locale), chain);
}

void TestSignatures::pick_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact locale first") << "pt_BR"
                                        << "Atenciosamente";
    QTest::newRow("language part") << "ru_RU"
                                   << "С уважением";
    QTest::newRow("fallback") << "hr_HR"
                              << "Kind regards";
    QTest::newRow("no locale") << ""
                               << "Kind regards";
}

void TestSignatures::pick()
{
    QFETCH(QString, reader);
    QFETCH(QString, expected);
    const QVector<Signature> signatures { mine(QString(), QStringLiteral("Kind regards")),
        mine(QStringLiteral("pt"), QStringLiteral("Cumprimentos")),
        mine(QStringLiteral("pt_BR"), QStringLiteral("Atenciosamente")),
        mine(QStringLiteral("ru"), QString::fromUtf8("С уважением")),
        queues(1, QStringLiteral("hr"), QStringLiteral("Tim podrške")) };
    const auto picked = SignatureBook::pick(signatures, std::nullopt, reader);
    QVERIFY(picked);
    QCOMPARE(picked->text, expected);
    // A queue's signatures never stand in for the agent's, nor the other way round.
    QVERIFY(!SignatureBook::pick(signatures, QueueId(2), reader));
}

void TestSignatures::replySignatureJoinsAgentAndQueue()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(connection);
    SignatureBook book(connection.get());
    QTRY_VERIFY(book.isLoaded());
    QVERIFY(!store(book, std::nullopt, QString(), QStringLiteral("Lena")));
    QVERIFY(!store(book, std::nullopt, QStringLiteral("ru"), QString::fromUtf8("Лена")));
    QVERIFY(!store(book, QueueId(2), QStringLiteral("ru"), QString::fromUtf8("Бухгалтерия")));
    QCOMPARE(book.replySignature(QStringLiteral("ru_RU"), QueueId(2)),
        QString::fromUtf8("Лена\nБухгалтерия"));
    QCOMPARE(book.replySignature(QStringLiteral("de_DE"), QueueId(2)), QStringLiteral("Lena"));
    QCOMPARE(book.replySignature(QStringLiteral("ru_RU"), std::nullopt), QString::fromUtf8("Лена"));
}

void TestSignatures::storedAndReadBack()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("marta"));
    QVERIFY(connection);
    SignatureBook book(connection.get());
    QTRY_VERIFY(book.isLoaded());
    QSignalSpy changed(&book, &SignatureBook::changed);
    QVERIFY(!store(book, std::nullopt, QStringLiteral("pl"), QStringLiteral("Pozdrawiam,\nMarta")));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(book.text(std::nullopt, QStringLiteral("pl")), QStringLiteral("Pozdrawiam,\nMarta"));

    // Another session of hers reads what was stored; an empty text deletes it.
    auto other = connectAs(m_server.port(), QStringLiteral("marta"));
    QVERIFY(other);
    SignatureBook second(other.get());
    QTRY_VERIFY(second.isLoaded());
    QCOMPARE(second.text(std::nullopt, QStringLiteral("pl")), QStringLiteral("Pozdrawiam,\nMarta"));
    QVERIFY(!store(second, std::nullopt, QStringLiteral("pl"), QString()));
    QCOMPARE(second.text(std::nullopt, QStringLiteral("pl")), QString());
    book.refresh();
    QTRY_COMPARE(book.text(std::nullopt, QStringLiteral("pl")), QString());
}

void TestSignatures::onlyLeadsSetQueueSignatures()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    SignatureBook book(connection.get());
    QTRY_VERIFY(book.isLoaded());
    const auto refused = store(book, QueueId(1), QString(), QStringLiteral("Support"));
    QVERIFY(refused);
    QCOMPARE(refused->code, int(rpc::Forbidden));
    QCOMPARE(book.text(QueueId(1), QString()), QString());
}

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
