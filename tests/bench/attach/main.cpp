// SPDX-License-Identifier: GPL-3.0-or-later
// helpdesk-attach-bench (issue 13): attachment upload and download throughput over the real
// protocol on a raw socket. Logs in, uploads --mb megabytes of random bytes in chunks of
// --chunk-kib (attachment.begin/.chunk, --window chunks in flight: a chunk at offset N is
// sent once the one before it was acknowledged or, with a window above 1, without waiting),
// then reads the file back (attachment.get, the same window) and checks its SHA-256.
// Reports MB/s for both directions, --rounds times. A figure, never a pass or fail.
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTextStream>

using namespace helpdesk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A blocking JSON-RPC peer: requests may be pipelined, answers are collected by id.
class Peer
{
public:
    explicit Peer(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
        m_socket.setReadBufferSize(0);
    }

    qint64 send(const QString& method, const QJsonObject& params)
    {
        const qint64 id = ++m_nextId;
        m_socket.write(encodeFrame(rpc::makeRequest(id, method, params)));
        return id;
    }

    QJsonObject wait(qint64 id)
    {
        while (!m_answers.contains(id)) {
            m_socket.flush();
            if (!m_socket.waitForReadyRead(30'000))
                return {};
            m_buffer += m_socket.readAll();
            qsizetype newline;
            while ((newline = m_buffer.indexOf('\n')) >= 0) {
                const QJsonObject frame = QJsonDocument::fromJson(m_buffer.left(newline)).object();
                m_buffer.remove(0, newline + 1);
                if (frame.contains(QLatin1String("id")))
                    m_answers.insert(frame.value(QLatin1String("id")).toInteger(), frame);
            }
        }
        return m_answers.take(id);
    }

    QJsonObject call(const QString& method, const QJsonObject& params)
    {
        return wait(send(method, params)).value(QLatin1String("result")).toObject();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QHash<qint64, QJsonObject> m_answers;
    qint64 m_nextId = 0;
};

double megabytesPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / (1024.0 * 1024.0) / (double(ms) / 1000.0) : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("n"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Login."),
        QStringLiteral("login"), QStringLiteral("admin"));
    const QCommandLineOption password(
        QStringLiteral("password"), QStringLiteral("Password."), QStringLiteral("pw"));
    const QCommandLineOption mb(QStringLiteral("mb"), QStringLiteral("Megabytes per file."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption chunk(QStringLiteral("chunk-kib"),
        QStringLiteral("Chunk size in KiB (at most the server's)."), QStringLiteral("n"),
        QStringLiteral("512"));
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("Chunks in flight."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
        QStringLiteral("Files uploaded and read back."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({ port, login, password, mb, chunk, window, rounds });
    parser.process(app);

    Peer peer(quint16(parser.value(port).toUInt()));
    peer.call(QStringLiteral("hello"), { { QStringLiteral("protocol"), 1 } });
    if (peer.call(QStringLiteral("auth.login"),
                { { QStringLiteral("login"), parser.value(login) },
                    { QStringLiteral("password"), parser.value(password) } })
            .isEmpty()) {
        out() << "login failed" << Qt::endl;
        return 1;
    }
    const qint64 size = parser.value(mb).toLongLong() * 1024 * 1024;
    const qint64 chunkBytes = parser.value(chunk).toLongLong() * 1024;
    const int inFlight = qMax(1, parser.value(window).toInt());
    out() << "file " << size / (1024 * 1024) << " MiB, chunks of " << chunkBytes / 1024 << " KiB, "
          << inFlight << " in flight" << Qt::endl;
    for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
        QByteArray data(size, Qt::Uninitialized);
        for (qint64 i = 0; i + 4 <= size; i += 4) {
            const quint32 word = QRandomGenerator::global()->generate();
            memcpy(data.data() + i, &word, 4);
        }
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QElapsedTimer timer;
        timer.start();
        const QString uploadId = peer.call(QStringLiteral("attachment.begin"),
                                         { { QStringLiteral("name"), QStringLiteral("bench.bin") },
                                             { QStringLiteral("size"), double(size) },
                                             { QStringLiteral("sha256"), sha } })
                                     .value(QLatin1String("uploadId"))
                                     .toString();
        QList<qint64> pending;
        QJsonObject last;
        for (qint64 offset = 0; offset < size || !pending.isEmpty();) {
            while (offset < size && pending.size() < inFlight) {
                pending << peer.send(QStringLiteral("attachment.chunk"),
                    { { QStringLiteral("uploadId"), uploadId },
                        { QStringLiteral("offset"), double(offset) },
                        { QStringLiteral("data"),
                            QString::fromLatin1(data.mid(offset, chunkBytes).toBase64()) } });
                offset += chunkBytes;
            }
            last = peer.wait(pending.takeFirst());
            if (last.contains(QLatin1String("error"))) {
                out() << "upload failed: " << QJsonDocument(last).toJson(QJsonDocument::Compact)
                      << Qt::endl;
                return 1;
            }
        }
        const qint64 upMs = timer.elapsed();
        const qint64 id = last.value(QLatin1String("result"))
                              .toObject()
                              .value(QLatin1String("attachment"))
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInteger();
        timer.restart();
        QByteArray back;
        back.reserve(size);
        QList<qint64> reads;
        for (qint64 offset = 0; offset < size || !reads.isEmpty();) {
            while (offset < size && reads.size() < inFlight) {
                reads << peer.send(QStringLiteral("attachment.get"),
                    { { QStringLiteral("id"), double(id) },
                        { QStringLiteral("offset"), double(offset) },
                        { QStringLiteral("length"), double(chunkBytes) } });
                offset += chunkBytes;
            }
            back += QByteArray::fromBase64(peer.wait(reads.takeFirst())
                                               .value(QLatin1String("result"))
                                               .toObject()
                                               .value(QLatin1String("data"))
                                               .toString()
                                               .toLatin1());
        }
        const qint64 downMs = timer.elapsed();
        const bool same
            = QCryptographicHash::hash(back, QCryptographicHash::Sha256).toHex() == sha.toLatin1();
        out() << "round " << round + 1 << ": upload "
              << QString::number(megabytesPerSecond(size, upMs), 'f', 1) << " MB/s (" << upMs
              << " ms), download " << QString::number(megabytesPerSecond(size, downMs), 'f', 1)
              << " MB/s (" << downMs << " ms), checksum " << (same ? "ok" : "MISMATCH") << Qt::endl;
    }
    return 0;
}
