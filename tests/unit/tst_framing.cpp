// SPDX-License-Identifier: GPL-3.0-or-later
// FrameReader and encodeFrame: line splitting, partial and split frames, the size cap.
#include "protocol/framing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using helpdesk::FrameReader;

namespace {

// Feeds input in pieces of chunkSize bytes (0 = all at once) and collects every frame.
QByteArrayList feed(FrameReader& reader, const QByteArray& input, qsizetype chunkSize)
{
    QByteArrayList frames;
    const qsizetype step = chunkSize > 0 ? chunkSize : qMax<qsizetype>(input.size(), 1);
    for (qsizetype offset = 0; offset < input.size(); offset += step) {
        reader.append(input.constData() + offset, qMin(step, input.size() - offset));
        while (reader.hasFrame())
            frames.append(reader.takeFrame());
    }
    return frames;
}

} // namespace

class TestFraming : public QObject
{
    Q_OBJECT

private slots:
    void splitting_data();
    void splitting();
    void partialFrameWaitsForNewline();
    void cap_data();
    void cap();
    void overflowAfterCarriageReturnAtCap();
    void overflowIgnoresFurtherInput();
    void framesBeforeOverflowAreKept();
    void memoryStaysBelowCap();
    void bigFrameInSmallReads();
    void manySmallFramesInOneRead();
    void takeFrameKeepsOrderWhileInterleaved();
    void encodeFrame_data();
    void encodeFrame();
};

void TestFraming::splitting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("one frame") << QByteArray("{\"a\":1}\n") << QByteArrayList { "{\"a\":1}" };
    QTest::newRow("no newline yet") << QByteArray("{\"a\":1}") << QByteArrayList {};
    QTest::newRow("two frames") << QByteArray("{}\n[]\n") << QByteArrayList { "{}", "[]" };
    QTest::newRow("two and a partial")
        << QByteArray("{}\n[]\n{\"x\"") << QByteArrayList { "{}", "[]" };
    QTest::newRow("crlf") << QByteArray("{}\r\n[1]\r\n") << QByteArrayList { "{}", "[1]" };
    QTest::newRow("mixed endings")
        << QByteArray("a\r\nb\nc\r\n") << QByteArrayList { "a", "b", "c" };
    QTest::newRow("only one cr stripped") << QByteArray("a\r\r\n") << QByteArrayList { "a\r" };
    QTest::newRow("inner cr kept") << QByteArray("a\rb\n") << QByteArrayList { "a\rb" };
    QTest::newRow("blank lines") << QByteArray("\n\n{}\n\n\n[]\n\n")
                                 << QByteArrayList { "{}", "[]" };
    QTest::newRow("blank crlf lines") << QByteArray("\r\n\r\n{}\r\n") << QByteArrayList { "{}" };
    QTest::newRow("whitespace-only lines")
        << QByteArray(" \n\t\t\n \r\n\f\v\n{}\n") << QByteArrayList { "{}" };
    QTest::newRow("surrounding spaces kept")
        << QByteArray("  {} \t\n") << QByteArrayList { "  {} \t" };
    QTest::newRow("binary junk is still a frame")
        << QByteArray("\x01\xff\x00z\n", 5) << QByteArrayList { QByteArray("\x01\xff\x00z", 4) };
    QTest::newRow("utf-8 text") << QByteArray("{\"s\":\"\xd0\xbf\xd1\x80\xd0\xb8\"}\n")
                                << QByteArrayList { "{\"s\":\"\xd0\xbf\xd1\x80\xd0\xb8\"}" };
    QTest::newRow("empty input") << QByteArray() << QByteArrayList {};
}

// Each row must give the same frames whether it arrives at once, byte by byte or in odd
// pieces that cut "\r\n" and multi-byte characters in half.
void TestFraming::splitting()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);

    for (const qsizetype chunkSize : { 0, 1, 2, 3, 5, 7 }) {
        FrameReader reader;
        QCOMPARE(feed(reader, input, chunkSize), expected);
        QVERIFY(!reader.overflowed());
        QVERIFY(!reader.hasFrame());
        const qsizetype lastNewline = input.lastIndexOf('\n');
        QCOMPARE(reader.bufferedBytes(), input.size() - lastNewline - 1);
    }
}

