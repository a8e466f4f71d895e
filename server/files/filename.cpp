// SPDX-License-Identifier: GPL-3.0-or-later
#include "filename.h"

#include <QRegularExpression>

namespace helpdesk::server::files {

namespace {

bool isForbidden(QChar c)
{
    static const QString kWindows = QStringLiteral("<>:\"|?*");
    const QChar::Category category = c.category();
    return c.unicode() < 0x20 || c.unicode() == 0x7f || category == QChar::Other_Control
        || category == QChar::Other_Format || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || kWindows.contains(c);
}

bool isReservedDeviceName(const QString& name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

QString trimDotsAndSpaces(QString name)
{
    static const QRegularExpression ends(QStringLiteral("^[\\s.]+|[\\s.]+$"));
    return name.remove(ends);
}

// Cuts to kMaxNameChars keeping a short extension, never inside a surrogate pair.
QString capLength(const QString& name)
{
    if (name.size() <= kMaxNameChars)
        return name;
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    int keep = kMaxNameChars - int(extension.size());
    if (keep > 0 && name.at(keep - 1).isHighSurrogate())
        --keep;
    return trimDotsAndSpaces(name.left(keep)) + extension;
}

} // namespace

QString sanitiseFileName(const QString& name)
{
    // Only what follows the last separator of either system.
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString clean;
    clean.reserve(base.size());
    for (QChar c : std::as_const(base))
        clean.append(isForbidden(c) ? QChar(QLatin1Char('_')) : c);
    clean = trimDotsAndSpaces(clean.simplified());
    if (clean.isEmpty() || clean == QLatin1String("_"))
        return {};
    if (isReservedDeviceName(clean))
        clean.prepend(QLatin1Char('_'));
    return capLength(clean);
}

} // namespace helpdesk::server::files
