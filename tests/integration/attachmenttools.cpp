// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmenttools.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace helpdesk::test {

QString sha256Of(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(20261205);
    for (qint64 i = 0; i + 4 <= size; i += 4) {
        const quint32 word = generator.generate();
        memcpy(data.data() + i, &word, 4);
    }
    return data;
}

QJsonObject chunkParams(const QString& uploadId, qint64 offset, const QByteArray& data)
{
    return QJsonObject { { QStringLiteral("uploadId"), uploadId },
        { QStringLiteral("offset"), double(offset) },
        { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } };
}

QString uploadIdOf(const QJsonObject& response)
{
    return resultOf(response).value(QLatin1String("uploadId")).toString();
}

QString beginUpload(TestClient& client, const QString& name, qint64 size)
{
    return uploadIdOf(client.call(QStringLiteral("attachment.begin"),
        QJsonObject {
            { QStringLiteral("name"), name }, { QStringLiteral("size"), double(size) } }));
}

QJsonObject sendChunks(
    TestClient& client, const QString& uploadId, const QByteArray& data, qint64 offset)
{
    QJsonObject last;
    do {
        const QByteArray piece = data.mid(offset, kChunk);
        const QJsonObject response
            = client.call(QStringLiteral("attachment.chunk"), chunkParams(uploadId, offset, piece));
        if (errorCode(response) != 0) {
            qWarning() << describe(response);
            return {};
        }
        last = resultOf(response);
        offset += piece.size();
        if (last.value(QLatin1String("received")).toDouble() != double(offset))
            return {};
    } while (offset < data.size());
    return last;
}

QJsonObject upload(TestClient& client, const QString& name, const QByteArray& data)
{
    const QJsonObject begun = client.call(QStringLiteral("attachment.begin"),
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("size"), double(data.size()) },
            { QStringLiteral("sha256"), sha256Of(data) } });
    if (errorCode(begun) != 0)
        return {};
    const QJsonObject done = sendChunks(client, uploadIdOf(begun), data);
    if (!done.value(QLatin1String("done")).toBool())
        return {};
    return done.value(QLatin1String("attachment")).toObject();
}

QByteArray download(TestClient& client, qint64 id, qint64 size)
{
    QByteArray data;
    for (;;) {
        const QJsonObject response = client.call(QStringLiteral("attachment.get"),
            QJsonObject { { QStringLiteral("id"), double(id) },
                { QStringLiteral("offset"), double(data.size()) } });
        if (errorCode(response) != 0)
            return "error: " + describe(response);
        const QJsonObject part = resultOf(response);
        data += QByteArray::fromBase64(part.value(QLatin1String("data")).toString().toLatin1());
        if (part.value(QLatin1String("eof")).toBool() || data.size() >= size)
            return data;
    }
}

} // namespace helpdesk::test
