// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholders.h"

#include <QRegularExpression>

namespace helpdesk::server::canned {

QString fillPlaceholders(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z]+\\.[a-zA-Z]+)\\}"));
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            continue;
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += *value;
        done = match.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result;
}

} // namespace helpdesk::server::canned
