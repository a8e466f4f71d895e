// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite page-cache budget (serve --db-cache-mib, issue 17): Storage gives the writer half
// of it and the readers the other half between them, on real connections to a real file.
#include "storage/db.h"
#include "storage/storage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::server;

namespace {

// PRAGMA cache_size of the connection a job runs on: negative is KiB.
qint64 cacheSize(Db& db)
{
    Query q(db, QStringLiteral("PRAGMA cache_size"));
    return q.scalar().toLongLong();
}

// Runs `run` (read or write) with a job answering cacheSize and waits for its outcome.
template<typename Run>
qint64 askCache(Run run)
{
    std::optional<Outcome> outcome;
    run([&](const Outcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000) || outcome->error)
        return 0;
    return qint64(outcome->result.toDouble());
}

} // namespace

class TestStorageCache : public QObject
{
    Q_OBJECT

private slots:
    void budgetIsSharedOut_data()
    {
        QTest::addColumn<qint64>("budgetKiB");
        QTest::addColumn<int>("readers");
        QTest::addColumn<qint64>("writerKiB");
        QTest::addColumn<qint64>("readerKiB");
        QTest::newRow("default 64 MiB, 4 readers") << qint64(65536) << 4 << qint64(32768) << qint64(8192);
        QTest::newRow("16 MiB, 2 readers") << qint64(16384) << 2 << qint64(8192) << qint64(4096);
        QTest::newRow("4 MiB, 64 readers: at least 256 KiB each") << qint64(4096) << 64 << qint64(2048)
                                                          << qint64(256);
    }

    void budgetIsSharedOut()
    {
        QFETCH(qint64, budgetKiB);
        QFETCH(int, readers);
        QFETCH(qint64, writerKiB);
        QFETCH(qint64, readerKiB);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DatabaseConfig config(dir.filePath(QStringLiteral("h.sqlite")));
        config.pageCacheKiB = budgetKiB;
        Storage storage(config, readers);
        storage.start();
        const qint64 writer = askCache([&](Completion done) {
            storage.write([](Db& db, EventList&) { return QJsonValue(double(cacheSize(db))); },
                std::move(done));
        });
        const qint64 reader = askCache([&](Completion done) {
            storage.read([](Db& db) { return QJsonValue(double(cacheSize(db))); }, std::move(done));
        });
        QCOMPARE(writer, -writerKiB);
        QCOMPARE(reader, -readerKiB);
        storage.stop();
    }

    void aConnectionOfItsOwnKeepsTheWholeSetting()
    {
        QTemporaryDir dir;
        DatabaseConfig config(dir.filePath(QStringLiteral("h.sqlite")));
        config.pageCacheKiB = 12345;
        Db db(config, QStringLiteral("alone"));
        QCOMPARE(cacheSize(db), qint64(-12345));
    }
};

QTEST_GUILESS_MAIN(TestStorageCache)
#include "tst_storagecache.moc"
