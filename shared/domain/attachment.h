// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace helpdesk {

// A file attached to a message (docs/protocol.md, "Attachment"): what the thread lists; the
// bytes travel separately (attachment.get).
struct Attachment
{
    qint64 id = 0;
    qint64 messageId = 0; // 0: uploaded, not attached to a message yet
    QString name; // sanitised by the server: safe as a file name on Windows and Unix
    QString mediaType;
    qint64 size = 0;
    QString sha256; // lower-case hex

    QJsonObject toJson() const;
    static std::optional<Attachment> fromJson(const QJsonObject& object, QString* error = nullptr);
};

// Whether opening a file of this name may run code (.exe .bat .cmd .ps1 .sh .js .vbs .msi
// .jar .scr ...): the client warns before it opens one.
bool isExecutableFileName(const QString& name);

} // namespace helpdesk
