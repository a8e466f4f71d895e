// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotestrip.h"

#include <QRegularExpression>
#include <QStringList>

namespace helpdesk::server::mail {

namespace {

constexpr int kMaxSignatureLines = 15; // a longer tail after "-- " is more than a signature

bool isQuoted(const QString& line)
{
    return line.startsWith(QLatin1Char('>'));
}

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

// The line that introduces quoted history, in the languages of our customers' mail programs.
bool isAttribution(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "(wrote|writes|пишет|написал|написала|написав|написала|napisał|napisała|napisal|"
            "napisao|napisala|је написао|schrieb|a écrit|escribió|escreveu|scritto)\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line.trimmed()).hasMatch();
}

bool isOutlookSeparator(const QString& line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*-{2,}\\s*(Original Message|Исходное сообщение|Ursprüngliche Nachricht|"
                       "Message d'origine|Mensaje original|Mensagem original|Wiadomość oryginalna|"
                       "Izvorna poruka|Оригінальне повідомлення)\\s*-{2,}\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

int trimTrailingBlank(const QStringList& lines, int end)
{
    while (end > 0 && isBlank(lines.at(end - 1)))
        --end;
    return end;
}

// Cuts at the last "-- " line (RFC 3676) when only a few lines follow it.
int withoutSignature(const QStringList& lines, int end)
{
    for (int i = end - 1; i >= 0 && end - i <= kMaxSignatureLines + 1; --i) {
        if (lines.at(i) == QLatin1String("-- ") || lines.at(i) == QLatin1String("--"))
            return trimTrailingBlank(lines, i);
    }
    return end;
}

} // namespace

QString stripQuotedHistory(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    int end = lines.size();
    // Outlook puts the history below a separator line, unquoted.
    for (int i = 0; i < end; ++i) {
        if (isOutlookSeparator(lines.at(i))) {
            end = i;
            break;
        }
    }
    // The signature may stand below the quoted history or above it.
    end = withoutSignature(lines, end);
    // A trailing block of quoted lines (blank lines inside it belong to it).
    end = trimTrailingBlank(lines, end);
    int quoteStart = end;
    while (
        quoteStart > 0 && (isQuoted(lines.at(quoteStart - 1)) || isBlank(lines.at(quoteStart - 1))))
        --quoteStart;
    while (quoteStart < end && isBlank(lines.at(quoteStart)))
        ++quoteStart;
    if (quoteStart < end) {
        end = trimTrailingBlank(lines, quoteStart);
        if (end > 0 && isAttribution(lines.at(end - 1))) {
            // A wrapped attribution ("On Mon, 2 Mar 2026, Ana Kovač <ana@example.hr>\nwrote:")
            // leaves only a few words on its last line.
            int start = end - 1;
            const int words
                = int(lines.at(start).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            if (words < 4 && start > 0 && !isBlank(lines.at(start - 1)))
                --start;
            end = trimTrailingBlank(lines, start);
        }
    }
    end = withoutSignature(lines, end);
    if (end <= 0)
        return text;
    const QString stripped = lines.mid(0, end).join(QLatin1Char('\n')).trimmed();
    return stripped.isEmpty() ? text : stripped;
}

} // namespace helpdesk::server::mail
