// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbreference.h"

namespace helpdesk::client::kbreference {

QString of(qint64 article)
{
    return QStringLiteral("[KB#%1]").arg(article);
}

const QRegularExpression& pattern()
{
    static const QRegularExpression reference(QStringLiteral("\\[KB#([1-9][0-9]{0,15})\\]"));
    return reference;
}

QList<qint64> in(const QString& body)
{
    QList<qint64> articles;
    auto it = pattern().globalMatch(body);
    while (it.hasNext()) {
        const qint64 article = it.next().captured(1).toLongLong();
        if (!articles.contains(article))
            articles << article;
    }
    return articles;
}

} // namespace helpdesk::client::kbreference
