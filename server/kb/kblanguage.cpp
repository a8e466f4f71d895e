// SPDX-License-Identifier: GPL-3.0-or-later
#include "kblanguage.h"

namespace helpdesk::server::kb {

QStringList languageChain(const QString& requested, const QString& organisation)
{
    QStringList chain;
    auto add = [&chain](const QString& language) {
        if (language.isEmpty())
            return;
        if (!chain.contains(language))
            chain << language;
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        if (!chain.contains(base))
            chain << base;
    };
    add(requested);
    add(organisation);
    add(QStringLiteral("en"));
    return chain;
}

QString pickLanguage(const QStringList& available, const QStringList& chain)
{
    for (const QString& language : chain) {
        if (available.contains(language))
            return language;
    }
    QStringList sorted = available;
    sorted.sort();
    return sorted.value(0);
}

} // namespace helpdesk::server::kb