void TestFraming::partialFrameWaitsForNewline()
{
    FrameReader reader;
    reader.append(QByteArray("{\"jsonrpc\":"));
    QVERIFY(!reader.hasFrame());
    QCOMPARE(reader.bufferedBytes(), 11);
    reader.append(QByteArray("\"2.0\"}"));
    QVERIFY(!reader.hasFrame());
    reader.append(QByteArray("\n{\"b\""));
    QVERIFY(reader.hasFrame());
    QCOMPARE(reader.takeFrame(), QByteArray("{\"jsonrpc\":\"2.0\"}"));
    QVERIFY(!reader.hasFrame());
    QCOMPARE(reader.bufferedBytes(), 4);
    reader.append(QByteArray(":1}\n"));
    QCOMPARE(reader.takeFrame(), QByteArray("{\"b\":1}"));
    QCOMPARE(reader.bufferedBytes(), 0);
}

void TestFraming::cap_data()
{
    QTest::addColumn<qsizetype>("cap");
    QTest::addColumn<qsizetype>("lineSize");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<bool>("overflows");

    const QByteArray lf("\n");
    const QByteArray crlf("\r\n");
    for (const qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(4) }) {
        const int c = int(chunk);
        QTest::addRow("exactly cap, chunk %d", c)
            << qsizetype(16) << qsizetype(16) << lf << chunk << false;
        QTest::addRow("exactly cap crlf, chunk %d", c)
            << qsizetype(16) << qsizetype(16) << crlf << chunk << false;
        QTest::addRow("cap + 1, chunk %d", c)
            << qsizetype(16) << qsizetype(17) << lf << chunk << true;
        QTest::addRow("cap + 1 crlf, chunk %d", c)
            << qsizetype(16) << qsizetype(17) << crlf << chunk << true;
        QTest::addRow("cap + 1 unterminated, chunk %d", c)
            << qsizetype(16) << qsizetype(17) << QByteArray() << chunk << true;
        QTest::addRow("cap unterminated, chunk %d", c)
            << qsizetype(16) << qsizetype(16) << QByteArray() << chunk << false;
        QTest::addRow("far over, chunk %d", c)
            << qsizetype(16) << qsizetype(1000) << lf << chunk << true;
        QTest::addRow("cap 1, one byte, chunk %d", c)
            << qsizetype(1) << qsizetype(1) << crlf << chunk << false;
    }
}

void TestFraming::cap()
{
    QFETCH(qsizetype, cap);
    QFETCH(qsizetype, lineSize);
    QFETCH(QByteArray, ending);
    QFETCH(qsizetype, chunkSize);
    QFETCH(bool, overflows);

    const QByteArray line(lineSize, 'x');
    FrameReader reader(cap);
    QCOMPARE(reader.maxFrameBytes(), cap);
    const QByteArrayList frames = feed(reader, line + ending, chunkSize);
    QCOMPARE(reader.overflowed(), overflows);
    QVERIFY(reader.bufferedBytes() <= cap + 1);
    if (overflows) {
        QVERIFY(frames.isEmpty());
        QCOMPARE(reader.bufferedBytes(), 0);
    } else if (!ending.isEmpty()) {
        QCOMPARE(frames, QByteArrayList { line });
    }
}

// A '\r' right after a full-size line may be the start of "\r\n"; anything else then overflows.
void TestFraming::overflowAfterCarriageReturnAtCap()
{
    FrameReader reader(4);
    reader.append(QByteArray("abcd\r"));
    QVERIFY(!reader.overflowed());
    reader.append(QByteArray("e"));
    QVERIFY(reader.overflowed());
    QVERIFY(!reader.hasFrame());

    FrameReader split(4);
    split.append(QByteArray("abcd\r"));
    split.append(QByteArray("\n"));
    QVERIFY(!split.overflowed());
    QCOMPARE(split.takeFrame(), QByteArray("abcd"));
}

void TestFraming::overflowIgnoresFurtherInput()
{
    FrameReader reader(8);
    reader.append(QByteArray(9, 'x'));
    QVERIFY(reader.overflowed());
    reader.append(QByteArray("\n{}\n[]\n"));
    QVERIFY(reader.overflowed());
    QVERIFY(!reader.hasFrame());
    QCOMPARE(reader.bufferedBytes(), 0);
}

