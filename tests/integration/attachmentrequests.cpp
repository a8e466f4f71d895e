// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentrequests.h"

#include "attachmenttools.h"

namespace helpdesk::test {

namespace {

// An agent's file attached to a new message on `ticket`.
qint64 attached(TestClient& agent, qint64 ticket, const QByteArray& data, bool internal)
{
    const QString upload = beginUpload(agent, QStringLiteral("evidence.txt"), data.size());
    const qint64 id = idOf(
        resultOf(agent.call(QStringLiteral("attachment.chunk"), chunkParams(upload, 0, data)))
            .value(QLatin1String("attachment")));
    const QJsonObject added = agent.call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("file attached") },
            { QStringLiteral("internal"), internal },
            { QStringLiteral("attachmentIds"), QJsonArray { double(id) } } });
    return errorCode(added) == 0 ? id : 0;
}

} // namespace

AttachmentFixture makeAttachmentFixture(
    TestClient& agent, TestClient& bob, qint64 acmeTicket, qint64 globexTicket)
{
    AttachmentFixture fixture;
    fixture.acmePublic = attached(agent, acmeTicket, "public words", false);
    fixture.acmeInternal = attached(agent, acmeTicket, "permissionword secret note", true);
    fixture.globexPublic = attached(agent, globexTicket, "globex words", false);
    fixture.bobUpload = beginUpload(bob, QStringLiteral("bob.txt"), 100);
    return fixture;
}

std::optional<QJsonObject> attachmentParamsFor(const AttachmentFixture& fixture,
    const QString& method, const QString& scope, TestClient& actor)
{
    if (method == QLatin1String("attachment.begin"))
        return QJsonObject { { QStringLiteral("name"), QStringLiteral("row.txt") },
            { QStringLiteral("size"), 3 } };
    if (method == QLatin1String("attachment.get")) {
        const qint64 id = scope == QLatin1String("own") ? fixture.acmePublic
            : scope == QLatin1String("foreign")         ? fixture.globexPublic
            : scope == QLatin1String("internal")        ? fixture.acmeInternal
                                                        : 987654;
        return params(QStringLiteral("id"), double(id));
    }
    if (!method.startsWith(QLatin1String("attachment.")))
        return std::nullopt;
    const QString upload = scope == QLatin1String("own")
        ? beginUpload(actor, QStringLiteral("mine.txt"), 3)
        : scope == QLatin1String("foreign") ? fixture.bobUpload
                                            : QStringLiteral("0123456789abcdef");
    if (method == QLatin1String("attachment.chunk"))
        return chunkParams(upload, 0, "abc");
    return params(QStringLiteral("uploadId"), upload);
}

} // namespace helpdesk::test
