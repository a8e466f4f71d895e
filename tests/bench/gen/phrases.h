// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

namespace helpdesk::bench {

enum class Language { English, Russian, Polish, Croatian };
constexpr int kLanguageCount = 4;

// Words and sentences of one language that the generator combines into names, subjects and
// messages. Templates may contain slots ({domain}, {host}, {n}, {code}, {invoice}, {ip},
// {ref}, {date}) that TextComposer fills with varied tokens, so the full-text index sees
// both very common words and a long tail of rare ones.
struct PhrasePool
{
    QString locale;
    QStringList supportSubjects;
    QStringList billingSubjects;
    QStringList abuseSubjects;
    QStringList problems; // the customer's description, one sentence each
    QStringList followUps; // the customer writing again
    QStringList replies; // an agent's public answer
    QStringList notes; // an agent's internal note
    QStringList greetings;
    QStringList closings;
    QString rareSentence; // carries the rare search word (see kRareWord)
    QStringList firstNames;
    QStringList lastNames;
    QStringList companyPatterns; // "{last}" is replaced by a last name
    QStringList domainWords; // stems for customers' domain names, ASCII
};

// The rare word of the data set: in about one ticket in kRareWordEvery.
inline constexpr const char kRareWord[] = "quokka";
constexpr int kRareWordEvery = 10'000;
// The word in every ticket (the customer portal's footer of the first message).
inline constexpr const char kCommonWord[] = "server";

const PhrasePool& phrases(Language language);

QStringList toStringList(const char* const* items, std::size_t count);

PhrasePool englishPhrases();
PhrasePool russianPhrases();
PhrasePool polishPhrases();
PhrasePool croatianPhrases();

} // namespace helpdesk::bench