void TestFraming::framesBeforeOverflowAreKept()
{
    FrameReader reader(8);
    reader.append(QByteArray("{}\n[1,2]\n0123456789\n{}\n"));
    QVERIFY(reader.overflowed());
    QCOMPARE(reader.takeFrame(), QByteArray("{}"));
    QCOMPARE(reader.takeFrame(), QByteArray("[1,2]"));
    QVERIFY(!reader.hasFrame());
}

// A peer streaming without newlines must not make the reader hold more than the cap.
void TestFraming::memoryStaysBelowCap()
{
    const qsizetype cap = 1024 * 1024;
    FrameReader reader(cap);
    const QByteArray chunk(64 * 1024, 'y');
    for (int i = 0; i < 64 && !reader.overflowed(); ++i) {
        reader.append(chunk);
        QVERIFY(reader.bufferedBytes() <= cap);
    }
    QVERIFY(reader.overflowed());
    QCOMPARE(reader.bufferedBytes(), 0);
}

// Sanity for the linear scan: an 8 MiB frame in 4 KiB reads and a 1 MiB frame byte by byte
// finish quickly when only new bytes are searched. No timing assert, ctest's timeout guards it.
void TestFraming::bigFrameInSmallReads()
{
    QByteArray line(8 * 1024 * 1024, 'z');
    line.front() = '[';
    line.back() = ']';
    FrameReader reader;
    const QByteArrayList frames = feed(reader, line + "\r\n", 4096);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.front().size(), line.size());
    QVERIFY(frames.front() == line);

    const QByteArray mid(1024 * 1024, 'm');
    FrameReader byteByByte;
    const QByteArrayList small = feed(byteByByte, mid + '\n', 1);
    QCOMPARE(small.size(), 1);
    QVERIFY(small.front() == mid);
}

void TestFraming::manySmallFramesInOneRead()
{
    const int count = 100000;
    QByteArray input;
    for (int i = 0; i < count; ++i)
        input += "{\"id\":" + QByteArray::number(i) + "}\n";
    FrameReader reader;
    reader.append(input);
    int taken = 0;
    while (reader.hasFrame()) {
        const QByteArray expected = "{\"id\":" + QByteArray::number(taken) + '}';
        if (reader.takeFrame() != expected)
            QFAIL(qPrintable(QStringLiteral("frame %1 out of order").arg(taken)));
        ++taken;
    }
    QCOMPARE(taken, count);
}

// Taking some frames, appending more, taking again exercises the lazy compaction.
void TestFraming::takeFrameKeepsOrderWhileInterleaved()
{
    FrameReader reader;
    int written = 0;
    int taken = 0;
    for (int round = 0; round < 50; ++round) {
        QByteArray input;
        for (int i = 0; i < 100; ++i)
            input += QByteArray::number(written++) + '\n';
        reader.append(input);
        for (int i = 0; i < 70 && reader.hasFrame(); ++i)
            QCOMPARE(reader.takeFrame(), QByteArray::number(taken++));
    }
    while (reader.hasFrame())
        QCOMPARE(reader.takeFrame(), QByteArray::number(taken++));
    QCOMPARE(taken, written);
}

void TestFraming::encodeFrame_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QJsonObject() << QByteArray("{}\n");
    QTest::newRow("compact") << QJsonObject { { QStringLiteral("a"), 1 },
        { QStringLiteral("b"), QJsonArray { 1, 2 } } }
                             << QByteArray("{\"a\":1,\"b\":[1,2]}\n");
    QTest::newRow("newline escaped")
        << QJsonObject { { QStringLiteral("s"), QStringLiteral("line1\nline2\r") } }
        << QByteArray("{\"s\":\"line1\\nline2\\r\"}\n");
    QTest::newRow("utf-8") << QJsonObject { { QStringLiteral("s"), QStringLiteral("\u00e9") } }
                           << QByteArray("{\"s\":\"\xc3\xa9\"}\n");
}

void TestFraming::encodeFrame()
{
    QFETCH(QJsonObject, object);
    QFETCH(QByteArray, expected);

    const QByteArray frame = helpdesk::encodeFrame(object);
    QCOMPARE(frame, expected);
    QCOMPARE(frame.count('\n'), 1);

    FrameReader reader;
    reader.append(frame);
    QVERIFY(reader.hasFrame());
    QCOMPARE(QJsonDocument::fromJson(reader.takeFrame()).object(), object);
}

QTEST_GUILESS_MAIN(TestFraming)
#include "tst_framing.moc"
