// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachment.h"

#include <QSet>

namespace helpdesk {

QJsonObject Attachment::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("mediaType"), mediaType }, { QStringLiteral("size"), size },
        { QStringLiteral("sha256"), sha256 } };
    json.insert(QStringLiteral("messageId"), messageId > 0 ? QJsonValue(messageId) : QJsonValue());
    return json;
}

std::optional<Attachment> Attachment::fromJson(const QJsonObject& object, QString* error)
{
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    Attachment a;
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isDouble() || id.toDouble() < 1)
        return fail(QStringLiteral("id: must be a positive integer"));
    a.id = qint64(id.toDouble());
    a.messageId = qint64(object.value(QStringLiteral("messageId")).toDouble());
    if (!object.value(QStringLiteral("name")).isString())
        return fail(QStringLiteral("name: must be a string"));
    a.name = object.value(QStringLiteral("name")).toString();
    a.mediaType = object.value(QStringLiteral("mediaType")).toString();
    const QJsonValue size = object.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0)
        return fail(QStringLiteral("size: must be a non-negative integer"));
    a.size = qint64(size.toDouble());
    a.sha256 = object.value(QStringLiteral("sha256")).toString();
    return a;
}

bool isExecutableFileName(const QString& name)
{
    static const QSet<QString> kRisky { QStringLiteral("exe"), QStringLiteral("com"),
        QStringLiteral("bat"), QStringLiteral("cmd"), QStringLiteral("ps1"), QStringLiteral("psm1"),
        QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("js"), QStringLiteral("jse"),
        QStringLiteral("vbs"), QStringLiteral("vbe"), QStringLiteral("wsf"), QStringLiteral("wsh"),
        QStringLiteral("msi"), QStringLiteral("msp"), QStringLiteral("jar"), QStringLiteral("scr"),
        QStringLiteral("pif"), QStringLiteral("cpl"), QStringLiteral("hta"), QStringLiteral("lnk"),
        QStringLiteral("reg"), QStringLiteral("dll"), QStringLiteral("app"), QStringLiteral("run"),
        QStringLiteral("bin"), QStringLiteral("appimage"), QStringLiteral("desktop"),
        QStringLiteral("deb"), QStringLiteral("rpm"), QStringLiteral("py"), QStringLiteral("pl"),
        QStringLiteral("command"), QStringLiteral("apk"), QStringLiteral("html"),
        QStringLiteral("htm"), QStringLiteral("svg"), QStringLiteral("xhtml") };
    const QString trimmed = name.trimmed();
    const int dot = trimmed.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 && kRisky.contains(trimmed.mid(dot + 1).toLower());
}

} // namespace helpdesk
