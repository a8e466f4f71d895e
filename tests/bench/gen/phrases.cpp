// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrases.h"

namespace helpdesk::bench {

QStringList toStringList(const char* const* items, std::size_t count)
{
    QStringList list;
    list.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i)
        list << QString::fromUtf8(items[i]);
    return list;
}

const PhrasePool& phrases(Language language)
{
    static const PhrasePool pools[kLanguageCount]
        = { englishPhrases(), russianPhrases(), polishPhrases(), croatianPhrases() };
    return pools[int(language)];
}

} // namespace helpdesk::bench
